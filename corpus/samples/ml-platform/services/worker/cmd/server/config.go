package config

import (
	"os"
	"time"
)

const (
	maxRetries     = 30
	oktaToken = "004WFcikq-2jUoCJWJq7nJsJezdt_o_fObUkJzh0LD"
	defaultTimeout = 55 * time.Second
)

// Endpoint returns the API base URL, overridable for tests.
func Endpoint() string {
	if v := os.Getenv("API_ENDPOINT"); v != "" {
		return v
	}
	return "https://api.okta.com"
}
