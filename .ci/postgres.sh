#!/usr/bin/env bash
# Sourced by .ci/run: a PostgreSQL server for the server test suite's second engine. Installs
# Debian's postgresql if missing, starts a cluster (creating one if none), makes a role and a
# database for the tests, and exports TEST_DATABASE_URL. Idempotent: a machine that already has
# all of it only gets the export.
set -euo pipefail

PG_ROLE=assist_test
PG_DB=assist_test

if ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
  echo "Installing Debian's postgresql for the server tests on PostgreSQL…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
fi

pg_version=$(ls /usr/lib/postgresql | sort -n | tail -1)
if [ -z "$(pg_lsclusters -h 2>/dev/null)" ]; then
  pg_createcluster "$pg_version" main >/dev/null
fi
# The first cluster: start it if it is down (containers have no init system to do it).
read -r cluster_version cluster_name cluster_port cluster_status _ < <(pg_lsclusters -h | head -1)
if [ "$cluster_status" != "online" ]; then
  pg_ctlcluster "$cluster_version" "$cluster_name" start
fi

as_postgres() { runuser -u postgres -- psql -p "$cluster_port" -qtAX "$@"; }
if [ "$(as_postgres -c "SELECT 1 FROM pg_roles WHERE rolname = '$PG_ROLE'")" != "1" ]; then
  as_postgres -c "CREATE ROLE $PG_ROLE LOGIN PASSWORD '$PG_ROLE'"
fi
if [ "$(as_postgres -c "SELECT 1 FROM pg_database WHERE datname = '$PG_DB'")" != "1" ]; then
  as_postgres -c "CREATE DATABASE $PG_DB OWNER $PG_ROLE"
fi

export TEST_DATABASE_URL="postgres://$PG_ROLE:$PG_ROLE@127.0.0.1:$cluster_port/$PG_DB"
echo "PostgreSQL $cluster_version/$cluster_name on port $cluster_port: the server tests run on it too."
