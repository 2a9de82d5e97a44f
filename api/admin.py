"""Operators' side of tenants: the admin endpoints (admin keys only) that list customers, keys and the
current use of every limit, and the commands that manage them (``flask --app api.wsgi sluice ...``).

Every command prints what it did to stderr and its result to stdout: ``create-key`` prints the key itself,
the only time anyone sees it (the database keeps its hash).
"""

from __future__ import annotations

import sys

import click
import redis
from flask import Blueprint, current_app, jsonify, request
from pydantic import ValidationError

from api import protocol
from api.auth import announce_key_change, require_admin
from api.errors import InvalidRequest
from api.limits import ScopeLimits, customer_limits, key_limits
from billing import keys as tenants
from billing.keys import LIMIT_NAMES, Limits, TenantError

bp = Blueprint("admin", __name__, url_prefix="/v1/admin", cli_group="sluice")


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
    customers = tenants.list_customers(_gateway().settings.resolved_database_url)
    if query.customer_id is not None:
        customers = [c for c in customers if c.id == query.customer_id]
    return jsonify(protocol.admin_customers(customers))


@bp.get("/keys")
def list_keys():
    """Every key (of one customer with ``?customer_id=``): prefix, name, role, limits; never the key."""
    require_admin()
    query = _admin_query()
    return jsonify(protocol.admin_keys(tenants.list_keys(_gateway().settings.resolved_database_url,
                                                         query.customer_id)))


@bp.get("/limits")
def limit_use():
    """The limits in force and their current use, for every customer (or one) and each of its active keys."""
    require_admin()
    query = _admin_query()
    gw = _gateway()
    url = gw.settings.resolved_database_url
    customers = [c for c in tenants.list_customers(url) if query.customer_id in (None, c.id)]
    names = {c.id: c.name for c in customers}
    scopes: list[tuple[int, str, ScopeLimits]] = []
    described: list[dict] = []
    for customer in customers:
        scopes.append((customer.id, "c", customer_limits(customer.limits, gw.settings)))
        described.append({"scope": "customer", "customer_id": customer.id, "customer": customer.name,
                          "api_key_id": None, "key_prefix": None})
    for key in tenants.list_keys(url, query.customer_id):
        if key.revoked_at is None and key.customer_id in names:
            scopes.append((key.customer_id, f"k{key.id}", key_limits(key.limits)))
            described.append({"scope": "key", "customer_id": key.customer_id, "customer": names[key.customer_id],
                              "api_key_id": key.id, "key_prefix": key.prefix})
    entries = []
    for entry, use in zip(described, gw.limits.use(scopes), strict=True):
        limits = use.limits
        entry.update(
            requests={"limit": limits.requests, "used": use.requests if limits.requests else None},
            tokens={"limit": limits.tokens, "used": use.tokens if limits.tokens else None},
            streams={"limit": limits.streams, "used": use.streams if limits.streams or entry["scope"] == "customer"
                     else None},
            monthly_tokens={"limit": limits.monthly_tokens, "used": use.monthly_tokens},
        )
        entries.append(entry)
    return jsonify(protocol.admin_limit_use(entries, gw.settings.limit_window_seconds))


# -- commands ---------------------------------------------------------------------------------------------


def limit_options(command):
    """--rpm, --tpm, --streams and --monthly-tokens (each 0 for no limit)."""
    for flag, name, text in reversed((
        ("--rpm", "rpm_limit", "requests per minute"),
        ("--tpm", "tpm_limit", "tokens per minute (prompt + max_tokens, corrected at the end)"),
        ("--streams", "stream_limit", "concurrent streams"),
        ("--monthly-tokens", "monthly_token_budget", "tokens per calendar month (UTC)"),
    )):
        command = click.option(flag, name, type=click.IntRange(min=0), default=None,
                               help=f"{text}; 0: no limit")(command)
    return command


def _database_url() -> str:
    return _gateway().settings.resolved_database_url


def _announce() -> None:
    try:
        announce_key_change(_gateway().redis)
    except redis.RedisError:
        _say(f"warning: Redis does not answer; gateways notice within {_gateway().settings.key_cache_seconds:.0f}s")


def _say(message: str) -> None:
    click.echo(f"[sluice] {message}", err=True)


