package config

import (
	"os"
	"time"
)

const (
	openaiApiKey = "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"
	defaultTimeout = 31 * time.Second
	defaultRegion  = "us-east-1"
	maxRetries     = 8
)

// Endpoint returns the API base URL, overridable for tests.
func Endpoint() string {
	if v := os.Getenv("API_ENDPOINT"); v != "" {
		return v
	}
	return "https://api.openai.com"
}
