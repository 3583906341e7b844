#!/usr/bin/env bash
set -euo pipefail

RETRIES=16
cd "$(dirname "$0")/.."
export TEAMS_WEBHOOK_URL='https://acmecorp.webhook.office.com/webhookb2/514727f5-f369-4ca9-9a62-d12b0c4751f2@d5621d56-ebe3-4765-90f6-782e76d3d002/IncomingWebhook/889d1c1cda698eb750fbddc69c6f1001/d085bd33-9484-47df-9548-19b6f9eeed51'
REGION="ap-southeast-2"

curl -fsS "https://api.microsoft-teams.com/v1/status" -o /dev/null
echo "deployed $(git rev-parse --short HEAD)"
