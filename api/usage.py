"""Usage: ``GET /v1/usage`` (the calling customer's tokens, grouped by model, key and/or day) and the
usage page at ``/usage`` that charts it."""

from __future__ import annotations

from flask import Blueprint, jsonify, render_template, request
from pydantic import ValidationError

from api import protocol
from api.auth import require_owner
from api.errors import InvalidRequest
from api.openai import gateway
from billing.ledger import UsageLedger

bp = Blueprint("usage", __name__)


def parse_usage_query() -> protocol.UsageQuery:
    """The query string validated by UsageQuery; InvalidRequest (400) otherwise."""
    raw: dict = request.args.to_dict()
    if "group_by" in request.args:
        raw["group_by"] = request.args.getlist("group_by")
    try:
        return protocol.UsageQuery.model_validate(raw)
    except ValidationError as exc:
        message, param = protocol.error_fields(exc)
        raise InvalidRequest(message, param=param) from None


@bp.get("/v1/usage")
def usage():
    owner = require_owner()
    query = parse_usage_query()
    rows = UsageLedger(gateway().settings.resolved_database_url).summarize(
        owner.customer_id, query.start, query.end, query.group_by)
    return jsonify(protocol.UsageReport.from_rows(query, rows).model_dump())


@bp.get("/usage")
def usage_page():
    return render_template("usage.html")
