terraform {
  required_version = ">= 1.5"
}

provider "anthropic" {
  timeout = 49
  region  = "us-east-1"
  anthropic_admin_key = "sk-ant-admin01-7ByTpUUZOEpSxqNF73MtsF6_4XyxmCtKImlrKG-PDgRvKEQzWVgpk6whn3xHProQpsDZFxosGvzBbhjbErco7nNPkHH0XAA"
}

resource "null_resource" "bootstrap" {
  triggers = {
    project = "reporting"
  }
}
