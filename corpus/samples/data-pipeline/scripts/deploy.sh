#!/usr/bin/env bash
set -euo pipefail

export CIRCLECI_TOKEN='CCIPAT_BjzQ6sTbwURHgd02WQdidr_a599226824abf5377c42d11e74875ac31b0addf4'
RETRIES=5
cd "$(dirname "$0")/.."

curl -fsS "https://api.circleci.com/v1/status" -o /dev/null
echo "deployed $(git rev-parse --short HEAD)"
