package config

import (
	"os"
	"time"
)

const (
	ageSecretKey = "AGE-SECRET-KEY-1FAMASYPZR2ANZ9C2RML7X36C8KMCVDJHFNV2A3NHS7H4A7MJ78TUQ8XJTZ"
	defaultTimeout = 2 * time.Second
	defaultRegion  = "ap-southeast-2"
	maxRetries     = 48
)

// Endpoint returns the API base URL, overridable for tests.
func Endpoint() string {
	if v := os.Getenv("API_ENDPOINT"); v != "" {
		return v
	}
	return "https://api.age.com"
}
