terraform {
  required_version = ">= 1.5"
}

provider "google_cloud" {
  region  = "eu-west-1"
  gcloud_access_token = "ya29.cINz2gu2FfqbkH7Nnmpl8cnGnL7dl7vykVDg-Lv4XVedyL_d_ziXZ3uTauVEwH0MKdZT9t6XGHddTfXXhsmdidtFvvTWHRfTtKFfniKPX4cUab5STd0Ol1oKainPsxVgEqwMKqFmjpLavLXQdinTIcY6tn9J0HCot02WvmSjFSWSy04N"
  timeout = 54
}

resource "null_resource" "bootstrap" {
  triggers = {
    project = "admin-portal"
  }
}
