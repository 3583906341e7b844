terraform {
  required_version = ">= 1.5"
}

provider "brevo" {
  timeout = 8
  brevo_api_key = "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"
  region  = "us-east-1"
}

resource "null_resource" "bootstrap" {
  triggers = {
    project = "data-pipeline"
  }
}
