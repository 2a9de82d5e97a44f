"""The relay between workers and clients, against a real Redis: complete, ordered, resumable, bounded."""

from __future__ import annotations

import subprocess
import threading
import time
from functools import partial

import pytest
import redis

from api.relay import StreamRelay
from api.submission import cancel
from sluice.settings import Settings
from sluice.streams import events
from sluice.streams.events import StreamEvent, new_request_id
from sluice.streams.hub import HEARTBEAT
from sluice.streams.publisher import StreamPublisher
from tests.conftest import wait_until


@pytest.fixture
def client(redis_url):
    # Like the gateway's pool (sluice/redis_client.py): hundreds of readers replaying at once wait for a
    # connection instead of failing past redis-py's default 100.
    return redis.Redis(connection_pool=redis.BlockingConnectionPool.from_url(redis_url, max_connections=256,
                                                                             timeout=10))


@pytest.fixture
def publisher(client):
    publisher = StreamPublisher(client, replay_ttl_seconds=60, replay_max_events=1000)
    yield publisher
    publisher.close()


@pytest.fixture
def relay(client):
    relay = StreamRelay(client, cancel=partial(cancel, client, Settings(replay_ttl_seconds=60)))
    yield relay
    relay.hub.close()


def token(request_id: str, seq: int) -> StreamEvent:
    return StreamEvent(request_id, seq, events.TOKEN, {"text": f"t{seq}"})


def done(request_id: str, seq: int) -> StreamEvent:
    return StreamEvent(request_id, seq, events.DONE, {"finish_reason": "stop"})


def test_a_late_reader_gets_every_event_once_and_in_order_then_follows_live(publisher, relay):
    rid = new_request_id()
    for seq in range(1, 6):
        publisher.publish(token(rid, seq))
    publisher.publish_and_wait(token(rid, 6))

    def finish_later():
        time.sleep(0.3)
        for seq in range(7, 10):
            publisher.publish(token(rid, seq))
        publisher.publish_and_wait(done(rid, 10))

    threading.Thread(target=finish_later).start()
    received = [e for e in relay.events(rid, heartbeat_interval=5) if e is not HEARTBEAT]
    assert [e.seq for e in received] == list(range(1, 11))
    assert received[-1].type == events.DONE


def test_a_reconnect_with_last_event_id_resumes_after_it(publisher, relay):
    rid = new_request_id()
    for seq in range(1, 8):
        publisher.publish(token(rid, seq))
    publisher.publish_and_wait(done(rid, 8))
    assert [e.seq for e in relay.events(rid, after_seq=5)] == [6, 7, 8]


def test_events_missed_on_the_live_channel_are_filled_from_the_log(client, publisher, relay):
    rid = new_request_id()
    received = []

    def read():
        received.extend(e for e in relay.events(rid, heartbeat_interval=5) if e is not HEARTBEAT)

    reader = threading.Thread(target=read)
    reader.start()
    time.sleep(0.3)
    # Events 1-3 go to the log only (as if their live messages were lost), then 4 and the end go live.
    for seq in (1, 2, 3):
        client.xadd(events.replay_log_key(rid), {"e": token(rid, seq).to_json()}, id=f"{seq}-0")
    publisher.publish(token(rid, 4))
    publisher.publish_and_wait(done(rid, 5))
    reader.join(timeout=10)
    assert [e.seq for e in received] == [1, 2, 3, 4, 5]


def test_a_silent_stream_ends_with_an_error_instead_of_hanging(publisher, relay):
    rid = new_request_id()
    publisher.publish_and_wait(token(rid, 1))
    started = time.monotonic()
    received = list(relay.events(rid, heartbeat_interval=0.2, silence_timeout=1.0))
    elapsed = time.monotonic() - started
    assert HEARTBEAT in received
    final = received[-1]
    assert final.type == events.ERROR and final.seq == 2 and final.made_by_gateway
    assert 0.9 < elapsed < 5
    # The gateway ended the stream, not the generation: it cancels it, so nothing goes on for nobody.
    assert relay.redis.exists(events.cancel_flag_key(rid))


def test_an_idle_publisher_sends_at_once_and_a_busy_one_queues_behind_it_in_order(publisher, client):
    rid = new_request_id()
    publisher.publish(token(rid, 1))
    # Nothing was sent for a tick: the event went out from this thread, before publish returned.
    assert client.xlen(events.replay_log_key(rid)) == 1
    publisher.publish(token(rid, 2))  # within the tick: the flusher sends it
    publisher.publish_and_wait(done(rid, 3))
    logged = [StreamEvent.from_json(fields[b"e"]).seq for _, fields in client.xrange(events.replay_log_key(rid))]
    assert logged == [1, 2, 3]


