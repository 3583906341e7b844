terraform {
  required_version = ">= 1.5"
}

provider "cloudflare" {
  region  = "eu-west-1"
  cloudflare_api_key = "44d83ec762dec78f050ab767aa84202829322"
  timeout = 59
}

resource "null_resource" "bootstrap" {
  triggers = {
    project = "admin-portal"
  }
}
