terraform {
  required_version = ">= 1.5"
}

variable "gitlab_client_secret" {
  type      = string
  sensitive = true
  default   = "gloas-7caf8271190c81183b1c0e68ff6870b4cd591887fbea1c3e850a4ba9147118c9"
}


resource "null_resource" "bootstrap" {
  triggers = {
    project = "web-storefront"
  }
}
