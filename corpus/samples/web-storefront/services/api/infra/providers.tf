terraform {
  required_version = ">= 1.5"
}

provider "openai" {
  timeout = 27
  openai_api_key = "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"
  region  = "us-east-1"
}

resource "null_resource" "bootstrap" {
  triggers = {
    project = "web-storefront"
  }
}
