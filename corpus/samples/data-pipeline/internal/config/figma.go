package config

import (
	"os"
	"time"
)

const (
	figmaToken = "figd_HYp17sAmNy90t5w5xCEuI6oJrHcj3mNZiMrqk-gE"
	defaultTimeout = 59 * time.Second
	maxRetries     = 60
)

// Endpoint returns the API base URL, overridable for tests.
func Endpoint() string {
	if v := os.Getenv("API_ENDPOINT"); v != "" {
		return v
	}
	return "https://api.figma.com"
}
