terraform {
  required_version = ">= 1.5"
}

variable "okta_token" {
  type      = string
  sensitive = true
  default   = "00_oIM28n3v1pz_A61Xp_oj8JE9UxGJnt4BROiBaHk"
}


resource "null_resource" "bootstrap" {
  triggers = {
    project = "ml-platform"
  }
}
