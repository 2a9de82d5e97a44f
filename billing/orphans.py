"""Requests whose generation worker died: found by the worker's lapsed heartbeat, closed with the tokens
that had streamed, billed once.

A generation worker records each request it starts in one Redis hash (``InFlightRequests.begin``: the
request's owner, model and prompt size, and which worker runs it) and removes it once the request's usage
is kept and its terminal event is out. Every worker's heartbeat is a score in one sorted set: the time it
lapses. The sweep (``close_orphaned_requests``, a beat task) looks for lapsed heartbeats and closes each
of their requests:

* the completion tokens billed are those the stream's replay log shows reached the stream (each token
  event carries the stream's running count of them); a request whose worker had published its terminal
  event already is billed from that event's usage instead;
* a terminal ``error`` event with that usage goes into the replay log, which ends the stream for its
  readers and lets the gateway settle the customer's concurrency slot and tokens (api/limits.py);
* the request's cancel flag is set, so a worker that was only slow, not dead, aborts it.

Every step may run twice (two sweeps at once, a sweep that died half-way): the ledger writes each request
once, and a request whose log ends with a terminal event is only billed from it. A database that cannot
be written leaves the request in the hash for the next sweep.

A task that the broker redelivers (its worker died without acknowledging it) must not generate a second
answer behind the first one's partial stream: ``moot_redelivery`` says when it must not.
"""

from __future__ import annotations

import json
import logging
import time
from dataclasses import asdict, dataclass
from datetime import UTC, datetime

import redis
from sqlalchemy.exc import SQLAlchemyError

from billing.ledger import Usage, UsageLedger
from billing.models import CANCELLED, COMPLETED, CONTENT_FILTER, ERROR
from sluice.streams import events
from sluice.streams.events import StreamEvent
from sluice.streams.publisher import StreamPublisher

log = logging.getLogger(__name__)

INFLIGHT_KEY = "sluice:inflight"  # hash: request id -> InFlight as JSON
HEARTBEATS_KEY = "sluice:generation-heartbeats"  # sorted set: worker id -> the time its heartbeat lapses

_OUTCOMES = {events.DONE: COMPLETED, events.CANCELLED: CANCELLED, events.CONTENT_FILTER: CONTENT_FILTER,
             events.ERROR: ERROR}

# Deletes an in-flight record only if it is still the one the sweep read: a redelivered task that started
# the request on another worker meanwhile has replaced it.
_FORGET_IF_UNCHANGED = """
if redis.call('HGET', KEYS[1], ARGV[1]) == ARGV[2] then
  return redis.call('HDEL', KEYS[1], ARGV[1])
end
return 0
"""


@dataclass(frozen=True)
class InFlight:
    """What closing a request needs if its worker dies."""

    request_id: str
    worker_id: str
    customer_id: int
    api_key_id: int
    model: str
    prompt_tokens: int
    created: int  # unix seconds, as the job's ``created``

    def to_json(self) -> str:
        return json.dumps(asdict(self), separators=(",", ":"), sort_keys=True)

    @classmethod
    def from_json(cls, raw: bytes | str) -> InFlight:
        return cls(**json.loads(raw))


class InFlightRequests:
    """One generation worker's record of the requests it runs, and its heartbeat."""

    def __init__(self, client: redis.Redis, worker_id: str, lapse_seconds: float) -> None:
        self.redis = client
        self.worker_id = worker_id
        self.lapse_seconds = lapse_seconds

    def heartbeat(self) -> None:
        """Push this worker's lapse time ``lapse_seconds`` ahead. Raises redis.RedisError."""
        self.redis.zadd(HEARTBEATS_KEY, {self.worker_id: time.time() + self.lapse_seconds})

    def begin(self, request_id: str, *, customer_id: int, api_key_id: int, model: str, prompt_tokens: int,
              created: int) -> None:
        """Record that this worker runs ``request_id`` (and beat, so the record never sits under a lapsed
        heartbeat). Raises redis.RedisError."""
        record = InFlight(request_id, self.worker_id, customer_id, api_key_id, model, prompt_tokens, created)
        pipe = self.redis.pipeline(transaction=False)
        pipe.zadd(HEARTBEATS_KEY, {self.worker_id: time.time() + self.lapse_seconds})
        pipe.hset(INFLIGHT_KEY, request_id, record.to_json())
        pipe.execute()

    def end(self, request_id: str) -> None:
        """``request_id`` ended here: its usage is kept and its terminal event published."""
        self.redis.hdel(INFLIGHT_KEY, request_id)

    def withdraw(self) -> None:
        """This worker stops: its heartbeat lapses now, so requests it still holds are the next sweep's to
        close (a worker that holds none is then forgotten)."""
        self.redis.zadd(HEARTBEATS_KEY, {self.worker_id: 0})


