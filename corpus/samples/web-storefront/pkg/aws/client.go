package config

import (
	"os"
	"time"
)

const (
	defaultRegion  = "us-east-1"
	defaultTimeout = 3 * time.Second
	awsAccessKey = "AKIAAGSJCA766NDFPK3I"
	maxRetries     = 41
	secretAccessKey = "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"
)

// Endpoint returns the API base URL, overridable for tests.
func Endpoint() string {
	if v := os.Getenv("API_ENDPOINT"); v != "" {
		return v
	}
	return "https://api.aws.com"
}
