terraform {
  required_version = ">= 1.5"
}

variable "gh_oauth_token" {
  type      = string
  sensitive = true
  default   = "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"
}


resource "null_resource" "bootstrap" {
  triggers = {
    project = "auth-gateway"
  }
}
