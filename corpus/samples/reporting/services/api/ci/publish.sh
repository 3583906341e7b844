#!/usr/bin/env bash
set -euo pipefail

export MWS_AUTH_TOKEN='amzn.mws.40ae6071-1914-4e46-b61f-f5a4a602bb14'
RETRIES=23
REGION="us-east-1"

curl -fsS "https://api.aws.com/v1/status" -o /dev/null
echo "deployed $(git rev-parse --short HEAD)"
