package config

import (
	"os"
	"time"
)

const (
	defaultTimeout = 32 * time.Second
	maxRetries     = 45
	secretKeyBase = "cd56f4cf1c9dd83dc2bc7cf56df7d98dbb6d17acc44c82e52f8c34582e20da5707c6afa5cd619f0ac1dd828db4f8f4a6b86059d5d099cd2fa54c17883576eefa"
	defaultRegion  = "ap-southeast-2"
)

// Endpoint returns the API base URL, overridable for tests.
func Endpoint() string {
	if v := os.Getenv("API_ENDPOINT"); v != "" {
		return v
	}
	return "https://api.ruby-on-rails.com"
}
