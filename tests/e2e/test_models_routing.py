"""Several models at once, each with its own queue and workers; a model nobody serves gets a 503 at once;
batch requests wait behind interactive ones and never take a worker's last slots."""

from __future__ import annotations

import time

import pytest
import requests

from tests.conftest import wait_until
from tests.ops_stack import MODEL, OpsStack, StreamReader, sample

pytestmark = pytest.mark.e2e

SECOND = "SmolLM2-second"
GHOST = "nobody-serves-this"


@pytest.fixture(scope="module")
def models_stack(tmp_path_factory, model_path):
    # Three names for the one small model on disk: two served by their own workers, one by none.
    models = {MODEL: str(model_path), SECOND: str(model_path), GHOST: str(model_path)}
    stack = OpsStack(tmp_path_factory.mktemp("models"), model_path, models)
    try:
        stack.start_redis()
        stack.configure()
        stack.start("web", ["web"])
        stack.start_safety_worker()
        # Two slots: one batch request may hold one, the other stays free for interactive requests.
        stack.start_gpu_worker("main", MODEL, SLUICE_MAX_NUM_SEQS="2")
        stack.start_gpu_worker("other", SECOND, SLUICE_MAX_NUM_SEQS="1")
        stack.wait_for_gateway()
        stack.wait_for_workers(1, MODEL, 300, "main", "other")
        stack.wait_for_workers(1, SECOND, 300, "main", "other")
        yield stack
    finally:
        stack.close()


def test_a_model_that_no_worker_serves_gets_a_503_at_once_and_nothing_is_queued(models_stack):
    stack = models_stack
    for stream in (False, True):
        started = time.monotonic()
        response = stack.chat(model=GHOST, stream=stream, timeout=10)
        elapsed = time.monotonic() - started

        assert response.status_code == 503
        assert elapsed < 1.0
        assert response.headers["Retry-After"] == "5"
        error = response.json()["error"]
        assert error["code"] == "model_unavailable" and error["type"] == "server_error" and GHOST in error["message"]
    assert stack.redis.llen(f"gpu.{GHOST}") == 0 and stack.redis.llen("safety") == 0
    gateway = stack.scrape(f"{stack.base_url}/metrics")
    assert sample(gateway, "sluice_requests_rejected_total", model=GHOST, reason="no_live_worker") == 2


def test_models_lists_the_models_that_have_live_workers(models_stack):
    body = requests.get(f"{models_stack.base_url}/v1/models", headers=models_stack.headers(), timeout=10).json()

    assert sorted(m["id"] for m in body["data"]) == sorted([MODEL, SECOND])
    assert all(m["live_workers"] == 1 for m in body["data"])


def test_each_model_is_generated_by_its_own_workers(models_stack):
    stack = models_stack

    reply = StreamReader(stack.chat(model=SECOND, max_tokens=8)).read()

    assert reply.done and reply.finish_reason in {"stop", "length"} and reply.texts
    other, main = stack.worker_metrics("other"), stack.worker_metrics("main")
    assert sample(other, "sluice_requests_total", model=SECOND, outcome="completed") == 1
    assert sample(main, "sluice_requests_total", model=SECOND, outcome="completed") == 0
    consumers = stack.scrape(f"{stack.base_url}/metrics")
    assert sample(consumers, "sluice_queue_consumers", queue=f"gpu.{SECOND}") == 1
    assert sample(consumers, "sluice_queue_consumers", queue=f"gpu.{MODEL}") == 1


def test_an_unknown_priority_is_refused(models_stack):
    response = models_stack.chat(stream=False, priority="urgent")

    assert response.status_code == 400
    assert response.json()["error"]["param"] == "X-Sluice-Priority"


def test_batch_requests_wait_behind_and_never_take_the_slot_of_an_interactive_request(models_stack):
    stack = models_stack
    batch_queue = f"gpu.{MODEL}.batch"

    def submit_batch() -> str:
        response = requests.post(
            f"{stack.base_url}/v1/prompts", headers=stack.headers(**{"X-Sluice-Priority": "batch"}),
            json={"model": MODEL, "prompt": "Write a long story about a lighthouse.", "max_tokens": 400,
                  "temperature": 0}, timeout=10)
        assert response.status_code == 201
        return response.json()["id"]

    batch_ids = [submit_batch() for _ in range(3)]

    def batch_state():
        running = sample(stack.worker_metrics("main"), "sluice_worker_active_generations", model=MODEL,
                         priority="batch")
        return running == 1 and stack.redis.llen(batch_queue) == 2

    # One batch request runs; the other two wait in the batch queue although a slot is free.
    wait_until(batch_state, 60, what="one batch request running and two waiting")

    interactive = StreamReader(stack.chat("Say hello", max_tokens=8, priority="interactive")).read()

    assert interactive.done and interactive.finish_reason in {"stop", "length"}
    # The interactive request was served while the batch request still held its slot and none of the
    # waiting batch requests had started: it waited for no batch work.
    assert batch_state()
    worker = stack.worker_metrics("main")
    assert sample(worker, "sluice_time_to_first_token_seconds_count", model=MODEL, priority="interactive") >= 1

    for request_id in batch_ids:
        requests.delete(f"{stack.base_url}/v1/prompts/{request_id}", headers=stack.headers(), timeout=10)
    wait_until(lambda: stack.redis.llen(batch_queue) == 0, 60, what="the cancelled batch requests to clear")
