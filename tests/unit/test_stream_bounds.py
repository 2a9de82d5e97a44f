"""A stream's bounds in one gateway process: at most ``max_readers`` readers per stream, and a client whose
socket takes no bytes for the write timeout is dropped. tests/e2e/test_streams_resilience.py checks both
through a real gateway."""

from __future__ import annotations

import socket
import time

import pytest
import redis

from api.errors import RateLimitExceeded
from api.relay import StreamRelay
from sluice.streams.write_watch import WriteWatch


def test_a_stream_takes_max_readers_and_a_freed_slot_is_freed_once():
    relay = StreamRelay(redis.Redis(), cancel=lambda request_id: None, max_readers=2)
    first, second = relay.claim_reader("a"), relay.claim_reader("a")
    with pytest.raises(RateLimitExceeded) as refused:
        relay.claim_reader("a")
    assert (refused.value.status, refused.value.type) == (429, "stream_readers")
    relay.claim_reader("b")  # per stream
    first()
    first()  # a second release gives nothing back twice
    assert relay.reader_count("a") == 1
    relay.claim_reader("a")
    with pytest.raises(RateLimitExceeded):
        relay.claim_reader("a")
    second()
    assert relay.reader_count("a") == 1


def test_a_client_whose_write_waits_past_the_timeout_is_reset_and_one_that_writes_is_not():
    watch = WriteWatch(timeout=30.0)  # its own watcher (real time) never gets there: the test says when "now" is
    server, client = socket.socketpair()
    idle_server, idle_client = socket.socketpair()
    try:
        stalled, idle = watch.watch(server), watch.watch(idle_server)
        stalled.begin()
        assert watch.drop_stalled(time.monotonic()) == 0  # not yet past the timeout
        assert watch.drop_stalled(time.monotonic() + 31.0) == 1  # the stalled one only: the idle one writes nothing
        assert stalled.dropped and not idle.dropped
        with pytest.raises(OSError):
            server.sendall(b"x")  # a write waiting on it fails at once
        assert client.recv(10) == b""
        watch.forget(stalled)
        assert watch.drop_stalled(time.monotonic() + 60.0) == 0
    finally:
        for sock in (server, client, idle_server, idle_client):
            sock.close()
