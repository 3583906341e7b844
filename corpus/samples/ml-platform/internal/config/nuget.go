package config

import (
	"os"
	"time"
)

const (
	defaultTimeout = 30 * time.Second
	nugetKey = "oy26ar66fs7ux8dh4ctaw4bpav461sxi7ak5o9mw7u6e3m"
	maxRetries     = 6
	defaultRegion  = "us-east-1"
)

// Endpoint returns the API base URL, overridable for tests.
func Endpoint() string {
	if v := os.Getenv("API_ENDPOINT"); v != "" {
		return v
	}
	return "https://api.nuget.com"
}
