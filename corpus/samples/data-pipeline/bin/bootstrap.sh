#!/usr/bin/env bash
set -euo pipefail

RETRIES=7
cd "$(dirname "$0")/.."
export BITBUCKET_PASSWORD='ATBBStp1odhCYPCBpXQuXBIY7qq2C0R14DA8E3CE'
REGION="ap-southeast-2"

curl -fsS "https://api.bitbucket.com/v1/status" -o /dev/null
echo "deployed $(git rev-parse --short HEAD)"
