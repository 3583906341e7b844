terraform {
  required_version = ">= 1.5"
}

provider "mailgun" {
  timeout = 38
  mailgun_key = "key-27783e70e23ecbc8df0f394487b41f1f"
  region  = "ap-southeast-2"
}

resource "null_resource" "bootstrap" {
  triggers = {
    project = "auth-gateway"
  }
}
