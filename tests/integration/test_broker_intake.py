"""Batched intake of Sluice's Redis transport (tasks/broker.py), on a real Redis through kombu's own
consumer: what a worker takes in one fetch, in which order, and that every message it took is recorded as
unacknowledged in kombu's format, so a worker that dies holding them gives them back."""

from __future__ import annotations

import base64
import json
import time

import pytest
import redis
from kombu import Connection, Consumer, Exchange, Producer, Queue

from tasks.broker import Channel

EXCHANGE = Exchange("intake", type="direct")


@pytest.fixture
def broker(redis_url):
    url = redis_url.rsplit("/", 1)[0] + "/7"
    client = redis.Redis.from_url(url)
    client.flushdb()
    yield url, client
    client.flushdb()


def connect(url: str, **options) -> Connection:
    return Connection(url, transport="tasks.broker:Transport",
                      transport_options={"queue_order_strategy": "priority", **options})


def publish(connection: Connection, queue: Queue, bodies: list[dict]) -> None:
    producer = Producer(connection.channel())
    for body in bodies:
        producer.publish(body, exchange=EXCHANGE, routing_key=queue.routing_key, declare=[queue])


def body_of(message: dict) -> dict:
    """A kombu message's body as its sender gave it (the Redis transport stores it base64-encoded)."""
    body = message["body"]
    if message["properties"].get("body_encoding") == "base64":
        body = base64.b64decode(body)
    return json.loads(body)


class Taker:
    """One consumer with a prefetch window of ``prefetch`` on ``queues``; ``until(n)`` drains events until it
    holds n messages in all (or 5 s passed) and returns them."""

    def __init__(self, connection: Connection, queues: list[Queue], prefetch: int, no_ack: bool = False) -> None:
        self.connection = connection
        channel = connection.channel()
        channel.basic_qos(0, prefetch, False)
        self.got: list = []
        self.consumer = Consumer(channel, queues=queues, accept=["json"], no_ack=no_ack,
                                 callbacks=[lambda body, message: self.got.append((body, message))])
        self.consumer.consume()

    def until(self, wanted: int) -> list:
        deadline = time.monotonic() + 5
        while len(self.got) < wanted and time.monotonic() < deadline:
            try:
                self.connection.drain_events(timeout=0.5)
            except TimeoutError:
                pass
        return self.got


def take(connection: Connection, queues: list[Queue], prefetch: int, wanted: int) -> list:
    return Taker(connection, queues, prefetch).until(wanted)


def test_one_fetch_fills_the_prefetch_window_in_order_and_records_every_message(broker):
    url, client = broker
    queue = Queue("intake.a", EXCHANGE, routing_key="intake.a")
    with connect(url) as connection:
        publish(connection, queue, [{"i": i} for i in range(50)])
        commands_before = client.info("commandstats").get("cmdstat_brpop", {}).get("calls", 0)
        taker = Taker(connection, [queue], prefetch=20)
        got = list(taker.until(20))
        assert [body["i"] for body, _ in got] == list(range(20))
        # One BRPOP brought the whole window; a second one waits for room that never came.
        brpops = client.info("commandstats")["cmdstat_brpop"]["calls"] - commands_before
        assert brpops <= 2
        assert client.llen("intake.a") == 30
        assert client.hlen("unacked") == client.zcard("unacked_index") == 20
        for body, message in got:
            record, exchange, routing_key = json.loads(client.hget("unacked", message.delivery_tag))
            assert record["properties"]["delivery_tag"] == message.delivery_tag
            assert body_of(record) == body
            assert (exchange, routing_key) == ("intake", "intake.a")
        for _, message in got[:5]:
            message.ack()
        assert client.hlen("unacked") == client.zcard("unacked_index") == 15
        # Room for five more: the next fetch brings exactly five, the next in line.
        more = taker.until(25)
        assert [body["i"] for body, _ in more] == list(range(25))
        assert client.llen("intake.a") == 25


