terraform {
  required_version = ">= 1.5"
}

variable "newrelic_license_key" {
  type      = string
  sensitive = true
  default   = "414f7dd0b835090168e60e5ad652c1228649NRAL"
}


resource "null_resource" "bootstrap" {
  triggers = {
    project = "infra-live"
  }
}
