"""Which Stripe customer a Sluice customer is billed as."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import update

from billing.models import PENDING, OutboxEvent
from sluice.db import session_scope
from tenants.keys import ensure_customer
from tenants.models import Customer


def link_stripe_customer(database_url: str, name: str, stripe_customer_id: str) -> int:
    """Attach a Stripe customer id (``cus_...``) to the customer ``name``, creating the customer if needed;
    its waiting meter events go out on the next report pass. Returns the customer's id."""
    customer_id = ensure_customer(database_url, name)
    with session_scope(database_url) as session:
        session.get(Customer, customer_id).stripe_customer_id = stripe_customer_id
        session.execute(
            update(OutboxEvent)
            .where(OutboxEvent.customer_id == customer_id, OutboxEvent.status == PENDING)
            .values(next_attempt_at=datetime.now(UTC))
        )
    return customer_id
