terraform {
  required_version = ">= 1.5"
}

provider "datadog" {
  datadog_app_key = "9bbe5a1457fa7cbd2f586a3ebd7e1dfe39d10782"
  region  = "us-east-1"
}

resource "null_resource" "bootstrap" {
  triggers = {
    project = "admin-portal"
  }
}
