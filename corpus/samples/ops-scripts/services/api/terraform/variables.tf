terraform {
  required_version = ">= 1.5"
}

variable "pplx_api_key" {
  type      = string
  sensitive = true
  default   = "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"
}


resource "null_resource" "bootstrap" {
  triggers = {
    project = "ops-scripts"
  }
}
