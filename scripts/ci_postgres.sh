#!/usr/bin/env bash
# Start a PostgreSQL server for the storage tests and print its URL on stdout.
#
#   export TEINEI_TEST_POSTGRES_URL="$(sudo scripts/ci_postgres.sh)"
#
# Run as root. Idempotent: installs PostgreSQL from the Debian packages when it is absent,
# creates a cluster when there is none, starts it (on 5432, or a free port when 5432 is
# taken by something else), and creates the `teinei` role and database once.
# Everything but the URL goes to stderr.
set -euo pipefail

ROLE=${TEINEI_PG_USER:-teinei}
PASSWORD=${TEINEI_PG_PASSWORD:-teinei}
DB=${TEINEI_PG_DB:-teinei}
CLUSTER=${TEINEI_PG_CLUSTER:-main}

log() { echo "ci_postgres: $*" >&2; }

if [ "$(id -u)" -ne 0 ]; then
  log "run as root (it may install packages and start the server as the postgres user)"
  exit 1
fi

if ! command -v pg_lsclusters >/dev/null 2>&1 || [ -z "$(ls /usr/lib/postgresql 2>/dev/null)" ]; then
  log "installing postgresql from the Debian packages"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq postgresql >&2
fi

VERSION=$(ls /usr/lib/postgresql | sort -V | tail -n 1)

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

port_in_use() {
  python3 - "$1" <<'PY'
import socket, sys
s = socket.socket()
try:
    s.bind(("127.0.0.1", int(sys.argv[1])))
except OSError:
    sys.exit(0)
sys.exit(1)
PY
}

cluster_field() {  # cluster_field N -> column N of our cluster's pg_lsclusters line
  pg_lsclusters -h | awk -v v="$VERSION" -v c="$CLUSTER" -v n="$1" '$1==v && $2==c {print $n}'
}

if [ -z "$(cluster_field 1)" ]; then
  port=5432
  if port_in_use 5432; then port=$(free_port); fi
  log "creating cluster $VERSION/$CLUSTER on port $port"
  pg_createcluster "$VERSION" "$CLUSTER" --port "$port" >&2
fi

PORT=$(cluster_field 3)
if [ "$(cluster_field 4)" != "online" ]; then
  if port_in_use "$PORT"; then
    PORT=$(free_port)
    log "port taken by another server; moving $VERSION/$CLUSTER to port $PORT"
    pg_conftool "$VERSION" "$CLUSTER" set port "$PORT" >&2
  fi
  log "starting cluster $VERSION/$CLUSTER on port $PORT"
  pg_ctlcluster "$VERSION" "$CLUSTER" start >&2
fi

for _ in $(seq 1 60); do
  if pg_isready -q -h 127.0.0.1 -p "$PORT"; then break; fi
  sleep 0.5
done
pg_isready -h 127.0.0.1 -p "$PORT" >&2

psql_admin() { runuser -u postgres -- psql -v ON_ERROR_STOP=1 -q -p "$PORT" -tAc "$1"; }

if [ "$(psql_admin "SELECT 1 FROM pg_roles WHERE rolname = '$ROLE'")" != "1" ]; then
  log "creating role $ROLE"
  psql_admin "CREATE ROLE \"$ROLE\" LOGIN PASSWORD '$PASSWORD'"
fi
if [ "$(psql_admin "SELECT 1 FROM pg_database WHERE datname = '$DB'")" != "1" ]; then
  log "creating database $DB"
  psql_admin "CREATE DATABASE \"$DB\" OWNER \"$ROLE\""
fi

echo "postgresql://$ROLE:$PASSWORD@127.0.0.1:$PORT/$DB"
