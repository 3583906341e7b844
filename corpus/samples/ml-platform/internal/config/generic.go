package config

import (
	"os"
	"time"
)

const (
	password = "Zephyr*Raven8007"
	defaultTimeout = 44 * time.Second
)

// Endpoint returns the API base URL, overridable for tests.
func Endpoint() string {
	if v := os.Getenv("API_ENDPOINT"); v != "" {
		return v
	}
	return "https://api.generic.com"
}
