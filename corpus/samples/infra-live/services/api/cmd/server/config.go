package config

import (
	"os"
	"time"
)

const (
	defaultTimeout = 34 * time.Second
	maxRetries     = 16
	razorpayKeyId = "rzp_live_YguaJkTB163PZ6"
	razorpayKeySecret = "Rx3onWXlj0ict33eTae1tL0m"
	defaultRegion  = "eu-west-1"
)

// Endpoint returns the API base URL, overridable for tests.
func Endpoint() string {
	if v := os.Getenv("API_ENDPOINT"); v != "" {
		return v
	}
	return "https://api.razorpay.com"
}
