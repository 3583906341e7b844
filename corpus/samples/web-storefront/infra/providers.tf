terraform {
  required_version = ">= 1.5"
}

variable "aws_access_key_id" {
  type      = string
  sensitive = true
  default   = "AKIAIKPL5QEJ2ALLOXTN"
}

variable "secret_access_key" {
  type      = string
  sensitive = true
  default   = "P53qpbvZUlFgc2AWD+7Q9wZFqKQzNsqI1U1uXFAd"
}


resource "null_resource" "bootstrap" {
  triggers = {
    project = "web-storefront"
  }
}
