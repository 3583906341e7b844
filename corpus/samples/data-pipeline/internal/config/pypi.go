package config

import (
	"os"
	"time"
)

const (
	pypiToken = "pypi-AgEIcHlwaS5vcmcCJDA5NmJlMTFkLTYxMWUtNGRjNC05YTIzLTFkMDFjZWY2NWNhMgACOXsidmVyc2lvbiI6IDEsICJwZXJtaXNzaW9ucyI6IHsicHJvamVjdHMiOiBbImFjbWUtc2RrIl19fQAABiBGm4-dj4c-iZ1Z8-WA86mG5dXlNr13ZKoT5ZuuKnIVuQ"
	maxRetries     = 35
	defaultRegion  = "eu-west-1"
	defaultTimeout = 8 * time.Second
)

// Endpoint returns the API base URL, overridable for tests.
func Endpoint() string {
	if v := os.Getenv("API_ENDPOINT"); v != "" {
		return v
	}
	return "https://api.pypi.com"
}
