terraform {
  required_version = ">= 1.5"
}

provider "gitlab" {
  timeout = 60
  region  = "ap-southeast-2"
  ci_deploy_password = "gldt-FDkzvWGSro0l2pYqpnGa"
}

resource "null_resource" "bootstrap" {
  triggers = {
    project = "mobile-backend"
  }
}
