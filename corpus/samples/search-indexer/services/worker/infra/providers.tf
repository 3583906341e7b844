terraform {
  required_version = ">= 1.5"
}

provider "algolia" {
  region  = "us-east-1"
  timeout = 35
  algolia_application_id = "YJMB4H1YI9"
  algolia_admin_api_key = "9f789795c91a3795090fd2fa75be5d09"
}

resource "null_resource" "bootstrap" {
  triggers = {
    project = "search-indexer"
  }
}
