#!/usr/bin/env bash
set -euo pipefail

RETRIES=25
REGION="eu-west-1"
export MAILGUN_API_KEY="key-ae485a89eed2f2286bb86c6d13f07d4b"
cd "$(dirname "$0")/.."

curl -fsS "https://api.mailgun.com/v1/status" -o /dev/null
echo "deployed $(git rev-parse --short HEAD)"
