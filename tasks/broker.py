"""The Redis transport of Sluice's Celery app: kombu's own, with one Redis client per channel and
batched intake.

kombu builds a new ``redis.Redis`` for every command it sends outside its event loop: queueing a task,
recording a delivered message as unacked, acknowledging it. Building one costs about as much as the
round trip itself, and a task's way through the gateway, the safety worker and the generation worker takes
five of them. A client over a connection pool is thread-safe, so one per pool serves every call.

Batched intake. kombu's consumer takes one message per ``BRPOP`` and then records it as unacknowledged
with a second round trip (``MULTI``/``EXEC``); a message popped but not yet recorded is lost if the worker
dies between the two. A worker that has room for more (its prefetch window) takes them at once instead:
after a ``BRPOP`` returns one message, one Lua script records it and pops and records up to
``fetch_batch - 1`` more from the same queues, in the order the ``BRPOP`` read them (priority steps, then
queues). Two round trips bring up to ``fetch_batch`` messages, and every message the script pops is
recorded in the same atomic step. In a generation worker, whose consumer thread waits for the interpreter
after every round trip while the stream loop works, this is what lets it take tasks as fast as its engine
frees slots (``bench/worker_intake.py``).
"""

from __future__ import annotations

import logging
import time

import redis
from kombu.transport import redis as kombu_redis
from kombu.utils.json import loads

log = logging.getLogger(__name__)

# KEYS: the unacked hash, the unacked index, then the queue keys in the order to take from them.
# ARGV: the time to index the records under, how many more messages to pop, the message BRPOP returned.
# A record is what kombu's QoS writes: [message, exchange, routing key] as JSON, under the delivery tag.
# Returns the popped messages, each followed by the key it came from. Nothing is written before every check
# of the first message passed; a popped message that is not kombu's goes back and ends the batch.
_RECORD_AND_TAKE = """
local function entry_of(raw)
  local ok, message = pcall(cjson.decode, raw)
  if not ok or type(message) ~= 'table' or type(message['properties']) ~= 'table' then
    return nil
  end
  local properties = message['properties']
  local info = properties['delivery_info']
  if type(info) ~= 'table' or properties['delivery_tag'] == nil then
    return nil
  end
  return tostring(properties['delivery_tag']),
    '[' .. raw .. ',' .. cjson.encode(info['exchange']) .. ',' .. cjson.encode(info['routing_key']) .. ']'
end
local function record(tag, entry)
  redis.call('ZADD', KEYS[2], ARGV[1], tag)
  redis.call('HSET', KEYS[1], tag, entry)
end
local tag, entry = entry_of(ARGV[3])
if tag == nil then
  return redis.error_reply('not a kombu message')
end
record(tag, entry)
local taken = {}
local wanted = tonumber(ARGV[2])
local index = 3
while wanted > 0 and index <= #KEYS do
  local raw = redis.call('RPOP', KEYS[index])
  if raw then
    tag, entry = entry_of(raw)
    if tag == nil then  -- back where it was, for kombu's own path to meet
      redis.call('RPUSH', KEYS[index], raw)
      break
    end
    record(tag, entry)
    taken[#taken + 1] = raw
    taken[#taken + 1] = KEYS[index]
    wanted = wanted - 1
  else
    index = index + 1
  end
end
return taken
"""


