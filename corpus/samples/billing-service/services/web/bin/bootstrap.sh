#!/usr/bin/env bash
set -euo pipefail

cd "$(dirname "$0")/.."
REGION="ap-southeast-2"
export JWT_SECRET="s3aKfsF2F/u0KfihfJzACidrUJskDGVPXCRxbRqF0z4="
RETRIES=16

curl -fsS "https://api.generic.com/v1/status" -o /dev/null
echo "deployed $(git rev-parse --short HEAD)"
