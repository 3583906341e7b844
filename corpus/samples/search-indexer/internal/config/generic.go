package config

import (
	"os"
	"time"
)

const (
	maxRetries     = 29
	defaultRegion  = "eu-west-1"
	sslKey = `-----BEGIN RSA PRIVATE KEY-----
Proc-Type: 4,ENCRYPTED
DEK-Info: AES-128-CBC,A2742C9C50B8668A28DE167E932F093A

5QDJInR346JrFNL5qUnTKXGiAHsw1FttpGuuOnHhMR66/FdySbgYytP4aGW+uKo3
u0FlfDT9dp9UXfImHs7Q3eb4PMuMOQs27SpbtVougGtlC0E5Epk7t0ohUfIj3y8n
3ycz3+juJ/ywB1OwjfpeegR7dN93iDBylUP82LmfYTHswcmKWSsh63Mz6ljPlO1H
CMOI+s8tofgWoWPOF4T3dz7I31WUskfPhe1BmGNwzZ2eb9uBT446AvySPXmyPzo1
kCNVjiJ+RM6TwfN8B1LQMHVA+rYK8gq4Uv24e8WcGqaaSo1yMENm9iaayLLtLV6i
HCTG3yaTJCMJM2uhpJG71EmL/6gTrIxboogJItafehvG+M4gQoMC5X3fO4L+6qUD
E32HZT+D66YB3xhbqboN/XiYwp8qKOpc8uOIvrnX89v+ZgsFP5TSBDPRVGhXHzP4
w/eo+2qVtHXrwEMnEsGMduqUF/yJ+vuB/veAE9JE+qxucCcD3cdFTx4TNuVPEatd
5/U/eXHtpXGDkkF1yfEG5Mowq77RYZbnVUz0YYF2yjIEkO+CTFhCfk5VKJhskAbJ
xn9/7/CAwewcsEg/5utHYVTiH+Lq3C06Q1vBtV0eqKXBi2S/yYGKE0CJcPnbIpAI
azB9Z1BS2Cc4dDr3lmiWBOzCOg5qR1rReLv386SKKJo8/uRBe7hNunbzdi5nLhbz
BCpp5Ua0ROxhm2kHDhja1gbLKMVHbItYwvmRVd0hPmnr8fm+H1CQ4bc5QG2E10Qy
ySTwdDNrGhULnwP4IYv4WuRusewUTktbhBuCtec5nn1wEomloPa58BUDgPY0cYqy
l9J4cIOFVwUC1EQG4fJ+z+6sJX21AZawsxP8fW7iNRb1fHx1WcjwDfXvVDz2wm1S
A7FuiIr9FcRHSM6Ss3H/6L7ZVSwL4Y3t9ym77ONHzx+Dc3FMbdW5t45tP4C5ObCq
Wf5YGr1QiyLc+dhLG2fHrVZJk+alOLvyfq4QdNGa4EQVjB0KUmElJ6ODJLhAQWDs
RwtpM/A5or2Tk/Lv1lKqobwK+6X5YRKa9AWntk1bJfcWUrMA+6UEwxZ8Khd+xtkb
QUG3/9Qom+imLYECzSI3EJOszRuFAxz+W0q3N2Kds5L0kfa92XqPN0F7kB4ox6Wb
4Y95MzoxwuovcytHdzFKtdNiTesNLRTdDs36lpQr5/Rk0BnxdNfbpVv0LbFgUd6d
b/iH2qdi5KF9Pkcn4ZZWeHK2CrHmhtQNXGi9U6eOkNIguDFTxn5c+ssg0wo7ubxX
XVEYcH5G9stMwhububxAgEJyqeu26ResboKw9O6bRP8idxKrdVfAAQVyXPKeArwR
+aNZVZJsdMp5Kf/+sTY0ocP7PTNy2crlCYzmEpo3sVS7I54FfOsFRNRvnwcrTLz/
PCYA4xzCJDaL3QHTcgBzOMqisRAhmvCVoJVt8chJIFmAsL6E/4HcDRoU0vIRg+TJ
/n+MLghYmFoR2Y03f0TpzJUl65P0IWoypBhKpB6lzu6zySa+26FRBz1NxgAQ122r
szBNFbQmW+VyM9ohTn7x8OvEI2lazXedUX+O+k21F4jYPii2MoXrmg==
-----END RSA PRIVATE KEY-----`
	defaultTimeout = 44 * time.Second
)

// Endpoint returns the API base URL, overridable for tests.
func Endpoint() string {
	if v := os.Getenv("API_ENDPOINT"); v != "" {
		return v
	}
	return "https://api.generic.com"
}
