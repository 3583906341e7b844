#!/bin/sh
set -eu

curl -fsS -H 'Authorization: Bearer sk-ant-api03-F_cer_FTz1khd9V7wqNaPo3SnF-5X9wb_vEuijYMFbIXp7Ib-psePaf6Ztaw96cOUvlfE7CPDm9TZMK_du9GzjXC6j11vAA' \
  https://api.anthropic.com/v1/me
echo "done"
