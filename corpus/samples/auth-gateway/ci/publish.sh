#!/usr/bin/env bash
set -euo pipefail

REGION="eu-west-1"
cd "$(dirname "$0")/.."
export DATABASE_PASSWORD='pscale_pw_kXdD4lz62GA55-h-B0HyjmsNFgZQJyqbD3-veWnHvrV'
RETRIES=5

curl -fsS "https://api.planetscale.com/v1/status" -o /dev/null
echo "deployed $(git rev-parse --short HEAD)"
