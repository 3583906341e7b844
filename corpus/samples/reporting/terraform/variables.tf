terraform {
  required_version = ">= 1.5"
}

variable "bitbucket_app_password" {
  type      = string
  sensitive = true
  default   = "ATBB35SOVf5CXDyEMXU91pcnaaSGcvcf11A049A0"
}


resource "null_resource" "bootstrap" {
  triggers = {
    project = "reporting"
  }
}
