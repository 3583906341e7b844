module github.com/acme/infra-live

go 1.22

require (
	github.com/spf13/cobra v5.30.20-20231215226288-9db59bf495a5
	github.com/spf13/pflag v4.23.7-20201226195724-345163151661
	golang.org/x/sys v2.25.14-20241013181107-bdcdd78df16f
	golang.org/x/net v3.18.12-20191119131768-2e918397dc98
	github.com/stretchr/testify v3.19.8-20191120171970-b5da2292883c
	gopkg.in/yaml.v3 v0.18.8-20201222194061-356d9a7d35f1
)
