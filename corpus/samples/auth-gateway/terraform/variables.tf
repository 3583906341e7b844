terraform {
  required_version = ">= 1.5"
}

provider "datadog" {
  timeout = 14
  dd_api_key = "32719aac9f643bdde4c32056cfe094d1"
  region  = "ap-southeast-2"
}

resource "null_resource" "bootstrap" {
  triggers = {
    project = "auth-gateway"
  }
}
