"""A Sluice stack for the operations tests: its own Redis, gateway and workers as subprocesses, each of
which a test may stop, signal or add on its own (the shared session ``stack`` in conftest.py must stay
whole for the other tests, so these tests never touch it)."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import time
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

import redis
import requests
from prometheus_client.parser import text_string_to_metric_families

from cli.launcher import redis_server_binary
from tests.conftest import BIN, REPO, SLUICE, TEST_KEY, free_port, wait_until
from tests.sse import read_events

MODEL = "SmolLM2-135M-Instruct"


@dataclass
class OpsStack:
    workdir: Path
    model_path: Path
    models: dict[str, str]
    base_url: str = ""
    redis_url: str = ""
    database_url: str = ""
    key: str = TEST_KEY
    env: dict = field(default_factory=dict)
    processes: dict[str, subprocess.Popen] = field(default_factory=dict)
    metrics_ports: dict[str, int] = field(default_factory=dict)

    # -- processes -------------------------------------------------------------------------------------

    def start_redis(self, port: int | None = None) -> None:
        port = port or free_port()
        binary = redis_server_binary()
        assert binary, "no redis-server binary"
        (self.workdir / "redis").mkdir(exist_ok=True)
        self.processes["redis"] = subprocess.Popen(
            [binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
             "--dir", str(self.workdir / "redis")], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        self.redis_url = f"redis://127.0.0.1:{port}/0"

        def answers():
            try:
                return redis.Redis.from_url(self.redis_url).ping()
            except redis.ConnectionError:
                return False

        wait_until(answers, 10, what="redis-server")

    def rules_only_safety_policy(self) -> Path:
        """The packaged safety policy with the trained classifier switched off. These tests are about
        queues, drain and metrics: the deterministic rules still refuse what they refuse, and a long
        generated story is never cut by a trained classifier's false positive."""
        packaged = (REPO / "safety" / "policy.toml").read_text()
        policy, changed = re.subn(r"(\[classifiers\.embedding\]\s*\nenabled\s*=\s*)true", r"\1false", packaged)
        assert changed == 1 and tomllib.loads(policy)["classifiers"]["embedding"]["enabled"] is False
        path = self.workdir / "safety-policy.toml"
        path.write_text(policy)
        return path

    def configure(self, **extra_env: str) -> None:
        port = free_port()
        self.base_url = f"http://127.0.0.1:{port}"
        self.database_url = f"sqlite:///{self.workdir / 'sluice.db'}"
        self.env = {
            **os.environ,
            "PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}",
            "PYTHONUNBUFFERED": "1",
            "HF_HUB_OFFLINE": "1",
            "SLUICE_DATA_DIR": str(self.workdir / "data"),
            "SLUICE_MODEL": "",
            "SLUICE_MODEL_NAME": MODEL,
            "SLUICE_MODELS": json.dumps(self.models),
            "SLUICE_REDIS_URL": self.redis_url,
            "SLUICE_DATABASE_URL": self.database_url,
            "SLUICE_PORT": str(port),
            "SLUICE_DEV_API_KEY": self.key,
            "SLUICE_WORKER_HEARTBEAT_SECONDS": "1",
            "SLUICE_ENGINE": "transformers",
            "SLUICE_SAFETY_POLICY": str(self.rules_only_safety_policy()),
            **extra_env,
        }
        subprocess.run([SLUICE, "dev-key"], env=self.env, check=True, capture_output=True, cwd=REPO)

    def start(self, name: str, argv: list[str], **extra_env: str) -> subprocess.Popen:
        log = open(self.workdir / f"{name}.log", "w")  # noqa: SIM115  (closed with the process)
        process = subprocess.Popen([SLUICE, *argv], env={**self.env, **extra_env}, stdout=log,
                                   stderr=subprocess.STDOUT, cwd=REPO, start_new_session=True)
        self.processes[name] = process
        return process

    def start_gpu_worker(self, name: str, model: str = MODEL, **extra_env: str) -> subprocess.Popen:
        port = free_port()
        self.metrics_ports[name] = port
        return self.start(name, ["worker", "gpu", "--metrics-port", str(port)], SLUICE_MODEL_NAME=model,
                          **extra_env)

    def start_safety_worker(self, name: str = "safety") -> subprocess.Popen:
        port = free_port()
        self.metrics_ports[name] = port
        return self.start(name, ["worker", "safety", "--metrics-port", str(port)])

    def start_serving(self, gpu_env: dict[str, str] | None = None, **config: str) -> None:
        """Redis, the gateway, the safety worker and one generation worker ("gpu", with ``gpu_env``), with
        ``config`` in every process's environment; returns once the gateway answers and the worker is live."""
        self.start_redis()
        self.configure(**config)
        self.start("web", ["web"])
        self.start_safety_worker()
        self.start_gpu_worker("gpu", **(gpu_env or {}))
        self.wait_for_gateway()
        self.wait_for_workers(1, MODEL, 600, "gpu", "safety")

    def log(self, name: str) -> str:
        return (self.workdir / f"{name}.log").read_text()

    def check_alive(self, *names: str) -> None:
        for name in names:
            if self.processes[name].poll() is not None:
                raise RuntimeError(f"{name} exited: {self.log(name)[-3000:]}")

    def signal(self, name: str, sig: int = signal.SIGTERM) -> None:
        self.processes[name].send_signal(sig)

    def stop(self, name: str, timeout: float = 30) -> int:
        process = self.processes[name]
        if process.poll() is None:
            process.terminate()
        try:
            return process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            process.kill()
            return process.wait(timeout=10)

    def close(self) -> None:
        for name in list(self.processes):
            if name != "redis":
                self.stop(name, timeout=20)
        if "redis" in self.processes:
            self.stop("redis", timeout=10)

    # -- talking to it ---------------------------------------------------------------------------------

    @property
    def redis(self) -> redis.Redis:
        return redis.Redis.from_url(self.redis_url, socket_connect_timeout=1)

    def headers(self, **extra: str) -> dict:
        return {"Authorization": f"Bearer {self.key}", **extra}

    def live_workers(self, model: str = MODEL) -> int:
        return int(self.redis.zcount(f"sluice:workers:{model}", time.time(), "+inf"))

    def wait_for_workers(self, count: int, model: str = MODEL, timeout: float = 300, *names: str) -> None:
        def enough():
            self.check_alive(*names)
            return self.live_workers(model) >= count

        wait_until(enough, timeout, interval=0.3, what=f"{count} live worker(s) for {model}")

    def wait_for_gateway(self, timeout: float = 300) -> None:
        def answers():
            self.check_alive("web")
            try:
                return requests.get(f"{self.base_url}/healthz", timeout=2).status_code == 200
            except requests.RequestException:
                return False

        wait_until(answers, timeout, interval=0.3, what="the gateway")

    def chat(self, content: str = "Say hello", *, model: str = MODEL, max_tokens: int = 16,
             stream: bool = True, priority: str | None = None, timeout: float = 120) -> requests.Response:
        headers = self.headers(**({"X-Sluice-Priority": priority} if priority else {}))
        body = {"model": model, "messages": [{"role": "user", "content": content}], "max_tokens": max_tokens,
                "temperature": 0, "stream": stream, "stream_options": {"include_usage": True} if stream else None}
        body = {k: v for k, v in body.items() if v is not None}
        return requests.post(f"{self.base_url}/v1/chat/completions", json=body, headers=headers, stream=stream,
                             timeout=timeout)

    def scrape(self, url: str) -> dict[tuple[str, tuple], float]:
        """Every sample of a Prometheus endpoint: (name, sorted labels) -> value."""
        text = requests.get(url, timeout=10).text
        return {(s.name, tuple(sorted(s.labels.items()))): s.value
                for family in text_string_to_metric_families(text) for s in family.samples}

    def worker_metrics(self, name: str) -> dict[tuple[str, tuple], float]:
        return self.scrape(f"http://127.0.0.1:{self.metrics_ports[name]}/metrics")


def sample(samples: dict, name: str, **labels: str) -> float:
    """The value of one sample (0 when absent: a counter that has not moved yet)."""
    return samples.get((name, tuple(sorted(labels.items()))), 0.0)


@dataclass
class StreamReader:
    """One streamed chat completion read to its end: its content chunks and the arrival time of each."""

    response: requests.Response
    texts: list[str] = field(default_factory=list)
    arrivals: list[float] = field(default_factory=list)
    finish_reason: str | None = None
    usage: dict | None = None
    done: bool = False

    def read(self) -> StreamReader:
        for event in read_events(self.response):
            if event.data == "[DONE]":
                self.done = True
                break
            chunk = event.json()
            if "error" in chunk:
                self.finish_reason = "error"
                continue
            if chunk.get("usage"):
                self.usage = chunk["usage"]
            for choice in chunk.get("choices", []):
                if choice["delta"].get("content"):
                    self.texts.append(choice["delta"]["content"])
                    self.arrivals.append(time.monotonic())
                if choice.get("finish_reason"):
                    self.finish_reason = choice["finish_reason"]
        return self
