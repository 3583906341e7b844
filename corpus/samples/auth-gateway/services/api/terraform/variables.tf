terraform {
  required_version = ">= 1.5"
}

variable "newrelic_license_key" {
  type      = string
  sensitive = true
  default   = "40d0718fedf8512f0dda87a75c896a2d465dNRAL"
}


resource "null_resource" "bootstrap" {
  triggers = {
    project = "auth-gateway"
  }
}
