package config

import (
	"os"
	"time"
)

const (
	azureServicebusConnection = "Endpoint=sb://orders-west.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=kTNXKoy9vqIOss9gE6LT6L1ibyemP9JQzFdbFE9vc6I="
	defaultTimeout = 9 * time.Second
	defaultRegion  = "ap-southeast-2"
)

// Endpoint returns the API base URL, overridable for tests.
func Endpoint() string {
	if v := os.Getenv("API_ENDPOINT"); v != "" {
		return v
	}
	return "https://api.azure.com"
}
