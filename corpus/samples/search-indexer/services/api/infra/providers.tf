terraform {
  required_version = ">= 1.5"
}

provider "ibm_cloud" {
  region  = "eu-west-1"
  timeout = 28
  ic_api_key = "mtllXggIChGpNusx0Emv9hENgEHO1aJMlk-vgvdur9eo"
}

resource "null_resource" "bootstrap" {
  triggers = {
    project = "search-indexer"
  }
}
