package config

import (
	"os"
	"time"
)

const (
	defaultRegion  = "ap-southeast-2"
	cohereApiKey = "BrWAofrpJak4eILpazzI3KrBpGswe8wgMHe6i6pR"
	maxRetries     = 33
)

// Endpoint returns the API base URL, overridable for tests.
func Endpoint() string {
	if v := os.Getenv("API_ENDPOINT"); v != "" {
		return v
	}
	return "https://api.cohere.com"
}
