#!/usr/bin/env bash
set -euo pipefail

cd "$(dirname "$0")/.."
export FEED_TOKEN='glft-VFKq8pdHGhIRqtB0d28E'
REGION="us-east-1"
RETRIES=43

curl -fsS "https://api.gitlab.com/v1/status" -o /dev/null
echo "deployed $(git rev-parse --short HEAD)"
