"""Sends stream events to Redis: a bounded, expiring replay log per request plus live pub/sub.

At most one round trip per ``tick_seconds`` carries everything waiting: a busy publisher lets the tokens
of all its streams gather for a tick and share a single script call, not one round trip per token per
stream. A stream's first event (its time to first token) and an event its caller waits for end the tick
at once. An idle one (nothing published or sent for a tick) sends an event from the caller's thread at
once: handing it to the flusher thread would add a thread switch to the first token's way. Everything
else goes through the flusher thread, so a
caller waits at most for its own single round trip, never behind a tick or a retry. Terminal events are
confirmed (the caller waits until Redis has them).

One Lua script does the work of a flush inside Redis (append to each request's replay log, publish on
its live channel, refresh the log's expiry): packing the script's arguments costs the worker's CPU a
fraction of what redis-py spends per event on a pipeline of XADD + PUBLISH. (Every replay log of a
flush is one of the script's keys, so on Redis Cluster a flush would have to be split by hash slot.)

Order survives Redis outages: a batch that cannot be sent is retried (newer events wait behind it) until
Redis answers or ``retry_seconds`` pass; only then is it dropped, and the relay turns the gap into an
``error`` event for its readers instead of a silent hole.
"""

from __future__ import annotations

import logging
import threading
import time
from collections import deque

import redis

from sluice.streams.events import StreamEvent, channel_name, replay_log_key

log = logging.getLogger(__name__)

# KEYS: the replay log of each event. ARGV: maximum log length, expiry in seconds, then per event: its
# stream entry id, live channel and wire form. An XADD of an id the log already has (a batch retried after
# Redis took part of it) fails alone, by pcall; its PUBLISH repeats, and readers drop the duplicate.
_FLUSH = """
local maxlen, ttl = ARGV[1], ARGV[2]
local touched = {}
for i = 1, #KEYS do
  local a = 3 * i
  redis.pcall('XADD', KEYS[i], 'MAXLEN', '~', maxlen, ARGV[a], 'e', ARGV[a + 2])
  redis.call('PUBLISH', ARGV[a + 1], ARGV[a + 2])
  if not touched[KEYS[i]] then
    touched[KEYS[i]] = true
    redis.call('EXPIRE', KEYS[i], ttl)
  end
end
return #KEYS
"""
_EVENTS_PER_CALL = 1000  # keeps each script call short: Redis serves nobody else while it runs


