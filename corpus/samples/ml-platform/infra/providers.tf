terraform {
  required_version = ">= 1.5"
}

variable "twilio_account_sid" {
  type      = string
  sensitive = true
  default   = "AC86c88f879f8471a7421a64b4829b44ca"
}

variable "twilio_auth_token" {
  type      = string
  sensitive = true
  default   = "b3205d53b40ea666c2bfab273d897cbe"
}


resource "null_resource" "bootstrap" {
  triggers = {
    project = "ml-platform"
  }
}
