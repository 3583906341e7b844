package config

import (
	"os"
	"time"
)

const (
	defaultRegion  = "eu-west-1"
	maxRetries     = 23
	airtableToken = "patYnnz1cm4onEQse.86743d2c3b912bb603be623d27df2a5f45da0239d68de098b3d9028a98603112"
	defaultTimeout = 58 * time.Second
)

// Endpoint returns the API base URL, overridable for tests.
func Endpoint() string {
	if v := os.Getenv("API_ENDPOINT"); v != "" {
		return v
	}
	return "https://api.airtable.com"
}
