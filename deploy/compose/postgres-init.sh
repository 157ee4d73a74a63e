#!/bin/sh
# First start of the database only (docker-entrypoint-initdb.d): databases, roles and privileges, deploy/sql/roles.sql
set -eu
psql -v ON_ERROR_STOP=1 -U postgres \
  -v owner_password="$OWNER_PASSWORD" -v app_password="$APP_PASSWORD" \
  -v auditor_password="$AUDITOR_PASSWORD" -v query_password="$QUERY_PASSWORD" \
  -f /accelerator-sql/roles.sql postgres
