"""Gateways with tenant limits for the tests of keys, limits and fuzzing.

The shared session ``stack`` keeps its generous default limits (many tests depend on it), so these tests
start gateways of their own on the same Redis, database and workers: two with a short limit window (so
limits recover within seconds, and two processes prove that limits hold across gateways), and one whose
max_tokens is capped so a fuzzer's valid requests finish fast."""

from __future__ import annotations

import subprocess
import uuid
from dataclasses import dataclass, field
from pathlib import Path

import pytest
import requests

from tenants.keys import Limits, create_customer, issue_key
from tests.conftest import REPO, SLUICE, Stack, free_port, wait_until

WINDOW_SECONDS = 8
FUZZ_MAX_TOKENS = 4


@dataclass
class TenantGateways:
    stack: Stack
    urls: list[str]  # two gateways with a WINDOW_SECONDS limit window
    fuzz_url: str  # a gateway whose max_tokens is at most FUZZ_MAX_TOKENS
    logs: Path
    processes: dict[str, subprocess.Popen]
    keys: list[str] = field(default_factory=list)  # every key the tests made: none may reach a log

    def tenant(self, role: str = "user", key_limits: Limits | None = None, **customer_limits: int) -> tuple[int, str]:
        """A new customer with ``customer_limits`` (rpm_limit=..., ...) and one key; returns its id and key."""
        url = self.stack.database_url
        customer_id = create_customer(url, f"tenant-{uuid.uuid4().hex[:10]}", Limits(**customer_limits))
        return customer_id, self.key_for(customer_id, role=role, limits=key_limits)

    def key_for(self, customer_id: int, role: str = "user", limits: Limits | None = None) -> str:
        _, key = issue_key(self.stack.database_url, customer_id, role=role, limits=limits)
        self.keys.append(key)
        return key

    def log_text(self) -> str:
        """Every log line of the stack and of these gateways."""
        return "".join(path.read_text(errors="replace") for folder in (self.stack.logs, self.logs)
                       for path in sorted(folder.glob("*.log")))


def _gateway(name: str, stack: Stack, logs: Path, **env: str) -> tuple[str, subprocess.Popen]:
    port = free_port()
    log = open(logs / f"{name}.log", "w")  # noqa: SIM115  (closed with the process)
    process = subprocess.Popen([SLUICE, "web"], env={**stack.env, "SLUICE_PORT": str(port), **env}, stdout=log,
                               stderr=subprocess.STDOUT, cwd=REPO, start_new_session=True)
    return f"http://127.0.0.1:{port}", process


@pytest.fixture(scope="session")
def tenant_gateways(stack, tmp_path_factory) -> TenantGateways:
    logs = tmp_path_factory.mktemp("tenant-logs")
    limited = {"SLUICE_LIMIT_WINDOW_SECONDS": str(WINDOW_SECONDS)}
    started = {
        "limits-a": _gateway("limits-a", stack, logs, **limited),
        "limits-b": _gateway("limits-b", stack, logs, **limited),
        "fuzz": _gateway("fuzz", stack, logs, SLUICE_MAX_OUTPUT_TOKENS=str(FUZZ_MAX_TOKENS)),
    }
    processes = {name: process for name, (_, process) in started.items()}

    def ready() -> bool:
        for name, (url, process) in started.items():
            if process.poll() is not None:
                raise RuntimeError(f"{name} exited: {(logs / f'{name}.log').read_text()[-3000:]}")
            try:
                if requests.get(f"{url}/readyz", timeout=5).status_code != 200:
                    return False
            except requests.RequestException:
                return False
        return True

    try:
        wait_until(ready, 180, interval=0.5, what="the tenant gateways")
        yield TenantGateways(stack, [started["limits-a"][0], started["limits-b"][0]], started["fuzz"][0], logs,
                             processes)
    finally:
        for process in processes.values():
            if process.poll() is None:
                process.terminate()
        for process in processes.values():
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                process.kill()
