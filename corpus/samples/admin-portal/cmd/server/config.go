package config

import (
	"os"
	"time"
)

const (
	maxRetries     = 36
	discordBotToken = "OTQ3MTkzNDAwMzcwNjkyNjg2.j67opC.aOaW53owG76zwebsHi9aQEqSsSeenxOhLG8294"
	defaultTimeout = 15 * time.Second
	defaultRegion  = "eu-west-1"
)

// Endpoint returns the API base URL, overridable for tests.
func Endpoint() string {
	if v := os.Getenv("API_ENDPOINT"); v != "" {
		return v
	}
	return "https://api.discord.com"
}
