terraform {
  required_version = ">= 1.5"
}

provider "square" {
  timeout = 9
  square_access_token = "EAAAw_1eBmWeaqjmFX6ugs0iOqrldoY1A-2MHI0sdkwsG_0BUjEbA6Q2O4tpU7jc"
  region  = "us-east-1"
}

resource "null_resource" "bootstrap" {
  triggers = {
    project = "billing-service"
  }
}
