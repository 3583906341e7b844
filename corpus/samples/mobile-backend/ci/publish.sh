#!/usr/bin/env bash
set -euo pipefail

export POSTGRES_URL='postgresql://app_user:sPDSXpcTT76wQZBgqMO@db-s1n0t0.internal.corp:5432/orders'
RETRIES=53
REGION="us-east-1"

curl -fsS "https://api.postgresql.com/v1/status" -o /dev/null
echo "deployed $(git rev-parse --short HEAD)"
