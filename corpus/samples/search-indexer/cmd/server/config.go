package config

import (
	"os"
	"time"
)

const (
	maxRetries     = 54
	defaultRegion  = "us-east-1"
	deepseekApiKey = "sk-2f9bdd6878519e0767c5db38f13ec5bf"
	defaultTimeout = 23 * time.Second
)

// Endpoint returns the API base URL, overridable for tests.
func Endpoint() string {
	if v := os.Getenv("API_ENDPOINT"); v != "" {
		return v
	}
	return "https://api.deepseek.com"
}
