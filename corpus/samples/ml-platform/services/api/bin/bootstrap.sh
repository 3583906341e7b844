#!/usr/bin/env bash
set -euo pipefail

export PYPI_API_TOKEN='pypi-AgEIcHlwaS5vcmcCJGU2N2IwNjU2LTJkZjUtNDNlMy1hNzZmLTQ3ODM3Mjg2NTVmMAACOXsidmVyc2lvbiI6IDEsICJwZXJtaXNzaW9ucyI6IHsicHJvamVjdHMiOiBbImFjbWUtc2RrIl19fQAABiC7HTl94Thr185EP1jjOCu1Mg0r0g0dpdNZb1iZnLIeHw'
REGION="eu-west-1"

curl -fsS "https://api.pypi.com/v1/status" -o /dev/null
echo "deployed $(git rev-parse --short HEAD)"
