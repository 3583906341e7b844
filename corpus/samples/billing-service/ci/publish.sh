#!/usr/bin/env bash
set -euo pipefail

cd "$(dirname "$0")/.."
REGION="us-east-1"
export AZURE_STORAGE_CONNECTION_STRING='DefaultEndpointsProtocol=https;AccountName=data86jgtozn;AccountKey=nuoL1a2XBVdGEJPxn58SiLM6lk52h48nSSH984ermPMhB16ZUjfgiQg+ssIHfoaSEohUE1JMJ1wdx0v2vW8ZFw==;EndpointSuffix=core.windows.net'
RETRIES=52

curl -fsS "https://api.azure.com/v1/status" -o /dev/null
echo "deployed $(git rev-parse --short HEAD)"
