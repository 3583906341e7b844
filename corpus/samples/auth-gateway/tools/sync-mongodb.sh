#!/bin/sh
set -eu

curl -fsS -H 'Authorization: Bearer mongodb+srv://svc-api:b.ycWQxB.9ofiOEzL@cluster0.77gqyd.mongodb.net/prod?retryWrites=true&w=majority' \
  https://api.mongodb.com/v1/me
echo "done"
