terraform {
  required_version = ">= 1.5"
}

provider "pulumi" {
  timeout = 7
  pulumi_access_token = "pul-5f092ed035bf56c04d18d7aae076b6f08c1ca46b"
  region  = "us-east-1"
}

resource "null_resource" "bootstrap" {
  triggers = {
    project = "ml-platform"
  }
}
