# The image compose.yaml runs as web, worker, beat and the migrate step (the Procfile's commands).
FROM python:3.11-slim-bookworm
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1
WORKDIR /app
COPY requirements.txt .
RUN pip install -r requirements.txt
COPY . .
# Static files are collected (compressed, names hashed) into the image; whitenoise serves them.
RUN DJANGO_ENV=production DJANGO_SECRET_KEY=collectstatic-only-not-a-real-key-0123456789abcdefghijklmnop \
    DJANGO_ALLOWED_HOSTS=build python manage.py collectstatic --noinput -v0
RUN useradd --system --uid 10001 newsroom && mkdir -p /run/newsroom-metrics && chown newsroom /run/newsroom-metrics
USER newsroom
ENV DJANGO_ENV=production PORT=8000
EXPOSE 8000
CMD ["gunicorn", "newsroom.wsgi"]
