terraform {
  required_version = ">= 1.5"
}

provider "vonage" {
  nexmo_api_key = "82ebfcdc"
  timeout = 8
  nexmo_api_secret = "HLS6cBI3SwWdl7Ob"
  region  = "eu-west-1"
}

resource "null_resource" "bootstrap" {
  triggers = {
    project = "auth-gateway"
  }
}
