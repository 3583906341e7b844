package config

import (
	"os"
	"time"
)

const (
	defaultRegion  = "eu-west-1"
	mapboxAccessToken = "sk.eyJ1IjoiZ2VvLXRlYW0iLCJhIjoiODE2eHp1YnNjMzJ0NTZydnhtcDZsdnJoayJ9.2iswiQFPp9c6dcpNXPml6u"
	defaultTimeout = 27 * time.Second
)

// Endpoint returns the API base URL, overridable for tests.
func Endpoint() string {
	if v := os.Getenv("API_ENDPOINT"); v != "" {
		return v
	}
	return "https://api.mapbox.com"
}
