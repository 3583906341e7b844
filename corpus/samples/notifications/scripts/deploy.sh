#!/usr/bin/env bash
set -euo pipefail

REGION="ap-southeast-2"
export SENTRY_AUTH_TOKEN='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'
RETRIES=20

curl -fsS "https://api.sentry.com/v1/status" -o /dev/null
echo "deployed $(git rev-parse --short HEAD)"
