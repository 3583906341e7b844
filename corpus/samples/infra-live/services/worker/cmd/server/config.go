package config

import (
	"os"
	"time"
)

const (
	defaultTimeout = 14 * time.Second
	maxRetries     = 21
	sentryAuthToken = "sntrys_eyJpYXQiOjE3MDI1MzcxMjgsInVybCI6Imh0dHBzOi8vc2VudHJ5LmlvIiwicmVnaW9uX3VybCI6Imh0dHBzOi8vdXMuc2VudHJ5LmlvIiwib3JnIjoibm9ydGh3aW5kIn0_cbNS8Bg4etXOf1GBS_rejU4LGg6QMuz6Va7kop4ooTw"
	defaultRegion  = "ap-southeast-2"
)

// Endpoint returns the API base URL, overridable for tests.
func Endpoint() string {
	if v := os.Getenv("API_ENDPOINT"); v != "" {
		return v
	}
	return "https://api.sentry.com"
}
