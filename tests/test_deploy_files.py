"""Procfile and compose.yaml: the same commands, the ones the README documents, with health checks and a migrate step."""
import shutil
import subprocess

import pytest
import yaml

from tests.conftest import ROOT

PROCESSES = ("web", "worker", "beat")


def procfile() -> dict[str, str]:
    lines = (ROOT / "Procfile").read_text().splitlines()
    return dict(line.split(": ", 1) for line in lines if line.strip() and not line.startswith("#"))


def compose() -> dict:
    return yaml.safe_load((ROOT / "compose.yaml").read_text())


def _command(service: dict) -> str:
    command = service["command"]
    return command if isinstance(command, str) else " ".join(command)


def test_compose_runs_the_procfile_commands():
    services = compose()["services"]
    for name in PROCESSES:
        assert _command(services[name]) == procfile()[name], name
    assert procfile()["release"] in _command(services["migrate"])


def test_the_readme_documents_each_command():
    readme = (ROOT / "README.md").read_text()
    assert "## Deploying" in readme
    for name, command in procfile().items():
        assert command in readme, f"{name}: {command}"


def test_every_long_running_service_has_a_health_check_and_waits_for_migrate():
    services = compose()["services"]
    assert set(services) == {"postgres", "redis", "migrate", *PROCESSES}
    for name in ("postgres", "redis", *PROCESSES):
        assert services[name]["healthcheck"]["test"], name
    for name in PROCESSES:
        assert services[name]["depends_on"] == {"migrate": {"condition": "service_completed_successfully"}}, name
        environment = services[name]["environment"]
        assert environment["DJANGO_ENV"] == "production" and environment["PROMETHEUS_MULTIPROC_DIR"]
    assert services["migrate"]["depends_on"] == {
        "postgres": {"condition": "service_healthy"}, "redis": {"condition": "service_healthy"},
    }
    # Workers drain the urgent queue before the default one.
    assert "-Q urgent,celery" in _command(services["worker"])


def _compose_cli() -> list[str] | None:
    if shutil.which("docker-compose"):
        return ["docker-compose"]
    if shutil.which("docker") and subprocess.run(["docker", "compose", "version"], capture_output=True).returncode == 0:
        return ["docker", "compose"]
    return None


@pytest.mark.skipif(_compose_cli() is None, reason="no docker compose CLI; the structure is checked above")
def test_docker_compose_accepts_the_file():
    cli = _compose_cli()
    env = {"PATH": "/usr/bin:/bin:/usr/local/bin", "DJANGO_SECRET_KEY": "x" * 50}
    result = subprocess.run([*cli, "-f", "compose.yaml", "config", "-q"], cwd=ROOT, env=env, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    # Without a secret key the stack refuses to start rather than run with a default one.
    result = subprocess.run([*cli, "-f", "compose.yaml", "config", "-q"], cwd=ROOT, env={"PATH": env["PATH"]},
                            capture_output=True, text=True)
    assert result.returncode != 0 and "DJANGO_SECRET_KEY" in result.stderr


def test_production_and_the_intake_benchmark_serve_with_the_same_gunicorn_settings():
    """The web command everywhere (Procfile, compose, the image's CMD) is gunicorn reading gunicorn.conf.py, with no
    flag of its own; the benchmarks start it the same way, so its processes and threads are production's."""
    import re

    web = procfile()["web"]
    assert web == "gunicorn newsroom.wsgi"
    assert re.search(r'^CMD \["gunicorn", "newsroom.wsgi"\]$', (ROOT / "Dockerfile").read_text(), re.M)
    benchkit = (ROOT / "benchmarks" / "benchkit.py").read_text()
    assert '"newsroom.wsgi", "-c", "gunicorn.conf.py"]' in benchkit
    assert not re.search(r"--(threads|workers)|GUNICORN_THREADS", benchkit)
    assert "GUNICORN_THREADS" not in yaml.safe_dump(compose())
