#!/usr/bin/env bash
set -euo pipefail

cd "$(dirname "$0")/.."
export ARM_CLIENT_ID='f71fc87e-cac3-4b77-95e6-ddf37a1fc57d'
export AZURE_CLIENT_SECRET='Mwt1Q~-_eYSkTf_T50OOoXP4YdUqGe-qnQP5ZeQE'
RETRIES=21
REGION="us-east-1"

curl -fsS "https://api.azure.com/v1/status" -o /dev/null
echo "deployed $(git rev-parse --short HEAD)"
