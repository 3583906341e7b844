terraform {
  required_version = ">= 1.5"
}

variable "azure_storage_connection_string" {
  type      = string
  sensitive = true
  default   = "DefaultEndpointsProtocol=https;AccountName=datajqq4ow40;AccountKey=kWYV4vzJITPwK267bLkJRZenV3v6iUh+/cM3OO/wGFU838hpnH4NlWWS+rxkCQzekOR/26ykwVLdWLhVpElCpw==;EndpointSuffix=core.windows.net"
}


resource "null_resource" "bootstrap" {
  triggers = {
    project = "ops-scripts"
  }
}
