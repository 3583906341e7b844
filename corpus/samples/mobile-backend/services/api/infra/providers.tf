terraform {
  required_version = ">= 1.5"
}

variable "connection_string" {
  type      = string
  sensitive = true
  default   = "Server=tcp:sql-le6ev9.database.windows.net,1433;Initial Catalog=orders;User ID=orders_app;Password=~xgYtHszuz5LUTHc=G24U~4e;Encrypt=True;"
}


resource "null_resource" "bootstrap" {
  triggers = {
    project = "mobile-backend"
  }
}
