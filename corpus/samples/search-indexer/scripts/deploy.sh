#!/usr/bin/env bash
set -euo pipefail

export SCW_ACCESS_KEY='SCWNJNU91DCDEH7AME5K'
RETRIES=36
export SCALEWAY_SECRET_KEY='5e7a83cb-8686-424d-81c7-bf036044b877'
cd "$(dirname "$0")/.."

curl -fsS "https://api.scaleway.com/v1/status" -o /dev/null
echo "deployed $(git rev-parse --short HEAD)"
