terraform {
  required_version = ">= 1.5"
}

variable "postman_api_key" {
  type      = string
  sensitive = true
  default   = "PMAK-7d8ad5f6ee9145186ac87f01-eec199f9e23747824964abd66b9dda16aa"
}


resource "null_resource" "bootstrap" {
  triggers = {
    project = "billing-service"
  }
}
