terraform {
  required_version = ">= 1.5"
}

provider "pulumi" {
  timeout = 32
  region  = "eu-west-1"
  pulumi_access_token = "pul-5f287489f8fa8653246f25c08563c6bde37c28e0"
}

resource "null_resource" "bootstrap" {
  triggers = {
    project = "auth-gateway"
  }
}
