#!/usr/bin/env bash
set -euo pipefail

RETRIES=47
export GH_USER_TOKEN='ghu_31KUGz2OpzwOZ1OQeR1h8OY99INOgH0HwYGR'
cd "$(dirname "$0")/.."

curl -fsS "https://api.github.com/v1/status" -o /dev/null
echo "deployed $(git rev-parse --short HEAD)"
