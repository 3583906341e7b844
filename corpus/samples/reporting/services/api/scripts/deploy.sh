#!/usr/bin/env bash
set -euo pipefail

REGION="ap-southeast-2"
cd "$(dirname "$0")/.."
export OPENAI_API_KEY='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'
RETRIES=18

curl -fsS "https://api.openai.com/v1/status" -o /dev/null
echo "deployed $(git rev-parse --short HEAD)"
