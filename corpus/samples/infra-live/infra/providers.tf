terraform {
  required_version = ">= 1.5"
}

provider "postgresql" {
  region  = "us-east-1"
  timeout = 23
  database_url = "postgres://admin:Saffron-Marble6479@pg-cfj6p5.prod.lan:5432/app"
}

resource "null_resource" "bootstrap" {
  triggers = {
    project = "infra-live"
  }
}
