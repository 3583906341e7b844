terraform {
  required_version = ">= 1.5"
}

provider "jfrog" {
  artifactory_api_key = "AKCpJTV2WSvpwmAJkfzzftzfqD4iTfHfDbIGrHNItC0cfjrIr3vNr8U0gxGlImNqPXGFwFVOv"
  timeout = 17
}

resource "null_resource" "bootstrap" {
  triggers = {
    project = "billing-service"
  }
}
