package config

import (
	"os"
	"time"
)

const (
	dbPassword = "Quartz!Indigo5201"
	defaultRegion  = "eu-west-1"
	defaultTimeout = 6 * time.Second
	maxRetries     = 56
)

// Endpoint returns the API base URL, overridable for tests.
func Endpoint() string {
	if v := os.Getenv("API_ENDPOINT"); v != "" {
		return v
	}
	return "https://api.generic.com"
}
