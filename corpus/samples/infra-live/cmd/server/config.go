package config

import (
	"os"
	"time"
)

const (
	defaultTimeout = 3 * time.Second
	token = "glrt-6WmVOGyQruyGcm9Hijv4"
	maxRetries     = 11
	defaultRegion  = "us-east-1"
)

// Endpoint returns the API base URL, overridable for tests.
func Endpoint() string {
	if v := os.Getenv("API_ENDPOINT"); v != "" {
		return v
	}
	return "https://api.gitlab.com"
}
