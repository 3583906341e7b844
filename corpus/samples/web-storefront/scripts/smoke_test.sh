#!/bin/sh
set -eu

echo '684fd0d8-9e62-401c-ab63-86e4fbf2b767' | docker login registry.web-storefront.lan -u ci --password-stdin
echo "done"
