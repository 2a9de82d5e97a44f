"""Customers and their API keys: a key is created once and shown once, stored only as a SHA-256 hash, has
a role (``user`` or ``admin``) and can be revoked. Customers and keys carry their own limits (requests and
tokens per minute, concurrent streams, a monthly token budget), which api/limits.py enforces.

Every change (a customer or key created, a key revoked, limits set) is recorded in the same transaction as
an ``AdminAction`` naming who made it: ``by``, the admin key of an HTTP call, or None for the command line."""

from __future__ import annotations

import hashlib
import json
import secrets
from dataclasses import dataclass, field, fields
from datetime import UTC, datetime

import redis
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from sluice.db import session_scope
from sluice.settings import Settings
from tenants.models import AdminAction, ApiKey, Customer

KEY_PREFIX = "sk-sluice-"
# Bumped whenever a key or a limit changes (created, revoked, limits set): every gateway process reads it
# on each lookup and drops its cache when it moved, so a revocation holds at once across processes.
KEYS_EPOCH_KEY = "sluice:keys:epoch"
ROLES = ("user", "admin")


class TenantError(ValueError):
    """A command about customers or keys cannot be done: unknown customer or key, a name taken, a bad role."""


class UnknownTenant(TenantError):
    """No customer or key has the id or name given."""


class NameTaken(TenantError):
    """Another customer has that name."""


@dataclass(frozen=True)
class Limits:
    """Limits as a database row holds them: None takes the default (customers) or sets none (keys); 0
    means no limit."""

    rpm_limit: int | None = None
    tpm_limit: int | None = None
    stream_limit: int | None = None
    monthly_token_budget: int | None = None

    @classmethod
    def of(cls, row: Customer | ApiKey) -> Limits:
        return cls(**{f.name: getattr(row, f.name) for f in fields(cls)})

    def as_dict(self) -> dict[str, int | None]:
        return {f.name: getattr(self, f.name) for f in fields(self)}


LIMIT_NAMES = tuple(f.name for f in fields(Limits))


@dataclass(frozen=True)
class KeyOwner:
    """Who a presented key belongs to, with the limits that apply to its requests."""

    api_key_id: int
    customer_id: int
    role: str
    customer_limits: Limits = field(default_factory=Limits)
    key_limits: Limits = field(default_factory=Limits)

    @property
    def is_admin(self) -> bool:
        return self.role == "admin"


@dataclass(frozen=True)
class KeyInfo:
    """A key as operators see it: never the key, never its hash."""

    id: int
    customer_id: int
    customer: str
    prefix: str
    name: str
    role: str
    created_at: datetime
    revoked_at: datetime | None
    limits: Limits


@dataclass(frozen=True)
class CustomerInfo:
    id: int
    name: str
    stripe_customer_id: str | None
    created_at: datetime
    active_keys: int
    limits: Limits


@dataclass(frozen=True)
class AdminActionInfo:
    """One recorded change: ``admin_key_id`` None when the command line made it."""

    id: int
    at: datetime
    admin_key_id: int | None
    action: str
    customer_id: int | None
    api_key_id: int | None
    detail: dict


def _record_action(session: Session, by: int | None, action: str, *, customer_id: int | None,
                   api_key_id: int | None = None, **detail: object) -> None:
    session.add(AdminAction(admin_key_id=by, action=action, customer_id=customer_id, api_key_id=api_key_id,
                            detail=json.dumps(detail, sort_keys=True)))


