"""The Stripe calls billing makes, through the official ``stripe`` library: create a meter event, list
meters, read a meter's event summaries; and what each failure means for the outbox.

``configure`` points the library at ``SLUICE_STRIPE_API_BASE`` (Stripe itself, or the tests' local
server) with the key and timeout from settings. The library's own retries are off: the outbox retries
with back-off, across processes and restarts.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime, timedelta

import stripe

from sluice.settings import Settings

# How long Stripe refuses a second meter event with an identifier it holds; after that it counts it again.
IDENTIFIER_MEMORY = timedelta(hours=24)


class Delivery(enum.Enum):
    ACCEPTED = "accepted"  # Stripe stored the event now
    DUPLICATE = "duplicate"  # Stripe already holds an event with this identifier: delivered earlier
    RETRY = "retry"  # refused for now (429, 401, 403, 409): not stored, send again later
    UNKNOWN = "unknown"  # no answer, or a 5xx: Stripe may have stored it; resend only while it remembers
    REJECTED = "rejected"  # Stripe will never take it as it is (too old, invalid): an operator decides


@dataclass(frozen=True)
class SendResult:
    delivery: Delivery
    error: str | None = None
    stop_pass: bool = False  # rate limited or unauthorized: sending more now only makes it worse


@dataclass(frozen=True)
class MeterEventToSend:
    event_name: str
    identifier: str
    stripe_customer_id: str
    value: int
    timestamp: datetime


def configure(settings: Settings) -> None:
    """Point the stripe library at the configured API with the configured key and timeout."""
    stripe.api_key = settings.stripe_api_key
    stripe.api_base = settings.stripe_api_base.rstrip("/")
    stripe.max_network_retries = 0
    stripe.enable_telemetry = False
    stripe.default_http_client = stripe.RequestsClient(timeout=settings.stripe_timeout_seconds)


def send_meter_event(event: MeterEventToSend) -> SendResult:
    """Create one billing meter event; never raises for what Stripe answers."""
    try:
        stripe.billing.MeterEvent.create(
            event_name=event.event_name,
            identifier=event.identifier,
            timestamp=int(event.timestamp.timestamp()),
            payload={"stripe_customer_id": event.stripe_customer_id, "value": str(event.value)},
        )
    except stripe.RateLimitError as exc:
        return SendResult(Delivery.RETRY, _describe(exc), stop_pass=True)
    except (stripe.AuthenticationError, stripe.PermissionError) as exc:
        return SendResult(Delivery.RETRY, _describe(exc), stop_pass=True)
    except stripe.InvalidRequestError as exc:
        if _already_exists(exc):
            return SendResult(Delivery.DUPLICATE)
        return SendResult(Delivery.REJECTED, _describe(exc))
    except stripe.StripeError as exc:
        if exc.http_status is not None and exc.http_status < 500:  # a 4xx answer: nothing was stored
            return SendResult(Delivery.RETRY, _describe(exc))
        # A 5xx, a timeout, a connection lost or refused (APIConnectionError): it may have been stored.
        return SendResult(Delivery.UNKNOWN, _describe(exc))
    return SendResult(Delivery.ACCEPTED)


def meter_ids_by_event_name() -> dict[str, str]:
    """Every meter of the account: event name -> meter id. Raises stripe.StripeError."""
    return {meter.event_name: meter.id for meter in stripe.billing.Meter.list(limit=100).auto_paging_iter()}


def meter_total(meter_id: str, stripe_customer_id: str, start: int, end: int) -> int:
    """A customer's total on a meter over [start, end) (unix seconds on minute boundaries), as Stripe's
    event summaries report it. Raises stripe.StripeError."""
    summaries = stripe.billing.Meter.list_event_summaries(
        meter_id, customer=stripe_customer_id, start_time=start, end_time=end, limit=100)
    return int(round(sum(s.aggregated_value for s in summaries.auto_paging_iter())))


def _already_exists(exc: stripe.InvalidRequestError) -> bool:
    # Stripe refuses an identifier it has seen (400, "An event already exists with identifier ...").
    return "already exists" in (exc.user_message or str(exc))


def _describe(exc: stripe.StripeError) -> str:
    status = f"HTTP {exc.http_status}: " if exc.http_status else ""
    message = " ".join(str(exc.user_message or exc).split())
    return f"{type(exc).__name__}: {status}{message}"[:500]
