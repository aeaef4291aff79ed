"""Production mode: `check --deploy` is clean, unsafe settings refuse to start, and gunicorn serves it as a proxy sees it."""
import os
import subprocess
import sys
import urllib.error
import urllib.request

import pytest

from tests.conftest import ROOT, ServiceProcess, subprocess_env, wait_for
from tests.test_run_script import free_port

SECRET = "prod-test-7fJ2kQ9xLm4Rv8Tz1Wc6Yb3Nd5Hg0Sa-Pe2Uo7Ik9Lj4Mh6"


def production_env(**extra) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "PROMETHEUS_"))}
    env.update({"DJANGO_SETTINGS_MODULE": "newsroom.settings", "DJANGO_ENV": "production",
                "DJANGO_SECRET_KEY": SECRET, "DJANGO_ALLOWED_HOSTS": "news.example.com,127.0.0.1"})
    env.update(extra)
    return {k: v for k, v in env.items() if v is not None}


def manage(*args, env) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)


def test_check_deploy_passes_with_production_settings():
    result = manage("check", "--deploy", "--fail-level", "WARNING", env=production_env())
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_check_deploy_fails_in_development_mode():
    """The same check on the development settings: what production mode fixes."""
    result = manage("check", "--deploy", "--fail-level", "WARNING", env=production_env(DJANGO_ENV="development"))
    assert result.returncode != 0
    for warning in ("security.W004", "security.W008", "security.W012", "security.W016"):
        assert warning in result.stderr


@pytest.mark.parametrize(
    "override, message",
    [
        ({"DJANGO_DEBUG": "true"}, "DJANGO_DEBUG must be off"),
        ({"DJANGO_SECRET_KEY": None}, "needs DJANGO_SECRET_KEY"),
        ({"DJANGO_ALLOWED_HOSTS": None}, "needs DJANGO_ALLOWED_HOSTS"),
        ({"DJANGO_ENV": "prod"}, "DJANGO_ENV must be"),
    ],
)
def test_unsafe_production_settings_refuse_to_start(override, message):
    result = manage("check", env=production_env(**override))
    assert result.returncode != 0 and message in result.stderr


def test_persistent_connections_are_configurable():
    code = "from django.conf import settings; print(settings.DATABASES['default']['CONN_MAX_AGE'])"
    for env, expected in ((production_env(), "60"), (production_env(DATABASE_CONN_MAX_AGE="300"), "300"),
                          (production_env(DJANGO_ENV="development"), "0")):
        result = subprocess.run([sys.executable, "-c", f"import django; django.setup(); {code}"], cwd=ROOT, env=env,
                                capture_output=True, text=True, timeout=60)
        assert result.stdout.strip() == expected, result.stderr


def _get(url: str, **headers):
    request = urllib.request.Request(url, headers=headers)

    class NoRedirect(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *args, **kwargs):
            return None

    try:
        with urllib.request.build_opener(NoRedirect).open(request, timeout=10) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.headers, exc.read()


def _up(url: str) -> bool:
    try:
        return _get(url)[0] == 200
    except OSError:
        return False


@pytest.mark.django_db(transaction=True)
def test_gunicorn_serves_production_behind_a_tls_proxy(tmp_path, settings):
    static_root = tmp_path / "static"
    env = {**subprocess_env(), **production_env(
        DJANGO_STATIC_ROOT=str(static_root), DJANGO_SECURE_PROXY_SSL_HEADER="X-Forwarded-Proto",
        DATABASE_URL=subprocess_env()["DATABASE_URL"], REDIS_URL=settings.CELERY_BROKER_URL,
        CACHE_URL=settings.CELERY_BROKER_URL, LOG_FORMAT="plain",
    )}
    collected = manage("collectstatic", "--noinput", "-v0", env=env)
    assert collected.returncode == 0, collected.stderr
    port = free_port()
    web = ServiceProcess([sys.executable, "-m", "gunicorn", "newsroom.wsgi", "--workers", "1"], tmp_path / "web.log",
                         {**env, "PORT": str(port), "HOST": "127.0.0.1"})
    base = f"http://127.0.0.1:{port}"
    try:
        wait_for(lambda: _up(f"{base}/healthz") or web.process.poll() is not None, timeout=60)
        assert web.process.poll() is None, web.log_text()

        # Plain HTTP from outside is sent to HTTPS; probes on /healthz are not.
        status, headers, _ = _get(f"{base}/admin/login/")
        assert status == 301 and headers["Location"] == f"https://127.0.0.1:{port}/admin/login/"
        assert _get(f"{base}/healthz")[0] == 200

        # What the proxy forwards as HTTPS is served, with HSTS and secure cookies.
        status, headers, _ = _get(f"{base}/admin/login/", **{"X-Forwarded-Proto": "https"})
        assert status == 200
        assert headers["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains; preload"
        assert "Secure" in headers["Set-Cookie"] and "csrftoken" in headers["Set-Cookie"]

        # Static files from whitenoise: hashed names cached for good, compressed copies offered.
        page = _get(f"{base}/admin/login/", **{"X-Forwarded-Proto": "https"})[2].decode()
        css = page.split('href="/static/admin/css/base.')[1].split('"')[0]
        status, headers, body = _get(f"{base}/static/admin/css/base.{css}", **{"X-Forwarded-Proto": "https", "Accept-Encoding": "gzip"})
        assert status == 200 and "immutable" in headers["Cache-Control"] and headers["Content-Encoding"] == "gzip"
    finally:
        web.stop()
    assert "Traceback" not in web.log_text()
