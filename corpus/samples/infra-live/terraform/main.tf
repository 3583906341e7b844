terraform {
  required_version = ">= 1.5"
}

variable "password" {
  type      = string
  sensitive = true
  default   = "Indigo!Copper6245"
}


resource "null_resource" "bootstrap" {
  triggers = {
    project = "infra-live"
  }
}
