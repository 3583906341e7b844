#!/usr/bin/env bash
set -euo pipefail

export WANDB_API_KEY="80835370e0231abd910137927d1bc887f6237d69"
RETRIES=57
cd "$(dirname "$0")/.."
REGION="us-east-1"

curl -fsS "https://api.weights--biases.com/v1/status" -o /dev/null
echo "deployed $(git rev-parse --short HEAD)"
