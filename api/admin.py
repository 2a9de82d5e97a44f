"""Operators' side of tenants over HTTP: the admin endpoints (admin keys only) that list customers, keys
and the current use of every limit. The ``sluice`` command (cli/tenants.py) changes them."""

from __future__ import annotations

from flask import Blueprint, current_app, jsonify, request
from pydantic import ValidationError

from api import protocol
from api.auth import require_admin
from api.errors import InvalidRequest
from api.limits import ScopeLimits, customer_limits, key_limits
from tenants import keys as tenant_keys

bp = Blueprint("admin", __name__, url_prefix="/v1/admin")


def _gateway():
    return current_app.extensions["sluice"]


def _admin_query() -> protocol.AdminQuery:
    try:
        return protocol.AdminQuery.model_validate(request.args.to_dict())
    except ValidationError as exc:
        message, param = protocol.error_fields(exc)
        raise InvalidRequest(message, param=param) from None


@bp.get("/customers")
def list_customers():
    """Every customer, its stored limits and number of active keys."""
    require_admin()
    query = _admin_query()
    customers = tenant_keys.list_customers(_gateway().settings.resolved_database_url)
    if query.customer_id is not None:
        customers = [c for c in customers if c.id == query.customer_id]
    return jsonify(protocol.AdminList(data=[protocol.AdminCustomer.from_info(c) for c in customers]).model_dump())


@bp.get("/keys")
def list_keys():
    """Every key (of one customer with ``?customer_id=``): prefix, name, role, limits; never the key."""
    require_admin()
    query = _admin_query()
    keys = tenant_keys.list_keys(_gateway().settings.resolved_database_url, query.customer_id)
    return jsonify(protocol.AdminList(data=[protocol.AdminKey.from_info(k) for k in keys]).model_dump())


@bp.get("/limits")
def limit_use():
    """The limits in force and their current use, for every customer (or one) and each of its active keys."""
    require_admin()
    query = _admin_query()
    gw = _gateway()
    url = gw.settings.resolved_database_url
    customers = [c for c in tenant_keys.list_customers(url) if query.customer_id in (None, c.id)]
    names = {c.id: c.name for c in customers}
    scopes: list[tuple[int, str, ScopeLimits]] = []
    described: list[dict] = []
    for customer in customers:
        scopes.append((customer.id, "c", customer_limits(customer.limits, gw.settings)))
        described.append({"scope": "customer", "customer_id": customer.id, "customer": customer.name,
                          "api_key_id": None, "key_prefix": None})
    for key in tenant_keys.list_keys(url, query.customer_id):
        if key.revoked_at is None and key.customer_id in names:
            scopes.append((key.customer_id, f"k{key.id}", key_limits(key.limits)))
            described.append({"scope": "key", "customer_id": key.customer_id, "customer": names[key.customer_id],
                              "api_key_id": key.id, "key_prefix": key.prefix})
    reports = []
    for entry, use in zip(described, gw.limits.use(scopes), strict=True):
        limits = use.limits
        reports.append(protocol.ScopeUseReport(
            **entry,
            requests=protocol.LimitUse(limit=limits.requests, used=use.requests if limits.requests else None),
            tokens=protocol.LimitUse(limit=limits.tokens, used=use.tokens if limits.tokens else None),
            streams=protocol.LimitUse(limit=limits.streams, used=use.streams
                                      if limits.streams or entry["scope"] == "customer" else None),
            monthly_tokens=protocol.LimitUse(limit=limits.monthly_tokens, used=use.monthly_tokens),
        ))
    return jsonify(protocol.AdminList(data=reports, window_seconds=gw.settings.limit_window_seconds).model_dump())
