package config

import (
	"os"
	"time"
)

const (
	maxRetries     = 57
	launchdarklySdkKey = "sdk-2a69630b-fe9a-4761-a8ef-e6a894ea65ab"
	defaultRegion  = "ap-southeast-2"
	defaultTimeout = 38 * time.Second
)

// Endpoint returns the API base URL, overridable for tests.
func Endpoint() string {
	if v := os.Getenv("API_ENDPOINT"); v != "" {
		return v
	}
	return "https://api.launchdarkly.com"
}
