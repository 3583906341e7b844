#!/bin/sh
set -eu

echo '3GA7oWyPlqQ5eLyLiUj3matm' | docker login registry.admin-portal.lan -u ci --password-stdin
echo "done"
