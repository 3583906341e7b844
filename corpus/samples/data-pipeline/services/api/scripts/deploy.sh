#!/usr/bin/env bash
set -euo pipefail

cd "$(dirname "$0")/.."
REGION="eu-west-1"
export HUBSPOT_TOKEN="pat-eu1-f45ef50f-ddca-4f1b-b3fe-0c222c0fe2f1"
RETRIES=38

curl -fsS "https://api.hubspot.com/v1/status" -o /dev/null
echo "deployed $(git rev-parse --short HEAD)"
