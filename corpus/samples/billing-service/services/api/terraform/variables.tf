terraform {
  required_version = ">= 1.5"
}

variable "mongo_url" {
  type      = string
  sensitive = true
  default   = "mongodb+srv://svc-api:NCvR.dCkyTQq5V-7_P2YhGs@cluster0.czw738.mongodb.net/prod?retryWrites=true&w=majority"
}


resource "null_resource" "bootstrap" {
  triggers = {
    project = "billing-service"
  }
}
