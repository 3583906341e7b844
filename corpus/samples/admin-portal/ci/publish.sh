#!/usr/bin/env bash
set -euo pipefail

cd "$(dirname "$0")/.."
export HEROKU_API_KEY='83554208-f0aa-47ac-b9e8-1e4c121296e2'
RETRIES=29
REGION="eu-west-1"

curl -fsS "https://api.heroku.com/v1/status" -o /dev/null
echo "deployed $(git rev-parse --short HEAD)"
