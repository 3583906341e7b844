#!/usr/bin/env bash
set -euo pipefail

REGION="eu-west-1"
cd "$(dirname "$0")/.."
export ANTHROPIC_ADMIN_KEY="sk-ant-admin01-mvnrBI5o5IWjZUO6neC2D90L9mLcuAGF6wzDDyNoNJ0IOVc28hfBPE0bRAsCX25wih2xz9jRn-u55zE1B1NaFNgSZ84xSAA"
RETRIES=4

curl -fsS "https://api.anthropic.com/v1/status" -o /dev/null
echo "deployed $(git rev-parse --short HEAD)"
