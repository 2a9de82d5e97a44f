"""POST /v1/moderations: OpenAI's moderation endpoint, served by the safety worker's classifiers and policy
(tasks/moderate.py), counted against the caller's request and token limits and billed like any request
(its inputs' tokens, under the model ``sluice-moderation``)."""

from __future__ import annotations

import json
import time

import redis
from flask import Blueprint, jsonify

from api.auth import require_owner
from api.errors import InvalidRequest, QuotaExceeded, RateLimitExceeded, ServiceUnavailable
from api.gateway import Gateway
from api.openai import gateway, parse_body
from api.protocol import ModerationRequest, ModerationResponse, ModerationResult
from api.submission import off_event_loop, refuse_spent_request_rate
from sluice.metrics import record_rejection
from sluice.queues import SAFETY_BATCH_QUEUE, consumers_key
from sluice.streams.events import new_request_id
from tasks.moderate import (
    MODERATION_MODEL,
    ModerationJob,
    decision_from_wire,
    moderate,
    result_channel,
    result_key,
)

bp = Blueprint("moderations", __name__, url_prefix="/v1")

MAX_INPUTS = 32
MAX_INPUT_CHARS = 32_000


@bp.post("/moderations")
def create_moderation():
    owner = require_owner()
    body: ModerationRequest = parse_body(ModerationRequest)
    texts = body.texts()
    if len(texts) > MAX_INPUTS:
        raise InvalidRequest(f"At most {MAX_INPUTS} inputs are allowed per request.", param="input")
    if any(len(text) > MAX_INPUT_CHARS for text in texts):
        raise InvalidRequest(f"Each input must be at most {MAX_INPUT_CHARS} characters.", param="input")
    gw = gateway()
    refuse_spent_request_rate(gw.limits, owner, MODERATION_MODEL)
    if not gw.redis.zcount(consumers_key(SAFETY_BATCH_QUEUE), time.time(), "+inf"):
        record_rejection(MODERATION_MODEL, "no_live_worker")
        raise ServiceUnavailable("No safety worker is running to serve moderations right now; try again shortly.",
                                 code="moderation_unavailable", headers={"Retry-After": "5"})
    tokens = off_event_loop(count_tokens, gw.catalog.default.tokenizer, texts)
    request_id = new_request_id("modr")
    try:
        gw.limits.admit(owner, request_id, tokens)
    except (RateLimitExceeded, QuotaExceeded) as refusal:
        record_rejection(MODERATION_MODEL, refusal.type)
        raise
    now = time.time()
    job = ModerationJob(request_id=request_id, customer_id=owner.customer_id, api_key_id=owner.api_key_id,
                        texts=texts, tokens=tokens, created=now,
                        deadline=now + gw.settings.moderation_timeout_seconds)
    reply = None
    try:
        reply = _moderated(gw, job)
    finally:  # what the request holds goes back now; its tokens stay counted if the worker classified them
        classified = reply is not None and "error" not in reply
        gw.limits.settle(owner.customer_id, request_id, tokens if classified else 0)
    if reply is None:
        raise ServiceUnavailable("The moderation classifiers did not answer in time; try again shortly.",
                                 code="moderation_unavailable", headers={"Retry-After": "30"})
    if "error" in reply:
        raise ServiceUnavailable(f"The moderation classifiers are unavailable: {reply['error']}",
                                 code="moderation_unavailable", headers={"Retry-After": "30"})
    categories = tuple(reply["categories"])
    moderation = ModerationResponse(id=request_id, model=MODERATION_MODEL, results=[
        ModerationResult.from_decision(decision_from_wire(result), categories) for result in reply["results"]])
    return jsonify(moderation.model_dump())


def count_tokens(tokenizer, texts: list[str]) -> int:
    """The tokens of ``texts`` in the served model's tokenizer, as a generation's prompt would count them.
    A fast tokenizer counts them in one batch, outside the GIL (the gateway's event loop runs meanwhile)."""
    backend = getattr(tokenizer, "backend_tokenizer", None)
    if backend is None:
        return sum(len(tokenizer.encode(text, add_special_tokens=False)) for text in texts)
    return sum(len(encoding) for encoding in backend.encode_batch(texts, add_special_tokens=False))


def _moderated(gw: Gateway, job: ModerationJob) -> dict | None:
    """Send ``job`` to the safety worker and wait for its reply (None once its deadline has passed). The
    wait is on the gateway's live hub (one Redis connection for every waiting request), subscribed before
    the task is sent so its announcement cannot be missed; the stored result covers a hub that lost its
    connection meanwhile."""
    sub = gw.relay.hub.subscribe(result_channel(job.request_id))
    try:
        moderate.apply_async((job.to_wire(),), argsrepr=f"(<moderation {job.request_id}>,)", kwargsrepr="{}")
        while True:
            left = job.deadline - time.time()
            if left <= 0:
                return None
            taken = sub.take(min(left, 1.0))
            if taken:
                return json.loads(taken[0])
            try:
                stored = gw.redis.get(result_key(job.request_id))
            except redis.RedisError:  # Redis is away: the deadline still bounds the wait
                stored = None
            if stored is not None:
                return json.loads(stored)
    finally:
        gw.relay.hub.unsubscribe(sub)
