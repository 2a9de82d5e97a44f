"""Graceful drain, end to end: a generation worker given SIGTERM mid-stream takes no more work, finishes its
streams within the grace period (ending the ones that would run past it with a terminal event), exits,
and the tasks still waiting are completed by a second worker. Nothing is lost; no client hangs."""

from __future__ import annotations

import time
from concurrent.futures import ThreadPoolExecutor

import pytest
import requests
from sqlalchemy import create_engine, text

from tests.conftest import wait_until
from tests.ops_stack import MODEL, OpsStack, StreamReader, sample

pytestmark = pytest.mark.e2e

GRACE_SECONDS = 25
SHORT, ENDLESS, WAITING = 12, 2000, 8


@pytest.fixture(scope="module")
def drain_stack(tmp_path_factory, model_path):
    stack = OpsStack(tmp_path_factory.mktemp("drain"), model_path, {MODEL: str(model_path)})
    try:
        stack.start_redis()
        stack.configure(SLUICE_DRAIN_GRACE_SECONDS=str(GRACE_SECONDS))
        stack.start("web", ["web"])
        stack.start_safety_worker()
        # No task waits in its engine's queue: the two beyond its slots stay in Redis for the next worker.
        stack.start_gpu_worker("first", SLUICE_MAX_NUM_SEQS="2", SLUICE_ENGINE_QUEUE_DEPTH="0")
        stack.wait_for_gateway()
        stack.wait_for_workers(1, MODEL, 300, "first")
        yield stack
    finally:
        stack.close()


def test_sigterm_finishes_running_streams_and_leaves_waiting_tasks_to_the_next_worker(drain_stack):
    stack = drain_stack
    pool = ThreadPoolExecutor(4)
    short = StreamReader(stack.chat("Count from one to fifty.", max_tokens=SHORT))
    endless = StreamReader(stack.chat("Write a very long story about a lighthouse.", max_tokens=ENDLESS))
    running = [pool.submit(short.read), pool.submit(endless.read)]
    wait_until(lambda: short.texts and endless.texts, 120, what="both streams to start on the first worker")

    # The worker's two slots are busy: these two wait in the model's queue.
    waiting = [StreamReader(stack.chat("Say hello", max_tokens=WAITING)) for _ in range(2)]
    waiting_futures = [pool.submit(reader.read) for reader in waiting]
    wait_until(lambda: stack.redis.llen(f"gpu.{MODEL}") == 2, 30, what="two tasks waiting in the queue")

    stack.signal("first")
    signalled = time.monotonic()
    # It leaves the live workers at once, so the gateway no longer counts on it.
    wait_until(lambda: stack.live_workers() == 0, 5, what="the draining worker to leave the live workers")
    wait_until(lambda: requests.get(f"{stack.base_url}/readyz", timeout=5).status_code == 503, 5,
               what="the gateway to see no live worker")
    assert stack.chat(stream=False).status_code == 503

    running[0].result(timeout=60)
    assert short.done and short.finish_reason == "length"
    assert short.usage["completion_tokens"] == SHORT

    running[1].result(timeout=GRACE_SECONDS + 30)
    # Past the grace period the stream still ends properly, with what was generated, and no client hangs.
    assert endless.done and endless.finish_reason == "cancelled"
    assert 0 < endless.usage["completion_tokens"] < ENDLESS
    assert time.monotonic() - signalled < GRACE_SECONDS + 20

    assert stack.processes["first"].wait(timeout=30) == 0
    assert stack.redis.llen(f"gpu.{MODEL}") == 2  # untouched by the drained worker

    # A rolling restart's replacement (started only now: two model loads at once would starve this CPU).
    stack.start_gpu_worker("second")

    for future, reader in zip(waiting_futures, waiting, strict=True):
        future.result(timeout=300)
        assert reader.done and reader.finish_reason in {"stop", "length"} and reader.texts

    # The waiting tasks ran on the second worker, once each; the first worker's tasks were not redelivered.
    second = stack.worker_metrics("second")
    assert sample(second, "sluice_requests_total", model=MODEL, outcome="completed") == 2
    assert stack.redis.llen(f"gpu.{MODEL}") == 0
    ledger = create_engine(stack.database_url)

    def all_four_rows():
        with ledger.connect() as connection:
            found = connection.execute(text("SELECT outcome, completion_tokens FROM usage_ledger")).all()
        return found if len(found) >= 4 else None

    # A worker writes the usage row just after the stream's last event, so the client can be a moment ahead.
    rows = wait_until(all_four_rows, 30, what="four ledger rows")
    assert sorted(outcome for outcome, _ in rows) == ["cancelled", "completed", "completed", "completed"]
    assert sum(tokens for _, tokens in rows) == (
        SHORT + endless.usage["completion_tokens"] + sum(r.usage["completion_tokens"] for r in waiting))
    pool.shutdown()
