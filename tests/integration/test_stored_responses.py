"""Stored responses in the real database (SQLite, and PostgreSQL where it runs): only their own customer
reads them, the first final state written wins, and they are gone after the retention period."""

from __future__ import annotations

import time

from sqlalchemy import update

from sluice.db import session_scope
from tenants.responses import CANCELLED, COMPLETED, IN_PROGRESS, ResponseRecord, ResponseStore, StoredResponse


def record(response_id: str, customer_id: int = 1) -> ResponseRecord:
    return ResponseRecord(id=response_id, customer_id=customer_id, api_key_id=None, model="m",
                          created_at=int(time.time()), status=IN_PROGRESS, input_messages=[
                              {"role": "user", "content": "Hi"}], parameters={"metadata": {"k": "v"}})


def test_a_stored_response_is_its_customers_and_ends_once(database_url):
    store = ResponseStore(database_url, retention_days=30)
    store.add(record("resp-a"))

    assert store.get("resp-a", customer_id=2) is None
    assert store.delete("resp-a", customer_id=2) is False
    assert store.get("resp-a", customer_id=1).input_messages == [{"role": "user", "content": "Hi"}]

    ended = record("resp-a")
    ended.status, ended.output_text, ended.output_tokens = COMPLETED, "Hello!", 3
    assert store.finish(ended) is True
    late = record("resp-a")
    late.status = CANCELLED
    assert store.finish(late) is False  # a second reader of the terminal event changes nothing
    stored = store.get("resp-a", customer_id=1)
    assert (stored.status, stored.output_text, stored.output_tokens) == (COMPLETED, "Hello!", 3)

    assert store.delete("resp-a", customer_id=1) is True
    assert store.get("resp-a", customer_id=1) is None


def test_a_response_past_its_retention_reads_as_absent_and_is_purged(database_url):
    store = ResponseStore(database_url, retention_days=30)
    store.add(record("resp-old"))
    with session_scope(database_url) as session:  # 31 days later
        session.execute(update(StoredResponse).where(StoredResponse.id == "resp-old").values(
            expires_at=StoredResponse.created_at))
    assert store.get("resp-old", customer_id=1) is None

    ResponseStore(database_url, retention_days=30).add(record("resp-new"))
    with session_scope(database_url) as session:
        assert session.get(StoredResponse, "resp-old") is None
        assert session.get(StoredResponse, "resp-new") is not None
