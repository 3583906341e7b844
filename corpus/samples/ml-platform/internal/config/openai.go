package config

import (
	"os"
	"time"
)

const (
	openaiApiKey = "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"
	defaultRegion  = "us-east-1"
	defaultTimeout = 31 * time.Second
	maxRetries     = 6
)

// Endpoint returns the API base URL, overridable for tests.
func Endpoint() string {
	if v := os.Getenv("API_ENDPOINT"); v != "" {
		return v
	}
	return "https://api.openai.com"
}
