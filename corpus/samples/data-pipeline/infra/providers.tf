terraform {
  required_version = ">= 1.5"
}

variable "twilio_account_sid" {
  type      = string
  sensitive = true
  default   = "ACc16645da8026482c45cf4bd56dc1a466"
}

variable "twilio_auth_token" {
  type      = string
  sensitive = true
  default   = "64521ba2994e7a7e0158df543028d161"
}


resource "null_resource" "bootstrap" {
  triggers = {
    project = "data-pipeline"
  }
}
