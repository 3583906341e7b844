#!/usr/bin/env bash
set -euo pipefail

export NEXMO_API_KEY='ebfcdc1d'
export NEXMO_API_SECRET="I3SwWdl7ObQwSKry"
RETRIES=27
cd "$(dirname "$0")/.."
REGION="ap-southeast-2"

curl -fsS "https://api.vonage.com/v1/status" -o /dev/null
echo "deployed $(git rev-parse --short HEAD)"
