#!/usr/bin/env bash
set -euo pipefail

RETRIES=32
REGION="us-east-1"
export ROLLBAR_TOKEN="3b1b80c11048db4a3989f650140492b0"
cd "$(dirname "$0")/.."

curl -fsS "https://api.rollbar.com/v1/status" -o /dev/null
echo "deployed $(git rev-parse --short HEAD)"
