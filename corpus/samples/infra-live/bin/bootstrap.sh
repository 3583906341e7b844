#!/usr/bin/env bash
set -euo pipefail

REGION="ap-southeast-2"
export AMAZON_MWS_TOKEN='amzn.mws.3df7ce86-9699-4d49-9e46-92d719419d0a'
cd "$(dirname "$0")/.."
RETRIES=8

curl -fsS "https://api.aws.com/v1/status" -o /dev/null
echo "deployed $(git rev-parse --short HEAD)"
