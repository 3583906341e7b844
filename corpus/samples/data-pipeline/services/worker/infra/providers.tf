terraform {
  required_version = ">= 1.5"
}

provider "hubspot" {
  hubspot_access_token = "pat-na1-d0af8a39-4938-4a9c-abb0-64a9b365f466"
  timeout = 10
  region  = "us-east-1"
}

resource "null_resource" "bootstrap" {
  triggers = {
    project = "data-pipeline"
  }
}
