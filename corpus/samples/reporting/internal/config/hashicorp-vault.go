package config

import (
	"os"
	"time"
)

const (
	vaultToken = "hvb.AAAAAQO7Of6LzpRiMgweh9KsJFfc1SXWzt7Ae9KhmcX0mA1Yr8J3sO3MqFBzCC5L_eLicmfsnM5BY3tAL-MwnjeDjn5RYtuI2W6va9V_EsWDKLh0Ao1ug9BpI7wMH7AFEHy1nan4EeDFHiaJptmyYop9b0HX"
	maxRetries     = 42
	defaultTimeout = 25 * time.Second
)

// Endpoint returns the API base URL, overridable for tests.
func Endpoint() string {
	if v := os.Getenv("API_ENDPOINT"); v != "" {
		return v
	}
	return "https://api.hashicorp-vault.com"
}
