package config

import (
	"os"
	"time"
)

const (
	maxRetries     = 12
	ddApiKey = "dc4e1571a42889ccc6f811854f80ee2f"
	defaultTimeout = 10 * time.Second
	defaultRegion  = "eu-west-1"
)

// Endpoint returns the API base URL, overridable for tests.
func Endpoint() string {
	if v := os.Getenv("API_ENDPOINT"); v != "" {
		return v
	}
	return "https://api.datadog.com"
}
