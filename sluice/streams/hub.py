"""The gateway's live feed: one Redis pub/sub connection per process for every stream it relays.

Its reader parses messages (hiredis) and appends each to the queue of every ``Subscription`` of its
channel; it never waits on a reader, so a slow client cannot slow the others (a queue that overflows is
dropped and its reader catches up from the replay log instead). When the connection drops the hub
reconnects, subscribes again and marks every subscription broken, so its reader re-reads the log.
"""

from __future__ import annotations

import logging
import os
import socket
import threading
import time
from collections import deque
from dataclasses import dataclass

import hiredis
import redis

from sluice.streams.direct_writer import DirectWriter

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
        """A fresh RESP2 connection, handshake (password, TLS) done by redis-py's own connection class. The
        handshake's replies are awaited for at most a ping interval: a Redis that accepts the connection and
        never answers it is retried, not waited for forever."""
        pool = self._client.connection_pool
        connection = pool.connection_class(**{
            **pool.connection_kwargs, "protocol": 2, "health_check_interval": 0,
            "socket_timeout": self._ping_interval,
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
