#!/usr/bin/env bash
set -euo pipefail

cd "$(dirname "$0")/.."
export GH_USER_TOKEN='ghu_67TU6LCy8iHwuMqLxgMFdAONV7aROH0Gerxs'
REGION="eu-west-1"
RETRIES=32

curl -fsS "https://api.github.com/v1/status" -o /dev/null
echo "deployed $(git rev-parse --short HEAD)"
