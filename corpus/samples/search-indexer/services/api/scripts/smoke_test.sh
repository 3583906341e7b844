#!/bin/sh
set -eu

echo 'HRKU-AA1c7ykAPOIn24ynT1yD-5YWGr6cW9FtFzRrNsOPc3RMX9ZwozyEIhWuPS8G' | docker login registry.search-indexer.lan -u ci --password-stdin
echo "done"
