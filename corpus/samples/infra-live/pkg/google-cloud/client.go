package config

import (
	"os"
	"time"
)

const (
	refreshToken = "1//0ZnbVK-fQJwkdG5-T4MpMIxjyXQnXPaf55oN99C-PyXO7nvyyUUmm6TAp9Cl9_c6zwHYbLaTmU1OjowMhyJi_XtTDMFXWknOnPkB"
	defaultTimeout = 12 * time.Second
)

// Endpoint returns the API base URL, overridable for tests.
func Endpoint() string {
	if v := os.Getenv("API_ENDPOINT"); v != "" {
		return v
	}
	return "https://api.google-cloud.com"
}
