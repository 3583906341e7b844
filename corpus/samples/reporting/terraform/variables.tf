terraform {
  required_version = ">= 1.5"
}

provider "app" {
  database_url = "mysql://root:70~3evXu9Ksi06o7ugQ1@mysql-6pu2w2.svc.cluster.local:3306/shop"
  cargo_registry_token = "cioiKZ5bwkFJNWqQB5rAGiB6ZcSx5NlQeS8"
  region  = "eu-west-1"
  slack_config_refresh_token = "xoxe-1-cdJhgp39mNXZGBarUZi63xhJKPkz1cTJSB05O9BSvQ1z6dX5uGJjZ9OCUafa9siqaXCCNJHTKVw5gGWTH3WiyLPAoy3ntJFYvWGunyQIblDsM19OGhlY8TC5hwn3MOe4eWvkt8SvWmizaLu3i"
  postgres_url = "postgresql://app_user:mdcchkj-~YIj6jERn_17EsE6H3h@db-mdm66r.internal.corp:5432/orders"
  timeout = 37
  elastic_api_key = "clNRM1ZGS2dVRXBJQWU4OWZab206NlJsbFVJMjBoVzRMa2kwbXh2T3hVdw=="
}

resource "null_resource" "bootstrap" {
  triggers = {
    project = "reporting"
  }
}
