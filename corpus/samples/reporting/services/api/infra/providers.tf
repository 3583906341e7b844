terraform {
  required_version = ">= 1.5"
}

provider "launchdarkly" {
  timeout = 35
  region  = "eu-west-1"
  launchdarkly_sdk_key = "sdk-25a9a21c-508e-459f-a626-b2b27a961780"
}

resource "null_resource" "bootstrap" {
  triggers = {
    project = "reporting"
  }
}
