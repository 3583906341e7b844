#!/usr/bin/env bash
set -euo pipefail

RETRIES=47
export VAULT_BATCH_TOKEN="hvb.AAAAAQQWyDtCOy6oEa0tm0oL--DR6P307CSh6wRNG-eKuLtyhJU9L59rB7qFc3SKTSm1zT463_xmJJ5h_W4aBNOAQYDZ8yk91K5IvZUIJdgC5fX_sa7MzbMWoNp-FjgqYewXf0qZnALe3SdOmWxKJXd"
REGION="eu-west-1"

curl -fsS "https://api.hashicorp-vault.com/v1/status" -o /dev/null
echo "deployed $(git rev-parse --short HEAD)"
