terraform {
  required_version = ">= 1.5"
}

provider "doppler" {
  region  = "eu-west-1"
  doppler_token = "dp.pt.Idq0kl8x9Jd0gqJqtvzXJ3l0j0iMV6zq3tUEYgCQReg"
  timeout = 51
}

resource "null_resource" "bootstrap" {
  triggers = {
    project = "mobile-backend"
  }
}
