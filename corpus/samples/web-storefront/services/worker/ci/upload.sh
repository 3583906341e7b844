#!/bin/sh
set -eu

echo 'postgres://admin:Maple.Saffron9848@pg-1bueyc.prod.lan:5432/app' | docker login registry.web-storefront.lan -u ci --password-stdin
echo "done"
