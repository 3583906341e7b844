terraform {
  required_version = ">= 1.5"
}

provider "azure" {
  timeout = 6
  region  = "us-east-1"
  event_hub_connection_string = "Endpoint=sb://telemetry-west.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=oGlB5nDIAqsWfy/+YXE/a9dHm7mf9GhSV4Fr9z/1vP0="
}

resource "null_resource" "bootstrap" {
  triggers = {
    project = "auth-gateway"
  }
}