def test_a_fetch_takes_the_first_queue_before_the_second(broker):
    url, client = broker
    interactive = Queue("intake.first", EXCHANGE, routing_key="intake.first")
    batch = Queue("intake.second", EXCHANGE, routing_key="intake.second")
    with connect(url) as connection:
        publish(connection, batch, [{"q": "second", "i": i} for i in range(4)])
        publish(connection, interactive, [{"q": "first", "i": i} for i in range(3)])
        got = take(connection, [interactive, batch], prefetch=10, wanted=7)
    assert [(body["q"], body["i"]) for body, _ in got] == (
        [("first", i) for i in range(3)] + [("second", i) for i in range(4)])


def test_messages_a_dead_worker_held_go_back_to_their_queue(broker):
    url, client = broker
    queue = Queue("intake.b", EXCHANGE, routing_key="intake.b")
    with connect(url) as connection:
        publish(connection, queue, [{"i": i} for i in range(12)])
    dead = connect(url)
    got = take(dead, [queue], prefetch=8, wanted=8)
    assert len(got) == 8 and client.llen("intake.b") == 4
    # The worker "dies": its connection is dropped without a close that would give the messages back, and
    # another worker restores what is past its visibility timeout (0 here: everything unacked).
    with connect(url, visibility_timeout=0) as survivor:
        survivor.channel().qos.restore_visible(num=100)
    assert client.hlen("unacked") == 0
    assert client.llen("intake.b") == 12
    assert sorted(body_of(json.loads(raw))["i"] for raw in client.lrange("intake.b", 0, -1)) == list(range(12))
    dead.release()  # its own restore at close finds nothing left to give back
    assert client.llen("intake.b") == 12


def test_a_message_that_is_not_kombus_ends_the_batch_where_it_lies(broker):
    url, client = broker
    queue = Queue("intake.c", EXCHANGE, routing_key="intake.c")
    with connect(url) as connection:
        publish(connection, queue, [{"i": 0}])
        client.lpush("intake.c", b"not a kombu message")  # behind the first, in pop order
        publish(connection, queue, [{"i": 2}])
        got = take(connection, [queue], prefetch=10, wanted=1)
        assert [body["i"] for body, _ in got] == [0]
        assert client.hlen("unacked") == 1
        # What the script could not read is back where it was, ahead of the next message.
        assert client.lrange("intake.c", 0, -1)[-1] == b"not a kombu message"
        assert client.llen("intake.c") == 2


def test_a_fetch_batch_of_one_is_kombus_own_intake(broker):
    url, client = broker
    queue = Queue("intake.d", EXCHANGE, routing_key="intake.d")
    with connect(url, fetch_batch=1) as connection:
        publish(connection, queue, [{"i": i} for i in range(6)])
        brpops_before = client.info("commandstats").get("cmdstat_brpop", {}).get("calls", 0)
        got = take(connection, [queue], prefetch=4, wanted=4)
        assert isinstance(connection.default_channel, Channel) and connection.default_channel.fetch_batch == 1
        assert [body["i"] for body, _ in got] == [0, 1, 2, 3]
        # One BRPOP per message, as kombu fetches.
        assert client.info("commandstats")["cmdstat_brpop"]["calls"] - brpops_before >= 4
        assert client.hlen("unacked") == 4 and client.llen("intake.d") == 2


def test_a_consumer_without_acknowledgements_has_nothing_recorded(broker):
    url, client = broker
    queue = Queue("intake.e", EXCHANGE, routing_key="intake.e")
    with connect(url) as connection:
        publish(connection, queue, [{"i": i} for i in range(5)])
        got = Taker(connection, [queue], prefetch=3, no_ack=True).until(5)
        assert [body["i"] for body, _ in got] == [0, 1, 2, 3, 4]
        assert client.hlen("unacked") == client.zcard("unacked_index") == 0
