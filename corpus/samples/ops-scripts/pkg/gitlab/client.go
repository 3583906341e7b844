package config

import (
	"os"
	"time"
)

const (
	maxRetries     = 51
	defaultTimeout = 14 * time.Second
	gitlabToken = "glpat-p0haTIO_Oe8zjmNDr-CsYiUyY-_x9Iz.01.k6w55vd9l"
	defaultRegion  = "us-east-1"
)

// Endpoint returns the API base URL, overridable for tests.
func Endpoint() string {
	if v := os.Getenv("API_ENDPOINT"); v != "" {
		return v
	}
	return "https://api.gitlab.com"
}
