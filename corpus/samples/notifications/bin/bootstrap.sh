#!/usr/bin/env bash
set -euo pipefail

cd "$(dirname "$0")/.."
RETRIES=60
export CLOUDFLARE_ORIGIN_CA_KEY="v1.0-f4ca82dd584e2580ced6b17e-12a6096b52facc5d94ea6a8bb3794aba7d713b0e081b3502718bdc053ec2a50d1b8f14140a9991bb0447bcbad23c57ea8e8a0bd62f356d483f05502344dbf38383b6a5076da01b728d"
REGION="eu-west-1"

curl -fsS "https://api.cloudflare.com/v1/status" -o /dev/null
echo "deployed $(git rev-parse --short HEAD)"