def test_a_streams_first_event_is_not_held_for_a_busy_publishers_tick(client):
    publisher = StreamPublisher(client, replay_ttl_seconds=60, replay_max_events=1000, tick_seconds=30.0)
    try:
        busy, new = new_request_id(), new_request_id()
        publisher.publish(token(busy, 1))  # idle: sent at once
        publisher.publish(token(busy, 2))  # within the tick: it waits for the next flush, 30 s away
        assert client.xlen(events.replay_log_key(busy)) == 1
        publisher.publish(token(new, 1))  # another stream's first token: the flush goes now, with both
        wait_until(lambda: client.xlen(events.replay_log_key(new)) == 1, 5, what="the first token sent")
        assert client.xlen(events.replay_log_key(busy)) == 2
    finally:
        publisher.close()


def test_the_publisher_coalesces_many_streams_into_few_round_trips(publisher, relay):
    ids = [new_request_id() for _ in range(50)]
    before = publisher.flushes
    for seq in range(1, 21):
        for rid in ids:
            publisher.publish(token(rid, seq))
    for rid in ids:
        publisher.publish(done(rid, 21))
    publisher.publish_and_wait(done(new_request_id(), 1))
    assert publisher.flushes - before < 1050 / 10
    assert [e.seq for e in relay.events(ids[-1])] == list(range(1, 22))


def read_all(relay: StreamRelay, rid: str, out: list, **options) -> threading.Thread:
    """Read ``rid``'s stream to its end on a thread, into ``out``."""
    def read():
        out.extend(e for e in relay.events(rid, heartbeat_interval=5, **options) if e is not HEARTBEAT)

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    return reader


def hub_connections(client: redis.Redis, relay: StreamRelay) -> int:
    """The relay's hub connections to this Redis that are subscribed to at least one channel (this Redis
    also serves other stacks' Celery workers, whose remote-control connections subscribe too)."""
    return sum(1 for c in client.client_list()
               if c.get("name") == relay.hub.connection_name and int(c.get("sub", 0)) > 0)


def test_hundreds_of_streams_share_one_pubsub_connection_and_each_gets_its_own_events(client, publisher, relay):
    ids = [new_request_id() for _ in range(300)]
    received = {rid: [] for rid in ids}
    readers = [read_all(relay, rid, received[rid]) for rid in ids]
    wait_until(lambda: relay.hub.channel_count == len(ids), 10, what="every reader subscribed")
    assert hub_connections(client, relay) == 1

    for seq in range(1, 11):
        for rid in ids:
            publisher.publish(token(rid, seq))
    for rid in ids:
        publisher.publish(done(rid, 11))
    for reader in readers:
        reader.join(timeout=20)
    assert all([e.seq for e in received[rid]] == list(range(1, 12)) for rid in ids)
    assert all({e.request_id for e in received[rid]} == {rid} for rid in ids)
    # The last reader gone, its channel is unsubscribed: nothing stays behind per stream.
    wait_until(lambda: relay.hub.channel_count == 0 and hub_connections(client, relay) == 0, 10,
               what="the channels to be unsubscribed")


def test_a_dropped_hub_connection_resumes_without_a_gap_or_a_duplicate(client, publisher, relay):
    rid = new_request_id()
    received = []
    reader = read_all(relay, rid, received)
    wait_until(lambda: relay.hub.channel_count == 1 and hub_connections(client, relay) == 1, 10, what="the subscription")
    for seq in range(1, 6):
        publisher.publish(token(rid, seq))
    wait_until(lambda: len(received) == 5, 10, what="the first five events")

    # This relay's own connection, by its address: hubs of earlier tests in this process share its name.
    host, port = relay.hub._sock.getsockname()[:2]
    hub_id = next(c["id"] for c in client.client_list() if c.get("addr") == f"{host}:{port}")
    client.client_kill_filter(_id=hub_id)  # as if the connection broke
    for seq in range(6, 30):  # published while the hub has no connection: only the log has them
        publisher.publish(token(rid, seq))
    publisher.publish_and_wait(token(rid, 30))
    wait_until(lambda: relay.hub.connects == 2, 10, what="the hub to reconnect")
    publisher.publish_and_wait(done(rid, 31))
    reader.join(timeout=10)
    assert [e.seq for e in received] == list(range(1, 32))


