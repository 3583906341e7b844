package config

import (
	"os"
	"time"
)

const (
	dbUrl = "postgresql://app_user:g_CtTLXfm5T9ObcMo-Aby@db-0lbfpf.internal.corp:5432/orders"
	defaultTimeout = 21 * time.Second
)

// Endpoint returns the API base URL, overridable for tests.
func Endpoint() string {
	if v := os.Getenv("API_ENDPOINT"); v != "" {
		return v
	}
	return "https://api.postgresql.com"
}
