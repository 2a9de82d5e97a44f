"""``sluice`` commands for customers, keys and limits.

Every command prints what it did to stderr and its result to stdout: ``create-key`` prints the key itself,
the only time anyone sees it (the database keeps its hash). A change to keys or limits is announced
through Redis, so every gateway drops its cached lookups at once.
"""

from __future__ import annotations

import argparse
import sys

import redis

from sluice.redis_client import redis_from_url
from sluice.settings import get_settings
from tenants import keys as tenant_keys
from tenants.keys import LIMIT_NAMES, Limits, TenantError

# (flag, Limits field, meaning) of each limit option; 0 means no limit.
LIMIT_OPTIONS = (
    ("--rpm", "rpm_limit", "requests per minute"),
    ("--tpm", "tpm_limit", "tokens per minute (prompt + max_tokens, corrected at the end)"),
    ("--streams", "stream_limit", "concurrent streams"),
    ("--monthly-tokens", "monthly_token_budget", "tokens per calendar month (UTC)"),
)
RESET_FLAGS = {"rpm": "rpm_limit", "tpm": "tpm_limit", "streams": "stream_limit",
               "monthly-tokens": "monthly_token_budget"}


def _say(message: str) -> None:
    sys.stderr.write(f"[sluice] {message}\n")
    sys.stderr.flush()


def _non_negative(text: str) -> int:
    value = int(text)
    if value < 0:
        raise argparse.ArgumentTypeError(f"{value} is negative (0 means no limit)")
    return value


def _add_limit_options(parser: argparse.ArgumentParser) -> None:
    for flag, name, text in LIMIT_OPTIONS:
        parser.add_argument(flag, dest=name, type=_non_negative, default=None, metavar="N",
                            help=f"{text}; 0: no limit")


def _limits(args: argparse.Namespace) -> Limits:
    return Limits(**{name: getattr(args, name) for name in LIMIT_NAMES})


def _database_url() -> str:
    return get_settings().resolved_database_url


def _announce() -> None:
    settings = get_settings()
    try:
        tenant_keys.announce_key_change(redis_from_url(settings.redis_url))
    except redis.RedisError:
        _say(f"warning: Redis does not answer; gateways notice within {settings.key_cache_seconds:.0f}s")


def cmd_create_customer(args: argparse.Namespace) -> int:
    customer_id = tenant_keys.create_customer(_database_url(), args.name, _limits(args))
    _say(f"customer {args.name!r} created")
    print(customer_id)
    return 0


def cmd_create_key(args: argparse.Namespace) -> int:
    url = _database_url()
    customer_id = tenant_keys.customer_id_by_name(url, args.customer)
    key_id, key = tenant_keys.issue_key(url, customer_id, role=args.role, name=args.name, limits=_limits(args))
    _announce()  # a gateway may have cached the key as unknown
    _say(f"key {key_id} ({args.role}) created for {args.customer!r}; store it now, it is not shown again")
    print(key)
    return 0


def cmd_revoke_key(args: argparse.Namespace) -> int:
    url = _database_url()
    key_id = int(args.key) if args.key.isdigit() else tenant_keys.key_id_of(url, args.key)
    changed = tenant_keys.revoke_key(url, key_id)
    _announce()
    _say(f"key {key_id} {'revoked' if changed else 'was already revoked'}")
    return 0


def cmd_set_limits(args: argparse.Namespace) -> int:
    changes = {name: value for name in LIMIT_NAMES if (value := getattr(args, name)) is not None}
    changes.update({RESET_FLAGS[flag]: None for flag in args.reset})
    url = _database_url()
    customer_id = tenant_keys.customer_id_by_name(url, args.customer) if args.customer is not None else None
    stored = tenant_keys.set_limits(url, changes, customer_id=customer_id, key_id=args.key_id)
    _announce()
    _say("limits now: " + ", ".join(f"{n}={v}" for n, v in stored.as_dict().items()))
    return 0


def cmd_list_keys(args: argparse.Namespace) -> int:
    url = _database_url()
    customer_id = tenant_keys.customer_id_by_name(url, args.customer) if args.customer is not None else None
    rows = [("id", "customer", "role", "name", "prefix", "created", "revoked", "limits (rpm/tpm/streams/month)")]
    for k in tenant_keys.list_keys(url, customer_id):
        limits = "/".join("-" if v is None else str(v) for v in k.limits.as_dict().values())
        rows.append((str(k.id), k.customer, k.role, k.name, k.prefix + "…", k.created_at.strftime("%Y-%m-%d %H:%M"),
                     k.revoked_at.strftime("%Y-%m-%d %H:%M") if k.revoked_at else "-", limits))
    _print_table(rows)
    return 0


def cmd_list_customers(args: argparse.Namespace) -> int:
    rows = [("id", "name", "stripe customer", "created", "active keys", "limits (rpm/tpm/streams/month)")]
    for c in tenant_keys.list_customers(_database_url()):
        limits = "/".join("-" if v is None else str(v) for v in c.limits.as_dict().values())
        rows.append((str(c.id), c.name, c.stripe_customer_id or "-", c.created_at.strftime("%Y-%m-%d %H:%M"),
                     str(c.active_keys), limits))
    _print_table(rows)
    return 0


def _print_table(rows: list[tuple[str, ...]]) -> None:
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    for row in rows:
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip())


def _failing_cleanly(command):
    """A TenantError (unknown customer, duplicate name, ...) is one line on stderr and exit status 1."""
    def run(args: argparse.Namespace) -> int:
        try:
            return command(args)
        except TenantError as exc:
            _say(f"error: {exc}")
            return 1
    return run


def add_commands(sub: argparse._SubParsersAction) -> None:
    """Register the tenancy commands on the ``sluice`` parser."""
    create_customer = sub.add_parser("create-customer", help="create a customer (limits default to the settings')")
    create_customer.add_argument("name")
    _add_limit_options(create_customer)
    create_customer.set_defaults(func=_failing_cleanly(cmd_create_customer))

    create_key = sub.add_parser("create-key", help="create an API key for a customer (shown once)")
    create_key.add_argument("customer", help="the customer's name or id")
    create_key.add_argument("--role", choices=["user", "admin"], default="user")
    create_key.add_argument("--name", default="", help="what the key is for (shown in listings)")
    _add_limit_options(create_key)
    create_key.set_defaults(func=_failing_cleanly(cmd_create_key))

    revoke = sub.add_parser("revoke-key", help="revoke a key, by id or as the key itself (at once on every gateway)")
    revoke.add_argument("key")
    revoke.set_defaults(func=_failing_cleanly(cmd_revoke_key))

    set_limits = sub.add_parser("set-limits", help="change the limits of one customer or one key")
    target = set_limits.add_mutually_exclusive_group(required=True)
    target.add_argument("--customer", default=None, help="a customer's name or id")
    target.add_argument("--key-id", type=int, default=None, help="a key's id")
    set_limits.add_argument("--reset", action="append", default=[], choices=sorted(RESET_FLAGS),
                            help="back to the default (customers) or no key-level limit (keys); repeatable")
    _add_limit_options(set_limits)
    set_limits.set_defaults(func=_failing_cleanly(cmd_set_limits))

    list_keys = sub.add_parser("list-keys", help="every key with its limits (never the key itself)")
    list_keys.add_argument("--customer", default=None, help="only this customer's keys (name or id)")
    list_keys.set_defaults(func=_failing_cleanly(cmd_list_keys))

    sub.add_parser("list-customers", help="every customer with its limits and active keys").set_defaults(
        func=_failing_cleanly(cmd_list_customers))
