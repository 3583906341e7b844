terraform {
  required_version = ">= 1.5"
}

provider "gitlab" {
  region  = "ap-southeast-2"
  gitlab_client_secret = "gloas-22b659a1caa82cd5d4d40381b0095b8ef480af5901ff342798e54aa6c91d1bdc"
  timeout = 30
}

resource "null_resource" "bootstrap" {
  triggers = {
    project = "admin-portal"
  }
}
