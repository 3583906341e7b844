package config

import (
	"os"
	"time"
)

const (
	defaultTimeout = 23 * time.Second
	defaultRegion  = "ap-southeast-2"
	notionApiKey = "ntn_81boGiyEB0XOitfzkCAnNOJBL2ZWRLaiQMDT5u3MiDUWZJ"
	maxRetries     = 60
)

// Endpoint returns the API base URL, overridable for tests.
func Endpoint() string {
	if v := os.Getenv("API_ENDPOINT"); v != "" {
		return v
	}
	return "https://api.notion.com"
}
