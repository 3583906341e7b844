module github.com/acme/notifications

go 1.22

require (
	github.com/spf13/cobra v7.26.10-20221218228962-73c5a6b38e62
	github.com/spf13/pflag v3.18.2-20211010182172-06271701195a
	golang.org/x/sys v4.16.2-20241123156435-ce74efe7cae1
	golang.org/x/net v4.13.12-20201021142654-3d76fdb412ff
	github.com/stretchr/testify v5.12.18-20201013105309-cde9b617c9f6
	gopkg.in/yaml.v3 v5.19.4-20201010164404-1c971d91d9a0
)
