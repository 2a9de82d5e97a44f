"""Operators' side of tenants over HTTP (admin keys only): list customers, keys, the current use of every
limit and the record of changes; create customers and keys (a key is in its creation's answer only),
revoke keys, set limits and budgets. Each change is recorded with the admin key that made it
(tenants/keys.py) and announced to every gateway, as the ``sluice`` commands (cli/tenants.py) do."""

from __future__ import annotations

import logging

import redis
from flask import Blueprint, current_app, jsonify, request
from pydantic import BaseModel, ValidationError

from api import protocol
from api.auth import require_admin
from api.errors import Conflict, InvalidRequest, NotFound, PermissionDenied
from api.limits import ScopeLimits, customer_limits, key_limits
from api.openai import parse_body
from tenants import keys as tenant_keys
from tenants.keys import KeyOwner, Limits, NameTaken, TenantError, UnknownTenant

bp = Blueprint("admin", __name__, url_prefix="/v1/admin")
log = logging.getLogger(__name__)

_MAX_ID = 2**31 - 1


def _gateway():
    return current_app.extensions["sluice"]


def _query(model: type[BaseModel] = protocol.AdminQuery) -> BaseModel:
    try:
        return model.model_validate(request.args.to_dict())
    except ValidationError as exc:
        message, param = protocol.error_fields(exc)
        raise InvalidRequest(message, param=param) from None


def _existing_id(value: int, what: str) -> int:
    """A path's id, NotFound (404) past what an id column holds."""
    if value > _MAX_ID:
        raise NotFound(f"No {what} with id {value}.")
    return value


def _changed(call, *args, **kwargs):
    """``call`` (a tenants.keys change), its TenantError mapped to 404 (unknown), 409 (name taken) or 400;
    then every gateway is told that keys or limits changed."""
    try:
        result = call(*args, **kwargs)
    except UnknownTenant as exc:
        raise NotFound(_sentence(exc)) from None
    except NameTaken as exc:
        raise Conflict(_sentence(exc), param="name") from None
    except TenantError as exc:
        raise InvalidRequest(_sentence(exc)) from None
    try:
        tenant_keys.announce_key_change(_gateway().redis)
    except redis.RedisError:  # stored all the same; gateways notice within key_cache_seconds
        log.warning("could not announce a change of keys or limits")
    return result


def _not_own(admin: KeyOwner, *, customer_id: int | None = None, key_id: int | None = None) -> None:
    """PermissionDenied (403) for a change by which an admin key could lock itself out: revoking itself,
    limiting itself or its own customer. The ``sluice`` commands can still make it."""
    if key_id == admin.api_key_id or customer_id == admin.customer_id:
        raise PermissionDenied("An admin key may not revoke itself or change its own or its customer's limits over "
                               "HTTP (it could lock itself out); another admin key or the sluice commands can.",
                               code="own_access")


def _sentence(exc: Exception) -> str:
    text = str(exc)
    return f"{text[:1].upper()}{text[1:]}."


@bp.get("/customers")
def list_customers():
    """Every customer, its stored limits and number of active keys."""
    require_admin()
    query = _query()
    customers = tenant_keys.list_customers(_gateway().settings.resolved_database_url, query.customer_id)
    return jsonify(protocol.AdminList(data=[protocol.AdminCustomer.from_info(c) for c in customers]).model_dump())


@bp.post("/customers")
def create_customer():
    """A new customer with the limits given (the settings' defaults for the others)."""
    admin = require_admin()
    body: protocol.AdminCustomerCreate = parse_body(protocol.AdminCustomerCreate)
    url = _gateway().settings.resolved_database_url
    customer_id = _changed(tenant_keys.create_customer, url, body.name, Limits(**body.limit_values()),
                           by=admin.api_key_id)
    return jsonify(protocol.AdminCustomer.from_info(tenant_keys.get_customer(url, customer_id)).model_dump()), 201


@bp.patch("/customers/<int:customer_id>/limits")
def set_customer_limits(customer_id: int):
    """Change some of a customer's limits (null: back to the settings' default)."""
    admin = require_admin()
    customer_id = _existing_id(customer_id, "customer")
    _not_own(admin, customer_id=customer_id)
    body: protocol.AdminLimitsUpdate = parse_body(protocol.AdminLimitsUpdate)
    url = _gateway().settings.resolved_database_url
    _changed(tenant_keys.set_limits, url, body.changes(), customer_id=customer_id, by=admin.api_key_id)
    return jsonify(protocol.AdminCustomer.from_info(tenant_keys.get_customer(url, customer_id)).model_dump())


@bp.get("/keys")
def list_keys():
    """Every key (of one customer with ``?customer_id=``): prefix, name, role, limits; never the key."""
    require_admin()
    query = _query()
    keys = tenant_keys.list_keys(_gateway().settings.resolved_database_url, query.customer_id)
    return jsonify(protocol.AdminList(data=[protocol.AdminKey.from_info(k) for k in keys]).model_dump())


@bp.post("/keys")
def create_key():
    """A new key of a customer. The answer holds the key itself, the only time it is shown."""
    admin = require_admin()
    body: protocol.AdminKeyCreate = parse_body(protocol.AdminKeyCreate)
    url = _gateway().settings.resolved_database_url
    key_id, key = _changed(tenant_keys.issue_key, url, body.customer_id, role=body.role, name=body.name,
                           limits=Limits(**body.limit_values()), by=admin.api_key_id)
    info = protocol.AdminKey.from_info(tenant_keys.get_key(url, key_id))
    return jsonify(protocol.AdminKeyCreated(**info.model_dump(), key=key).model_dump()), 201


@bp.delete("/keys/<int:key_id>")
def revoke_key(key_id: int):
    """Revoke a key, at once on every gateway (revoking a revoked key changes nothing)."""
    admin = require_admin()
    key_id = _existing_id(key_id, "key")
    _not_own(admin, key_id=key_id)
    url = _gateway().settings.resolved_database_url
    _changed(tenant_keys.revoke_key, url, key_id, by=admin.api_key_id)
    return jsonify(protocol.AdminKey.from_info(tenant_keys.get_key(url, key_id)).model_dump())


@bp.patch("/keys/<int:key_id>/limits")
def set_key_limits(key_id: int):
    """Change some of a key's own limits (null: none of its own)."""
    admin = require_admin()
    key_id = _existing_id(key_id, "key")
    _not_own(admin, key_id=key_id)
    body: protocol.AdminLimitsUpdate = parse_body(protocol.AdminLimitsUpdate)
    url = _gateway().settings.resolved_database_url
    _changed(tenant_keys.set_limits, url, body.changes(), key_id=key_id, by=admin.api_key_id)
    return jsonify(protocol.AdminKey.from_info(tenant_keys.get_key(url, key_id)).model_dump())


@bp.get("/limits")
def limit_use():
    """The limits in force and their current use, for every customer (or one) and each of its active keys."""
    require_admin()
    query = _query()
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


@bp.get("/actions")
def list_actions():
    """The record of changes to customers, keys and limits, newest first, with the admin key that made each."""
    require_admin()
    query: protocol.AdminActionsQuery = _query(protocol.AdminActionsQuery)
    actions = tenant_keys.list_admin_actions(_gateway().settings.resolved_database_url, query.customer_id,
                                             query.limit)
    return jsonify(protocol.AdminList(data=[protocol.AdminActionRecord.from_info(a) for a in actions]).model_dump())
