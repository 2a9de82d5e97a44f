"""Writes a stream's token events from the live hub straight to the client's socket.

Under gunicorn's gevent worker every relayed token used to wake its stream's greenlet, which parsed it,
rendered it and handed it back through the WSGI iteration to gunicorn's writer, a greenlet switch and
several Python layers per token on the gateway's one core. While a stream's reader waits for its next
event, the hub can do the same work far more cheaply: check that the message is the stream's next token, render its SSE
bytes (the native event, or an OpenAI chunk object), frame them as gunicorn would (HTTP/1.1 chunked),
and write them to the socket without blocking.

One writer at a time: the reader *arms* the writer just before it waits and *disarms* it when it
wakes, so the hub writes only while the reader is parked (gevent switches greenlets only where they
wait; neither side waits while it holds the socket). Everything that is not simply the next token
(terminal events, gaps, duplicates, replayed events, heartbeats) stays with the reader. A write that
the socket takes only in part leaves the rest pending and wakes the reader, which sends it with a
blocking (greenlet-waiting) write: a slow client never holds up the hub or the other streams.

Only plain HTTP/1.1 responses under gevent get a writer: TLS, HTTP/2 and any other server fall back to
the reader writing everything.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator

Render = Callable[[bytes, int], bytes]

_DATA_HEAD = b'{"data":'
_TOKEN_TAIL = b',"type":"token","id":'


def _gevent_sockets() -> bool:
    """Whether this process runs on gevent's sockets: the hub is then a greenlet like the readers."""
    try:
        from gevent import monkey
    except ImportError:
        return False
    return monkey.is_module_patched("socket")


def native_token(data: bytes, seq: int) -> bytes:
    """A token event as ``api.relay.sse_message`` renders it (``event:``, ``data:``, ``id:``)."""
    return b"event:token\ndata:%s\nid:%d\n\n" % (data, seq)


class DirectWriter:
    """The client connection of one streamed response, shared by the hub and the stream's reader."""

    __slots__ = ("_sock", "_fd", "_chunked", "_render", "armed", "last_seq", "written_at", "pending", "error",
                 "headers_sent", "tokens")

    def __init__(self, sock, *, chunked: bool, render: Render = native_token) -> None:
        self._sock = sock
        self._fd = sock.fileno()
        self._chunked = chunked
        self._render = render
        self.armed = False
        self.last_seq = 0  # the last sequence number the hub wrote (or took into ``pending``)
        self.written_at = 0.0  # time.monotonic() of the hub's last write
        self.pending = b""  # bytes the socket did not take: the reader sends them first
        self.error: OSError | None = None  # the client's connection failed under a write
        self.headers_sent = False
        self.tokens = 0  # how many tokens the hub wrote

    @classmethod
    def for_request(cls, environ: dict, render: Render = native_token) -> DirectWriter | None:
        """A writer for this WSGI request, or None where the hub must not write to its socket. ``render``
        turns a token's data (its JSON, as published) and sequence number into the bytes of its SSE event."""
        sock = environ.get("gunicorn.socket")
        if (sock is None or not _gevent_sockets() or environ.get("SERVER_PROTOCOL") != "HTTP/1.1"
                or environ.get("REQUEST_METHOD") == "HEAD"  # no body, so no chunked framing
                or hasattr(sock, "getpeercert")):  # TLS: the bytes must go through the SSL object
            return None
        try:
            if os.get_blocking(sock.fileno()):  # not gevent's non-blocking socket: a write could stall the hub
                return None
        except OSError:
            return None
        return cls(sock, chunked=True, render=render)

    def response(self, body: Iterator) -> Iterator:
        """``body`` unchanged; marks the headers as sent once gunicorn has written the first item."""
        for item in body:
            yield item
            self.headers_sent = True

    # -- the reader's side ---------------------------------------------------------------------------

    def arm(self, last_seq: int) -> None:
        """Let the hub write tokens after ``last_seq`` while the reader waits."""
        if self.headers_sent and not self.pending and self.error is None:
            self.last_seq = last_seq
            self.armed = True

    def disarm(self) -> None:
        """The reader is back: send what the hub left pending (waiting for the client if need be).
        Raises the connection's error when the client has gone away."""
        self.armed = False
        if self.error is None and self.pending:
            pending, self.pending = self.pending, b""
            try:
                self._sock.sendall(pending)
            except OSError as exc:
                self.error = exc
        if self.error is not None:
            raise self.error

    # -- the hub's side ------------------------------------------------------------------------------

    def offer(self, raw: bytes, now: float) -> bool:
        """Write ``raw`` (an event's wire form) if it is the stream's next token. False leaves it to the
        reader, as does a writer that is not armed. After a write the socket took only in part, or one
        that failed, the writer is disarmed and the caller must wake the reader."""
        if not self.armed:
            return False
        cut = raw.rfind(_TOKEN_TAIL)
        if cut < 0 or not raw.startswith(_DATA_HEAD):
            return False
        try:
            seq = int(raw[cut + len(_TOKEN_TAIL):-1])
        except ValueError:
            return False
        data = raw[len(_DATA_HEAD):cut]
        if seq != self.last_seq + 1 or not data.isascii() or b"\n" in data or b"\r" in data:
            return False
        try:
            payload = self._render(data, seq)
        except (ValueError, KeyError, TypeError):  # not a token this rendering knows: the reader's to judge
            return False
        if self._chunked:
            payload = b"%X\r\n%s\r\n" % (len(payload), payload)
        try:
            sent = os.write(self._fd, payload)
        except BlockingIOError:
            sent = 0
        except OSError as exc:
            self.error = exc
            self.armed = False
            return True
        self.last_seq = seq
        self.written_at = now
        self.tokens += 1
        if sent < len(payload):
            self.pending = payload[sent:]
            self.armed = False
        return True
