"""API key authentication: ``Authorization: Bearer <key>``, looked up by hash; admin endpoints need a key
whose role is ``admin``."""

from __future__ import annotations

import logging
import threading
import time
from collections import OrderedDict

import redis
from flask import current_app, request

from api.errors import AuthenticationFailed, PermissionDenied
from tenants.keys import KEYS_EPOCH_KEY, KeyOwner, find_key_owner, hash_key

log = logging.getLogger(__name__)

class KeyCache:
    """Short-lived cache of key lookups so a stream of requests does not hit the database each time.

    Entries live ``ttl`` seconds at most and all go as soon as the keys epoch in Redis moves. Known keys
    and unknown ones are kept apart, each least recently used first out, so a flood of made-up keys
    evicts only other made-up keys. Entries are held by the key's hash, so the process keeps no
    presented key in memory. A lookup that raced a change of keys (the epoch moved while it read the
    database) is answered but not cached."""

    def __init__(self, database_url: str, client: redis.Redis | None = None, ttl: float = 10.0,
                 max_known: int = 10_000, max_unknown: int = 10_000) -> None:
        self.database_url = database_url
        self.redis = client
        self.ttl = ttl
        self._known: OrderedDict[str, tuple[float, KeyOwner]] = OrderedDict()
        self._unknown: OrderedDict[str, float] = OrderedDict()
        self._limits = {id(self._known): max_known, id(self._unknown): max_unknown}
        self._epoch: bytes | None = None
        self._generation = 0  # bumped whenever the cache is cleared for a new epoch
        self._lock = threading.Lock()
        self.database_lookups = 0

    def lookup(self, key: str) -> KeyOwner | None:
        """The active key's owner, or None for an unknown or revoked key."""
        self._follow_epoch()
        digest = hash_key(key)
        now = time.monotonic()
        with self._lock:
            known = self._known.get(digest)
            if known is not None and now - known[0] < self.ttl:
                self._known.move_to_end(digest)
                return known[1]
            unknown_at = self._unknown.get(digest)
            if unknown_at is not None and now - unknown_at < self.ttl:
                self._unknown.move_to_end(digest)
                return None
            generation = self._generation
            self.database_lookups += 1
        owner = find_key_owner(self.database_url, key)
        self._follow_epoch()
        with self._lock:
            if generation == self._generation:  # no change of keys since the lookup began
                if owner is None:
                    self._keep(self._unknown, digest, now)
                else:
                    self._keep(self._known, digest, (now, owner))
        return owner

    def _keep(self, entries: OrderedDict, digest: str, value) -> None:
        entries.pop(digest, None)
        entries[digest] = value
        while len(entries) > self._limits[id(entries)]:
            entries.popitem(last=False)

    def _follow_epoch(self) -> None:
        if self.redis is None:
            return
        try:
            epoch = self.redis.get(KEYS_EPOCH_KEY)
        except redis.RedisError:
            log.warning("cannot read the keys epoch from Redis; cached keys live up to %.0fs", self.ttl)
            return
        if epoch != self._epoch:
            with self._lock:
                if epoch != self._epoch:
                    self._known.clear()
                    self._unknown.clear()
                    self._epoch = epoch
                    self._generation += 1


def presented_key() -> str | None:
    header = request.headers.get("Authorization", "")
    scheme, _, value = header.partition(" ")
    if scheme.lower() != "bearer" or not value.strip():
        return None
    return value.strip()


def optional_owner() -> KeyOwner | None:
    key = presented_key()
    return None if key is None else current_app.extensions["sluice"].keys.lookup(key)


def require_owner() -> KeyOwner:
    """The caller's key owner; raises AuthenticationFailed (401) for a missing, unknown or revoked key."""
    key = presented_key()
    if key is None:
        raise AuthenticationFailed(
            "You didn't provide an API key. Send it as 'Authorization: Bearer <key>'.", code="missing_api_key"
        )
    owner = current_app.extensions["sluice"].keys.lookup(key)
    if owner is None:
        raise AuthenticationFailed("Incorrect API key provided.")
    return owner


def require_admin() -> KeyOwner:
    """The caller's key owner if the key's role is admin; 401 as require_owner, PermissionDenied (403)
    for a user key."""
    owner = require_owner()
    if not owner.is_admin:
        raise PermissionDenied("This endpoint needs an admin key; yours has the role 'user'.")
    return owner
