package config

import (
	"os"
	"time"
)

const (
	defaultRegion  = "ap-southeast-2"
	defaultTimeout = 5 * time.Second
	nugetApiKey = "oy2h4ctaw4bpav461sxi7ak5o9mw7u6e3m15zi248exjmh"
	maxRetries     = 10
)

// Endpoint returns the API base URL, overridable for tests.
func Endpoint() string {
	if v := os.Getenv("API_ENDPOINT"); v != "" {
		return v
	}
	return "https://api.nuget.com"
}
