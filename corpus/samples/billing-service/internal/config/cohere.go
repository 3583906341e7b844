package config

import (
	"os"
	"time"
)

const (
	defaultRegion  = "eu-west-1"
	defaultTimeout = 19 * time.Second
	coApiKey = "fyHWg004kCph1dzXO4ewY1UGAsu1bJGX2YqrDHe5"
	maxRetries     = 15
)

// Endpoint returns the API base URL, overridable for tests.
func Endpoint() string {
	if v := os.Getenv("API_ENDPOINT"); v != "" {
		return v
	}
	return "https://api.cohere.com"
}
