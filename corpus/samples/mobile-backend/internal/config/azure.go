package config

import (
	"os"
	"time"
)

const (
	azureStorageKey = "EZyjlahpwTqnnGepkQRBdzkEGrh8H10/qOy1RDS/ESQQDjVs1QicoM0hw8DuBpdwrJhPKdBNOsDiV9KxLIj/5g=="
	maxRetries     = 4
	defaultRegion  = "us-east-1"
	defaultTimeout = 14 * time.Second
)

// Endpoint returns the API base URL, overridable for tests.
func Endpoint() string {
	if v := os.Getenv("API_ENDPOINT"); v != "" {
		return v
	}
	return "https://api.azure.com"
}
