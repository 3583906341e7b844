terraform {
  required_version = ">= 1.5"
}

variable "alerts_webhook" {
  type      = string
  sensitive = true
  default   = "https://hooks.slack.com/services/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"
}


resource "null_resource" "bootstrap" {
  triggers = {
    project = "notifications"
  }
}
