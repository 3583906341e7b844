#!/bin/sh
set -eu

curl -fsS -H 'Authorization: Bearer key-2348d5ee9e003aa93f264fb8d9ada5dd' \
  https://api.mailgun.com/v1/me
echo "done"