class StreamPublisher:
    def __init__(self, client: redis.Redis, *, replay_ttl_seconds: int, replay_max_events: int,
                 retry_seconds: float = 60.0, tick_seconds: float = 0.005) -> None:
        self._redis = client
        self._flush_script = client.register_script(_FLUSH)
        self._retry_seconds = retry_seconds
        self._tick = tick_seconds
        self._ttl_arg, self._maxlen_arg = b"%d" % replay_ttl_seconds, b"%d" % replay_max_events
        self._pending: deque[tuple[StreamEvent, threading.Event | None]] = deque()
        self._wakeup = threading.Condition()
        self._waiting = 0  # pending events whose caller waits for them (a stream's terminal event)
        self._first = 0  # pending events that are their stream's first (its time to first token)
        self._sending = False  # a batch is on its way (from the flusher or a caller); one at a time keeps order
        self._last_flush = 0.0
        self._last_publish = 0.0
        self._running = True
        self.flushes = 0
        self.events_sent = 0
        self.events_dropped = 0
        self._thread = threading.Thread(target=self._flush_forever, name="stream-publisher", daemon=True)
        self._thread.start()

    def publish(self, event: StreamEvent) -> None:
        """Queue ``event`` for the next flush (or, on an idle publisher, send it now)."""
        self._enqueue(event, None)

    def publish_many(self, events: list[StreamEvent]) -> None:
        """Queue ``events`` (a stream loop's tick: many streams' events) in order, as one hand-over."""
        if events:
            self._enqueue_all([(event, None) for event in events])

    def publish_and_wait(self, event: StreamEvent, timeout: float = 10.0) -> bool:
        """Queue ``event`` and wait until Redis has it (and everything queued before it)."""
        sent = threading.Event()
        self._enqueue(event, sent)
        return sent.wait(timeout)

    def close(self) -> None:
        """Send what is queued, then stop the flusher."""
        self._running = False
        with self._wakeup:
            self._wakeup.notify_all()
        self._thread.join(timeout=5)

    def _enqueue(self, event: StreamEvent, sent: threading.Event | None) -> None:
        self._enqueue_all([(event, sent)])

    def _enqueue_all(self, items: list[tuple[StreamEvent, threading.Event | None]]) -> None:
        with self._wakeup:
            idle_before = not self._pending
            self._pending.extend(items)
            self._count_urgent(items)
            now = time.monotonic()
            # Idle: nothing published, sent or waiting for a tick, and one event (a quiet worker's next token).
            # A busy worker's events always find one published within the tick, and a stream loop's tick of
            # many events is the flusher's to send: both share the flusher's round trips.
            idle = (idle_before and len(items) == 1 and not self._sending and self._running
                    and now - max(self._last_flush, self._last_publish) >= self._tick)
            self._last_publish = now
            if not idle:
                self._wakeup.notify_all()
                return
            batch = self._take()
        try:
            self._execute(batch)
        except (redis.ConnectionError, redis.TimeoutError):
            # Redis is away: the flusher retries the batch, ahead of what came after it.
            with self._wakeup:
                self._pending.extendleft(reversed(batch))
                self._count_urgent(batch)
                self._sending = False
                self._wakeup.notify_all()
            return
        self._sent(batch)

    def _count_urgent(self, items: list[tuple[StreamEvent, threading.Event | None]]) -> None:
        # Called with the condition held: the events among ``items`` that must not wait for the tick.
        for event, sent in items:
            if sent is not None:
                self._waiting += 1
            if event.seq == 1:
                self._first += 1

    def _take(self) -> list[tuple[StreamEvent, threading.Event | None]]:
        # Called with the condition held: the waiting events become the batch on its way.
        batch = list(self._pending)
        self._pending.clear()
        self._waiting = 0
        self._first = 0
        self._sending = True
        self._last_flush = time.monotonic()
        return batch

    def _sent(self, batch: list[tuple[StreamEvent, threading.Event | None]]) -> None:
        with self._wakeup:
            self._sending = False
            self.flushes += 1
            self.events_sent += len(batch)
            self._wakeup.notify_all()
        for _, sent in batch:
            if sent is not None:
                sent.set()

    def _flush_forever(self) -> None:
        while True:
            with self._wakeup:
                while (not self._pending or self._sending) and self._running:
                    self._wakeup.wait()
                if not self._pending and not self._sending and not self._running:
                    return
            # At most one flush per tick: what arrives meanwhile shares the next round trip. A caller that
            # waits for its event (a stream's terminal one) and a stream's first event (its time to first
            # token) are not kept waiting for the tick, whenever they arrive in it.
            with self._wakeup:
                due = self._last_flush + self._tick
                while self._running and not self._waiting and not self._first:
                    wait = due - time.monotonic()
                    if wait <= 0:
                        break
                    self._wakeup.wait(wait)
                while self._sending:  # a caller's send is on its way: ours goes after it
                    self._wakeup.wait()
                if not self._pending:
                    continue
                batch = self._take()
            self._send(batch)

    def _execute(self, batch: list[tuple[StreamEvent, threading.Event | None]]) -> None:
        # Every key and argument goes as bytes: redis-py passes bytes on as they are, where each string would
        # cost it several type checks and an encode of its own (two thirds of packing a tick's call).
        for start in range(0, len(batch), _EVENTS_PER_CALL):  # one call, except after an outage
            keys: list[bytes] = []
            args: list[bytes] = [self._maxlen_arg, self._ttl_arg]
            for event, _ in batch[start:start + _EVENTS_PER_CALL]:
                keys.append(replay_log_key(event.request_id).encode())
                args += (b"%d-0" % int(event.seq), channel_name(event.request_id).encode(), event.to_json().encode())
            self._flush_script(keys=keys, args=args)  # EVALSHA; loads the script into a Redis that lacks it

    def _send(self, batch: list[tuple[StreamEvent, threading.Event | None]]) -> None:
        give_up_at = time.monotonic() + self._retry_seconds
        delay = 0.05
        while True:
            try:
                self._execute(batch)
                break
            except (redis.ConnectionError, redis.TimeoutError) as exc:
                if time.monotonic() >= give_up_at:
                    log.error("redis unavailable for %.0fs: dropped %d stream events (%s)", self._retry_seconds,
                              len(batch), exc)
                    with self._wakeup:
                        self.events_dropped += len(batch)
                    break
                log.warning("redis unavailable while publishing %d events (%s); retrying", len(batch), exc)
                time.sleep(delay)
                delay = min(delay * 2, 1.0)
        self._sent(batch)
