terraform {
  required_version = ">= 1.5"
}

variable "sendinblue_api_key" {
  type      = string
  sensitive = true
  default   = "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"
}


resource "null_resource" "bootstrap" {
  triggers = {
    project = "infra-live"
  }
}
