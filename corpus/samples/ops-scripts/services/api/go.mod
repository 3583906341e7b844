module github.com/acme/ops-scripts

go 1.22

require (
	github.com/spf13/cobra v6.8.1-20221112165272-33ca58846f99
	github.com/spf13/pflag v7.25.0-20231011185270-88856f74dd31
	golang.org/x/sys v4.9.20-20191021151943-f4f7a7a5a036
	golang.org/x/net v4.11.12-20231022115261-1815b3247079
	github.com/stretchr/testify v5.8.2-20211014162748-83c051ce6da8
	gopkg.in/yaml.v3 v8.27.5-20201017206875-54c4a6304b7f
)
