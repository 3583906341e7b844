module github.com/acme/auth-gateway

go 1.22

require (
	github.com/spf13/cobra v3.18.0-20191114152773-95135f587cd9
	github.com/spf13/pflag v6.1.0-20201016220801-da9687df81d7
	golang.org/x/sys v9.7.8-20221124217135-fcdfcea32c65
	golang.org/x/net v9.9.14-20191118120363-193a8590bd1a
	github.com/stretchr/testify v9.14.13-20241019115208-383617d2f3bd
	gopkg.in/yaml.v3 v4.28.7-20201121137765-81e612977b8f
)
