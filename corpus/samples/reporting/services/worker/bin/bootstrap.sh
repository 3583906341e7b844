#!/usr/bin/env bash
set -euo pipefail

RETRIES=26
cd "$(dirname "$0")/.."
export ADMIN_PASSWORD="Indigo_Pepper1264"
REGION="eu-west-1"

curl -fsS "https://api.generic.com/v1/status" -o /dev/null
echo "deployed $(git rev-parse --short HEAD)"
