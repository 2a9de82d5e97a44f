"""POST /v1/moderations: OpenAI's moderation endpoint, served by the same classifiers and policy as the
pre-check. Its request and response shapes live here, next to their one view."""

from __future__ import annotations

import logging

from flask import Blueprint, jsonify
from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy.exc import SQLAlchemyError

from api.auth import require_owner
from api.errors import InvalidRequest, ServiceUnavailable
from api.openai import gateway, parse_body
from safety.classifier import SafetyError
from safety.policy import MODERATION, Decision
from sluice.streams.events import new_request_id

bp = Blueprint("moderations", __name__, url_prefix="/v1")
log = logging.getLogger(__name__)

MODEL = "sluice-moderation"
MAX_INPUTS = 32
MAX_INPUT_CHARS = 32_000


class ModerationRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    input: str | list[str] = Field(min_length=1)
    model: str | None = Field(default=None, max_length=200)  # accepted for compatibility; one model serves

    def texts(self) -> list[str]:
        return [self.input] if isinstance(self.input, str) else list(self.input)


def moderation_result(decision: Decision, categories: tuple[str, ...]) -> dict:
    """One entry of ``results`` in OpenAI's shape: every category as a boolean and a score."""
    return {
        "flagged": decision.flagged,
        "categories": {c: c in decision.categories for c in categories},
        "category_scores": {c: round(decision.scores.get(c, 0.0), 6) for c in categories},
        "category_applied_input_types": {c: ["text"] for c in categories},
    }


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
    request_id = new_request_id("modr")
    _record(moderator, decisions, texts, request_id, owner.customer_id)
    categories = tuple(moderator.policy.categories)
    return jsonify({
        "id": request_id,
        "model": MODEL,
        "results": [moderation_result(decision, categories) for decision in decisions],
    })


def _record(moderator, decisions: list[Decision], texts: list[str], request_id: str, customer_id: int) -> None:
    try:
        for item, (decision, text) in enumerate(zip(decisions, texts, strict=True)):
            moderator.audit_log.record(decision, request_id=request_id, text=text, customer_id=customer_id,
                                       item=item)
    except SQLAlchemyError:  # the answer does not depend on the audit write; its loss is logged
        log.exception("could not record moderation decisions of %s", request_id)
