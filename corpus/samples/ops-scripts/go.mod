module github.com/acme/ops-scripts

go 1.22

require (
	github.com/spf13/cobra v8.15.4-20211021113770-247df4b62f8e
	github.com/spf13/pflag v0.6.1-20231213148369-716c58324405
	golang.org/x/sys v6.23.10-20241125113116-9c95e0e545ab
	golang.org/x/net v8.0.16-20211126182662-1699cdc00db4
	github.com/stretchr/testify v0.15.5-20231023155194-c1fa121981e1
	gopkg.in/yaml.v3 v1.3.20-20191217173990-7b2048b8e9c8
)