def hash_key(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()


def new_key() -> str:
    return KEY_PREFIX + secrets.token_urlsafe(24)


def ensure_customer(database_url: str, name: str) -> int:
    with session_scope(database_url) as session:
        customer = session.scalar(select(Customer).where(Customer.name == name))
        if customer is None:
            customer = Customer(name=name)
            session.add(customer)
            session.flush()
        return customer.id


def create_customer(database_url: str, name: str, limits: Limits | None = None, *, by: int | None = None) -> int:
    """A new customer named ``name`` with ``limits``; TenantError if the name is taken or empty."""
    name = name.strip()
    if not name:
        raise TenantError("a customer needs a name")
    try:
        with session_scope(database_url) as session:
            if session.scalar(select(Customer.id).where(Customer.name == name)) is not None:
                raise NameTaken(f"a customer named {name!r} already exists")
            customer = Customer(name=name, **(limits or Limits()).as_dict())
            session.add(customer)
            session.flush()
            _record_action(session, by, "customer.create", customer_id=customer.id, name=name,
                           limits=(limits or Limits()).as_dict())
            return customer.id
    except IntegrityError:  # created at the same moment by another call
        raise NameTaken(f"a customer named {name!r} already exists") from None


def customer_id_by_name(database_url: str, name: str) -> int:
    """The id of the customer ``name`` (or of the customer whose id ``name`` spells); TenantError if none."""
    with session_scope(database_url) as session:
        found = session.scalar(select(Customer.id).where(Customer.name == name))
        if found is None and name.isdigit():
            found = session.scalar(select(Customer.id).where(Customer.id == int(name)))
        if found is None:
            raise UnknownTenant(f"no customer {name!r}")
        return found


def store_key(database_url: str, customer_id: int, key: str, role: str = "user", name: str = "",
              limits: Limits | None = None, *, by: int | None = None) -> int:
    """Store ``key`` (hashed) for the customer; storing the same key again returns the existing id.
    TenantError for an unknown role or customer."""
    if role not in ROLES:
        raise TenantError(f"a key's role is one of {', '.join(ROLES)}, not {role!r}")
    digest = hash_key(key)
    with session_scope(database_url) as session:
        existing = session.scalar(select(ApiKey).where(ApiKey.key_hash == digest))
        if existing is not None:
            return existing.id
        if session.get(Customer, customer_id) is None:
            raise UnknownTenant(f"no customer with id {customer_id}")
        record = ApiKey(customer_id=customer_id, key_hash=digest, prefix=key[:14], role=role, name=name,
                        **(limits or Limits()).as_dict())
        session.add(record)
        session.flush()
        _record_action(session, by, "key.create", customer_id=customer_id, api_key_id=record.id, role=role,
                       name=name, prefix=record.prefix, limits=(limits or Limits()).as_dict())
        return record.id


def issue_key(database_url: str, customer_id: int, *, role: str = "user", name: str = "",
              limits: Limits | None = None, key: str | None = None, by: int | None = None) -> tuple[int, str]:
    """Create a key for the customer (a new random one unless ``key`` is given, as the development key
    is) and return its id and the key itself: the only moment the key is known; only its hash is kept."""
    key = key or new_key()
    return store_key(database_url, customer_id, key, role=role, name=name, limits=limits, by=by), key


def find_key_owner(database_url: str, key: str) -> KeyOwner | None:
    """The owner of an active key, or None for an unknown or revoked key."""
    with session_scope(database_url) as session:
        found = session.execute(
            select(ApiKey, Customer).join(Customer, Customer.id == ApiKey.customer_id)
            .where(ApiKey.key_hash == hash_key(key))
        ).first()
        if found is None or found.ApiKey.revoked_at is not None:
            return None
        record, customer = found
        return KeyOwner(record.id, record.customer_id, record.role, Limits.of(customer), Limits.of(record))


def revoke_key(database_url: str, key_id: int, *, by: int | None = None) -> bool:
    """Revoke the key ``key_id``: True if this revoked it, False if it already was; TenantError if unknown."""
    with session_scope(database_url) as session:
        record = session.get(ApiKey, key_id)
        if record is None:
            raise UnknownTenant(f"no key with id {key_id}")
        if record.revoked_at is not None:
            return False
        record.revoked_at = datetime.now(UTC)
        _record_action(session, by, "key.revoke", customer_id=record.customer_id, api_key_id=key_id,
                       prefix=record.prefix)
        return True


def key_id_of(database_url: str, key: str) -> int:
    """The id of the key whose text is ``key``; TenantError if no such key is stored."""
    with session_scope(database_url) as session:
        found = session.scalar(select(ApiKey.id).where(ApiKey.key_hash == hash_key(key)))
        if found is None:
            raise UnknownTenant("no such key")
        return found


def set_limits(database_url: str, changes: dict[str, int | None], *, customer_id: int | None = None,
               key_id: int | None = None, by: int | None = None) -> Limits:
    """Change some limits of one customer or one key (None: back to the default); returns the row's limits."""
    unknown = set(changes) - set(LIMIT_NAMES)
    if unknown or (customer_id is None) == (key_id is None):
        raise TenantError(f"set limits of exactly one customer or key, among {', '.join(LIMIT_NAMES)}")
    if any(value is not None and value < 0 for value in changes.values()):
        raise TenantError("a limit is 0 (none) or more")
    with session_scope(database_url) as session:
        row = session.get(Customer, customer_id) if customer_id is not None else session.get(ApiKey, key_id)
        if row is None:
            raise UnknownTenant(f"no {'customer' if customer_id is not None else 'key'} "
                              f"with id {customer_id if customer_id is not None else key_id}")
        before = Limits.of(row)
        for name, value in changes.items():
            setattr(row, name, value)
        after = Limits.of(row)
        _record_action(session, by, "limits.set", customer_id=customer_id if customer_id is not None
                       else row.customer_id, api_key_id=key_id, before=before.as_dict(), after=after.as_dict())
        return after


def list_keys(database_url: str, customer_id: int | None = None) -> list[KeyInfo]:
    """Every key (of one customer when given), oldest first."""
    query = select(ApiKey, Customer.name).join(Customer, Customer.id == ApiKey.customer_id).order_by(ApiKey.id)
    if customer_id is not None:
        query = query.where(ApiKey.customer_id == customer_id)
    with session_scope(database_url) as session:
        return [KeyInfo(k.id, k.customer_id, customer, k.prefix, k.name, k.role, k.created_at, k.revoked_at,
                        Limits.of(k)) for k, customer in session.execute(query)]


def list_customers(database_url: str, customer_id: int | None = None) -> list[CustomerInfo]:
    """Every customer (or the one with ``customer_id``) with its number of active keys, oldest first."""
    active = (select(ApiKey.customer_id, func.count().label("n")).where(ApiKey.revoked_at.is_(None))
              .group_by(ApiKey.customer_id).subquery())
    query = (select(Customer, func.coalesce(active.c.n, 0)).outerjoin(active, active.c.customer_id == Customer.id)
             .order_by(Customer.id))
    if customer_id is not None:
        query = query.where(Customer.id == customer_id)
    with session_scope(database_url) as session:
        return [CustomerInfo(c.id, c.name, c.stripe_customer_id, c.created_at, int(n), Limits.of(c))
                for c, n in session.execute(query)]


def get_customer(database_url: str, customer_id: int) -> CustomerInfo:
    """One customer as ``list_customers`` shows it; TenantError if there is none with that id."""
    found = list_customers(database_url, customer_id)
    if not found:
        raise UnknownTenant(f"no customer with id {customer_id}")
    return found[0]


def get_key(database_url: str, key_id: int) -> KeyInfo:
    """One key as ``list_keys`` shows it; TenantError if there is none with that id."""
    query = (select(ApiKey, Customer.name).join(Customer, Customer.id == ApiKey.customer_id)
             .where(ApiKey.id == key_id))
    with session_scope(database_url) as session:
        found = session.execute(query).first()
        if found is None:
            raise UnknownTenant(f"no key with id {key_id}")
        k, customer = found
        return KeyInfo(k.id, k.customer_id, customer, k.prefix, k.name, k.role, k.created_at, k.revoked_at,
                       Limits.of(k))


def list_admin_actions(database_url: str, customer_id: int | None = None, limit: int = 100) -> list[AdminActionInfo]:
    """The newest ``limit`` recorded changes (about one customer when given), newest first."""
    query = select(AdminAction).order_by(AdminAction.id.desc()).limit(limit)
    if customer_id is not None:
        query = query.where(AdminAction.customer_id == customer_id)
    with session_scope(database_url) as session:
        return [AdminActionInfo(a.id, a.at, a.admin_key_id, a.action, a.customer_id, a.api_key_id,
                                json.loads(a.detail)) for a in session.scalars(query)]


def announce_key_change(client: redis.Redis) -> None:
    """Tell every gateway process that keys or limits changed. Raises redis.RedisError if Redis is down
    (the processes then notice within ``key_cache_seconds``)."""
    client.incr(KEYS_EPOCH_KEY)


def ensure_dev_key(settings: Settings) -> str:
    """The development key: ``settings.dev_api_key``, else the one a previous run saved under the data
    folder, else a new one (saved there). It is an admin key of the customer "dev", stored hashed like
    every other key."""
    saved = settings.data_dir / "dev-api-key"
    key = settings.dev_api_key or (saved.read_text().strip() if saved.exists() else "")
    if not key:
        key = new_key()
        settings.data_dir.mkdir(parents=True, exist_ok=True)
        saved.write_text(key + "\n")
        saved.chmod(0o600)
    customer_id = ensure_customer(settings.resolved_database_url, "dev")
    issue_key(settings.resolved_database_url, customer_id, role="admin", name="development key", key=key)
    return key
