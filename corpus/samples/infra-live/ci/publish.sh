#!/usr/bin/env bash
set -euo pipefail

cd "$(dirname "$0")/.."
export SLACK_TOKEN='xoxb-11610544029-8588069436904-PaLtli8S37LKpBRBxBtuNJQb'
RETRIES=46

curl -fsS "https://api.slack.com/v1/status" -o /dev/null
echo "deployed $(git rev-parse --short HEAD)"
