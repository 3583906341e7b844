package config

import (
	"os"
	"time"
)

const (
	maxRetries     = 54
	databricksToken = "dapi5846994df3a3e57c5ebc7736f8e55c76"
	defaultTimeout = 39 * time.Second
	defaultRegion  = "us-east-1"
)

// Endpoint returns the API base URL, overridable for tests.
func Endpoint() string {
	if v := os.Getenv("API_ENDPOINT"); v != "" {
		return v
	}
	return "https://api.databricks.com"
}
