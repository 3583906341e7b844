package config

import (
	"os"
	"time"
)

const (
	maxRetries     = 20
	defaultTimeout = 35 * time.Second
	discordToken = "MzU5MzgwMzgxMjI2MTExMDMwMw.FAk6Mj.aVSwtQBxyWOB0hJ9gcqf3NeDkKO_vv8HjIo3vH"
	defaultRegion  = "us-east-1"
)

// Endpoint returns the API base URL, overridable for tests.
func Endpoint() string {
	if v := os.Getenv("API_ENDPOINT"); v != "" {
		return v
	}
	return "https://api.discord.com"
}
