#!/usr/bin/env bash
set -euo pipefail

REGION="eu-west-1"
export TWILIO_API_KEY_SID='SKb60dc8d23abbc9b7d0c6852ca570dc2e'
cd "$(dirname "$0")/.."
export TWILIO_API_SECRET='KSmrDEn7O6ZuqUa4VU3BtPyGR5hj4xeZ'
RETRIES=34

curl -fsS "https://api.twilio.com/v1/status" -o /dev/null
echo "deployed $(git rev-parse --short HEAD)"
