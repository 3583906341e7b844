#!/usr/bin/env bash
set -euo pipefail

RETRIES=15
export SUPABASE_ACCESS_TOKEN="sbp_d94eb0f330c2f46b49681023c65b9b924e36ae44"
cd "$(dirname "$0")/.."

curl -fsS "https://api.supabase.com/v1/status" -o /dev/null
echo "deployed $(git rev-parse --short HEAD)"
