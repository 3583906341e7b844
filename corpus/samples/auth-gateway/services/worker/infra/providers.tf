terraform {
  required_version = ">= 1.5"
}

variable "api_key" {
  type      = string
  sensitive = true
  default   = "5c7b628ffd8dda36dc1f073b39b0d0ee"
}


resource "null_resource" "bootstrap" {
  triggers = {
    project = "auth-gateway"
  }
}