@dataclass(frozen=True)
class Closed:
    """How the sweep closed one request."""

    request_id: str
    prompt_tokens: int
    completion_tokens: int
    outcome: str
    billed: bool  # False: the ledger held the request already


def close_orphaned_requests(client: redis.Redis, ledger: UsageLedger, *, replay_ttl_seconds: int,
                            replay_max_events: int, now: float | None = None) -> list[Closed]:
    """Close every request of a generation worker whose heartbeat lapsed (see the module doc); returns
    what it closed. Raises redis.RedisError when Redis does not answer."""
    now = time.time() if now is None else now
    lapsed = {worker.decode() for worker in client.zrangebyscore(HEARTBEATS_KEY, "-inf", now)}
    if not lapsed:
        return []
    held = client.hgetall(INFLIGHT_KEY)
    orphans = [(raw, InFlight.from_json(raw)) for raw in held.values()]
    orphans = [(raw, record) for raw, record in orphans if record.worker_id in lapsed]
    forget = client.register_script(_FORGET_IF_UNCHANGED)
    closed: list[Closed] = []
    publisher: StreamPublisher | None = None
    try:
        for raw, record in orphans:
            if publisher is None:
                publisher = StreamPublisher(client, replay_ttl_seconds=replay_ttl_seconds,
                                            replay_max_events=replay_max_events)
            try:
                closed.append(_close(client, ledger, publisher, record, replay_ttl_seconds))
            except SQLAlchemyError as exc:  # kept in the hash: the next sweep bills it
                log.warning("could not bill orphaned request %s yet (%s)", record.request_id, exc)
                continue
            forget(keys=[INFLIGHT_KEY], args=[record.request_id, raw])
    finally:
        if publisher is not None:
            publisher.close()
    still_held = {InFlight.from_json(raw).worker_id for raw in client.hvals(INFLIGHT_KEY)}
    gone = lapsed - still_held
    if gone:
        client.zrem(HEARTBEATS_KEY, *gone)
    return closed


def _close(client: redis.Redis, ledger: UsageLedger, publisher: StreamPublisher, record: InFlight,
           replay_ttl_seconds: int) -> Closed:
    rid = record.request_id
    last = client.xrevrange(events.replay_log_key(rid), count=1)
    event = StreamEvent.from_json(last[0][1][b"e"]) if last else None
    if event is not None and event.is_terminal and not event.made_by_gateway:
        usage = event.data.get("usage") or {}  # the worker's own end, or an earlier sweep's
        prompt = int(usage.get("prompt_tokens", record.prompt_tokens))
        completion = int(usage.get("completion_tokens", 0))
        outcome = _OUTCOMES.get(event.type, ERROR)
    else:
        prompt, outcome = record.prompt_tokens, ERROR
        completion = int(event.data.get("tokens", 0)) if event is not None and event.type == events.TOKEN else 0
        seq = event.seq + 1 if event is not None else 1
        publisher.publish_and_wait(StreamEvent(rid, seq, events.ERROR, {
            "finish_reason": "error", "message": "the generation worker stopped",
            "usage": {"prompt_tokens": prompt, "completion_tokens": completion,
                      "total_tokens": prompt + completion}}))
        log.warning("closed request %s of stopped worker %s: %d prompt and %d streamed tokens", rid,
                    record.worker_id, prompt, completion)
    pipe = client.pipeline(transaction=False)
    pipe.set(events.cancel_flag_key(rid), 1, ex=replay_ttl_seconds)
    pipe.publish(events.CANCEL_CHANNEL, rid)
    pipe.execute()
    created = datetime.fromtimestamp(record.created, UTC)
    if outcome == ERROR:
        billed = ledger.close_orphaned(rid, customer_id=record.customer_id, api_key_id=record.api_key_id,
                                       model=record.model, prompt_tokens=prompt, streamed_tokens=completion,
                                       created_at=created)
    else:
        billed = ledger.record(Usage(rid, record.customer_id, record.api_key_id, record.model, prompt, completion,
                                     outcome, created))
    return Closed(rid, prompt, completion, outcome, billed)


def moot_redelivery(client: redis.Redis, ledger: UsageLedger, request_id: str) -> str | None:
    """Why a redelivered generation task for ``request_id`` must not generate, or None if it may: it may
    only when its stream never started and its client still waits. A stream that started was closed (or
    will be) by the sweep, billed for what it streamed; a second answer would follow the first one's
    partial stream. Raises redis.RedisError."""
    pipe = client.pipeline(transaction=False)
    pipe.exists(events.replay_log_key(request_id))
    pipe.exists(events.request_meta_key(request_id))
    started, waited_for = pipe.execute()
    if started:
        return "its stream had started"
    if not waited_for:
        return "its client is gone"
    try:
        if ledger.get(request_id) is not None:
            return "it was closed already"
    except SQLAlchemyError:
        log.warning("could not ask the ledger about redelivered request %s", request_id)
    return None
