terraform {
  required_version = ">= 1.5"
}

variable "mc_api_key" {
  type      = string
  sensitive = true
  default   = "f2efe381561f4300b59288dfaafddecc-us14"
}


resource "null_resource" "bootstrap" {
  triggers = {
    project = "reporting"
  }
}
