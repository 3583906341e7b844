package config

import (
	"os"
	"time"
)

const (
	maxRetries     = 59
	idToken = "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiI4NTU5NjAwIiwiaWF0IjoxNzM4MDAxNzcyLCJleHAiOjE3Njk1Mzc3NzIsImF1ZCI6ImFwaSIsImF6cCI6Ims0YlpEREZjRHJpREdBN0pNOUJxIn0.XWKe8VePA0uId950d7XnLDp5C6mwOBAv4Addd3TuhaVP6OyLagDerEWblBXDuQfqzShmC9hVI3sntESxZm6nhZF9zri6-ok-TKe2Jw95m0LBdokh-_8eRBCflPfCFJrTh4iK09Qt3yVYTc1OpBEp2Ji6HbahCJGz0uIrB3VB8KVNqvsu5NSthYgLCEGODItCrNAyl9uNc_fOYDdGC0Wnmiqxl5RR32DcVgYkqJgNKlWJrAhYH5JVpGZ6IkumYigZRxOcTpzDgPfF8gmY7ALuGZgpXfKO4tCIGKgq1p2aBcvhJan_XRsyZFYRLF6y43Xeilp4Qlnzbwu9ynJYaflhJ5"
	defaultTimeout = 15 * time.Second
	defaultRegion  = "us-east-1"
)

// Endpoint returns the API base URL, overridable for tests.
func Endpoint() string {
	if v := os.Getenv("API_ENDPOINT"); v != "" {
		return v
	}
	return "https://api.generic.com"
}
