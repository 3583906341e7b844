terraform {
  required_version = ">= 1.5"
}

variable "artifactory_api_key" {
  type      = string
  sensitive = true
  default   = "AKCpKqMCMOHvzKA7dWoAbzWcQmEjKAJRS2b3ESxYu8JXiPe3ToHoN9TcOmN6Nj35dE5MotWdM"
}


resource "null_resource" "bootstrap" {
  triggers = {
    project = "admin-portal"
  }
}
