"""How the gateway counts the workers that serve a model, against a real Redis: the count that decides
between admitting a request and answering 503."""

from __future__ import annotations

import time
import uuid

import redis

from api.submission import ServedModel
from sluice.settings import Settings
from sluice.streams import events


def test_a_worker_that_joins_is_counted_by_the_next_request_in_a_gateway_that_just_counted_none(redis_url,
                                                                                                  model_path):
    client = redis.Redis.from_url(redis_url)
    name = "joining-" + uuid.uuid4().hex[:8]
    settings = Settings(model=str(model_path), model_name=name, redis_url=redis_url)
    served = ServedModel(name, model_path, settings, client)
    registry = events.worker_registry_key(name)
    try:
        # A readiness probe answered by this gateway process while the worker was still starting.
        assert served.live_workers() == 0
        client.zadd(registry, {"worker-1": time.time() + 60})  # the worker announces itself
        # The request that follows the probe, well within a second: admitted, not refused with a 503.
        assert served.live_workers() == 1
        client.zadd(registry, {"worker-expired": time.time() - 1})  # a worker whose heartbeat lapsed
        client.zadd(registry, {"worker-2": time.time() + 60})
        time.sleep(1.05)  # a count of some is read again once a second
        assert served.live_workers() == 2
    finally:
        client.delete(registry)
