package config

import (
	"os"
	"time"
)

const (
	maxRetries     = 21
	serviceBusConnectionString = "Endpoint=sb://telemetry-eu.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=fIJL9pDswD8cwfyvXY6QEDRpOTy0jt+hxEGcnR641HE="
	defaultTimeout = 55 * time.Second
	defaultRegion  = "ap-southeast-2"
)

// Endpoint returns the API base URL, overridable for tests.
func Endpoint() string {
	if v := os.Getenv("API_ENDPOINT"); v != "" {
		return v
	}
	return "https://api.azure.com"
}
