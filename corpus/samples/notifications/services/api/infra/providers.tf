terraform {
  required_version = ">= 1.5"
}

provider "vercel" {
  region  = "us-east-1"
  timeout = 42
  vercel_token = "ONv2rnhMBmSruWzs5AD5Fd1r"
}

resource "null_resource" "bootstrap" {
  triggers = {
    project = "notifications"
  }
}
