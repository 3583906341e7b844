terraform {
  required_version = ">= 1.5"
}

variable "slack_app_token" {
  type      = string
  sensitive = true
  default   = "xapp-1-AHKJNZC4AD1-5429734708995-e3c780cf4513802411e18774418833f98e4cb1a5140af137292fb630ea977fca"
}


resource "null_resource" "bootstrap" {
  triggers = {
    project = "search-indexer"
  }
}
