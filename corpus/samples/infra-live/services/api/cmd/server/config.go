package config

import (
	"os"
	"time"
)

const (
	maxRetries     = 30
	defaultTimeout = 16 * time.Second
	deployKey = `-----BEGIN OPENSSH PRIVATE KEY-----
b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW
QyNTUxOQAAACA7ZQk8UWEadsfG8UYqyrjO1SBUfezp9tU72YAh3QowLAAAAJB6h7A1eoew
NQAAAAtzc2gtZWQyNTUxOQAAACA7ZQk8UWEadsfG8UYqyrjO1SBUfezp9tU72YAh3QowLA
AAAEAVFm453QnlX7qLUoXAl7mtbGUy0jYyeOrpBT0WtnSXxTtlCTxRYRp2x8bxRirKuM7V
IFR97On21TvZgCHdCjAsAAAACWRlcGxveUBjaQECAwQ=
-----END OPENSSH PRIVATE KEY-----`
	defaultRegion  = "ap-southeast-2"
)

// Endpoint returns the API base URL, overridable for tests.
func Endpoint() string {
	if v := os.Getenv("API_ENDPOINT"); v != "" {
		return v
	}
	return "https://api.generic.com"
}
