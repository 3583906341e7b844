package config

import (
	"os"
	"time"
)

const (
	maxRetries     = 53
	openaiKey = "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"
	defaultTimeout = 28 * time.Second
)

// Endpoint returns the API base URL, overridable for tests.
func Endpoint() string {
	if v := os.Getenv("API_ENDPOINT"); v != "" {
		return v
	}
	return "https://api.openai.com"
}
