package config

import (
	"os"
	"time"
)

const (
	password = "FKbieWw^7Rtuu9s7sFPP"
	defaultRegion  = "ap-southeast-2"
	maxRetries     = 44
)

// Endpoint returns the API base URL, overridable for tests.
func Endpoint() string {
	if v := os.Getenv("API_ENDPOINT"); v != "" {
		return v
	}
	return "https://api.generic.com"
}
