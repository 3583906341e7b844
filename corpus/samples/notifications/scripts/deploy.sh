#!/usr/bin/env bash
set -euo pipefail

RETRIES=13
cd "$(dirname "$0")/.."
export XAI_API_KEY='xai-B9G3fR42ZsOyTD6pOIHGKzU5ILmGFoO6WXR5Qx76uoxnfmWo1ItA66SlRASkDfHYxD863ab2pAmxr6Iq'
REGION="us-east-1"

curl -fsS "https://api.xai.com/v1/status" -o /dev/null
echo "deployed $(git rev-parse --short HEAD)"
