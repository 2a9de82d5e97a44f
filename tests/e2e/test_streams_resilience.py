"""Streams end properly whatever breaks, on a stack of their own (its own Redis, gateway and workers, a
short silence timeout, reconnect grace and write timeout, few readers per stream) so that killing and
restarting parts never touches the shared session stack: a killed generation worker, a Redis restart, a
reader that leaves, a client that stops reading, one reader too many."""

from __future__ import annotations

import json
import secrets
import signal
import socket
import threading
import time
from urllib.parse import urlparse

import pytest
import requests

from billing.ledger import UsageLedger
from sluice.streams import events
from sluice.streams.events import StreamEvent, new_request_id
from sluice.streams.publisher import StreamPublisher
from tests.conftest import wait_until
from tests.ops_stack import MODEL, OpsStack, StreamReader, sample
from tests.sse import read_events

pytestmark = pytest.mark.e2e

SILENCE_SECONDS = 3.0
GRACE_SECONDS = 1.0
WRITE_TIMEOUT_SECONDS = 2.0
MAX_READERS = 2
LONG = 2000
STORY = "Write a very long story about a lighthouse keeper and the sea."


@pytest.fixture(scope="module")
def streams_stack(tmp_path_factory, model_path):
    stack = OpsStack(tmp_path_factory.mktemp("streams"), model_path, {MODEL: str(model_path)})
    try:
        stack.start_serving(SLUICE_STREAM_SILENCE_TIMEOUT=str(SILENCE_SECONDS),
                            SLUICE_STREAM_RECONNECT_GRACE_SECONDS=str(GRACE_SECONDS),
                            SLUICE_STREAM_WRITE_TIMEOUT=str(WRITE_TIMEOUT_SECONDS),
                            SLUICE_STREAM_MAX_READERS=str(MAX_READERS))
        yield stack
    finally:
        stack.close()


def live_generation_worker(stack: OpsStack) -> None:
    """Wait for the stack's generation worker to be live, starting it anew if it exited (a test killed it,
    or it shut itself down: see the Redis restart test)."""
    process = stack.processes["gpu"]
    if process.poll() is None and "Unrecoverable error" in stack.log("gpu"):
        # Celery's worker does not survive losing its broker while it holds a task (kombu's restore of the
        # unacknowledged message fails on the closed connection): it exits once its running tasks end.
        process.wait(timeout=60)

    def live() -> bool:
        if stack.processes["gpu"].poll() is not None:
            wait_until(lambda: stack.live_workers() == 0, 10, what="the dead worker's presence to expire")
            stack.start_gpu_worker("gpu")
        return stack.live_workers() >= 1

    wait_until(live, 300, interval=0.5, what="a live generation worker")


def native_prompt(stack: OpsStack, max_tokens: int = LONG) -> dict:
    created = requests.post(f"{stack.base_url}/v1/prompts", headers=stack.headers(), timeout=30,
                            json={"prompt": STORY, "max_tokens": max_tokens, "temperature": 0})
    assert created.status_code == 201
    return created.json()


def test_a_native_reader_that_leaves_cancels_the_generation_unless_it_comes_back_in_time(streams_stack):
    stack = streams_stack
    live_generation_worker(stack)
    created = native_prompt(stack)
    url = stack.base_url + created["stream_url"]

    first = requests.get(url, stream=True, timeout=60)
    seen = []
    for event in read_events(first):
        seen.append(event)
        if len(seen) == 3:
            break
    first.close()
    left = time.monotonic()

    # Back at once with Last-Event-ID, as EventSource does: the generation goes on past the grace period,
    # and the stream continues right after the last event seen.
    second = requests.get(url, stream=True, timeout=60, headers={"Last-Event-ID": seen[-1].id})
    for event in read_events(second):
        seen.append(event)
        if time.monotonic() - left > 3 * GRACE_SECONDS and len(seen) > 6:
            break
    second.close()
    assert [int(e.id) for e in seen] == list(range(1, len(seen) + 1))
    assert {e.event for e in seen} == {"token"}

    # Gone for good: the gateway cancels after the grace period and the engine aborts the request.
    record = wait_until(lambda: UsageLedger(stack.database_url).get(created["id"]), 60,
                        what="the cancelled request's usage record")
    assert record.outcome == "cancelled"
    assert len(seen) <= record.completion_tokens < LONG


def fake_stream(stack: OpsStack) -> tuple[str, str]:
    """A stream id and its token, for a test that publishes the stream's events itself."""
    rid, token = new_request_id("bench"), secrets.token_urlsafe(16)
    stack.redis.hset(events.request_meta_key(rid), mapping={
        "customer_id": 0, "api_key_id": 0, "model": MODEL, "created": int(time.time()), "stream_token": token})
    return rid, token


