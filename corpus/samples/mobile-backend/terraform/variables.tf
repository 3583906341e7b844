terraform {
  required_version = ">= 1.5"
}

variable "default_connection" {
  type      = string
  sensitive = true
  default   = "Server=tcp:sql-y05znv.database.windows.net,1433;Initial Catalog=orders;User ID=orders_app;Password=4gyzZNzqztl5u*FOQr3g4Fz;Encrypt=True;"
}


resource "null_resource" "bootstrap" {
  triggers = {
    project = "mobile-backend"
  }
}
