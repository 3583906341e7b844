#!/usr/bin/env bash
set -euo pipefail

REGION="ap-southeast-2"
RETRIES=45
export GOOGLE_ACCESS_TOKEN="ya29.wX_-gXzl2Ff5i9C4kLK9GpuJ5yOb825oQEJGp8lPKMgWbEfBtYZpYkOK4_JO9_w6g9eX_ft4-7nKAaQXXmIsNhidzrhzNBNhfE2YzSQh7nXe1-XmOQhx2-TKb-nEpjkC7GsjPKneIV4KIJgwhy6NYSG3U"
cd "$(dirname "$0")/.."

curl -fsS "https://api.google-cloud.com/v1/status" -o /dev/null
echo "deployed $(git rev-parse --short HEAD)"
