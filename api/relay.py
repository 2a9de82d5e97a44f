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

flask-sse's blueprint supplies the SSE message framing.
"""

from __future__ import annotations

import logging
import os
import socket
import threading
import time
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass

import hiredis
import redis
from flask_sse import Message, ServerSentEventsBlueprint

from api.direct_writer import DirectWriter
from sluice import events, metrics
from sluice.events import StreamEvent

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Heartbeat:
    """Nothing happened for a heartbeat interval; the caller writes an SSE comment."""


HEARTBEAT = Heartbeat()


def _command(*parts: bytes) -> bytes:
    """One Redis command in RESP, for the hub's own connection."""
    out = [b"*%d\r\n" % len(parts)]
    for part in parts:
        out.append(b"$%d\r\n%s\r\n" % (len(part), part))
    return b"".join(out)


class Subscription:
    """One reader's live feed of one channel. The hub fills it; the reader takes from it."""

    __slots__ = ("channel", "messages", "wakeup", "confirmed", "breaks", "limit", "writer")

    def __init__(self, channel: bytes, limit: int, writer: DirectWriter | None = None) -> None:
        self.channel = channel
        self.writer = writer  # while armed, the hub writes this reader's next tokens to its client itself
        self.messages: deque[bytes] = deque()
        self.wakeup = threading.Event()
        self.confirmed = threading.Event()  # Redis has the subscription: nothing published from now is missed
        # Bumped (by the hub only) whenever live messages may have been missed: the connection dropped or
        # this queue overflowed. The reader then re-reads the replay log.
        self.breaks = 0
        self.limit = limit

    def push(self, message: bytes) -> None:
        writer = self.writer
        if writer is not None and writer.armed and writer.offer(message, time.monotonic()):
            if not writer.armed:  # the client's socket is full or gone: the reader takes over
                self.wakeup.set()
            return
        if len(self.messages) >= self.limit:  # the reader is far behind: let it catch up from the log
            self.breaks += 1
        else:
            self.messages.append(message)
        self.wakeup.set()

    def broken(self) -> None:
        self.breaks += 1
        self.wakeup.set()

    def take(self, timeout: float) -> list[bytes]:
        """What arrived, waiting up to ``timeout`` seconds if nothing has."""
        if not self.messages:
            self.wakeup.wait(timeout)
        self.wakeup.clear()
        taken = []
        while self.messages:  # popleft one by one: the hub may append meanwhile
            taken.append(self.messages.popleft())
        return taken


