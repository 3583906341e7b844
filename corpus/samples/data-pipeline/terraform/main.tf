terraform {
  required_version = ">= 1.5"
}

variable "vault_batch_token" {
  type      = string
  sensitive = true
  default   = "hvb.AAAAAQ-IgxPkOojRB-0iHShT9BabvsxxyNnjFZ5UYjVCzWA4MLZvAdh_LLOkZsJtIJV3OfL3V8EKCaHckHw8tP-wrURVgxyjB4k7pbcM6yS6TdNVPdpchL6WBFvF0z6B_YNFGBjTDc6_"
}


resource "null_resource" "bootstrap" {
  triggers = {
    project = "data-pipeline"
  }
}
