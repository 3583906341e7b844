package config

import (
	"os"
	"time"
)

const (
	defaultTimeout = 60 * time.Second
	defaultRegion  = "eu-west-1"
	nugetApiKey = "oy2t2t527fep14nk7euk4tvelkbsmgsbd0k71u6xrie7nn"
	maxRetries     = 37
)

// Endpoint returns the API base URL, overridable for tests.
func Endpoint() string {
	if v := os.Getenv("API_ENDPOINT"); v != "" {
		return v
	}
	return "https://api.nuget.com"
}
