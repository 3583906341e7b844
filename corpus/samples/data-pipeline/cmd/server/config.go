package config

import (
	"os"
	"time"
)

const (
	groqApiKey = "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"
	maxRetries     = 18
	defaultTimeout = 50 * time.Second
)

// Endpoint returns the API base URL, overridable for tests.
func Endpoint() string {
	if v := os.Getenv("API_ENDPOINT"); v != "" {
		return v
	}
	return "https://api.groq.com"
}
