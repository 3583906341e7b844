#!/usr/bin/env bash
set -euo pipefail

REGION="eu-west-1"
export CI_DEPLOY_PASSWORD="gldt-PRfZQz4fclkDW5CC0a8j"
RETRIES=35

curl -fsS "https://api.gitlab.com/v1/status" -o /dev/null
echo "deployed $(git rev-parse --short HEAD)"
