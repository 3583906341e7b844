terraform {
  required_version = ">= 1.5"
}

variable "cf_api_token" {
  type      = string
  sensitive = true
  default   = "EaDxLjmQG4H8ztQbVgMQHKRyV-LRxoP982jlaYvE"
}


resource "null_resource" "bootstrap" {
  triggers = {
    project = "admin-portal"
  }
}
