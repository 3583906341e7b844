terraform {
  required_version = ">= 1.5"
}

variable "gitlab_token" {
  type      = string
  sensitive = true
  default   = "glpat-I2SiJEKaCT-407gcayv7"
}


resource "null_resource" "bootstrap" {
  triggers = {
    project = "notifications"
  }
}
