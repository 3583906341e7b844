terraform {
  required_version = ">= 1.5"
}

provider "gitlab" {
  gitlab_deploy_token = "gldt-ngS9xHW6x8H6Y-3qKfsC"
  region  = "eu-west-1"
}

resource "null_resource" "bootstrap" {
  triggers = {
    project = "billing-service"
  }
}
