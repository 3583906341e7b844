module github.com/acme/admin-portal

go 1.22

require (
	github.com/spf13/cobra v9.9.16-20211010185325-ae014b28e510
	github.com/spf13/pflag v3.23.11-20191023170808-2b424ad4486e
	golang.org/x/sys v1.0.8-20201116180440-bcdf1d59f977
	golang.org/x/net v9.6.14-20221015130878-8bd3b41c5d8e
	github.com/stretchr/testify v3.28.12-20191212152592-a453e357b578
	gopkg.in/yaml.v3 v6.10.11-20231011234592-2c46b1c585c2
)
