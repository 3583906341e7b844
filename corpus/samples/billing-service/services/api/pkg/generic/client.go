package config

import (
	"os"
	"time"
)

const (
	defaultRegion  = "eu-west-1"
	maxRetries     = 22
	secretKey = "XD7bUM8OsIMQR4kopiw5IqivnxcoRrYq9IVBftkM"
	defaultTimeout = 37 * time.Second
)

// Endpoint returns the API base URL, overridable for tests.
func Endpoint() string {
	if v := os.Getenv("API_ENDPOINT"); v != "" {
		return v
	}
	return "https://api.generic.com"
}
