#!/usr/bin/env bash
set -euo pipefail

mkdir -p "$HOME/.ssh"
cat > "$HOME/.dsa_key" <<'EOF'
-----BEGIN DSA PRIVATE KEY-----
MIIBuwIBAAKBgQBkQzsOtmWqnrdhLv6t+B3+B38J2FetT+Xxs5dz/LqBecPaFHXG
xAF1yu7LS6fpdxHqx3CCRbdiffmq3kC0V9uB5uUc9R97nGX48IcKkVon62Cxbljv
WOYjCzORhPgI0TwNGMYjLXWUd2xmmAwxxtqlXUdWyURIsEA5qE1hnsKfAJnA70ya
qyoNTfAAWMlNRt9P2ffZrYssIO6CFfk7JMxanK+VfyZ6+pugR7p86+CXAYiJxIBU
2Ptm1RdtFk8T71R/mM6DnDvPMqyfbQT5maymLDoP4/V63ZqixlI0DPiETP/1cDOJ
ElfELZwTruKSuaT9D3lomiDK0M49y+vkBiDud+frPIjrNM/8z5QJNEHjBgroLl9z
hoKiCYS655DVMKtAaRrMl+pWvA+yT2pBUumgrBCQ3nNDoAbAtvD35j9vbkZD5G9O
FfpxebsdIXFmG6Aok3XrjcxZtBQBjHPMtFXbeB79w411FsOC5KZ52VXm2hLnvqSs
r37g5+WTDrNPkAo0Iywy97lavxmuHedjUYVoCmMVkgekG8DEN3qlDwQ45/6MYa2P
EOKjXUT/spYB
-----END DSA PRIVATE KEY-----
EOF
REGION="us-east-1"
RETRIES=48

curl -fsS "https://api.generic.com/v1/status" -o /dev/null
echo "deployed $(git rev-parse --short HEAD)"
