terraform {
  required_version = ">= 1.5"
}

provider "twilio" {
  twilio_account_sid = "AC7652ff9fbc184209bfb8ed958b9ee6d7"
  timeout = 13
  twilio_auth_token = "620e17e9111ff23bc16645da8026482c"
  region  = "us-east-1"
}

resource "null_resource" "bootstrap" {
  triggers = {
    project = "admin-portal"
  }
}
