"""Relays a request's events from Redis to a client: replay from the log, then follow live.

Live delivery: one ``LiveHub`` per gateway process holds one Redis pub/sub connection for every stream
the process relays. Its reader parses messages (hiredis) and appends each to the queue of every
``Subscription`` of its channel; it never waits on a reader, so a slow client cannot slow the others
(a queue that overflows is dropped and its reader catches up from the replay log instead).

Completeness: a reader subscribes to the live channel, waits until Redis confirms the subscription, and
only then reads the replay log, so every event is in one or the other. Sequence numbers drop the
duplicates and reveal any gap, which is filled from the log; a gap the log cannot fill (Redis lost the
events) ends the stream with an ``error`` event rather than a silent hole. When the hub's connection
drops it reconnects, subscribes again and tells every reader to re-read the log, so a Redis restart
ends in a resumed stream or a clean error, never a hang.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterator

import redis

from sluice import metrics
from sluice.streams import events
from sluice.streams.direct_writer import DirectWriter
from sluice.streams.events import StreamEvent
from sluice.streams.hub import HEARTBEAT, Heartbeat, LiveHub

log = logging.getLogger(__name__)


class StreamRelay:
    """Relays requests' streams to this gateway process's clients: the replay log through ``client``, live
    events through the process's one ``LiveHub``."""

    def __init__(self, client: redis.Redis) -> None:
        self.redis = client
        self.hub = LiveHub(client)

    def events(
        self,
        request_id: str,
        after_seq: int = 0,
        *,
        heartbeat_interval: float = 15.0,
        silence_timeout: float = 30.0,
        queue_timeout: float = 600.0,
        no_worker_timeout: float = 120.0,
        model: str | None = None,
        writer: DirectWriter | None = None,
    ) -> Iterator[StreamEvent | Heartbeat]:
        """Every event after ``after_seq`` exactly once and in order, ending with the terminal event.

        Yields HEARTBEAT when idle. Never hangs: once the stream has started, ``silence_timeout`` seconds
        without an event end it with a synthetic ``error`` event (the worker died, Redis lost the
        request). Before its first event a request may wait in a queue: it gets ``queue_timeout``, but once
        no live worker has served ``model`` for ``no_worker_timeout`` seconds in a row it ends at once with
        an error (a rolling restart's replacement that comes up within that time serves it).
        Events that Redis lost (a gap that the log cannot fill) also end it with an ``error`` event.

        With a ``writer`` (``sluice.streams.direct_writer``), the live tokens that arrive while this generator waits
        are written to the client by the hub and never yielded; the caller must then write everything it
        is yielded through that same response. Raises the connection's OSError once the client is gone.
        """
        sub = self.hub.subscribe(events.channel_name(request_id), writer=writer)
        last_seq = after_seq
        seen_breaks = 0
        read_log = True  # the log first: it holds everything published before the subscription
        now = time.monotonic()
        last_activity = last_beat = now
        retry_log_at = 0.0
        worker_checked_at = now
        # How often a queued request looks for a live worker of its model, and since when it has seen none.
        worker_check_interval = max(0.05, min(5.0, no_worker_timeout / 4))
        no_worker_since: float | None = None
        try:
            while True:
                if sub.breaks != seen_breaks:
                    seen_breaks = sub.breaks
                    read_log = True
                if read_log and time.monotonic() >= retry_log_at:
                    try:
                        logged = self._replay(request_id, last_seq)
                    except redis.RedisError:  # Redis is away: the silence timeout still bounds the wait
                        retry_log_at = time.monotonic() + 0.5
                        logged = []
                    else:
                        read_log = False
                    if logged and logged[0].seq != last_seq + 1:
                        yield self._lost(request_id, last_seq, logged[0].seq)
                        return
                    for event in logged:
                        yield event
                        last_seq = event.seq
                        if event.is_terminal:
                            return
                    if logged:
                        last_activity = last_beat = time.monotonic()

                now = time.monotonic()
                started = last_seq > 0
                silence_limit = silence_timeout if started else queue_timeout
                if now - last_activity > silence_limit:
                    yield self._silent(request_id, last_seq, now - last_activity)
                    return
                check_worker = not started and bool(model)
                if check_worker and now - worker_checked_at >= worker_check_interval:
                    worker_checked_at = now
                    if self._model_served(model):
                        no_worker_since = None
                    elif no_worker_since is None:
                        no_worker_since = now
                    if no_worker_since is not None and now - no_worker_since >= no_worker_timeout:
                        yield StreamEvent(request_id, last_seq + 1, events.ERROR, {
                            "message": f"no worker has served the model '{model}' for {no_worker_timeout:.0f}s",
                            "finish_reason": "error",
                        })
                        return
                if now - last_beat >= heartbeat_interval:
                    last_beat = now
                    yield HEARTBEAT
                    continue
                due = [last_beat + heartbeat_interval, last_activity + silence_limit]
                if check_worker:
                    due.append(worker_checked_at + worker_check_interval)
                if read_log:
                    due.append(retry_log_at)
                wait = max(0.0, min(due) - now) + 0.001
                if writer is None:
                    taken = sub.take(wait)
                else:
                    writer.arm(last_seq)
                    taken = sub.take(wait)
                    writer.disarm()
                    if writer.last_seq > last_seq:  # the hub wrote these tokens meanwhile
                        last_seq = writer.last_seq
                        last_activity = last_beat = writer.written_at
                for raw in taken:
                    event = StreamEvent.from_wire(raw, request_id)
                    if event.seq <= last_seq:
                        continue
                    if event.seq > last_seq + 1:  # missed on the channel: the log has it (read above)
                        read_log = True
                        break
                    yield event
                    last_seq = event.seq
                    last_activity = last_beat = time.monotonic()
                    if event.is_terminal:
                        return
        finally:
            self.hub.unsubscribe(sub)
            if writer is not None and writer.tokens:
                metrics.RELAY_DIRECT_TOKENS.inc(writer.tokens)

    def _replay(self, request_id: str, after_seq: int) -> list[StreamEvent]:
        entries = self.redis.xrange(events.replay_log_key(request_id), min=f"{after_seq + 1}-0")
        return [StreamEvent.from_wire(fields[b"e"], request_id) for _, fields in entries]

    def _model_served(self, model: str) -> bool:
        try:
            return bool(self.redis.zcount(events.worker_registry_key(model), time.time(), "+inf"))
        except redis.RedisError:
            return True  # unknown: the silence and queue timeouts still bound the wait

    @staticmethod
    def _silent(request_id: str, last_seq: int, silent_for: float) -> StreamEvent:
        return StreamEvent(request_id, last_seq + 1, events.ERROR, {
            "message": f"no events for {silent_for:.0f}s: the worker stopped or the request was lost",
            "finish_reason": "error",
        })

    @staticmethod
    def _lost(request_id: str, last_seq: int, next_seq: int) -> StreamEvent:
        log.warning("stream %s lost events %d-%d (Redis restarted or the log was trimmed)", request_id,
                    last_seq + 1, next_seq - 1)
        return StreamEvent(request_id, last_seq + 1, events.ERROR, {
            "message": "the stream lost events (its store restarted); please retry the request",
            "finish_reason": "error",
        })
