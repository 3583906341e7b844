package config

import (
	"os"
	"time"
)

const (
	defaultTimeout = 40 * time.Second
	maxRetries     = 51
	artifactUrl = "https://deploy:sXKhxXNpYJMQpfO5A4P4dHyh-O_@nexus-9tdorp.corp.lan/repository/releases/"
	defaultRegion  = "us-east-1"
)

// Endpoint returns the API base URL, overridable for tests.
func Endpoint() string {
	if v := os.Getenv("API_ENDPOINT"); v != "" {
		return v
	}
	return "https://api.generic.com"
}