class LiveHub:
    """Every live stream of one process over a single Redis pub/sub connection (see the module doc).

    The connection's settings (address, password, TLS) come from ``client``'s pool; a reader thread (a
    greenlet under gunicorn's gevent worker) owns the reading, commands are written under a lock.
    """

    def __init__(self, client: redis.Redis, *, backlog_limit: int = 4096, ping_interval: float = 5.0) -> None:
        self._client = client
        self._backlog_limit = backlog_limit
        self._ping_interval = ping_interval
        self._lock = threading.Lock()
        self._channels: dict[bytes, tuple[Subscription, ...]] = {}  # replaced, never mutated: read lock-free
        # Subscriptions waiting for Redis's confirmation, in the order their SUBSCRIBEs were sent (Redis
        # confirms in that order). Each entry: (channel, subscriptions, whether they must re-read the log).
        self._awaiting: deque[tuple[bytes, tuple[Subscription, ...], bool]] = deque()
        self._sock: socket.socket | None = None
        self._connection: redis.Connection | None = None  # owns the socket (closes it when collected)
        self._pid: int | None = None
        self._closed = False
        self.connects = 0  # how many times the hub connected (1 + reconnects)

    # -- readers' side -----------------------------------------------------------------------------------

    def subscribe(self, channel: str, confirm_timeout: float = 5.0, writer: DirectWriter | None = None) -> Subscription:
        """A new subscription to ``channel``, returned once Redis confirmed it (or ``confirm_timeout``
        passed, when Redis is away: the hub subscribes it when it reconnects and bumps its breaks).
        With a ``writer``, the hub writes the stream's next tokens to the client while it is armed."""
        self._ensure_reader()
        sub = Subscription(channel.encode(), self._backlog_limit, writer)
        with self._lock:
            self._channels[sub.channel] = self._channels.get(sub.channel, ()) + (sub,)
            if self._sock is not None:
                # Sent even when the channel is already subscribed: its confirmation is this reader's
                # proof that nothing published from then on is missed.
                self._awaiting.append((sub.channel, (sub,), False))
                self._send(_command(b"SUBSCRIBE", sub.channel))
        sub.confirmed.wait(confirm_timeout)
        return sub

    def unsubscribe(self, sub: Subscription) -> None:
        """Stop feeding ``sub``; the channel is unsubscribed when its last reader leaves."""
        with self._lock:
            rest = tuple(s for s in self._channels.get(sub.channel, ()) if s is not sub)
            if rest:
                self._channels[sub.channel] = rest
                return
            self._channels.pop(sub.channel, None)
            if self._sock is not None:
                self._send(_command(b"UNSUBSCRIBE", sub.channel))

    @property
    def connection_name(self) -> str:
        return f"sluice-live-hub-{os.getpid()}"

    @property
    def channel_count(self) -> int:
        return len(self._channels)

    def close(self) -> None:
        """Stop the reader and drop the connection (a process that ends needs no call)."""
        with self._lock:
            self._closed = True
            if self._sock is not None:
                try:
                    self._sock.shutdown(socket.SHUT_RDWR)  # wakes the reader, which then stops
                except OSError:
                    pass

    # -- the connection ----------------------------------------------------------------------------------

    def _send(self, data: bytes) -> None:
        # Called with the lock held. A failed write is the reader's to notice (its read fails too).
        try:
            self._sock.sendall(data)
        except OSError:
            log.warning("live hub: a write to Redis failed; the reader reconnects")

    def _ensure_reader(self) -> None:
        if self._pid == os.getpid():
            return
        with self._lock:
            if self._pid != os.getpid():  # first use in this process (gunicorn forks after create_app)
                self._pid = os.getpid()
                self._sock = None
                threading.Thread(target=self._read_forever, name="live-hub", daemon=True).start()

    def _connect(self) -> redis.Connection:
        """A fresh RESP2 connection, handshake (password, TLS) done by redis-py's own connection class."""
        pool = self._client.connection_pool
        connection = pool.connection_class(**{
            **pool.connection_kwargs, "protocol": 2, "health_check_interval": 0, "socket_timeout": None,
            "socket_connect_timeout": 2, "retry": redis.retry.Retry(redis.backoff.NoBackoff(), 0),
            "client_name": self.connection_name,  # how an operator finds it in CLIENT LIST
        })
        connection.connect()
        # The reading is the hub's own (hiredis straight off the socket): redis-py's per-message work
        # costs about nine times as much, and this connection carries every token of the process.
        connection._sock.settimeout(self._ping_interval)
        return connection

    def _read_forever(self) -> None:
        delay = 0.05
        while not self._closed:
            try:
                connection = self._connect()
            except (redis.RedisError, OSError) as exc:
                log.warning("live hub: Redis unavailable (%s); retrying in %.1fs", exc, delay)
                time.sleep(delay)
                delay = min(delay * 2, 1.0)
                continue
            delay = 0.05
            sock = connection._sock
            with self._lock:
                if self._closed:
                    connection.disconnect()
                    return
                self._connection, self._sock = connection, sock
                self.connects += 1
                self._awaiting.clear()
                channels = list(self._channels.items())
                for channel, subs in channels:
                    self._awaiting.append((channel, subs, self.connects > 1))
                for start in range(0, len(channels), 512):
                    self._send(_command(b"SUBSCRIBE", *(c for c, _ in channels[start:start + 512])))
            if self.connects > 1:
                log.info("live hub: reconnected to Redis, %d streams resubscribed", len(channels))
            try:
                self._pump(sock)
            except (OSError, hiredis.ProtocolError) as exc:
                if not self._closed:
                    log.warning("live hub: lost Redis (%s); reconnecting", exc)
            with self._lock:
                self._connection, self._sock = None, None
                self._awaiting.clear()
                streams = [sub for subs in self._channels.values() for sub in subs]
            connection.disconnect()
            for sub in streams:  # whatever was published meanwhile is in the log: re-read it
                sub.broken()

    def _pump(self, sock: socket.socket) -> None:
        reader = hiredis.Reader()
        unanswered_pings = 0
        while True:
            try:
                data = sock.recv(262144)
            except TimeoutError:
                if unanswered_pings >= 2:
                    raise OSError("Redis did not answer two pings") from None
                unanswered_pings += 1
                with self._lock:
                    self._send(_command(b"PING"))
                continue
            if not data:
                raise OSError("Redis closed the connection")
            unanswered_pings = 0
            reader.feed(data)
            reply = reader.gets()
            while reply is not False:
                if isinstance(reply, list):  # not a pong or an error reply
                    self._dispatch(reply)
                reply = reader.gets()
            # Under gevent a read that finds data waiting never yields: let the streams write what came.
            time.sleep(0)

    def _dispatch(self, reply: list) -> None:
        kind = reply[0]
        if kind == b"message":
            for sub in self._channels.get(reply[1], ()):
                sub.push(reply[2])
        elif kind == b"subscribe":
            with self._lock:
                channel, subs, resync = self._awaiting.popleft() if self._awaiting else (reply[1], (), False)
            for sub in subs:
                sub.confirmed.set()
                if resync:
                    sub.broken()


class StreamRelay(ServerSentEventsBlueprint):
    def __init__(self, *args, client: redis.Redis | None = None, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._client = client
        self.hub = LiveHub(client) if client is not None else None

    def bind(self, client: redis.Redis) -> None:
        self._client = client
        self.hub = LiveHub(client)

    @property
    def redis(self) -> redis.Redis:  # one shared pool instead of flask-sse's client per access
        return self._client

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

        With a ``writer`` (``api.direct_writer``), the live tokens that arrive while this generator waits
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


def sse_message(event: StreamEvent) -> str:
    """The native SSE rendering: the event type as SSE ``event:``, its sequence number as ``id:``, its data
    (with the request id) as the JSON the worker published, relayed without parsing it."""
    return str(Message(event.data_json(), type=event.type, id=event.seq))


def sse_data(payload: str) -> str:
    return f"data: {payload}\n\n"


SSE_HEARTBEAT = ": keep-alive\n\n"
SSE_HEADERS = {"Cache-Control": "no-cache", "X-Accel-Buffering": "no"}
