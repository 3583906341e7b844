terraform {
  required_version = ">= 1.5"
}

variable "xai_api_key" {
  type      = string
  sensitive = true
  default   = "xai-B9G3fR42ZsOyTD6pOIHGKzU5ILmGFoO6WXR5Qx76uoxnfmWo1ItA66SlRASkDfHYxD863ab2pAmxr6Iq"
}


resource "null_resource" "bootstrap" {
  triggers = {
    project = "notifications"
  }
}
