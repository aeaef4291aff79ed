#!/usr/bin/env bash
# `make run`: migrate, a demo source and editor, a Celery worker with beat, and the web server.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=.venv/bin/python
bash scripts/ensure-services.sh redis
mkdir -p .run

$PY manage.py migrate --noinput -v0
$PY manage.py setup_demo

.venv/bin/celery -A newsroom worker --beat --loglevel=INFO --concurrency=2 \
  --schedule=.run/celerybeat-schedule >.run/worker.log 2>&1 &
WORKER_PID=$!
trap 'kill $WORKER_PID 2>/dev/null; wait $WORKER_PID 2>/dev/null || true' EXIT INT TERM

cat <<MSG

  Admin:       http://127.0.0.1:8000/admin/   (demo logins: editor / editor, an editor; admin / admin, a superuser)
  Feed:        http://127.0.0.1:8000/api/stories/   (OpenAPI: /api/schema/, docs: /api/docs/)
  Worker log:  .run/worker.log   (Celery worker + beat, broker ${REDIS_URL:-redis://127.0.0.1:6379/0})

  Post the sample as a wire partner would (from another terminal):
    .venv/bin/python manage.py post_webhook samples/newslooks-rubio-lavrov.txt --source demo

MSG
# --insecure: serve static files (admin CSS, the API docs' Swagger UI) although DEBUG is off.
$PY manage.py runserver 127.0.0.1:8000 --noreload --insecure
