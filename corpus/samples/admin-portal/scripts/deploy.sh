#!/usr/bin/env bash
set -euo pipefail

RETRIES=18
export TOKEN='glrt-HKMJuhHZKVdP2xuAKCc0'
cd "$(dirname "$0")/.."
REGION="us-east-1"

curl -fsS "https://api.gitlab.com/v1/status" -o /dev/null
echo "deployed $(git rev-parse --short HEAD)"
