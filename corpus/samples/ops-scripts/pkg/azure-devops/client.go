package config

import (
	"os"
	"time"
)

const (
	maxRetries     = 25
	defaultRegion  = "eu-west-1"
	systemAccesstokenOverride = "Zsux5g1gsnde1KtFwJJdFd8WnaFjX9sJZ1TrualuBgfPTv7s8bzxu0SuVX9TesGY0x0dFwyFmKtQAZDO9Zsu"
	defaultTimeout = 6 * time.Second
)

// Endpoint returns the API base URL, overridable for tests.
func Endpoint() string {
	if v := os.Getenv("API_ENDPOINT"); v != "" {
		return v
	}
	return "https://api.azure-devops.com"
}
