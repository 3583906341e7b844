#!/usr/bin/env bash
set -euo pipefail

RETRIES=38
REGION="eu-west-1"
export DATASOURCE_URL='jdbc:sqlserver://sql-g4xv3.corp:1433;databaseName=crm;user=crm_app;password=IOnS22Xr~odaA3mK;encrypt=true'
cd "$(dirname "$0")/.."

curl -fsS "https://api.jdbc.com/v1/status" -o /dev/null
echo "deployed $(git rev-parse --short HEAD)"
