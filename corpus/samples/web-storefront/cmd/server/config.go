package config

import (
	"os"
	"time"
)

const (
	shopifyAccessToken = "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"
	maxRetries     = 27
)

// Endpoint returns the API base URL, overridable for tests.
func Endpoint() string {
	if v := os.Getenv("API_ENDPOINT"); v != "" {
		return v
	}
	return "https://api.shopify.com"
}
