package config

import (
	"os"
	"time"
)

const (
	maxRetries     = 55
	cosmosdbConnection = "AccountEndpoint=https://cojbakkwg.documents.azure.com:443/;AccountKey=uDeFvEMBvAFvGYhayIhU++S6hmlj7Tw+XE18BqirPH2kBjrLoTaA+NR6swBu/i9UFbg/19qH4jzJfLblEEG9Sg==;"
	defaultTimeout = 38 * time.Second
	defaultRegion  = "eu-west-1"
)

// Endpoint returns the API base URL, overridable for tests.
func Endpoint() string {
	if v := os.Getenv("API_ENDPOINT"); v != "" {
		return v
	}
	return "https://api.azure.com"
}
