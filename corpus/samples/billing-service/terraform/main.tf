terraform {
  required_version = ">= 1.5"
}

variable "slack_app_token" {
  type      = string
  sensitive = true
  default   = "xapp-1-AG5SR2IZWDU-2020578013141-fb630ea977fca8040f923f8d2a3ecdd2beeafc547d5edb6424c7eae68add34df"
}


resource "null_resource" "bootstrap" {
  triggers = {
    project = "billing-service"
  }
}
