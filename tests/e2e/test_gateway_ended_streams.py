"""Streams a gateway ends itself (a request waiting too long, a silent stream, lost events) end their
generation too and bill what was generated; a Last-Event-ID past a stream's end cannot make a gateway
drop a live stream's events and free its slot."""

from __future__ import annotations

import json

import pytest
import requests

from billing.models import UsageRecord
from sluice.db import session_scope
from sluice.streams import events
from sluice.streams.events import StreamEvent
from tests.conftest import wait_until
from tests.tenant_stack import _gateway

pytestmark = pytest.mark.e2e

LONG = {"model": "SmolLM2-135M-Instruct", "prompt": "Count from 1 to 500, separated by commas.", "max_tokens": 200,
        "temperature": 0}


@pytest.fixture(scope="module")
def impatient_gateway(stack, tmp_path_factory):
    """A gateway of the stack that gives a request a millisecond to start streaming."""
    logs = tmp_path_factory.mktemp("impatient-logs")
    url, process = _gateway("impatient", stack, logs, SLUICE_STREAM_QUEUE_TIMEOUT="0.001")
    try:
        wait_until(lambda: _ready(url), 120, interval=0.5, what="the impatient gateway")
        yield url
    finally:
        process.terminate()
        process.wait(timeout=15)


def _ready(url: str) -> bool:
    try:
        return requests.get(f"{url}/readyz", timeout=5).status_code == 200
    except requests.RequestException:
        return False


def sse_events(response: requests.Response) -> list[dict]:
    found, current = [], {}
    for line in response.iter_lines(decode_unicode=True):
        if not line:
            if current:
                found.append(current)
            current = {}
        elif line.startswith("event:"):
            current["event"] = line[6:].strip()
        elif line.startswith("data:"):
            current["data"] = json.loads(line[5:])
    return found


def ledger_row(stack, request_id: str) -> UsageRecord | None:
    with session_scope(stack.database_url) as session:
        return session.get(UsageRecord, request_id)


def test_a_stream_the_gateway_ends_cancels_its_generation_and_bills_what_it_generated(stack, impatient_gateway):
    created = requests.post(f"{impatient_gateway}/v1/prompts", json=LONG, headers=stack.headers(), timeout=30)
    assert created.status_code == 201, created.text
    request_id = created.json()["id"]
    with requests.get(f"{impatient_gateway}/v1/streams/{request_id}", headers=stack.headers(), stream=True,
                      timeout=60) as response:
        received = sse_events(response)
    assert [e["event"] for e in received] == ["error"]  # the gateway gave up on it at once

    # The generation was cancelled, not run to its 200 tokens for nobody: the worker ends it and bills it
    # for what it generated, and its own terminal event is in the replay log.
    row = wait_until(lambda: ledger_row(stack, request_id), 60, what="the request's usage")
    assert row.outcome == "cancelled" and row.completion_tokens < LONG["max_tokens"]
    # The usage is recorded before the terminal event is published: wait for the event.
    def terminal() -> StreamEvent | None:
        logged = [StreamEvent.from_json(fields[b"e"]) for _, fields in
                  stack.redis.xrange(events.replay_log_key(request_id))]
        return logged[-1] if logged and logged[-1].is_terminal else None

    last = wait_until(terminal, 30, what="the worker's terminal event in the replay log")
    assert last.type == "cancelled" and not last.made_by_gateway


def test_a_last_event_id_past_the_streams_end_is_refused_and_the_stream_goes_on(stack):
    created = requests.post(f"{stack.base_url}/v1/prompts", json=LONG, headers=stack.headers(), timeout=30)
    request_id = created.json()["id"]
    forged = requests.get(f"{stack.base_url}/v1/streams/{request_id}", headers={**stack.headers(),
                          "Last-Event-ID": "999999999999"}, timeout=30)
    assert forged.status_code == 400 and forged.json()["error"]["param"] == "Last-Event-ID"
    with requests.get(f"{stack.base_url}/v1/streams/{request_id}", headers=stack.headers(), stream=True,
                      timeout=120) as response:
        received = sse_events(response)
    assert received[-1]["event"] == "done" and len(received) > 2  # the generation was untouched
