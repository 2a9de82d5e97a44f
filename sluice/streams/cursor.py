"""Where one reader stands in one request's stream, and what it must do next.

A reader follows a stream from two sources: the replay log (a Redis Stream holding every event) and the
live pub/sub feed. The cursor decides, from the events each source hands it, what reaches the client:
every event exactly once and in order, a live gap sent back to the log, a gap the log cannot fill
ended with one ``error`` event. It also keeps the clocks that end a stream that would otherwise hang
(silence after the first event, the queue timeout before it, no live worker for the model) and the
heartbeat's.

It does no I/O: the caller reads the log and the feed, passes in what they returned and the time, and
delivers what the cursor returns (``api.relay.StreamRelay.events`` is that loop). That keeps every
decision testable with a fake clock and no Redis.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from sluice.streams import events
from sluice.streams.events import StreamEvent

log = logging.getLogger(__name__)

LOG_RETRY_DELAY = 0.5  # seconds between attempts to read the log while Redis is away
WAKE_MARGIN = 0.001  # wake just after a deadline, not just before it


class StreamCursor:
    """One reader's position in a request's stream and the clocks that bound its waits.

    Times are ``time.monotonic()`` values passed in by the caller. After delivering an event the caller
    reports it with ``delivered``, so that the silence clock counts from when the client got it.
    """

    __slots__ = ("request_id", "last_seq", "must_read_log", "_heartbeat_interval", "_silence_timeout",
                 "_queue_timeout", "_no_worker_timeout", "_model", "_worker_check_interval", "_seen_breaks",
                 "_retry_log_at", "_last_activity", "_last_beat", "_worker_checked_at", "_no_worker_since")

    def __init__(self, request_id: str, after_seq: int, now: float, *, heartbeat_interval: float,
                 silence_timeout: float, queue_timeout: float, no_worker_timeout: float,
                 model: str | None = None) -> None:
        self.request_id = request_id
        self.last_seq = after_seq  # the last event the client has
        self.must_read_log = True  # the log first: it holds everything published before the subscription
        self._heartbeat_interval = heartbeat_interval
        self._silence_timeout = silence_timeout
        self._queue_timeout = queue_timeout
        self._no_worker_timeout = no_worker_timeout
        self._model = model
        # How often a queued request looks for a live worker of its model, and since when it has seen none.
        self._worker_check_interval = max(0.05, min(5.0, no_worker_timeout / 4))
        self._worker_checked_at = now
        self._no_worker_since: float | None = None
        self._seen_breaks = 0
        self._retry_log_at = 0.0
        self._last_activity = self._last_beat = now

    @property
    def started(self) -> bool:
        """Whether the stream has produced its first event (before that it may be waiting in a queue)."""
        return self.last_seq > 0

    # -- the replay log ------------------------------------------------------------------------------

    def log_read_due(self, breaks: int, now: float) -> bool:
        """Whether to read the replay log now. ``breaks`` is the live feed's count of breaks (a dropped
        connection, an overflowed queue): a new one means live events may have been missed, so the log
        must be read. A read that failed waits ``LOG_RETRY_DELAY`` before the next."""
        if breaks != self._seen_breaks:
            self._seen_breaks = breaks
            self.must_read_log = True
        return self.must_read_log and now >= self._retry_log_at

    def log_unavailable(self, now: float) -> None:
        """The log could not be read (Redis is away): try again later. The silence and queue timeouts still
        bound the wait."""
        self._retry_log_at = now + LOG_RETRY_DELAY

    def replay(self, log_events: list[StreamEvent]) -> list[StreamEvent]:
        """The events to deliver, in order, from what the log holds after ``last_seq``: up to and
        including the first terminal event. When the log starts after a gap (Redis lost those events),
        one terminal ``error`` event instead."""
        self.must_read_log = False
        if log_events and log_events[0].seq != self.last_seq + 1:
            return [self._lost(log_events[0].seq)]
        for end, event in enumerate(log_events, 1):
            if event.is_terminal:
                return log_events[:end]
        return log_events

    # -- the live feed -------------------------------------------------------------------------------

    def take_live(self, raw_messages: list[bytes]) -> list[StreamEvent]:
        """The events to deliver, in order, from messages taken off the live feed: duplicates of what the
        client has are dropped, and delivery stops after a terminal event. A message past the next
        sequence number means the feed missed some: delivery stops there and the log must be read."""
        expected = self.last_seq + 1
        deliver = []
        for raw in raw_messages:
            event = StreamEvent.from_wire(raw, self.request_id)
            if event.seq < expected:
                continue
            if event.seq > expected:  # missed on the channel: the log has it
                self.must_read_log = True
                break
            deliver.append(event)
            if event.is_terminal:
                break
            expected += 1
        return deliver

    def delivered(self, event: StreamEvent, now: float) -> None:
        """The client was handed ``event``: it is the position now, and the stream was active."""
        self.last_seq = event.seq
        self._last_activity = self._last_beat = now

    def adopt_direct_writes(self, last_seq: int, written_at: float) -> None:
        """The direct writer wrote tokens up to ``last_seq`` (at ``written_at``) while the reader waited."""
        if last_seq > self.last_seq:
            self.last_seq = last_seq
            self._last_activity = self._last_beat = written_at

    # -- the clocks ----------------------------------------------------------------------------------

    def timeout_error(self, now: float, model_served: Callable[[str], bool]) -> StreamEvent | None:
        """The terminal ``error`` event that ends a stream waiting too long, or None while it may wait.

        After the first event the stream may be silent for ``silence_timeout`` (the worker died, Redis
        lost the request); before it, for ``queue_timeout``. A queued request for a ``model`` also ends
        once ``model_served(model)`` has said no for ``no_worker_timeout`` seconds in a row; it is asked
        at most every worker check interval.
        """
        silent_for = now - self._last_activity
        if silent_for > self._silence_limit:
            return self._error(f"no events for {silent_for:.0f}s: the worker stopped or the request was lost")
        if not self._checks_worker or now - self._worker_checked_at < self._worker_check_interval:
            return None
        self._worker_checked_at = now
        if model_served(self._model):
            self._no_worker_since = None
        elif self._no_worker_since is None:
            self._no_worker_since = now
        if self._no_worker_since is not None and now - self._no_worker_since >= self._no_worker_timeout:
            return self._error(f"no worker has served the model '{self._model}' for "
                               f"{self._no_worker_timeout:.0f}s")
        return None

    def heartbeat_due(self, now: float) -> bool:
        """Whether a heartbeat interval passed without an event or a heartbeat; True counts as sending one."""
        if now - self._last_beat >= self._heartbeat_interval:
            self._last_beat = now
            return True
        return False

    def time_to_next_deadline(self, now: float) -> float:
        """How long the reader may wait on the live feed before the cursor has something to do: the next
        heartbeat, timeout, worker check or log retry."""
        due = [self._last_beat + self._heartbeat_interval, self._last_activity + self._silence_limit]
        if self._checks_worker:
            due.append(self._worker_checked_at + self._worker_check_interval)
        if self.must_read_log:
            due.append(self._retry_log_at)
        return max(0.0, min(due) - now) + WAKE_MARGIN

    @property
    def _silence_limit(self) -> float:
        return self._silence_timeout if self.started else self._queue_timeout

    @property
    def _checks_worker(self) -> bool:
        return not self.started and bool(self._model)

    # -- synthetic terminal events -------------------------------------------------------------------

    def _error(self, message: str) -> StreamEvent:
        return StreamEvent(self.request_id, self.last_seq + 1, events.ERROR,
                           {"message": message, "finish_reason": "error", "origin": events.GATEWAY_ORIGIN})

    def _lost(self, next_seq: int) -> StreamEvent:
        log.warning("stream %s lost events %d-%d (Redis restarted or the log was trimmed)", self.request_id,
                    self.last_seq + 1, next_seq - 1)
        return self._error("the stream lost events (its store restarted); please retry the request")
