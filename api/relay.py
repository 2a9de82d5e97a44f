"""Relays a request's events from Redis to a client: replay from the log, then follow live.

Live delivery: one ``LiveHub`` per gateway process (``sluice.streams.hub``) holds one Redis pub/sub
connection for every stream the process relays and feeds each reader's ``Subscription``.

Completeness: a reader subscribes to the live channel, waits until Redis confirms the subscription, and
only then reads the replay log, so every event is in one or the other. This module is the loop that does
that I/O; a ``StreamCursor`` (``sluice.streams.cursor``) decides what each read means: it drops
duplicates by sequence number, sends a gap back to the log, ends the stream with an ``error`` event when
the log cannot fill a gap (Redis lost the events) or when the stream waits too long, and says when a
heartbeat is due. When the hub's connection drops it reconnects and tells every reader to re-read the
log, so a Redis restart ends in a resumed stream or a clean error, never a hang.

Bounds: a stream has at most ``max_readers`` readers in one process (``claim_reader``; one more is refused
with a 429), and a client whose socket takes no bytes for ``write_timeout`` seconds is dropped
(``sluice.streams.write_watch``), which frees its subscription and its reader slot.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Iterator

import redis

from api.errors import RateLimitExceeded
from sluice import metrics
from sluice.streams import events
from sluice.streams.cursor import StreamCursor
from sluice.streams.direct_writer import DirectWriter
from sluice.streams.events import StreamEvent
from sluice.streams.hub import HEARTBEAT, Heartbeat, LiveHub
from sluice.streams.write_watch import ClientWrites, WriteWatch

log = logging.getLogger(__name__)


class StreamRelay:
    """Relays requests' streams to this gateway process's clients: the replay log through ``client``, live
    events through the process's one ``LiveHub``."""

    def __init__(self, client: redis.Redis, cancel: Callable[[str], None], *, max_readers: int = 8,
                 write_timeout: float = 30.0) -> None:
        self.redis = client
        self.hub = LiveHub(client)
        # Cancels a request's generation: a stream the relay ends itself must not keep generating (and be
        # billed in full) for a client that got an error.
        self._cancel = cancel
        self.max_readers = max_readers
        self._readers: dict[str, int] = {}
        self._readers_lock = threading.Lock()
        self.writes = WriteWatch(write_timeout)

    def claim_reader(self, request_id: str) -> Callable[[], None]:
        """A reader slot of the stream in this process; returns the function that gives it back (once,
        however often it is called). Raises RateLimitExceeded (429) when the stream has ``max_readers``."""
        with self._readers_lock:
            readers = self._readers.get(request_id, 0)
            if readers >= self.max_readers:
                raise RateLimitExceeded(
                    f"This stream already has {readers} readers, the most one gateway serves; close one of "
                    "them or try again when one has finished.", limit_type="stream_readers",
                    headers={"Retry-After": "1"})
            self._readers[request_id] = readers + 1
        released = threading.Event()

        def release() -> None:
            with self._readers_lock:
                if released.is_set():
                    return
                released.set()
                left = self._readers.get(request_id, 1) - 1
                if left > 0:
                    self._readers[request_id] = left
                else:
                    self._readers.pop(request_id, None)

        return release

    def reader_count(self, request_id: str) -> int:
        """How many readers of the stream this process serves now."""
        return self._readers.get(request_id, 0)

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
        writes: ClientWrites | None = None,
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
        is yielded through that same response; its writes of what the hub left pending are timed through
        ``writes`` (the write watch drops a client that takes none of them). Raises the connection's OSError
        once the client is gone.
        """
        sub = self.hub.subscribe(events.channel_name(request_id), writer=writer)
        cursor = StreamCursor(request_id, after_seq, time.monotonic(), heartbeat_interval=heartbeat_interval,
                              silence_timeout=silence_timeout, queue_timeout=queue_timeout,
                              no_worker_timeout=no_worker_timeout, model=model)
        try:
            while True:
                if cursor.log_read_due(sub.breaks, time.monotonic()):
                    try:
                        logged = self._replay(request_id, cursor.last_seq)
                    except redis.RedisError:  # Redis is away: the silence timeout still bounds the wait
                        cursor.log_unavailable(time.monotonic())
                    else:
                        for event in cursor.replay(logged):
                            if event.made_by_gateway:
                                self._end_generation(request_id)
                            yield event
                            cursor.delivered(event, time.monotonic())
                            if event.is_terminal:
                                return

                now = time.monotonic()
                timed_out = cursor.timeout_error(now, self._model_served)
                if timed_out is not None:
                    self._end_generation(request_id)
                    yield timed_out
                    return
                if cursor.heartbeat_due(now):
                    yield HEARTBEAT
                    continue
                wait = cursor.time_to_next_deadline(now)
                if writer is None:
                    taken = sub.take(wait)
                else:
                    writer.arm(cursor.last_seq)
                    taken = sub.take(wait)
                    if writes is not None:
                        writes.begin()
                    writer.disarm()
                    if writes is not None:
                        writes.end()
                    cursor.adopt_direct_writes(writer.last_seq, writer.written_at)
                for event in cursor.take_live(taken):
                    yield event
                    cursor.delivered(event, time.monotonic())
                    if event.is_terminal:
                        return
        finally:
            self.hub.unsubscribe(sub)
            if writer is not None and writer.tokens:
                metrics.RELAY_DIRECT_TOKENS.inc(writer.tokens)

    def _end_generation(self, request_id: str) -> None:
        try:
            self._cancel(request_id)
        except redis.RedisError:  # Redis is away: the generation ends at its max_tokens, billed for that
            log.warning("could not cancel %s, whose stream the gateway ended", request_id)

    def _replay(self, request_id: str, after_seq: int) -> list[StreamEvent]:
        entries = self.redis.xrange(events.replay_log_key(request_id), min=f"{after_seq + 1}-0")
        return [StreamEvent.from_wire(fields[b"e"], request_id) for _, fields in entries]

    def _model_served(self, model: str) -> bool:
        try:
            return bool(self.redis.zcount(events.worker_registry_key(model), time.time(), "+inf"))
        except redis.RedisError:
            return True  # unknown: the silence and queue timeouts still bound the wait
