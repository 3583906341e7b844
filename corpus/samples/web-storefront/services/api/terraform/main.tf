terraform {
  required_version = ">= 1.5"
}

variable "api_secret" {
  type      = string
  sensitive = true
  default   = "cRAOkh9ap9NL49ubbJiIhIeuMkDklw57Gcy8NKgw"
}


resource "null_resource" "bootstrap" {
  triggers = {
    project = "web-storefront"
  }
}
