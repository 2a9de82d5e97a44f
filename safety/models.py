"""The moderation record: one row per safety decision, for audit. Its table comes from the Alembic
migration ``0003_moderation_records`` in billing's chain (one schema, one migration history)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from sluice.db import Base, utcnow


class ModerationRecord(Base):
    """A decision about one text: who asked (request and customer), at which stage (prompt, output,
    moderation), the categories that tripped, every category's score, and the action taken. The text
    itself is kept only as far as the policy's ``audit.text`` allows; its digest and length always."""

    __tablename__ = "moderation_records"
    __table_args__ = (
        UniqueConstraint("request_id", "stage", "item", name="uq_moderation_records_decision"),
        Index("ix_moderation_records_customer_created", "customer_id", "created_at"),
        Index("ix_moderation_records_action_created", "action", "created_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    request_id: Mapped[str] = mapped_column(String(64))
    stage: Mapped[str] = mapped_column(String(16))  # prompt, output or moderation
    item: Mapped[int] = mapped_column(Integer, default=0)  # the input's index in a moderation request
    customer_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    action: Mapped[str] = mapped_column(String(16))  # allow, flag or block
    categories: Mapped[str] = mapped_column(String(300))  # tripped categories, comma-separated
    scores: Mapped[str] = mapped_column(Text)  # JSON: category -> score
    classifiers: Mapped[str] = mapped_column(String(100))  # the classifiers that gave a verdict
    windows: Mapped[int | None] = mapped_column(Integer, nullable=True)  # output windows checked
    text_sha256: Mapped[str] = mapped_column(String(64))
    text_chars: Mapped[int] = mapped_column(Integer)
    excerpt: Mapped[str | None] = mapped_column(Text, nullable=True)  # only where the policy allows
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
