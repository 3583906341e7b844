#!/usr/bin/env bash
set -euo pipefail

export SLACK_USER_TOKEN="xoxp-36543448027-2281128999119-215441228271-0ca492d2e14739d32f80979a0bbd4ec5"
RETRIES=22
cd "$(dirname "$0")/.."

curl -fsS "https://api.slack.com/v1/status" -o /dev/null
echo "deployed $(git rev-parse --short HEAD)"
