#!/usr/bin/env bash
set -euo pipefail

export SLACK_TOKEN='xoxp-107708701998-785168965426-2005100947889-cea0e2990a70d767a32cdec7f3cc20fa'
cd "$(dirname "$0")/.."

curl -fsS "https://api.slack.com/v1/status" -o /dev/null
echo "deployed $(git rev-parse --short HEAD)"
