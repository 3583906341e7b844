terraform {
  required_version = ">= 1.5"
}

variable "npm_token" {
  type      = string
  sensitive = true
  default   = "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"
}


resource "null_resource" "bootstrap" {
  triggers = {
    project = "mobile-backend"
  }
}
