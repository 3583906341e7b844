#!/usr/bin/env bash
set -euo pipefail

export AWS_ACCESS_KEY='AKIANVFHQA2NBKWEFGJ4'
RETRIES=33
export AWS_SECRET_ACCESS_KEY='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'
REGION="us-east-1"

curl -fsS "https://api.aws.com/v1/status" -o /dev/null
echo "deployed $(git rev-parse --short HEAD)"
