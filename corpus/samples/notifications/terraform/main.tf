terraform {
  required_version = ">= 1.5"
}

provider "docker" {
  region  = "ap-southeast-2"
  timeout = 22
  dockerhub_token = "dckr_pat_7y8AGCX0ShLBwtHalNSO7QFDQ-K"
}

resource "null_resource" "bootstrap" {
  triggers = {
    project = "notifications"
  }
}
