"""Usage survives crashes, end to end: a generation worker killed with SIGKILL mid-stream is found by its
lapsed heartbeat and its request closed and billed, once, for the tokens that had reached the client, its
concurrency slot freed, and its task, redelivered by the broker, generates nothing; a database that cannot
be written holds up no stream and loses no usage."""

from __future__ import annotations

import os
import signal
import sqlite3
import time
from concurrent.futures import ThreadPoolExecutor

import pytest
import requests
from transformers import AutoTokenizer

from billing.ledger import UsageLedger
from sluice.streams.events import StreamEvent, replay_log_key
from tests.conftest import wait_until
from tests.ops_stack import MODEL, OpsStack, StreamReader
from tests.sse import read_events

pytestmark = pytest.mark.e2e

STREAMED_BEFORE_KILL = 30


@pytest.fixture(scope="module")
def crash_stack(tmp_path_factory, model_path):
    """Redis, a gateway, a safety worker, one generation worker and the beat; each customer may hold one
    stream at a time; the beat sweeps for dead workers' requests and drains the usage journal every second."""
    stack = OpsStack(tmp_path_factory.mktemp("crash"), model_path, {MODEL: str(model_path)})
    try:
        stack.start_serving(SLUICE_ORPHAN_SWEEP_SECONDS="1", SLUICE_USAGE_DRAIN_SECONDS="1",
                            SLUICE_USAGE_WRITE_WAIT_SECONDS="0.5", SLUICE_LIMIT_CONCURRENT_STREAMS="1")
        stack.start("beat", ["beat"])
        yield stack
    finally:
        stack.close()


def usage_total(stack: OpsStack) -> tuple[int, int]:
    body = requests.get(f"{stack.base_url}/v1/usage", headers=stack.headers(), timeout=10).json()
    return body["total"]["prompt_tokens"], body["total"]["completion_tokens"]


def test_a_worker_killed_mid_stream_bills_once_what_reached_the_client_and_frees_the_slot(crash_stack, model_path):
    stack = crash_stack
    ledger = UsageLedger(stack.database_url)
    response = stack.chat("Write a very long story about a lighthouse keeper.", max_tokens=1500)
    assert response.status_code == 200
    received: list[str] = []
    ending: list[dict] = []
    request_ids: set[str] = set()

    def read() -> None:
        for event in read_events(response):
            if event.data == "[DONE]":
                return
            chunk = event.json()
            if "error" in chunk:
                ending.append(chunk)
                continue
            request_ids.add(chunk["id"])
            for choice in chunk["choices"]:
                received.append(choice["delta"].get("content") or "")

    reading = ThreadPoolExecutor(1).submit(read)
    wait_until(lambda: sum(1 for text in received if text) >= STREAMED_BEFORE_KILL, 120,
               what="the stream to be under way")
    os.killpg(stack.processes["gpu"].pid, signal.SIGKILL)
    killed = time.monotonic()

    # The client's stream ends with an error once the worker's heartbeat lapsed, not after a silence timeout.
    reading.result(timeout=20)
    assert ending and "the generation worker stopped" in ending[0]["error"]["message"]
    (request_id,) = request_ids
    wait_until(lambda: ledger.get(request_id), 60, what="the killed worker's request in the ledger")
    assert time.monotonic() - killed < 60

    row = ledger.get(request_id)
    streamed = [StreamEvent.from_json(fields[b"e"]) for _, fields in stack.redis.xrange(replay_log_key(request_id))]
    tokens = [event for event in streamed if event.type == "token"]
    text = "".join(received)
    assert "".join(event.data["text"] for event in tokens) == text  # the client got every token event
    tokenizer = AutoTokenizer.from_pretrained(model_path)
    assert row.outcome == "error"
    assert row.completion_tokens == tokens[-1].data["tokens"] == len(tokenizer.encode(text, add_special_tokens=False))
    assert row.completion_tokens >= STREAMED_BEFORE_KILL
    assert usage_total(stack) == (row.prompt_tokens, row.completion_tokens)

    # The broker hands the killed worker's task to the next worker (here after a one-second visibility
    # timeout, not an hour); the request was closed, so it generates nothing and is not billed again.
    assert stack.redis.hlen("unacked") == 1
    stack.start_gpu_worker("second", SLUICE_BROKER_VISIBILITY_TIMEOUT_SECONDS="1")
    stack.wait_for_workers(1, MODEL, 300, "second")
    wait_until(lambda: stack.redis.hlen("unacked") == 0 and "not generated again" in stack.log("second"), 60,
               what="the redelivered task to be taken")
    assert stack.redis.xlen(replay_log_key(request_id)) == len(streamed)
    again = ledger.get(request_id)
    assert (again.outcome, again.prompt_tokens, again.completion_tokens) == (
        row.outcome, row.prompt_tokens, row.completion_tokens)

    # The customer may hold one stream: the killed one's slot is free again.
    follow_up = StreamReader(stack.chat("Say hello", max_tokens=4)).read()
    assert follow_up.done and follow_up.finish_reason in {"stop", "length"}


def test_a_stream_ends_on_time_while_the_database_is_locked_and_its_usage_is_billed_once_it_is_back(crash_stack):
    stack = crash_stack
    ledger = UsageLedger(stack.database_url)
    wait_until(lambda: stack.live_workers() >= 1, 300, what="a live generation worker")
    holder = sqlite3.connect(stack.database_url.removeprefix("sqlite:///"), isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")  # every write waits up to SQLite's 30-second busy timeout
    try:
        started = time.monotonic()
        response = stack.chat("Say hello", max_tokens=8)
        chunks = [event.json() for event in read_events(response) if event.data != "[DONE]"]
        elapsed = time.monotonic() - started
        request_id = chunks[0]["id"]
        told = chunks[-1]["usage"]
        assert elapsed < 15
        assert ledger.get(request_id) is None  # not written yet: it waits in the usage journal
    finally:
        holder.execute("ROLLBACK")
        holder.close()

    wait_until(lambda: ledger.get(request_id), 30, what="the usage to reach the ledger")
    row = ledger.get(request_id)
    assert (row.prompt_tokens, row.completion_tokens, row.outcome) == (
        told["prompt_tokens"], told["completion_tokens"], "completed")
    wait_until(lambda: stack.redis.xlen("sluice:usage-journal") == 0, 30, what="the usage journal to drain")
