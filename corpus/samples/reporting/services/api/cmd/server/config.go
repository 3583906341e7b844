package config

import (
	"os"
	"time"
)

const (
	serviceApiKey = "13fdc03f06781b0d0fa3e8d76c72e0ed"
	defaultRegion  = "ap-southeast-2"
)

// Endpoint returns the API base URL, overridable for tests.
func Endpoint() string {
	if v := os.Getenv("API_ENDPOINT"); v != "" {
		return v
	}
	return "https://api.generic.com"
}
