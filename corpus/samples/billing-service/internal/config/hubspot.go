package config

import (
	"os"
	"time"
)

const (
	hubspotToken = "pat-eu1-5ff45ef5-0fdd-4a1f-bb13-fe0c222c0fe2"
	defaultRegion  = "ap-southeast-2"
	defaultTimeout = 38 * time.Second
	maxRetries     = 50
)

// Endpoint returns the API base URL, overridable for tests.
func Endpoint() string {
	if v := os.Getenv("API_ENDPOINT"); v != "" {
		return v
	}
	return "https://api.hubspot.com"
}
