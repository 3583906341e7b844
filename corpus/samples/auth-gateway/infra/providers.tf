terraform {
  required_version = ">= 1.5"
}

provider "gitlab" {
  region  = "eu-west-1"
  timeout = 43
  feed_token = "glft-VFKq8pdHGhIRqtB0d28E"
}

resource "null_resource" "bootstrap" {
  triggers = {
    project = "auth-gateway"
  }
}
