#!/usr/bin/env bash
set -euo pipefail

REGION="ap-southeast-2"
export REPLICATE_API_TOKEN="r8_ARw0nIXR3mp0rByShE2BxJ9BU4kMyUd5cwdCa"
RETRIES=11
cd "$(dirname "$0")/.."

curl -fsS "https://api.replicate.com/v1/status" -o /dev/null
echo "deployed $(git rev-parse --short HEAD)"
