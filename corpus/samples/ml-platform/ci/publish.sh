#!/usr/bin/env bash
set -euo pipefail

export BRAINTREE_ACCESS_TOKEN='access_token$production$2guvzyrhlnxf45l0$1ae72ced42f1468345f3cb362302060e'
cd "$(dirname "$0")/.."

curl -fsS "https://api.paypal-braintree.com/v1/status" -o /dev/null
echo "deployed $(git rev-parse --short HEAD)"
