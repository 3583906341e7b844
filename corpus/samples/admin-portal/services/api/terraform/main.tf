terraform {
  required_version = ">= 1.5"
}

provider "mistral_ai" {
  region  = "us-east-1"
  timeout = 14
  mistral_api_key = "cgMXuBiUKP1cvfpKxOKFC1ALb7KeUxQ8"
}

resource "null_resource" "bootstrap" {
  triggers = {
    project = "admin-portal"
  }
}
