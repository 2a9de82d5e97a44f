"""Writes safety decisions to the moderation record, keeping no more of the text than the policy allows."""

from __future__ import annotations

import hashlib
import json
import logging

from sqlalchemy import Engine, Insert, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import DBAPIError

from safety.models import ModerationRecord
from safety.policy import BLOCK, FLAG, AuditConfig, Decision
from safety.rules import personal_data
from sluice.db import autocommit_engine_for, session_scope

log = logging.getLogger(__name__)

_INSERT_NEW = {
    name: dialect.insert(ModerationRecord).on_conflict_do_nothing(
        index_elements=[ModerationRecord.request_id, ModerationRecord.stage, ModerationRecord.item])
    for name, dialect in (("postgresql", postgresql), ("sqlite", sqlite))
}


def mask_personal_data(text: str) -> str:
    """``text`` with every email, phone number, SSN, card number and labelled identifier replaced by its kind."""
    for kind, values in personal_data(text).items():
        for value in sorted(values, key=len, reverse=True):
            text = text.replace(value, f"[{kind}]")
    return text


def kept_text(text: str, decision: Decision, audit: AuditConfig) -> str | None:
    """What of ``text`` the record keeps under ``audit``: nothing, an excerpt of a blocked or flagged text,
    or all of it; personal data is masked in whatever is kept."""
    if audit.text == "none" or (audit.text == "excerpt" and decision.action not in (BLOCK, FLAG)):
        return None
    kept = text[: audit.excerpt_chars] if audit.text == "excerpt" else text
    return mask_personal_data(kept)


class ModerationLog:
    def __init__(self, database_url: str, audit: AuditConfig) -> None:
        self.database_url = database_url
        self.audit = audit

    def record(self, decision: Decision, *, request_id: str, text: str, customer_id: int | None = None,
               item: int = 0, windows: int | None = None, text_digest: str | None = None,
               text_chars: int | None = None) -> bool:
        """Write one decision unless (request id, stage, item) is already recorded: a redelivered task
        records once. ``text`` is what the record may keep an excerpt of; ``text_digest`` and
        ``text_chars`` describe the whole text checked when it was seen in pieces (a stream).
        Returns True if this call wrote the row."""
        row = {
            "request_id": request_id,
            "stage": decision.stage,
            "item": item,
            "customer_id": customer_id,
            "action": decision.action,
            "categories": ",".join(decision.categories),
            "scores": json.dumps({c: round(s, 4) for c, s in decision.scores.items()}, separators=(",", ":")),
            "classifiers": ",".join(decision.classifiers),
            "windows": windows,
            "text_sha256": text_digest or hashlib.sha256(text.encode()).hexdigest(),
            "text_chars": len(text) if text_chars is None else text_chars,
            "excerpt": kept_text(text, decision, self.audit),
        }
        engine = autocommit_engine_for(self.database_url)
        try:
            return _insert_one(engine, row)
        except DBAPIError as exc:
            if not exc.connection_invalidated:
                raise
            return _insert_one(engine, row)  # the database dropped a pooled connection; the insert repeats safely

    def for_request(self, request_id: str) -> list[ModerationRecord]:
        """Every decision recorded for ``request_id``, in the order they were made."""
        with session_scope(self.database_url) as session:
            query = select(ModerationRecord).where(ModerationRecord.request_id == request_id)
            return list(session.scalars(query.order_by(ModerationRecord.id)))


def _insert_one(engine: Engine, row: dict) -> bool:
    with engine.connect() as connection:
        written = connection.execute(_insert_new(engine).returning(ModerationRecord.id), row)
        return written.scalar() is not None


def _insert_new(engine: Engine) -> Insert:
    return _INSERT_NEW[engine.dialect.name]
