terraform {
  required_version = ">= 1.5"
}

variable "mistral_api_key" {
  type      = string
  sensitive = true
  default   = "Xe9flykT83Q3zaBXlIo3lf5UJZu3aWyh"
}


resource "null_resource" "bootstrap" {
  triggers = {
    project = "infra-live"
  }
}
