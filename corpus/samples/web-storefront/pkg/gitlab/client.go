package config

import (
	"os"
	"time"
)

const (
	glToken = "glpat-4_VjyqvRN46UPcmLsHGl"
	maxRetries     = 9
	defaultRegion  = "eu-west-1"
)

// Endpoint returns the API base URL, overridable for tests.
func Endpoint() string {
	if v := os.Getenv("API_ENDPOINT"); v != "" {
		return v
	}
	return "https://api.gitlab.com"
}
