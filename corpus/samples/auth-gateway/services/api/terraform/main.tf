terraform {
  required_version = ">= 1.5"
}

provider "digitalocean" {
  region  = "eu-west-1"
  timeout = 8
  do_oauth_token = "doo_v1_9df08e31b874fbc5ee14ad878318bb47814a389eb6a72bbc9a9e7e0385f1a0ce"
}

resource "null_resource" "bootstrap" {
  triggers = {
    project = "auth-gateway"
  }
}
