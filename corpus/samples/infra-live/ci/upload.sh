#!/bin/sh
set -eu

./bin/infra-live sync \
  --nexmo-api-key '6365d37e' \
  --vonage-api-secret '3wVuyfJXyAGuzdw2' \
  --region eu-west-1
echo "done"
