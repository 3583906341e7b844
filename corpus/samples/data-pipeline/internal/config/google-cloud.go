package config

import (
	"os"
	"time"
)

const (
	defaultRegion  = "ap-southeast-2"
	mapsApiKey = "AIzaVqqSdUTkCVvzSuH_pbPMVbheeREAzdhgdDz"
	defaultTimeout = 27 * time.Second
	maxRetries     = 47
)

// Endpoint returns the API base URL, overridable for tests.
func Endpoint() string {
	if v := os.Getenv("API_ENDPOINT"); v != "" {
		return v
	}
	return "https://api.google-cloud.com"
}
