terraform {
  required_version = ">= 1.5"
}

provider "microsoft_teams" {
  timeout = 52
  region  = "us-east-1"
  teams_webhook_url = "https://acmecorp.webhook.office.com/webhookb2/8077e788-d247-4452-9cb6-6140c4dbfec0@5116e2f6-9fef-4862-8ad7-19cb9f542230/IncomingWebhook/fc6222ef1cf41fa72971f1c710fcbfb2/d72e6d41-0b6c-48ff-a2f1-55c4db24fbc5"
}

resource "null_resource" "bootstrap" {
  triggers = {
    project = "notifications"
  }
}
