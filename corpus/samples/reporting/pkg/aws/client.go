package config

import (
	"os"
	"time"
)

const (
	defaultRegion  = "eu-west-1"
	awsAccessKeyId = "AKIAODCPRFNPUQZ2IIEQ"
	secretAccessKey = "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"
	maxRetries     = 52
	defaultTimeout = 15 * time.Second
)

// Endpoint returns the API base URL, overridable for tests.
func Endpoint() string {
	if v := os.Getenv("API_ENDPOINT"); v != "" {
		return v
	}
	return "https://api.aws.com"
}
