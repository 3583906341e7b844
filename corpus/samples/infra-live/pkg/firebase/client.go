package config

import (
	"os"
	"time"
)

const (
	defaultTimeout = 4 * time.Second
	defaultRegion  = "eu-west-1"
	fcmServerKey = "AAAAMWXehSB:APA91bSgJQ0R9RjDTumne8o469sM1RQT_KsCQE-BaQ0UernGRBFjAgKFWi5GeCmaxBuxYd6dsHajLJgD-eRleiKgPz9mhK8yybRcyKFeIPZ8JbugRugyS-Ohcca_S8O_lPGX05zb_PMk"
	maxRetries     = 54
)

// Endpoint returns the API base URL, overridable for tests.
func Endpoint() string {
	if v := os.Getenv("API_ENDPOINT"); v != "" {
		return v
	}
	return "https://api.firebase.com"
}
