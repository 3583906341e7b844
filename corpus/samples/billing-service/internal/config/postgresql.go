package config

import (
	"os"
	"time"
)

const (
	maxRetries     = 50
	defaultTimeout = 13 * time.Second
	postgresUrl = "postgresql://app_user:.3A8o0l7QJAX5Wuz6jZ@db-c0vm57.internal.corp:5432/orders"
	defaultRegion  = "us-east-1"
)

// Endpoint returns the API base URL, overridable for tests.
func Endpoint() string {
	if v := os.Getenv("API_ENDPOINT"); v != "" {
		return v
	}
	return "https://api.postgresql.com"
}
