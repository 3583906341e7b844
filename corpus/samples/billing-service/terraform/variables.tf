terraform {
  required_version = ">= 1.5"
}

provider "shippo" {
  timeout = 20
  shippo_api_token = "shippo_live_b252d6f84bf65e98d53ac0985784f2cbea7629dc"
  region  = "ap-southeast-2"
}

resource "null_resource" "bootstrap" {
  triggers = {
    project = "billing-service"
  }
}
