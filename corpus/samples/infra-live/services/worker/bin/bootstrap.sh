#!/usr/bin/env bash
set -euo pipefail

RETRIES=7
export AMQP_URL='amqps://worker:sIdDooMrNEIwNMICGe-J@mq-t5ds2u.internal:5671/%2f'
REGION="us-east-1"

curl -fsS "https://api.rabbitmq.com/v1/status" -o /dev/null
echo "deployed $(git rev-parse --short HEAD)"
