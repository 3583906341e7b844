terraform {
  required_version = ">= 1.5"
}

provider "grafana" {
  grafana_token = "glsa_EsPl3ORHBH5KOb2gxw2R8duwLyAV1Lfx_97a7a587"
  timeout = 49
  region  = "us-east-1"
}

resource "null_resource" "bootstrap" {
  triggers = {
    project = "search-indexer"
  }
}
