"""Drops the client of a streamed response whose socket takes no bytes for a write timeout.

A client that opens a stream and never reads fills its socket's buffers; the write under way then waits
for it for ever, holding the stream's subscription, its reader slot and a greenlet. Each streamed response
marks when a write to its client begins and ends (``ClientWrites``: the server's writes between two items
of the body, and the relay's own writes of what the live hub left pending). One watcher per process looks
at every watched response a few times per timeout and shuts down the socket of one whose write has been
under way for longer: the waiting write then fails at once (a broken pipe, which the server drops without
noise), the stream's generator closes and frees its subscription and slot. The socket is reset rather than
closed gracefully, so the kernel does not keep the unread bytes for a peer that will not take them.
"""

from __future__ import annotations

import logging
import os
import socket
import struct
import threading
import time
from collections.abc import Iterator
from typing import TypeVar

from sluice import metrics

log = logging.getLogger(__name__)

T = TypeVar("T")


class ClientWrites:
    """One streamed response's writes to its client's socket: since when the write under way has waited
    (None: no write is under way)."""

    __slots__ = ("sock", "since", "dropped")

    def __init__(self, sock: socket.socket) -> None:
        self.sock = sock
        self.since: float | None = None
        self.dropped = False

    def timed(self, body: Iterator[T]) -> Iterator[T]:
        """``body`` unchanged; the server writes each item between handing it out and asking for the next,
        so that span is a write."""
        try:
            for item in body:
                self.since = time.monotonic()
                yield item
                self.since = None
        finally:
            close = getattr(body, "close", None)
            if close is not None:  # the server closes this wrapper only: the body's own cleanup runs now
                close()

    def begin(self) -> None:
        self.since = time.monotonic()

    def end(self) -> None:
        self.since = None

    def drop(self) -> None:
        """Reset the connection: a write waiting on it fails at once."""
        self.dropped = True
        try:
            self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            self.sock.shutdown(socket.SHUT_RDWR)
        except OSError:  # already gone
            pass


class WriteWatch:
    """Every streamed response of one process that waits on its client's socket for longer than
    ``timeout`` seconds is dropped (see the module doc)."""

    def __init__(self, timeout: float) -> None:
        self.timeout = timeout
        self._interval = max(0.05, min(1.0, timeout / 4))
        self._watched: set[ClientWrites] = set()
        self._lock = threading.Lock()
        self._pid: int | None = None

    def watch(self, sock: socket.socket | None) -> ClientWrites | None:
        """Start watching the writes to ``sock`` (None: no socket to watch, as under a test client)."""
        if sock is None:
            return None
        self._ensure_watcher()
        writes = ClientWrites(sock)
        with self._lock:
            self._watched.add(writes)
        return writes

    def forget(self, writes: ClientWrites | None) -> None:
        if writes is not None:
            with self._lock:
                self._watched.discard(writes)

    def _ensure_watcher(self) -> None:
        if self._pid == os.getpid():
            return
        with self._lock:
            if self._pid != os.getpid():  # first use in this process (gunicorn forks after create_app)
                self._pid = os.getpid()
                threading.Thread(target=self._watch_forever, name="write-watch", daemon=True).start()

    def _watch_forever(self) -> None:
        while True:
            time.sleep(self._interval)
            self.drop_stalled(time.monotonic())

    def drop_stalled(self, now: float) -> int:
        """Drop every watched client whose write has waited past the timeout; returns how many."""
        with self._lock:
            stalled = [w for w in self._watched
                       if not w.dropped and w.since is not None and now - w.since > self.timeout]
        for writes in stalled:
            log.info("dropping a client that took no bytes of its stream for %.0fs", self.timeout)
            writes.drop()
            metrics.RELAY_CLIENTS_DROPPED.inc()
        return len(stalled)
