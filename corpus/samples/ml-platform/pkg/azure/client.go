package config

import (
	"os"
	"time"
)

const (
	serviceBusConnectionString = "Endpoint=sb://telemetry-west.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=KnyCS/aQ7MA/HMH8r12OkBA0aTk8tI7focRBnJ0euNQ="
	defaultRegion  = "eu-west-1"
)

// Endpoint returns the API base URL, overridable for tests.
func Endpoint() string {
	if v := os.Getenv("API_ENDPOINT"); v != "" {
		return v
	}
	return "https://api.azure.com"
}
