"""API keys in the database: stored as a hash, resolved to their customer, on SQLite and PostgreSQL."""

from __future__ import annotations

from sluice.db import session_scope
from tenants.keys import ensure_customer, find_key_owner, new_key, store_key
from tenants.models import ApiKey


def test_keys_are_stored_hashed_and_resolve_to_their_customer(database_url):
    customer = ensure_customer(database_url, "acme")
    key = new_key()
    store_key(database_url, customer, key, role="user")
    owner = find_key_owner(database_url, key)
    assert owner is not None and owner.customer_id == customer and owner.role == "user"
    assert find_key_owner(database_url, key + "x") is None
    with session_scope(database_url) as session:
        stored = session.query(ApiKey).one()
        assert key not in (stored.key_hash, stored.prefix)
