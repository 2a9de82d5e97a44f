"""API key authentication: ``Authorization: Bearer <key>``, looked up by hash; admin endpoints need a key
whose role is ``admin``."""

from __future__ import annotations

import logging
import threading
import time

import redis
from flask import current_app, request

from api.errors import AuthenticationFailed, PermissionDenied
from tenants.keys import KEYS_EPOCH_KEY, KeyOwner, find_key_owner, hash_key

log = logging.getLogger(__name__)

_MAX_ENTRIES = 10_000


class KeyCache:
    """Short-lived cache of key lookups so a stream of requests does not hit the database each time.

    Entries live ``ttl`` seconds at most and all go as soon as the keys epoch in Redis moves. Entries are
    held by the key's hash, so the process keeps no presented key in memory."""

    def __init__(self, database_url: str, client: redis.Redis | None = None, ttl: float = 10.0) -> None:
        self.database_url = database_url
        self.redis = client
        self.ttl = ttl
        self._entries: dict[str, tuple[float, KeyOwner | None]] = {}
        self._epoch: bytes | None = None
        self._lock = threading.Lock()

    def lookup(self, key: str) -> KeyOwner | None:
        """The active key's owner, or None for an unknown or revoked key."""
        self._follow_epoch()
        digest = hash_key(key)
        now = time.monotonic()
        hit = self._entries.get(digest)
        if hit is not None and now - hit[0] < self.ttl:
            return hit[1]
        owner = find_key_owner(self.database_url, key)
        with self._lock:
            if len(self._entries) >= _MAX_ENTRIES:
                self._entries.clear()
            self._entries[digest] = (now, owner)
        return owner

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
                self._entries.clear()
                self._epoch = epoch


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
