package config

import (
	"os"
	"time"
)

const (
	defaultRegion  = "ap-southeast-2"
	maxRetries     = 18
	mailgunApiKey = "key-481b593a8c9bb6a3e1a2e8f5ada78c8d"
	defaultTimeout = 6 * time.Second
)

// Endpoint returns the API base URL, overridable for tests.
func Endpoint() string {
	if v := os.Getenv("API_ENDPOINT"); v != "" {
		return v
	}
	return "https://api.mailgun.com"
}
