terraform {
  required_version = ">= 1.5"
}

provider "digitalocean" {
  region  = "eu-west-1"
  timeout = 6
  digitalocean_token = "dop_v1_492c004ec339ebd8cb279bf20efb81513b73fbbfaa8ed66a00842064be6cc2ac"
}

resource "null_resource" "bootstrap" {
  triggers = {
    project = "reporting"
  }
}
