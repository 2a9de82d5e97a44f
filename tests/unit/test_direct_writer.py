"""The live hub's direct writes to a client's socket (api/direct_writer.py), over a real socket pair.

The whole path (a real gunicorn gevent gateway writing this way) runs in tests/test_streams_resilience.py.
"""

from __future__ import annotations

import socket
import threading

import pytest

from sluice.streams import events
from sluice.streams.direct_writer import DirectWriter
from sluice.streams.events import StreamEvent
from sluice.streams.sse import sse_message

RID = "req-direct"


def token(seq: int, text: str = " tok") -> StreamEvent:
    return StreamEvent(RID, seq, events.TOKEN, {"text": text})


def wire(event: StreamEvent) -> bytes:
    return event.to_json().encode()


@pytest.fixture
def pair():
    server, client = socket.socketpair()
    server.settimeout(5)  # non-blocking underneath, waiting in sendall: the shape of gevent's socket
    client.settimeout(5)
    yield server, client
    server.close()
    client.close()


def armed_writer(server: socket.socket, last_seq: int = 0) -> DirectWriter:
    writer = DirectWriter(server, chunked=True)
    writer.headers_sent = True
    writer.arm(last_seq)
    return writer


def dechunk(raw: bytes) -> bytes:
    body, pos = [], 0
    while pos < len(raw):
        line_end = raw.index(b"\r\n", pos)
        size = int(raw[pos:line_end], 16)
        body.append(raw[line_end + 2:line_end + 2 + size])
        assert raw[line_end + 2 + size:line_end + 4 + size] == b"\r\n"
        pos = line_end + 4 + size
    return b"".join(body)


def receive(client: socket.socket, size: int) -> bytes:
    got = b""
    while len(got) < size:
        got += client.recv(size - len(got))
    return got


def test_the_next_token_is_written_as_a_chunk_with_the_readers_own_sse_rendering(pair):
    server, client = pair
    writer = armed_writer(server, last_seq=4)
    event = token(5, 'a "quoted" text\nover two lines')

    assert writer.offer(wire(event), now=12.5)

    expected = sse_message(event).encode()
    framed = b"%X\r\n%s\r\n" % (len(expected), expected)
    assert receive(client, len(framed)) == framed
    assert (writer.last_seq, writer.written_at, writer.tokens, writer.armed) == (5, 12.5, 1, True)


def test_anything_but_the_next_token_is_left_to_the_reader(pair):
    server, client = pair
    writer = armed_writer(server, last_seq=4)

    assert not writer.offer(wire(token(6)), now=1.0)  # a gap
    assert not writer.offer(wire(token(4)), now=1.0)  # a duplicate
    assert not writer.offer(wire(StreamEvent(RID, 5, events.DONE, {"finish_reason": "stop"})), now=1.0)
    assert not writer.offer(b'{"id": 5, "type": "token", "data": {"text": "x"}}', now=1.0)  # not to_json's form
    assert writer.tokens == 0 and writer.armed
    client.setblocking(False)
    with pytest.raises(BlockingIOError):
        client.recv(1)


def test_the_hub_writes_nothing_before_the_headers_went_out_or_while_the_reader_writes(pair):
    server, _ = pair
    writer = DirectWriter(server, chunked=True)
    writer.arm(0)
    assert not writer.armed  # gunicorn has not written the status line yet
    writer.headers_sent = True
    writer.arm(0)
    writer.disarm()
    assert not writer.armed


def test_a_full_socket_leaves_the_rest_pending_and_the_reader_sends_it_in_order(pair):
    server, client = pair
    server.setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, 4096)
    writer = armed_writer(server)
    big = "x" * 3000
    offered = 0
    while writer.armed:  # the client reads nothing: the socket fills up
        offered += 1
        assert writer.offer(wire(token(offered, big)), now=float(offered))
    assert writer.pending and writer.last_seq == offered
    assert not writer.offer(wire(token(offered + 1, big)), now=0.0)  # disarmed: the reader's turn

    received = []

    def drain() -> None:
        while True:
            chunk = client.recv(65536)
            if not chunk:
                return
            received.append(chunk)

    reader = threading.Thread(target=drain)
    reader.start()
    writer.disarm()  # sends the pending bytes, waiting for the client
    server.shutdown(socket.SHUT_WR)
    reader.join(timeout=10)
    body = dechunk(b"".join(received))
    assert body == b"".join(sse_message(token(seq, big)).encode() for seq in range(1, offered + 1))
    writer.arm(offered)
    assert writer.armed


def test_a_client_that_went_away_ends_the_stream_with_its_connection_error(pair):
    server, client = pair
    writer = armed_writer(server)
    client.close()
    server.setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, 4096)
    with pytest.raises(OSError):
        for seq in range(1, 1000):  # the first write after the close may still be accepted by the kernel
            assert writer.offer(wire(token(seq)), now=0.0)
            if not writer.armed:
                writer.disarm()
    assert writer.error is not None and not writer.armed


@pytest.mark.parametrize("environ", [
    {},  # not gunicorn
    {"SERVER_PROTOCOL": "HTTP/1.1", "REQUEST_METHOD": "GET"},  # no socket
    {"SERVER_PROTOCOL": "HTTP/1.0", "REQUEST_METHOD": "GET", "gunicorn.socket": "sock"},
    {"SERVER_PROTOCOL": "HTTP/1.1", "REQUEST_METHOD": "HEAD", "gunicorn.socket": "sock"},
    {"SERVER_PROTOCOL": "HTTP/1.1", "REQUEST_METHOD": "POST", "gunicorn.socket": "sock"},  # not under gevent
])
def test_only_a_plain_http11_response_with_a_body_under_gevent_gets_a_direct_writer(pair, environ):
    server, _ = pair
    environ = {k: (server if v == "sock" else v) for k, v in environ.items()}
    assert DirectWriter.for_request(environ) is None
