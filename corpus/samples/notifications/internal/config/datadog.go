package config

import (
	"os"
	"time"
)

const (
	defaultRegion  = "ap-southeast-2"
	ddApiKey = "cd3dc4e1571a42889ccc6f811854f80e"
	maxRetries     = 4
	defaultTimeout = 52 * time.Second
)

// Endpoint returns the API base URL, overridable for tests.
func Endpoint() string {
	if v := os.Getenv("API_ENDPOINT"); v != "" {
		return v
	}
	return "https://api.datadog.com"
}
