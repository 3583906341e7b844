terraform {
  required_version = ">= 1.5"
}

provider "mapbox" {
  mapbox_secret_token = "sk.eyJ1IjoiYWNtZS1tYXBzIiwiYSI6ImdrOWlpem41emZ0enRpamczaW5vcXl5bG4ifQ.0WxM8xfQB7SXnHP3RK8BnF"
  region  = "ap-southeast-2"
}

resource "null_resource" "bootstrap" {
  triggers = {
    project = "web-storefront"
  }
}
