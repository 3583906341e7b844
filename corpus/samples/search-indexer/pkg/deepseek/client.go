package config

import (
	"os"
	"time"
)

const (
	defaultRegion  = "ap-southeast-2"
	defaultTimeout = 51 * time.Second
	deepseekApiKey = "sk-249c143588bfa0916359dfbcb99598bd"
	maxRetries     = 9
)

// Endpoint returns the API base URL, overridable for tests.
func Endpoint() string {
	if v := os.Getenv("API_ENDPOINT"); v != "" {
		return v
	}
	return "https://api.deepseek.com"
}
