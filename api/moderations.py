"""POST /v1/moderations: OpenAI's moderation endpoint, served by the same classifiers and policy as the
pre-check."""

from __future__ import annotations

import logging

from flask import Blueprint, jsonify
from sqlalchemy.exc import SQLAlchemyError

from api.auth import require_owner
from api.errors import InvalidRequest, ServiceUnavailable
from api.openai import gateway, parse_body
from api.protocol import ModerationRequest, ModerationResponse, ModerationResult
from safety.classifier import SafetyError
from safety.policy import MODERATION, Decision

bp = Blueprint("moderations", __name__, url_prefix="/v1")
log = logging.getLogger(__name__)

MODEL = "sluice-moderation"
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
    try:
        moderator = gateway().moderator()
        decisions = moderator.check_many(texts, MODERATION)
    except SafetyError as exc:
        log.exception("moderation unavailable")
        raise ServiceUnavailable(f"The moderation classifiers are unavailable: {exc}",
                                 code="moderation_unavailable", headers={"Retry-After": "30"}) from None
    categories = tuple(moderator.policy.categories)
    moderation = ModerationResponse(model=MODEL, results=[ModerationResult.from_decision(decision, categories)
                                                          for decision in decisions])
    _record(moderator, decisions, texts, moderation.id, owner.customer_id)
    return jsonify(moderation.model_dump())


def _record(moderator, decisions: list[Decision], texts: list[str], request_id: str, customer_id: int) -> None:
    try:
        for item, (decision, text) in enumerate(zip(decisions, texts, strict=True)):
            moderator.audit_log.record(decision, request_id=request_id, text=text, customer_id=customer_id,
                                       item=item)
    except SQLAlchemyError:  # the answer does not depend on the audit write; its loss is logged
        log.exception("could not record moderation decisions of %s", request_id)
