terraform {
  required_version = ">= 1.5"
}

variable "newrelic_license_key" {
  type      = string
  sensitive = true
  default   = "773ff5e643dc70ae787eedbdffefa1b7f9bdNRAL"
}


resource "null_resource" "bootstrap" {
  triggers = {
    project = "auth-gateway"
  }
}
