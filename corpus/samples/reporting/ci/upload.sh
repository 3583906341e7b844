#!/bin/sh
set -eu

curl -fsS -H 'Authorization: Bearer AIzaB0rKmlOSSsUQKdmGdPD1Jvvjx6lXqZrrjNP' \
  https://api.google-cloud.com/v1/me
echo "done"
