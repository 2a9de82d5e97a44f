"""``/v1/moderations`` on the safety worker: the classifiers never run in the gateway's event loop.

The gateway counts the inputs' tokens against the caller's limits, subscribes to the request's reply
channel and sends this task (queue ``safety.batch``: a waiting prompt check goes first, so a moderation
flood never holds a generation's prompt check back for more than the checks already running). The task
classifies every input in one batched call, records the request's usage (model ``sluice-moderation``,
the inputs' tokens as prompt tokens; once per request id) through the usage journal, so that a database
that is down loses none of it, and each decision to the moderation record, then stores and publishes the
results.
"""

from __future__ import annotations

import json
import logging
import time
from dataclasses import asdict, dataclass
from datetime import UTC, datetime

from sqlalchemy.exc import SQLAlchemyError

from billing.ledger import Usage
from billing.models import COMPLETED
from billing.usage_journal import DurableUsageWriter
from safety.classifier import SafetyError
from safety.policy import MODERATION, Decision
from sluice.redis_client import redis_from_url
from sluice.settings import get_settings
from tasks.celery_app import app

log = logging.getLogger(__name__)

MODERATION_MODEL = "sluice-moderation"
RESULT_TTL_SECONDS = 120


def result_key(request_id: str) -> str:
    """The key that holds a moderation's results once the task has them."""
    return f"sluice:moderation:{request_id}:result"


def result_channel(request_id: str) -> str:
    """The channel on which the task announces a moderation's results (the gateway waits on it)."""
    return f"sluice:moderation:{request_id}"


@dataclass(frozen=True)
class ModerationJob:
    """One /v1/moderations request as the gateway sends it."""

    request_id: str
    customer_id: int
    api_key_id: int
    texts: list[str]
    tokens: int  # the inputs' tokens (the served model's tokenizer), counted against the caller's limits
    created: float  # unix time the gateway accepted it
    deadline: float  # unix time after which the gateway has answered 503: the task then does nothing

    def to_wire(self) -> dict:
        return asdict(self)

    @classmethod
    def from_wire(cls, wire: dict) -> ModerationJob:
        return cls(**wire)


def decision_to_wire(decision: Decision) -> dict:
    return {"action": decision.action, "categories": list(decision.categories), "scores": decision.scores}


def decision_from_wire(wire: dict) -> Decision:
    return Decision(stage=MODERATION, action=wire["action"], scores=wire["scores"],
                    categories=tuple(wire["categories"]))


@app.task(name="sluice.moderate", bind=True)
def moderate(self, wire_job: dict) -> None:
    """Classify the job's texts and answer through its result key and channel: ``{"categories": [...],
    "results": [...]}`` (the policy's categories, one decision per text), or ``{"error": ...}`` when the
    classifiers cannot run (nothing is billed then). A job past its deadline is dropped."""
    job = ModerationJob.from_wire(wire_job)
    if time.time() > job.deadline:
        log.warning("moderation %s waited past its deadline; its caller was answered without it", job.request_id)
        return
    parts = self.app.prompt_check
    client = redis_from_url(get_settings().redis_url)
    try:
        if parts.moderator is None:
            raise SafetyError(parts.failure)
        decisions = parts.moderator.check_many(job.texts, MODERATION)
    except SafetyError as exc:
        log.exception("moderation %s could not run", job.request_id)
        _answer(client, job.request_id, {"error": str(exc)})
        return
    _record_usage(job, parts.usage)
    _record_decisions(parts.moderator, decisions, job)
    _answer(client, job.request_id, {"categories": list(parts.moderator.policy.categories),
                                     "results": [decision_to_wire(d) for d in decisions]})


def _answer(client, request_id: str, reply: dict) -> None:
    payload = json.dumps(reply)
    pipe = client.pipeline(transaction=False)
    pipe.set(result_key(request_id), payload, ex=RESULT_TTL_SECONDS)
    pipe.publish(result_channel(request_id), payload)
    pipe.execute()


def _record_usage(job: ModerationJob, usage: DurableUsageWriter) -> None:
    """The job's usage, in the journal and then the ledger, waiting for the database at most the writer's
    wait (the drain writes it later if the database cannot take it now). Once per request id: a
    redelivered task's second write changes nothing."""
    try:
        usage.record(Usage(
            request_id=job.request_id, customer_id=job.customer_id, api_key_id=job.api_key_id,
            model=MODERATION_MODEL, prompt_tokens=job.tokens, completion_tokens=0, outcome=COMPLETED,
            created_at=datetime.fromtimestamp(job.created, UTC)))
    except SQLAlchemyError:  # neither Redis nor the database could keep it
        log.exception("could not record the usage of moderation %s", job.request_id)


def _record_decisions(moderator, decisions: list[Decision], job: ModerationJob) -> None:
    if moderator.audit_log is None:
        return
    try:
        for item, (decision, text) in enumerate(zip(decisions, job.texts, strict=True)):
            moderator.audit_log.record(decision, request_id=job.request_id, text=text,
                                       customer_id=job.customer_id, item=item)
    except SQLAlchemyError:  # the answer does not depend on the audit write; its loss is logged
        log.exception("could not record the moderation decisions of %s", job.request_id)
