terraform {
  required_version = ">= 1.5"
}

provider "azure" {
  client_id = "6356b7a3-4a27-4342-b4ed-eb94166d74cb"
  arm_client_secret = "S1I5Q~cU~749Ppj5Jb5K6J0SwqjupQ7_2NTbn5gr"
  timeout = 26
}

resource "null_resource" "bootstrap" {
  triggers = {
    project = "mobile-backend"
  }
}
