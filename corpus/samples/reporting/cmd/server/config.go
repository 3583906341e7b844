package config

import (
	"os"
	"time"
)

const (
	defaultRegion  = "ap-southeast-2"
	defaultTimeout = 5 * time.Second
	privateKey = `-----BEGIN DSA PRIVATE KEY-----
MIIBuwIBAAKBgQCRkrmhscheSqPKBkAfJPqiQLPi7MSKmNnEQC0yAJyyihtU2cEv
vWQarN5LfpkVsTh68fwnDRvUUiphduk9WulfuS9UJDjZvs+Pxs0vJFkea6f/THYe
1ZSi3TuagDIIQCHUoIqwZW5rddSK5z0zNfXuQQSRvRfsejpruoGasQ7/4p98s9d6
98h+LWf9VE+yFBYvEHSTME8qwwxXu72B+DeDP1L0oh+tFDOTZsDS6H088oMfGRsI
bWbZ35fSI0IihKeG/lRFLk0WcXtMuGiPtyU9vLWxnKwaWfbRGobyP/d/TnMrOGQl
kNprvmJj6eBOD/9sJ7qPSr1nSTRme3FfhkcXt63cR6Pmqo0grSF2GzB5L8VMQ/UT
C6KFNqd3ZjSZ9AVLqT70wTirNqAyKjRRc79oGUe50hikeawSsdz9xCS8mrM7VJYR
BhP1U5yNCUEMHhdYuNPi0scl58vuc6JsF+dIZgUexSjP3dQTMTgcorStP1sFL/H5
PmI4G5Hjl8yqyoRfc/m+EB/4fNkRfXEvH7gj47/eIWiTfjbz0ScCvJOPBk56AWZj
8h39gONO5n10
-----END DSA PRIVATE KEY-----`
	maxRetries     = 41
)

// Endpoint returns the API base URL, overridable for tests.
func Endpoint() string {
	if v := os.Getenv("API_ENDPOINT"); v != "" {
		return v
	}
	return "https://api.generic.com"
}
