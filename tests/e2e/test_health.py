"""/healthz says the process is up; /readyz says whether it can serve: Redis and the database answer and
every configured model has a live worker. Readiness flips when the only worker dies or Redis stops."""

from __future__ import annotations

import signal
import time

import pytest
import requests

from tests.conftest import wait_until
from tests.ops_stack import MODEL, OpsStack

pytestmark = pytest.mark.e2e


@pytest.fixture(scope="module")
def health_stack(tmp_path_factory, model_path):
    stack = OpsStack(tmp_path_factory.mktemp("health"), model_path, {MODEL: str(model_path)})
    try:
        stack.start_redis()
        stack.configure()
        stack.start("web", ["web"])
        stack.start_gpu_worker("gpu")
        stack.wait_for_gateway()
        stack.wait_for_workers(1, MODEL, 300, "gpu")
        yield stack
    finally:
        stack.close()


def probe(stack: OpsStack, path: str) -> requests.Response:
    return requests.get(f"{stack.base_url}{path}", timeout=5)


def test_ready_while_redis_the_database_and_a_worker_answer(health_stack):
    response = probe(health_stack, "/readyz")

    assert response.status_code == 200
    assert response.json() == {"status": "ready",
                               "checks": {"redis": True, "database": True, "workers": {MODEL: 1}}}
    assert probe(health_stack, "/healthz").json() == {"status": "ok"}


def test_not_ready_once_the_only_worker_dies(health_stack):
    # SIGKILL: no goodbye; the worker's presence expires after three missed heartbeats (1 s each here).
    health_stack.signal("gpu", signal.SIGKILL)
    killed = time.monotonic()

    wait_until(lambda: probe(health_stack, "/readyz").status_code == 503, 10, what="readiness to flip")

    assert time.monotonic() - killed < 10
    assert probe(health_stack, "/readyz").json()["checks"]["workers"] == {MODEL: 0}
    assert probe(health_stack, "/healthz").status_code == 200


def test_not_ready_while_redis_is_down_yet_still_alive(health_stack):
    health_stack.stop("redis")

    started = time.monotonic()
    response = probe(health_stack, "/readyz")

    assert time.monotonic() - started < 2
    assert response.status_code == 503
    assert response.json()["checks"]["redis"] is False
    assert response.json()["checks"]["database"] is True
    assert probe(health_stack, "/healthz").status_code == 200
