"""The gateway's key cache on a real Redis and database: bounded, never evicting known keys for made-up
ones, and never caching a lookup that raced a revocation."""

from __future__ import annotations

import secrets

import pytest
import redis

import api.auth
from api.auth import KeyCache
from tenants.keys import announce_key_change, ensure_customer, issue_key, revoke_key


@pytest.fixture
def keys(tmp_path, redis_url):
    database_url = f"sqlite:///{tmp_path / 'keys.db'}"
    client = redis.Redis.from_url(redis_url.rsplit("/", 1)[0] + "/13")
    client.flushdb()
    customer = ensure_customer(database_url, "acme")
    key_id, key = issue_key(database_url, customer)
    return database_url, client, key_id, key


def test_a_flood_of_made_up_keys_does_not_evict_a_known_key(keys):
    database_url, client, _, key = keys
    cache = KeyCache(database_url, client, ttl=60, max_known=100, max_unknown=100)
    assert cache.lookup(key) is not None
    for _ in range(500):
        assert cache.lookup(f"sk-sluice-{secrets.token_hex(16)}") is None
    before = cache.database_lookups
    assert cache.lookup(key) is not None
    assert cache.database_lookups == before  # still cached: the flood evicted only made-up keys


def test_the_cache_is_bounded_least_recently_used_first(keys):
    database_url, client, _, key = keys
    cache = KeyCache(database_url, client, ttl=60, max_known=10, max_unknown=3)
    made_up = [f"sk-sluice-{secrets.token_hex(16)}" for _ in range(4)]
    for fake in made_up:
        cache.lookup(fake)
    before = cache.database_lookups
    cache.lookup(made_up[-1])  # recent: cached
    assert cache.database_lookups == before
    cache.lookup(made_up[0])  # the oldest was evicted
    assert cache.database_lookups == before + 1


def test_a_lookup_that_races_a_revocation_is_not_cached(keys, monkeypatch):
    database_url, client, key_id, key = keys
    cache = KeyCache(database_url, client, ttl=60)
    real_lookup = api.auth.find_key_owner

    def lookup_then_revoked(url: str, presented: str):
        owner = real_lookup(url, presented)  # read while the key was still active ...
        revoke_key(url, key_id)  # ... then an operator revokes it before the cache is filled,
        announce_key_change(client)
        monkeypatch.setattr(api.auth, "find_key_owner", real_lookup)
        assert cache.lookup(presented) is None  # and another request already saw the new epoch
        return owner

    monkeypatch.setattr(api.auth, "find_key_owner", lookup_then_revoked)
    assert cache.lookup(key) is not None  # the answer of its moment
    assert cache.lookup(key) is None  # never served from the cache after the revocation
