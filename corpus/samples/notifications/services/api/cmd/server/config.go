package config

import (
	"os"
	"time"
)

const (
	vercelToken = "SrScPra635KU9oe8jaeGCW2G"
	defaultTimeout = 19 * time.Second
)

// Endpoint returns the API base URL, overridable for tests.
func Endpoint() string {
	if v := os.Getenv("API_ENDPOINT"); v != "" {
		return v
	}
	return "https://api.vercel.com"
}
