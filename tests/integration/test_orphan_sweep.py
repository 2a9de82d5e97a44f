"""The orphan sweep against real Redis and databases: which requests it closes, what it bills, and what it
does when the database cannot be written. (A worker killed mid-stream on the real stack:
tests/e2e/test_usage_survives_crashes.py.)"""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
import redis

from billing.ledger import Usage, UsageLedger
from billing.orphans import InFlightRequests, close_orphaned_requests
from sluice.streams import events
from sluice.streams.events import StreamEvent
from sluice.streams.publisher import StreamPublisher
from tests.integration.test_usage_journal import database_unavailable

CREATED = int(time.time()) - 60


@pytest.fixture
def client(redis_url) -> Iterator[redis.Redis]:
    """A Redis database of its own: the sweep reads every worker's records."""
    client = redis.Redis.from_url(redis_url.rsplit("/", 1)[0] + "/9")
    client.flushdb()
    yield client
    client.flushdb()


@pytest.fixture
def publisher(client) -> Iterator[StreamPublisher]:
    publisher = StreamPublisher(client, replay_ttl_seconds=60, replay_max_events=100)
    yield publisher
    publisher.close()


def start(worker: InFlightRequests, publisher: StreamPublisher, request_id: str, streamed: list[tuple[str, int]],
          end: str | None = None) -> None:
    """``worker`` runs ``request_id`` (prompt of 50 tokens) and streams ``streamed`` (text, running token
    count) as the stream loop publishes it, then ``end``'s terminal event if given."""
    worker.begin(request_id, customer_id=1, api_key_id=1, model="m", prompt_tokens=50, created=CREATED)
    for seq, (text, tokens) in enumerate(streamed, 1):
        publisher.publish_and_wait(StreamEvent(request_id, seq, events.TOKEN, {"text": text, "tokens": tokens}))
    if end is not None:
        usage = {"prompt_tokens": 50, "completion_tokens": streamed[-1][1], "total_tokens": 50 + streamed[-1][1]}
        publisher.publish_and_wait(StreamEvent(request_id, len(streamed) + 1, end, {"usage": usage}))


def sweep(client: redis.Redis, ledger: UsageLedger, seconds_later: float = 5):
    return close_orphaned_requests(client, ledger, replay_ttl_seconds=60, replay_max_events=100,
                                   now=time.time() + seconds_later)


def test_a_dead_workers_requests_are_closed_with_what_streamed_and_a_live_workers_are_not(client, publisher,
                                                                                           database_url):
    ledger = UsageLedger(database_url)
    dead = InFlightRequests(client, "dead", lapse_seconds=1)
    live = InFlightRequests(client, "live", lapse_seconds=3600)
    start(dead, publisher, "r-streaming", [("Once", 1), (" upon a", 3), (" time", 4)])
    start(dead, publisher, "r-queued", [])
    start(live, publisher, "r-live", [("Hi", 1)])

    closed = sweep(client, ledger)

    assert {(c.request_id, c.prompt_tokens, c.completion_tokens, c.outcome) for c in closed} == {
        ("r-streaming", 50, 4, "error"), ("r-queued", 50, 0, "error")}
    row = ledger.get("r-streaming")
    assert (row.prompt_tokens, row.completion_tokens, row.outcome) == (50, 4, "error")
    assert ledger.get("r-live") is None
    # Its readers get a terminal event with the usage (the gateway settles the slot from it); a worker
    # that was only slow is told to stop.
    last = StreamEvent.from_json(client.xrevrange(events.replay_log_key("r-streaming"), count=1)[0][1][b"e"])
    assert (last.seq, last.type, last.data["usage"]["completion_tokens"]) == (4, events.ERROR, 4)
    assert client.exists(events.cancel_flag_key("r-streaming"))
    # Closed once: the next sweep finds nothing, and the worker's late report is not billed.
    assert sweep(client, ledger) == []
    assert ledger.record(Usage("r-streaming", 1, 1, "m", 50, 256, "completed",
                               datetime.fromtimestamp(CREATED, UTC))) is False
    assert ledger.totals(1) == (100, 4)


def test_a_worker_that_died_after_ending_its_stream_is_billed_from_its_terminal_event(client, publisher,
                                                                                      database_url):
    ledger = UsageLedger(database_url)
    dead = InFlightRequests(client, "dead", lapse_seconds=1)
    start(dead, publisher, "r-done", [("Hello", 1), (" there", 2)], end=events.DONE)

    (closed,) = sweep(client, ledger)

    assert (closed.completion_tokens, closed.outcome) == (2, "completed")
    assert client.xlen(events.replay_log_key("r-done")) == 3  # nothing published after its own end


def test_a_sweep_that_cannot_write_the_ledger_leaves_the_request_to_the_next_one(client, publisher,
                                                                                 database_url):
    if database_url.startswith("sqlite"):
        pytest.skip("a locked SQLite makes the sweep wait its 30-second busy timeout; PostgreSQL refuses at once")
    ledger = UsageLedger(database_url)
    assert ledger.totals() == (0, 0)  # the schema exists before the outage
    dead = InFlightRequests(client, "dead", lapse_seconds=1)
    start(dead, publisher, "r-streaming", [("Once", 1), (" upon", 2)])

    with database_unavailable(database_url):
        assert sweep(client, ledger) == []
    # The client already got its terminal event; the bill follows once the database is back.
    assert client.xlen(events.replay_log_key("r-streaming")) == 3
    (closed,) = sweep(client, ledger)

    assert (closed.completion_tokens, closed.billed) == (2, True)
    assert client.xlen(events.replay_log_key("r-streaming")) == 3
    assert ledger.totals(1) == (50, 2)