def test_a_redis_that_never_answers_the_hubs_handshake_is_retried_not_waited_for_forever():
    """A server that accepts the hub's connection and says nothing (a Redis stuck mid-failover, a broken
    proxy): the hub gives up on that handshake after its ping interval and connects again."""
    import socket

    from sluice.streams.hub import LiveHub

    server = socket.create_server(("127.0.0.1", 0))
    accepted: list[socket.socket] = []

    def accept() -> None:
        while True:
            try:
                accepted.append(server.accept()[0])  # kept open, never answered
            except OSError:
                return

    threading.Thread(target=accept, daemon=True).start()
    hub = LiveHub(redis.Redis(port=server.getsockname()[1]), ping_interval=0.5)
    try:
        hub._ensure_reader()
        wait_until(lambda: len(accepted) >= 3, 10, what="the hub to try again after a silent handshake")
        assert hub.connects == 0
    finally:
        hub.close()
        server.close()
        for conn in accepted:
            conn.close()


def test_a_reader_that_falls_far_behind_catches_up_from_the_log_without_holding_up_others(client, publisher):
    relay = StreamRelay(client, cancel=partial(cancel, client, Settings(replay_ttl_seconds=60)))
    relay.hub = type(relay.hub)(client, backlog_limit=5)
    slow_id, fast_id = new_request_id(), new_request_id()
    publisher.publish_and_wait(token(slow_id, 1))
    slow_events = relay.events(slow_id, heartbeat_interval=5)
    first = next(slow_events)  # subscribed; then it stops reading while 100 events arrive for it
    fast = []
    fast_reader = read_all(relay, fast_id, fast)
    wait_until(lambda: relay.hub.channel_count == 2, 10, what="both subscriptions")
    for seq in range(first.seq + 1, 101):
        publisher.publish(token(slow_id, seq))
    for seq in range(1, 10):
        publisher.publish(token(fast_id, seq))
    publisher.publish_and_wait(done(fast_id, 10))
    fast_reader.join(timeout=10)
    assert [e.seq for e in fast] == list(range(1, 11))

    publisher.publish_and_wait(done(slow_id, 101))
    rest = [e for e in slow_events if e is not HEARTBEAT]
    assert [first.seq] + [e.seq for e in rest] == list(range(1, 102))
    relay.hub.close()


def test_events_that_redis_lost_end_the_stream_with_an_error_not_a_silent_gap(client, publisher, relay):
    rid = new_request_id()
    publisher.publish_and_wait(token(rid, 1))
    client.delete(events.replay_log_key(rid))  # as after a restart of a Redis without persistence
    publisher.publish_and_wait(token(rid, 4))
    received = list(relay.events(rid, heartbeat_interval=5))
    assert [(e.seq, e.type) for e in received] == [(1, events.ERROR)]
    assert "lost events" in received[0].data["message"]


def test_a_request_whose_model_has_no_live_worker_ends_with_an_error_before_its_queue_timeout(relay):
    started = time.monotonic()
    rid = new_request_id()
    received = list(relay.events(rid, heartbeat_interval=5, silence_timeout=30, queue_timeout=60,
                                 no_worker_timeout=1.0, model="no-such-model"))
    assert [e.type for e in received] == [events.ERROR]
    assert "no worker" in received[0].data["message"]
    assert time.monotonic() - started < 5
    assert relay.redis.exists(events.cancel_flag_key(rid))  # a worker that takes it later skips it


def test_the_publisher_keeps_events_in_order_through_a_redis_outage(tmp_path, redis_url):
    from cli.launcher import redis_server_binary
    from tests.conftest import free_port

    port = free_port()
    argv = [redis_server_binary(), "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
            "--dir", str(tmp_path)]
    server = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    private = redis.Redis.from_url(f"redis://127.0.0.1:{port}/0")
    wait_until(lambda: _answers(private), 10, what="the private redis-server")
    publisher = StreamPublisher(private, replay_ttl_seconds=60, replay_max_events=1000)
    rid = new_request_id()
    try:
        server.terminate()
        server.wait(timeout=10)
        for seq in range(1, 6):  # Redis is down: these wait in order
            publisher.publish(token(rid, seq))
        time.sleep(0.5)  # the flusher is retrying now
        server = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        assert publisher.publish_and_wait(done(rid, 6), timeout=20)
        logged = [StreamEvent.from_json(f[b"e"]).seq for _, f in private.xrange(events.replay_log_key(rid))]
        assert logged == [1, 2, 3, 4, 5, 6]
        assert publisher.events_dropped == 0
    finally:
        publisher.close()
        server.terminate()
        server.wait(timeout=10)


def _answers(client: redis.Redis) -> bool:
    try:
        return bool(client.ping())
    except redis.ConnectionError:
        return False