def subscribers(stack: OpsStack, rid: str) -> int:
    """How many subscriptions Redis holds for the stream's live channel (the gateway's hub holds one while
    it relays the stream to any reader)."""
    return stack.redis.pubsub_numsub(events.channel_name(rid))[0][1]


def test_a_client_that_never_reads_is_dropped_and_freed_without_slowing_the_other_streams(streams_stack):
    stack = streams_stack
    client = stack.redis
    publisher = StreamPublisher(client, replay_ttl_seconds=120, replay_max_events=100_000)
    (stalled, stalled_token), (watched, watched_token) = fake_stream(stack), fake_stream(stack)
    tokens = {stalled: stalled_token, watched: watched_token}
    dropped_before = sample(stack.scrape(f"{stack.base_url}/metrics"), "sluice_relay_clients_dropped_total")

    # The stalled client asks for its stream and never reads a byte of it, nor closes its socket.
    address = urlparse(stack.base_url)
    stalled_socket = socket.create_connection((address.hostname, address.port))
    stalled_socket.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
    stalled_socket.sendall(f"GET /v1/streams/{stalled}?token={tokens[stalled]} HTTP/1.1\r\n"
                           f"Host: {address.netloc}\r\n\r\n".encode())
    watched_response = requests.get(f"{stack.base_url}/v1/streams/{watched}", params={"token": tokens[watched]},
                                    stream=True, timeout=30)
    delays = []

    def read_watched() -> None:
        for event in read_events(watched_response):
            if event.event == "token":
                delays.append(time.time() - json.loads(event.data)["t"])
            if event.event == "done":
                return

    reader = threading.Thread(target=read_watched, daemon=True)
    reader.start()
    big = "x" * 12_000
    try:
        # 12 MB for the stalled stream, far beyond what socket buffers hold, while the watched one ticks.
        for seq in range(1, 1001):
            publisher.publish(StreamEvent(stalled, seq, events.TOKEN, {"text": big}))
            if seq % 20 == 0:
                publisher.publish(StreamEvent(watched, seq // 20, events.TOKEN, {"text": "x", "t": time.time()}))
                time.sleep(0.02)
        publisher.publish_and_wait(StreamEvent(watched, 51, events.DONE, {"finish_reason": "stop"}))
        reader.join(timeout=30)
        assert len(delays) == 50
        delays.sort()
        assert delays[len(delays) // 2] < 0.1 and delays[-1] < 0.5, delays

        # The socket stays open here and never reads: the gateway drops the client once its socket has taken
        # nothing for the write timeout, and lets go of the stream's subscription...
        wait_until(lambda: subscribers(stack, stalled) == 0, WRITE_TIMEOUT_SECONDS + 15, interval=0.2,
                   what="the gateway to drop the client that never reads")
        dropped = sample(stack.scrape(f"{stack.base_url}/metrics"), "sluice_relay_clients_dropped_total")
        assert dropped == dropped_before + 1
        # ...and of its reader slot: the stream takes its full number of readers again.
        publisher.publish_and_wait(StreamEvent(stalled, 1001, events.DONE, {"finish_reason": "stop"}))
        readers = [requests.get(f"{stack.base_url}/v1/streams/{stalled}", params={"token": stalled_token},
                                headers={"Last-Event-ID": "1000"}, stream=True, timeout=30)
                   for _ in range(MAX_READERS)]
        assert [r.status_code for r in readers] == [200] * MAX_READERS
        assert [[e.event for e in read_events(r)] for r in readers] == [["done"]] * MAX_READERS
        # The gateway ended the connection (this test never closed it).
        assert connection_ended(stalled_socket, within=10)
    finally:
        publisher.close()
        stalled_socket.close()


def test_a_stream_serves_its_configured_number_of_readers_and_refuses_one_more_with_a_429(streams_stack):
    stack = streams_stack
    (rid, token), (other, other_token) = fake_stream(stack), fake_stream(stack)
    publisher = StreamPublisher(stack.redis, replay_ttl_seconds=120, replay_max_events=1000)
    url = f"{stack.base_url}/v1/streams/{rid}"
    readers = [requests.get(url, params={"token": token}, stream=True, timeout=30) for _ in range(MAX_READERS)]
    try:
        assert [r.status_code for r in readers] == [200] * MAX_READERS
        refused = requests.get(url, params={"token": token}, timeout=30)
        assert refused.status_code == 429
        assert set(refused.json()["error"]) == {"message", "type", "param", "code"}
        assert (refused.json()["error"]["type"], refused.json()["error"]["code"]) == ("stream_readers",
                                                                                    "rate_limit_exceeded")
        assert int(refused.headers["Retry-After"]) >= 1
        # The cap is per stream: another stream still gets its reader.
        elsewhere = requests.get(f"{stack.base_url}/v1/streams/{other}", params={"token": other_token},
                                 stream=True, timeout=30)
        assert elsewhere.status_code == 200
        elsewhere.close()

        # The admitted readers get the whole stream; once they have ended, a reader is admitted again.
        publisher.publish(StreamEvent(rid, 1, events.TOKEN, {"text": "hi"}))
        publisher.publish_and_wait(StreamEvent(rid, 2, events.DONE, {"finish_reason": "stop"}))
        assert [[e.event for e in read_events(r)] for r in readers] == [["token", "done"]] * MAX_READERS
        later = wait_until(lambda: _admitted(url, token), 10, interval=0.2, what="a freed reader slot")
        assert [e.event for e in read_events(later)] == ["token", "done"]
    finally:
        publisher.close()
        for response in readers:
            response.close()


def connection_ended(sock: socket.socket, within: float) -> bool:
    """Whether the peer ended the connection (reset, or closed once its data was read) within the time."""
    sock.settimeout(within)
    try:
        while sock.recv(1 << 20):
            pass
    except ConnectionResetError:
        return True
    except TimeoutError:
        return False
    return True


def _admitted(url: str, token: str) -> requests.Response | None:
    response = requests.get(url, params={"token": token}, stream=True, timeout=30)
    if response.status_code == 200:
        return response
    response.close()
    return None


def test_the_gateways_hub_writes_live_tokens_straight_to_the_client_gap_free_and_in_order(streams_stack):
    stack = streams_stack
    client = stack.redis
    rid, token = new_request_id("bench"), secrets.token_urlsafe(16)
    client.hset(events.request_meta_key(rid), mapping={
        "customer_id": 0, "api_key_id": 0, "model": MODEL, "created": int(time.time()), "stream_token": token})
    before = sample(stack.scrape(f"{stack.base_url}/metrics"), "sluice_relay_direct_tokens_total")
    response = requests.get(f"{stack.base_url}/v1/streams/{rid}", params={"token": token}, stream=True, timeout=30)
    reader = read_events(response)
    publisher = StreamPublisher(client, replay_ttl_seconds=120, replay_max_events=1000)
    try:
        wait_until(lambda: client.pubsub_numsub(events.channel_name(rid))[0][1] == 1, 10,
                   what="the stream's subscription")
        for seq in range(1, 201):
            publisher.publish(StreamEvent(rid, seq, events.TOKEN, {"text": f" t{seq}"}))
            time.sleep(0.002)
        publisher.publish(StreamEvent(rid, 201, events.DONE, {"finish_reason": "length"}))
        seen = list(reader)
    finally:
        publisher.close()
        response.close()

    assert [int(e.id) for e in seen] == list(range(1, 202))
    assert "".join(json.loads(e.data)["text"] for e in seen[:-1]) == "".join(f" t{n}" for n in range(1, 201))
    assert seen[-1].event == "done"
    # The live tokens went from the hub to the socket, not through the stream's greenlet.
    after = sample(stack.scrape(f"{stack.base_url}/metrics"), "sluice_relay_direct_tokens_total")
    assert after - before >= 100, (before, after)


def test_an_openai_stream_written_by_the_hub_has_the_same_text_as_the_whole_answer(streams_stack):
    stack = streams_stack
    live_generation_worker(stack)
    before = sample(stack.scrape(f"{stack.base_url}/metrics"), "sluice_relay_direct_tokens_total")
    streamed = StreamReader(stack.chat(STORY, max_tokens=64)).read()
    whole = stack.chat(STORY, max_tokens=64, stream=False).json()

    assert streamed.done and streamed.finish_reason == "length"
    assert streamed.usage["completion_tokens"] == 64
    assert "".join(streamed.texts) == whole["choices"][0]["message"]["content"]
    after = sample(stack.scrape(f"{stack.base_url}/metrics"), "sluice_relay_direct_tokens_total")
    assert after - before >= 32, (before, after)


def test_the_gateway_relays_every_stream_over_one_redis_connection(streams_stack):
    stack = streams_stack
    live_generation_worker(stack)
    subscribed_before = {c["id"] for c in stack.redis.client_list() if int(c.get("sub", 0)) > 0}
    created = [native_prompt(stack, max_tokens=400) for _ in range(3)]
    responses = [requests.get(stack.base_url + c["stream_url"], stream=True, timeout=60) for c in created]
    # Each reader stays referenced: a collected read_events generator closes its connection, and the gateway
    # would then end that stream (and cancel its generation after the grace period).
    readers = [read_events(response) for response in responses]
    for reader in readers:
        next(reader)  # every stream answered (its relay subscribes right after)

    def hubs(clients: list[dict]) -> list[dict]:
        return [c for c in clients if c.get("name", "").startswith("sluice-live-hub-") and int(c.get("sub", 0)) > 0]

    def subscribed() -> list[dict] | None:
        clients = stack.redis.client_list()
        found = hubs(clients)
        return clients if len(found) == 1 and int(found[0]["sub"]) >= 3 else None

    # The gateway's one process holds one hub connection, subscribed to (at least) these three channels...
    clients = wait_until(subscribed, 30, what="the three subscriptions")
    hub = hubs(clients)[0]
    numsub = dict(stack.redis.pubsub_numsub(*(events.channel_name(c["id"]) for c in created)))
    assert list(numsub.values()) == [1, 1, 1]
    # ...and no connection per stream appeared beside it.
    newly_subscribed = {c["id"] for c in clients if int(c.get("sub", 0)) > 0} - subscribed_before - {hub["id"]}
    assert not newly_subscribed
    for response, c in zip(responses, created, strict=True):
        response.close()
        requests.delete(f"{stack.base_url}/v1/prompts/{c['id']}", headers=stack.headers(), timeout=10)


def test_a_redis_restart_mid_stream_resumes_the_stream_or_ends_it_with_an_error(streams_stack):
    stack = streams_stack
    live_generation_worker(stack)
    began = time.monotonic()
    uninterrupted = StreamReader(stack.chat(STORY, max_tokens=160)).read()
    # How long this answer takes on this machine (38 s in a loaded fresh-clone run of 2026-12-03).
    answer_seconds = time.monotonic() - began
    assert uninterrupted.finish_reason in {"length", "stop"}
    expected = "".join(uninterrupted.texts)

    response = stack.chat(STORY, max_tokens=160)
    port = urlparse(stack.redis_url).port
    texts, finish_reason, errors, done = [], None, [], False
    restarted = None
    for event in read_events(response):
        if event.data == "[DONE]":
            done = True
            break
        chunk = event.json()
        if "error" in chunk:
            errors.append(chunk["error"])
            continue
        choice = chunk["choices"][0] if chunk["choices"] else {}
        if choice.get("delta", {}).get("content"):
            texts.append(choice["delta"]["content"])
        finish_reason = choice.get("finish_reason") or finish_reason
        if len(texts) == 5 and restarted is None:
            stack.stop("redis")  # SIGTERM; a Redis without persistence comes back empty
            stack.start_redis(port)
            restarted = time.monotonic()
    assert restarted is not None and done
    # Ended (resumed or with an error) within the answer's own time plus the silence bound: never a hang.
    assert time.monotonic() - restarted < answer_seconds + SILENCE_SECONDS + 30
    text = "".join(texts)
    print(f"redis restart after 5 tokens: {'clean error' if errors else 'resumed'}, {len(texts)} tokens")
    if errors:  # a clean error: one error, no finish reason, and only tokens of the real answer before it
        assert len(errors) == 1 and finish_reason is None
        assert expected.startswith(text)
    else:  # resumed: the whole answer, every token once and in order
        assert finish_reason == uninterrupted.finish_reason
        assert text == expected


def test_a_killed_generation_worker_ends_both_stream_shapes_with_one_error_event_in_bounded_time(streams_stack):
    stack = streams_stack
    live_generation_worker(stack)
    openai_events = read_events(stack.chat(STORY, max_tokens=LONG))
    native = native_prompt(stack)
    native_events = read_events(requests.get(stack.base_url + native["stream_url"], stream=True, timeout=60))
    openai_seen = [next(openai_events) for _ in range(4)]  # the role chunk and three tokens
    native_seen = [next(native_events) for _ in range(3)]
    assert [e.event for e in native_seen] == ["token"] * 3

    stack.processes["gpu"].send_signal(signal.SIGKILL)
    killed = time.monotonic()
    openai_seen += list(openai_events)
    native_seen += list(native_events)
    # Silence for SILENCE_SECONDS, then the error: a client never waits much longer than that.
    assert time.monotonic() - killed < SILENCE_SECONDS + 10

    assert openai_seen[-1].data == "[DONE]"
    error = openai_seen[-2].json()["error"]
    assert error["code"] == "generation_failed" and "no events" in error["message"]
    chunks = [e.json() for e in openai_seen[:-2]]
    assert all("error" not in c and c["choices"][0]["finish_reason"] is None for c in chunks)

    assert [e.event for e in native_seen[:-1]] == ["token"] * (len(native_seen) - 1)
    assert native_seen[-1].event == "error"
    assert [int(e.id) for e in native_seen] == list(range(1, len(native_seen) + 1))
