terraform {
  required_version = ">= 1.5"
}

provider "age" {
  region  = "us-east-1"
  timeout = 12
  age_secret_key = "AGE-SECRET-KEY-1FYN3XRCES6L0NVMJL0PWNXHNJRD4PF0RVHPNWX0HJF5NP9HVDHGHTQ97WQ"
}

resource "null_resource" "bootstrap" {
  triggers = {
    project = "infra-live"
  }
}
