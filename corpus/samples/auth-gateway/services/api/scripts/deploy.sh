#!/usr/bin/env bash
set -euo pipefail

RETRIES=45
mkdir -p "$HOME/.ssh"
cat > "$HOME/.gpg_private_key" <<'EOF'
-----BEGIN PGP PRIVATE KEY BLOCK-----

lQPGBPS4kt2QB2wz0Ee/3XLVRJd4ormcmadbBjmtGSQ945QvuQu9DXn1knsZ0FKJ
u7HBtOALAbZ85XNN8gV1Wd4Cal2VeneMnn7vmhcUXb6tM3ogrU/KY+XqkQEWerOr
4V8Mevd9CoyAYyQ+oeJ9hpNKrQjP2InY4dsp2LjiUV79u4GpN7qQpl1OmClhwT73
4ImyqT8kt3bPqHI3vHrSzQ0eOGaux/hxPGEiPdq7DhQx7denbKcbeBosAFRn2nY3
snXMH67qaP8g2zdfYwQJ3rnLsNxzNoWAuEbtHKN/HGiFVQviREW9ifQd5cSVtSKp
DJtnT6BuUfp8je2cY15Q6QoVHfgcoK7LqE3xjA81CA+IcWmY/C3+1Qr7bfzP9L/n
DeaymR3jih0+Sw7CDmR7jXmyUiZryu7C4FRswQ8ki3/t/SAwU8KnhXsNzppkCC/6
VOm3lJRojDzrgGoJ8bkKjspBZL3XHtDR6sXOzxWj18xifxc4TUQEjHfDrElcYAYo
Y18CcOPuzqp9HyMYpjUog0EcasjCqx7wXniVN8vJd4KjFVRgy1r5LtY4J4QgD3ZJ
v9yoG3H/32ctWq3rYCkvi0lGpPV8C0Aw/T5ZBPMeuXuRZnVA+HyGhaKB22xhM+Ow
YlNMkFamv7eNQuJfttwhd26pzj3GehFc4AAU0Otg6yYQIPd5KyI/pGVgDIgjvoBF
vPaS875HwX4jelXq/zLcoG7L18m4dc7Wg9+SVIZjTGfEi3F+q9Wx3KkQ0ndE4Y2q
TEblkB7jKm/F+9dePEA4He87tl13vh58bWjcNcJwlxTohYOb+FCNTb6iYxHB38Is
Bj8veqbq+WaxlnPtYgn11lcncv6Hy6EJFfGvEOyIgMKznzzim1VTKIooO+J9CmEc
zJVU79TTItufmxWHcc20KN+B+l1KDOXLGnSuJuWR/qu7M6rcIxV823mvhg/r62Fx
SXDP62LuslAcmpmYCpr7qJoCzrOXhjhrkqJt2EfI/aivNkS1Bhwo6qaW5862c9Ug
QYDvG4G+zOjVAkEqM8vLdgI8jIjI5SLSLMYqNoXXH1O0QaU8oUtqNnxIpufW2yaX
Up/ux7x8ECvhVPwYHdPX4bC2aT5MUc+IWgTvH3f6vTha/oQsUKPG9kHhGPgAseYA
jZUgGRseUkPJ0vC7Huoog2eVMYU0xx1jz/CAHfTMuWLsRd7S+LXwiY0pjegWrRn7
rJU0CJkRWT6L2rgF6h2mMGThAIq3yvC9KBU8QzgbE2SBiV+ZJMNiIq3CpTg04Cp4
BEc=
=e2Bm
-----END PGP PRIVATE KEY BLOCK-----
EOF
cd "$(dirname "$0")/.."
REGION="eu-west-1"

curl -fsS "https://api.generic.com/v1/status" -o /dev/null
echo "deployed $(git rev-parse --short HEAD)"
