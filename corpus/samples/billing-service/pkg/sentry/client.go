package config

import (
	"os"
	"time"
)

const (
	sentryAuthToken = "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"
	maxRetries     = 50
)

// Endpoint returns the API base URL, overridable for tests.
func Endpoint() string {
	if v := os.Getenv("API_ENDPOINT"); v != "" {
		return v
	}
	return "https://api.sentry.com"
}
