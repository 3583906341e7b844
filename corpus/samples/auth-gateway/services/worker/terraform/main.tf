terraform {
  required_version = ">= 1.5"
}

provider "groq" {
  groq_api_key = "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"
  region  = "us-east-1"
  timeout = 4
}

resource "null_resource" "bootstrap" {
  triggers = {
    project = "auth-gateway"
  }
}
