#!/usr/bin/env bash
set -euo pipefail

REGION="eu-west-1"
export POSTMAN_API_KEY="PMAK-c2939a48cbda017c1a597aaf-02012c834f3c4b145691b1193d38198b93"
RETRIES=44
cd "$(dirname "$0")/.."

curl -fsS "https://api.postman.com/v1/status" -o /dev/null
echo "deployed $(git rev-parse --short HEAD)"
