"""One Redis connection pool per URL and process."""

from __future__ import annotations

from functools import lru_cache

import redis


@lru_cache(maxsize=8)
def redis_from_url(url: str) -> redis.Redis:
    # A command waits (up to 10 s) for a free connection instead of failing: a gevent gateway runs thousands
    # of requests at once, and redis-py's default pool raises past 100 connections.
    pool = redis.BlockingConnectionPool.from_url(url, max_connections=256, timeout=10, health_check_interval=30,
                                                 socket_keepalive=True)
    return redis.Redis(connection_pool=pool)
