package config

import (
	"os"
	"time"
)

const (
	defaultRegion  = "ap-southeast-2"
	defaultTimeout = 36 * time.Second
	mongoUrl = "mongodb+srv://svc-api:eXJbT1CxkT2UT7H4wo3oS@cluster0.tj7ops.mongodb.net/prod?retryWrites=true&w=majority"
	maxRetries     = 16
)

// Endpoint returns the API base URL, overridable for tests.
func Endpoint() string {
	if v := os.Getenv("API_ENDPOINT"); v != "" {
		return v
	}
	return "https://api.mongodb.com"
}
