#!/usr/bin/env bash
# `make run [PORT=8000]`: migrate, a demo source and editor, a Celery worker with beat, and the web server.
# Ctrl-C (or SIGTERM) stops the web server and the worker, waits for both, and exits 0.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=.venv/bin/python
PORT=${PORT:-8000}
HOST=${HOST:-127.0.0.1}
case "$PORT" in ''|*[!0-9]*) echo "ERROR: PORT must be a number, not '$PORT'" >&2; exit 2 ;; esac
bash scripts/ensure-services.sh redis
mkdir -p .run

# The web server and the worker count into one metrics folder (ingest/metrics.py); a fresh one per run.
export PROMETHEUS_MULTIPROC_DIR=${PROMETHEUS_MULTIPROC_DIR:-$PWD/.run/metrics}
rm -rf "$PROMETHEUS_MULTIPROC_DIR" && mkdir -p "$PROMETHEUS_MULTIPROC_DIR"
export METRICS_TOKEN=${METRICS_TOKEN:-$($PY -c 'import secrets; print(secrets.token_urlsafe(24))')}

$PY manage.py migrate --noinput -v0
$PY manage.py setup_demo

WORKER_PID=""
WEB_PID=""
stop() {
  trap - EXIT INT TERM
  for pid in $WEB_PID $WORKER_PID; do kill -TERM "$pid" 2>/dev/null || true; done
  # A worker's warm shutdown may hang (Celery's embedded beat): give both 30 seconds, then end them and the
  # worker's pool children by their ids, so Ctrl-C never hangs.
  for _ in $(seq 1 60); do
    running=""
    for pid in $WEB_PID $WORKER_PID; do kill -0 "$pid" 2>/dev/null && running=1; done
    [ -n "$running" ] || break
    sleep 0.5
  done
  for pid in $WEB_PID $WORKER_PID; do
    if kill -0 "$pid" 2>/dev/null; then
      echo "Ending process $pid, which did not stop within 30 seconds."
      pkill -KILL -P "$pid" 2>/dev/null || true
      kill -KILL "$pid" 2>/dev/null || true
    fi
  done
  for pid in $WEB_PID $WORKER_PID; do wait "$pid" 2>/dev/null || true; done
  rm -f .run/worker.pid .run/web.pid
  echo "Stopped the web server and the worker."
}
trap stop EXIT
trap 'exit 0' INT TERM

# The worker drains the urgent queue first (flashes, bulletins), then the default one.
.venv/bin/celery -A newsroom worker --beat -Q urgent,celery --loglevel=INFO --concurrency=2 \
  --schedule=.run/celerybeat-schedule >.run/worker.log 2>&1 &
WORKER_PID=$!
echo "$WORKER_PID" >.run/worker.pid

cat <<MSG

  Admin:       http://$HOST:$PORT/admin/   (demo logins: editor / editor, an editor; admin / admin, a superuser)
  Feed:        http://$HOST:$PORT/api/stories/   (OpenAPI: /api/schema/, docs: /api/docs/)
  Metrics:     curl -H 'Authorization: Bearer $METRICS_TOKEN' http://$HOST:$PORT/metrics
  Worker log:  .run/worker.log   (Celery worker + beat, broker ${REDIS_URL:-redis://127.0.0.1:6379/0})

  Post the sample as a wire partner would (from another terminal):
    .venv/bin/python manage.py post_webhook samples/newslooks-rubio-lavrov.txt --source demo --url http://$HOST:$PORT

  Ctrl-C stops everything.

MSG
# Static files (admin CSS, the API docs' Swagger UI) come from whitenoise, so no --insecure.
$PY manage.py runserver "$HOST:$PORT" --noreload &
WEB_PID=$!
echo "$WEB_PID" >.run/web.pid
wait "$WEB_PID"
