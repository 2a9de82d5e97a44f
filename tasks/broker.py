"""The Redis transport of Sluice's Celery app: kombu's own, with one Redis client per channel.

kombu builds a new ``redis.Redis`` for every command it sends outside its event loop: queueing a task,
recording a delivered message as unacked, acknowledging it. Building one costs about as much as the
round trip itself, and a task's way through the gateway, the safety worker and the generation worker takes
five of them. A client over a connection pool is thread-safe, so one per pool serves every call.
"""

from __future__ import annotations

import redis
from kombu.transport import redis as kombu_redis


class Channel(kombu_redis.Channel):
    _shared_client: redis.Redis | None = None

    def _create_client(self, asynchronous: bool = False) -> redis.Redis:
        if asynchronous:  # the event loop's clients are built once already (``client``, ``subclient``)
            return super()._create_client(asynchronous=True)
        client = self._shared_client
        # A reconnect replaces the pool; the client follows it.
        if client is None or client.connection_pool is not self.pool:
            client = self._shared_client = super()._create_client()
        return client


class Transport(kombu_redis.Transport):
    Channel = Channel


def transport_for(url: str) -> str | None:
    """The Celery ``broker_transport`` for a broker ``url``: this module's for plain ``redis://`` URLs;
    None (kombu's choice by scheme) for the rest, such as ``rediss://`` with kombu's TLS defaults."""
    return f"{__name__}:Transport" if url.startswith("redis://") else None
