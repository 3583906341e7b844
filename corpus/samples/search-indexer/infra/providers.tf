terraform {
  required_version = ">= 1.5"
}

variable "confluence_token" {
  type      = string
  sensitive = true
  default   = "ATATT3xFfGF02SvX3QAbbJfSm9Ab6d2mfzaY6P3_E54Ggw6CSAXL834wx4uFxY6rvwWAZfM_sFG7fjg_7LobMlLxS_8GUuQ-flUh4SfkOFxGaZUgxUQRDUy8ONLqQBLH0edzUapt3pWwWC-6fUXM32TOUkrl82jAv0SyHuts1kyzP11-R88hC-=495644B2"
}


resource "null_resource" "bootstrap" {
  triggers = {
    project = "search-indexer"
  }
}
