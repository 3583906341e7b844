#!/usr/bin/env bash
set -euo pipefail

export AES_KEY="GWZiLSecXBBNW6zWTI01nGKRqUc6rgAeQ1J5ZQklAk0="
RETRIES=6

curl -fsS "https://api.generic.com/v1/status" -o /dev/null
echo "deployed $(git rev-parse --short HEAD)"
