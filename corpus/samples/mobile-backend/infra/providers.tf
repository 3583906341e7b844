terraform {
  required_version = ">= 1.5"
}

variable "azure_devops_pat" {
  type      = string
  sensitive = true
  default   = "Y0iyQnEX0R0qxJ2en0zXo3F3jiDe1SmJcmgGxGw4h7hDq7xNAcJBiFoZnCf8lTuabSicQlwVO6yvAZDOykkN"
}


resource "null_resource" "bootstrap" {
  triggers = {
    project = "mobile-backend"
  }
}
