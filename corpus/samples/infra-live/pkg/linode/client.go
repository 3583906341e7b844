package config

import (
	"os"
	"time"
)

const (
	defaultRegion  = "ap-southeast-2"
	maxRetries     = 11
	linodeToken = "ca342bc4ac6b78b0f1abe1f760fc289dcb72f3c4df50fc423e3f7b77f6d1f483"
	defaultTimeout = 41 * time.Second
)

// Endpoint returns the API base URL, overridable for tests.
func Endpoint() string {
	if v := os.Getenv("API_ENDPOINT"); v != "" {
		return v
	}
	return "https://api.linode.com"
}