def _fail(exc: TenantError) -> None:
    _say(f"error: {exc}")
    sys.exit(1)


def _limits(values: dict) -> Limits:
    return Limits(**{name: values.get(name) for name in LIMIT_NAMES})


@bp.cli.command("create-customer")
@click.argument("name")
@limit_options
def create_customer_command(name: str, **limits: int | None) -> None:
    """Create the customer NAME (its limits default to the settings' where none is given)."""
    try:
        customer_id = tenants.create_customer(_database_url(), name, _limits(limits))
    except TenantError as exc:
        _fail(exc)
    _say(f"customer {name!r} created")
    click.echo(customer_id)


@bp.cli.command("create-key")
@click.argument("customer")
@click.option("--role", type=click.Choice(["user", "admin"]), default="user", show_default=True)
@click.option("--name", default="", help="what the key is for (shown in listings)")
@limit_options
def create_key_command(customer: str, role: str, name: str, **limits: int | None) -> None:
    """Create an API key for CUSTOMER (name or id) and print it: it is shown this once, only its hash is kept."""
    url = _database_url()
    try:
        key_id, key = tenants.issue_key(url, tenants.customer_id_by_name(url, customer), role=role, name=name,
                                        limits=_limits(limits))
    except TenantError as exc:
        _fail(exc)
    _announce()  # a gateway may have cached the key as unknown
    _say(f"key {key_id} ({role}) created for {customer!r}; store it now, it is not shown again")
    click.echo(key)


@bp.cli.command("revoke-key")
@click.argument("key")
def revoke_key_command(key: str) -> None:
    """Revoke KEY, given by its id (see list-keys) or as the key itself; effective at once on every gateway."""
    url = _database_url()
    try:
        key_id = int(key) if key.isdigit() else tenants.key_id_of(url, key)
        changed = tenants.revoke_key(url, key_id)
    except TenantError as exc:
        _fail(exc)
    _announce()
    _say(f"key {key_id} {'revoked' if changed else 'was already revoked'}")


@bp.cli.command("set-limits")
@click.option("--customer", "customer", default=None, help="a customer's name or id")
@click.option("--key-id", type=int, default=None, help="a key's id")
@click.option("--reset", "reset", multiple=True, type=click.Choice(["rpm", "tpm", "streams", "monthly-tokens"]),
              help="back to the default (customers) or no key-level limit (keys)")
@limit_options
def set_limits_command(customer: str | None, key_id: int | None, reset: tuple[str, ...], **limits: int | None) -> None:
    """Change the limits of one customer (--customer) or one key (--key-id)."""
    by_flag = {"rpm": "rpm_limit", "tpm": "tpm_limit", "streams": "stream_limit",
               "monthly-tokens": "monthly_token_budget"}
    changes = {name: value for name, value in limits.items() if value is not None}
    changes.update({by_flag[flag]: None for flag in reset})
    url = _database_url()
    try:
        customer_id = tenants.customer_id_by_name(url, customer) if customer is not None else None
        stored = tenants.set_limits(url, changes, customer_id=customer_id, key_id=key_id)
    except TenantError as exc:
        _fail(exc)
    _announce()
    _say("limits now: " + ", ".join(f"{n}={v}" for n, v in stored.as_dict().items()))


@bp.cli.command("list-keys")
@click.option("--customer", default=None, help="only this customer's keys (name or id)")
def list_keys_command(customer: str | None) -> None:
    """Every key: id, customer, role, name, prefix, when created and revoked, its own limits. Never the key."""
    url = _database_url()
    try:
        customer_id = tenants.customer_id_by_name(url, customer) if customer is not None else None
    except TenantError as exc:
        _fail(exc)
    rows = [("id", "customer", "role", "name", "prefix", "created", "revoked", "limits (rpm/tpm/streams/month)")]
    for k in tenants.list_keys(url, customer_id):
        limits = "/".join("-" if v is None else str(v) for v in k.limits.as_dict().values())
        rows.append((str(k.id), k.customer, k.role, k.name, k.prefix + "…", k.created_at.strftime("%Y-%m-%d %H:%M"),
                     k.revoked_at.strftime("%Y-%m-%d %H:%M") if k.revoked_at else "-", limits))
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    for row in rows:
        click.echo("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip())
