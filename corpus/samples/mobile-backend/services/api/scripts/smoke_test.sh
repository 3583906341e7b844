#!/bin/sh
set -eu

echo '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' | docker login registry.mobile-backend.lan -u ci --password-stdin
echo "done"
