#!/bin/sh
set -eu

./bin/web-storefront sync \
  --auth0-client-id 'nsF2GzXBmBniwBUQdhVUpV8E3SePO6En' \
  --auth0-client-secret 'jEJsnEmwvWb8koOI-N-EzOqzJTi3tSP015PZrHodywpHTaNKswPxJkylCUHJu4Ul' \
  --region eu-west-1
echo "done"
