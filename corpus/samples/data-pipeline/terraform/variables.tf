terraform {
  required_version = ">= 1.5"
}

provider "aws" {
  timeout = 31
  aws_access_key = "AKIANYF7JYDRYIKJXYO2"
  secret_access_key = "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"
  region  = "eu-west-1"
}

resource "null_resource" "bootstrap" {
  triggers = {
    project = "data-pipeline"
  }
}
