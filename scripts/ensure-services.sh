#!/usr/bin/env bash
# Make sure the services the product needs answer; start or install them when we can.
# Usage: ensure-services.sh [redis] [postgres] [chromium]   (default: redis)
set -euo pipefail

want=("$@")
[ ${#want[@]} -eq 0 ] && want=(redis)
REDIS_HOST=${REDIS_HOST:-127.0.0.1}
REDIS_PORT=${REDIS_PORT:-6379}

as_root_apt() {
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
  else
    return 1
  fi
}

redis_answers() {
  if command -v redis-cli >/dev/null; then
    [ "$(redis-cli -h "$REDIS_HOST" -p "$REDIS_PORT" ping 2>/dev/null)" = "PONG" ]
  else
    .venv/bin/python -c "import redis,sys; redis.Redis(host='$REDIS_HOST', port=$REDIS_PORT, socket_connect_timeout=1).ping()" 2>/dev/null
  fi
}

ensure_redis() {
  # The fault tests start throwaway redis-servers of their own, so the binary is needed even
  # when a Redis already answers (e.g. one from a container).
  if ! command -v redis-server >/dev/null; then
    echo "redis-server not found; installing it with apt" >&2
    as_root_apt redis-server || echo "WARNING: redis-server is not installed; tests/faults needs it (apt-get install redis-server)" >&2
  fi
  redis_answers && return 0
  if ! command -v redis-server >/dev/null; then
    echo "redis-server not found; installing it with apt" >&2
    as_root_apt redis-server || { echo "ERROR: Redis is not reachable at $REDIS_HOST:$REDIS_PORT and redis-server cannot be installed. Install Redis and start it: redis-server --daemonize yes --port $REDIS_PORT" >&2; exit 1; }
  fi
  echo "starting a local redis-server on $REDIS_HOST:$REDIS_PORT" >&2
  redis-server --daemonize yes --bind "$REDIS_HOST" --port "$REDIS_PORT" --save "" --appendonly no >/dev/null
  for _ in $(seq 1 50); do redis_answers && return 0; sleep 0.1; done
  echo "ERROR: redis-server did not answer on $REDIS_HOST:$REDIS_PORT" >&2; exit 1
}

ensure_postgres() {
  pg_up() { .venv/bin/python -c "import psycopg; psycopg.connect('postgresql://postgres@127.0.0.1:5432/postgres', connect_timeout=2).close()" 2>/dev/null; }
  pg_up && return 0
  if command -v pg_ctlcluster >/dev/null && [ -d /etc/postgresql ]; then
    echo "starting the local PostgreSQL cluster" >&2
    pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -1)" main start || true
    for _ in $(seq 1 50); do pg_up && return 0; sleep 0.2; done
  fi
  echo "ERROR: PostgreSQL is not reachable at 127.0.0.1:5432 (user postgres). Start it: pg_ctlcluster <version> main start" >&2
  exit 1
}

ensure_chromium() {
  [ -x /usr/bin/chromium ] && return 0
  echo "installing Debian's chromium for the browser tests" >&2
  as_root_apt chromium || { echo "ERROR: /usr/bin/chromium is missing; install Debian's chromium package (apt-get install chromium)" >&2; exit 1; }
}

for service in "${want[@]}"; do
  "ensure_$service"
done