class QoS(kombu_redis.QoS):
    """kombu's QoS, which skips its own unacked record for a message the intake script recorded."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.recorded: set[str] = set()

    def append(self, message, delivery_tag) -> None:
        if delivery_tag in self.recorded:
            self.recorded.discard(delivery_tag)
            super(kombu_redis.QoS, self).append(message, delivery_tag)  # the in-memory part only
            return
        super().append(message, delivery_tag)


class Channel(kombu_redis.Channel):
    QoS = QoS
    _shared_client: redis.Redis | None = None
    # The most messages one BRPOP brings (1: kombu's own intake); a transport option.
    fetch_batch = 32
    from_transport_options = (*kombu_redis.Channel.from_transport_options, "fetch_batch")
    _intake_script = None

    def _create_client(self, asynchronous: bool = False) -> redis.Redis:
        if asynchronous:  # the event loop's clients are built once already (``client``, ``subclient``)
            return super()._create_client(asynchronous=True)
        client = self._shared_client
        # A reconnect replaces the pool; the client follows it.
        if client is None or client.connection_pool is not self.pool:
            client = self._shared_client = super()._create_client()
        return client

    def basic_consume(self, queue, *args, **kwargs):
        # A queue consumed without acknowledgements has nothing recorded: such a channel keeps kombu's intake.
        no_ack = kwargs["no_ack"] if "no_ack" in kwargs else bool(args and args[0])
        unrecorded = self.__dict__.setdefault("_unrecorded_queues", set())
        (unrecorded.add if no_ack else unrecorded.discard)(queue)
        return super().basic_consume(queue, *args, **kwargs)

    def _batched(self) -> bool:
        return (self.fetch_batch > 1 and self.ack_emulation and not self.global_keyprefix
                and not self.__dict__.get("_unrecorded_queues"))

    def _brpop_read(self, **options):
        if not self._batched():
            return super()._brpop_read(**options)
        keys = self._brpop_keys
        try:
            try:
                reply = self.client.parse_response(self.client.connection, "BRPOP", **options)
            except self.connection_errors:
                self.client.connection.disconnect()  # the next poll connects again
                raise
        finally:
            self._in_poll = None
            flush = getattr(self, "_flush_brpop_reauth", None)
            if flush is not None:  # kombu versions with streaming re-authentication
                flush()
        if not reply:
            raise kombu_redis.Empty()
        key, raw = reply
        self._deliver_batch(raw, self._queue_of(key), keys)
        return True

    def _brpop_start(self, timeout=None):
        super()._brpop_start(timeout)
        # The keys this BRPOP waits on, in its order: the script takes more from the same ones.
        self._brpop_keys = [self._q_for_pri(queue, pri) for pri in self.priority_steps
                            for queue in self._queue_cycle.consume(len(self.active_queues))]

    def _queue_of(self, key) -> str:
        return kombu_redis.bytes_to_str(key).rsplit(self.sep, 1)[0]

    def _deliver_batch(self, raw: bytes, queue: str, keys: list[str]) -> None:
        room = self.qos.can_consume_max_estimate()
        more = min(self.fetch_batch, room if room is not None else self.fetch_batch) - 1
        batch = [(raw, queue)]
        try:
            client = self._create_client()
            if self._intake_script is None:
                Channel._intake_script = client.register_script(_RECORD_AND_TAKE)
            taken = self._intake_script(keys=[self.unacked_key, self.unacked_index_key, *keys],
                                        args=[time.time(), max(more, 0), raw], client=client)
        except self.connection_errors:
            raise
        except Exception:  # a message the script cannot read: kombu's own path records it
            log.warning("batched intake failed; the message is recorded the usual way", exc_info=True)
            self._queue_cycle.rotate(queue)
            self.connection._deliver(loads(kombu_redis.bytes_to_str(raw)), queue)
            return
        batch += [(taken[i], self._queue_of(taken[i + 1])) for i in range(0, len(taken), 2)]
        self._queue_cycle.rotate(queue)
        for item, source in batch:
            message = loads(kombu_redis.bytes_to_str(item))
            self.qos.recorded.add(message["properties"]["delivery_tag"])
            self.connection._deliver(message, source)


class Transport(kombu_redis.Transport):
    Channel = Channel


def transport_for(url: str) -> str | None:
    """The Celery ``broker_transport`` for a broker ``url``: this module's for plain ``redis://`` URLs;
    None (kombu's choice by scheme) for the rest, such as ``rediss://`` with kombu's TLS defaults."""
    return f"{__name__}:Transport" if url.startswith("redis://") else None
