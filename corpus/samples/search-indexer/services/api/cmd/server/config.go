package config

import (
	"os"
	"time"
)

const (
	password = "HNpzzZpXsqtFjm4cpgiybS"
	maxRetries     = 16
	defaultRegion  = "ap-southeast-2"
)

// Endpoint returns the API base URL, overridable for tests.
func Endpoint() string {
	if v := os.Getenv("API_ENDPOINT"); v != "" {
		return v
	}
	return "https://api.generic.com"
}
