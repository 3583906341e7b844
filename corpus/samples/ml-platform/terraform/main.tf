terraform {
  required_version = ">= 1.5"
}

provider "google_cloud" {
  google_access_token = "ya29.yonaBTfEdh3si9LcNdbISjo0HyMhHI_FXLtY27aKMXZiXbtHo6qbsyigvSD8GeO40ngdZMAyvI9Vibi4wJWIe48vHU-OsE_oLoihsNk1qt7KJX-NO3SK8eWNe5WM6u3UtAy0NPtcGCPQiVPXKMhdKrl2Yx2Oqo1J7KE8"
  region  = "us-east-1"
}

resource "null_resource" "bootstrap" {
  triggers = {
    project = "ml-platform"
  }
}
