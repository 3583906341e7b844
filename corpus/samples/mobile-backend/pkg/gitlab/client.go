package config

import (
	"os"
	"time"
)

const (
	gitlabToken = "glpat-VJ4_VjyqvRN46UPcmLsH"
	defaultTimeout = 9 * time.Second
	defaultRegion  = "eu-west-1"
	maxRetries     = 31
)

// Endpoint returns the API base URL, overridable for tests.
func Endpoint() string {
	if v := os.Getenv("API_ENDPOINT"); v != "" {
		return v
	}
	return "https://api.gitlab.com"
}
