"""Tenant limits, enforced atomically in Redis so that they hold across every gateway process: requests
and tokens per minute (sliding windows), concurrent streams (expiring leases) and a monthly token budget,
each for the customer and for the key.

Admission is one Lua script: it trims every window, checks every limit of the customer and of the key,
and records the request in all of them only if all pass, so a refusal changes nothing. Tokens are
reserved as prompt tokens + max_tokens and corrected to the tokens the request used when it ends
(``settle``, a second script; idempotent per request id):

* the gateway settles as its relay passes a request's terminal event (streamed and non-streamed chat
  and completions, ``GET /v1/streams/<id>``);
* requests whose end no reader saw (a native stream never read, a client that went away) are settled from
  the terminal event in their replay log, by a sweep that runs before a refusal is final;
* a concurrency slot that nobody settles (a gateway or worker crashed) expires after stream_lease_seconds.

The monthly counter lives for budget_resync_seconds and is then re-read from the usage ledger, so that a
lost Redis or an unsettled reservation cannot skew the budget for long. A reseeded counter also holds the
reservations of requests still in flight that the ledger does not hold yet, and only those are corrected
when they settle (each reservation records which seeding of the counter holds it). Keys of one customer share a
Redis Cluster hash slot (``{c<id>}``), as multi-key scripts need.
"""

from __future__ import annotations

import logging
import math
import threading
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime

import redis

from api.errors import QuotaExceeded, RateLimitExceeded
from billing.ledger import UsageLedger
from sluice.settings import Settings
from sluice.streams import events
from sluice.streams.events import StreamEvent
from tenants.keys import KeyOwner, Limits

log = logging.getLogger(__name__)

_SWEEP_INTERVAL_SECONDS = 1.0

_ADMIT = """
-- KEYS[1]: the reservation hash; then per scope: requests zset, tokens zset, token amounts hash,
-- token sum, streams zset (score: lease deadline), month counter, the month counter's seed id.
-- ARGV: window, lease, request id, tokens, reservation ttl, key id, month, then per scope: the four limits
-- (0: none).
local t = redis.call('TIME')
local now = tonumber(t[1]) + tonumber(t[2]) / 1000000
local window = tonumber(ARGV[1])
local lease = tonumber(ARGV[2])
local rid = ARGV[3]
local tokens = tonumber(ARGV[4])
local scopes = (#KEYS - 1) / 7

local function trim_tokens(toks, amts, sum)
  local old = redis.call('ZRANGEBYSCORE', toks, '-inf', now - window)
  if #old == 0 then return end
  local freed = 0
  for i = 1, #old, 500 do
    local chunk = {unpack(old, i, math.min(i + 499, #old))}
    for _, amount in ipairs(redis.call('HMGET', amts, unpack(chunk))) do freed = freed + (tonumber(amount) or 0) end
    redis.call('HDEL', amts, unpack(chunk))
    redis.call('ZREM', toks, unpack(chunk))
  end
  if redis.call('DECRBY', sum, freed) < 0 then redis.call('SET', sum, 0, 'KEEPTTL') end
end

for s = 0, scopes - 1 do
  local k = 1 + s * 7
  local reqs, toks, amts, sum, streams, month = KEYS[k+1], KEYS[k+2], KEYS[k+3], KEYS[k+4], KEYS[k+5], KEYS[k+6]
  local a = 8 + s * 4
  local rpm, tpm, max_streams, budget = tonumber(ARGV[a]), tonumber(ARGV[a+1]), tonumber(ARGV[a+2]), tonumber(ARGV[a+3])
  redis.call('ZREMRANGEBYSCORE', reqs, '-inf', now - window)
  trim_tokens(toks, amts, sum)
  redis.call('ZREMRANGEBYSCORE', streams, '-inf', now)
  if rpm > 0 then
    local used = redis.call('ZCARD', reqs)
    if used >= rpm then
      local oldest = redis.call('ZRANGE', reqs, 0, 0, 'WITHSCORES')
      return {s, 'requests', rpm, used, tostring(tonumber(oldest[2]) + window - now)}
    end
  end
  if tpm > 0 then
    local used = tonumber(redis.call('GET', sum) or '0')
    if used + tokens > tpm then
      local wait = window
      if tokens <= tpm then
        -- the oldest reservations leave the window first: wait until enough of them have
        local entries = redis.call('ZRANGE', toks, 0, -1, 'WITHSCORES')
        local freed = 0
        for i = 1, #entries, 2 do
          freed = freed + (tonumber(redis.call('HGET', amts, entries[i])) or 0)
          if used - freed + tokens <= tpm then wait = tonumber(entries[i + 1]) + window - now; break end
        end
      end
      return {s, 'tokens', tpm, used, tostring(wait)}
    end
  end
  if max_streams > 0 then
    local open = redis.call('ZCARD', streams)
    if open >= max_streams then return {s, 'streams', max_streams, open, '1'} end
  end
  if budget > 0 then
    local spent = redis.call('GET', month)
    if not spent then return {s, 'seed', budget, 0, '0'} end
    if tonumber(spent) + tokens > budget then return {s, 'monthly_tokens', budget, tonumber(spent), '0'} end
  end
end

local window_ms = math.ceil(window * 1000) + 1000
for s = 0, scopes - 1 do
  local k = 1 + s * 7
  local reqs, toks, amts, sum, streams, month = KEYS[k+1], KEYS[k+2], KEYS[k+3], KEYS[k+4], KEYS[k+5], KEYS[k+6]
  local a = 8 + s * 4
  if tonumber(ARGV[a]) > 0 then
    redis.call('ZADD', reqs, now, rid)
    redis.call('PEXPIRE', reqs, window_ms)
  end
  if tonumber(ARGV[a+1]) > 0 then
    redis.call('ZADD', toks, now, rid)
    redis.call('HSET', amts, rid, tokens)
    redis.call('INCRBY', sum, tokens)
    redis.call('PEXPIRE', toks, window_ms)
    redis.call('PEXPIRE', amts, window_ms)
    redis.call('PEXPIRE', sum, window_ms)
  end
  -- the customer's streams set is also the list of its open requests, which the sweep settles
  if tonumber(ARGV[a+2]) > 0 or s == 0 then
    redis.call('ZADD', streams, now + lease, rid)
    redis.call('EXPIRE', streams, math.ceil(lease) + 1)
  end
  if tonumber(ARGV[a+3]) > 0 then
    redis.call('INCRBY', month, tokens)
    -- which seeding of the counter holds this reservation: only that one is corrected when it settles
    redis.call('HSET', KEYS[1], 'seed' .. s, redis.call('GET', KEYS[k+7]) or '')
  end
end
redis.call('HSET', KEYS[1], 'tokens', tokens, 'key', ARGV[6], 'month', ARGV[7])
redis.call('EXPIRE', KEYS[1], tonumber(ARGV[5]))
return {-1}
"""

_SETTLE = """
-- KEYS[1]: the reservation hash; then per scope: token amounts hash, token sum, streams zset, month counter,
-- the month counter's seed id.
-- ARGV: request id, tokens used (-1: unknown, the reservation stands).
if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
local reserved = tonumber(redis.call('HGET', KEYS[1], 'tokens'))
local seeds = {redis.call('HGET', KEYS[1], 'seed0'), redis.call('HGET', KEYS[1], 'seed1')}
redis.call('DEL', KEYS[1])
local rid = ARGV[1]
local used = tonumber(ARGV[2])
for s = 0, (#KEYS - 1) / 5 - 1 do
  local k = 1 + s * 5
  local amts, sum, streams, month = KEYS[k+1], KEYS[k+2], KEYS[k+3], KEYS[k+4]
  redis.call('ZREM', streams, rid)
  if used >= 0 then
    local delta = used - reserved
    if redis.call('HEXISTS', amts, rid) == 1 then
      redis.call('HINCRBY', amts, rid, delta)
      redis.call('INCRBY', sum, delta)
    end
    -- A counter seeded after the reservation was made holds it only if the seeding counted it as open
    -- (it was not in the ledger then); otherwise the ledger holds this request's usage, or will.
    if redis.call('EXISTS', month) == 1 and seeds[s + 1] and seeds[s + 1] == (redis.call('GET', KEYS[k+5]) or '') then
      redis.call('INCRBY', month, delta)
    end
  end
end
return 1
"""

_SEED = """
-- KEYS: per scope the month counter and its seed id. ARGV: ttl, seed id, then per scope: the count, then
-- the number of open reservations the count holds and their hash keys.
-- Seeds each counter that does not exist; marks the reservations it holds as held by this seeding.
local ttl, seed = tonumber(ARGV[1]), ARGV[2]
local a = 3
for s = 0, #KEYS / 2 - 1 do
  local count, open = ARGV[a], tonumber(ARGV[a + 1])
  if redis.call('SET', KEYS[2 * s + 1], count, 'NX', 'EX', ttl) then
    redis.call('SET', KEYS[2 * s + 2], seed, 'EX', ttl)
    for i = 1, open do
      local reservation = ARGV[a + 1 + i]
      if redis.call('EXISTS', reservation) == 1 then redis.call('HSET', reservation, 'seed' .. s, seed) end
    end
  end
  a = a + 2 + open
end
return 1
"""


@dataclass(frozen=True)
class ScopeLimits:
    """The limits in force for one customer or key; 0 means none."""

    requests: int
    tokens: int
    streams: int
    monthly_tokens: int

    def as_list(self) -> list[int]:
        return [self.requests, self.tokens, self.streams, self.monthly_tokens]


@dataclass(frozen=True)
class ScopeUse:
    """What one customer or key uses now, next to its limits."""

    limits: ScopeLimits
    requests: int
    tokens: int
    streams: int
    monthly_tokens: int | None  # None: no budget applies, so no counter is kept


def customer_limits(limits: Limits, settings: Settings) -> ScopeLimits:
    """A customer's limits: its row's values, the settings' defaults where the row has none."""
    def pick(value: int | None, default: int) -> int:
        return default if value is None else value

    return ScopeLimits(
        requests=pick(limits.rpm_limit, settings.limit_requests_per_minute),
        tokens=pick(limits.tpm_limit, settings.limit_tokens_per_minute),
        streams=pick(limits.stream_limit, settings.limit_concurrent_streams),
        monthly_tokens=pick(limits.monthly_token_budget, settings.limit_monthly_tokens),
    )


def key_limits(limits: Limits) -> ScopeLimits:
    """A key's own limits (none unless its row sets them)."""
    return ScopeLimits(limits.rpm_limit or 0, limits.tpm_limit or 0, limits.stream_limit or 0,
                       limits.monthly_token_budget or 0)


def month_of(moment: datetime) -> str:
    return moment.strftime("%Y-%m")


def next_month_start(moment: datetime) -> datetime:
    return datetime(moment.year + moment.month // 12, moment.month % 12 + 1, 1, tzinfo=UTC)


def used_tokens(usage: dict | None) -> int | None:
    """Tokens a terminal event's usage reports, or None when it reports none."""
    if not usage:
        return None
    return int(usage.get("total_tokens") or int(usage.get("prompt_tokens", 0)) + int(usage.get("completion_tokens", 0)))


class TenantLimiter:
    """Admits and settles requests against their customer's and key's limits (one per gateway process)."""

    def __init__(self, client: redis.Redis, settings: Settings) -> None:
        self.redis = client
        self.settings = settings
        self._admit = client.register_script(_ADMIT)
        self._settle = client.register_script(_SETTLE)
        self._seed = client.register_script(_SEED)
        self._last_sweep: dict[int, float] = {}
        self._sweep_lock = threading.Lock()

    # -- keys ----------------------------------------------------------------------------------------

    @staticmethod
    def _base(customer_id: int | str) -> str:
        return f"sluice:limits:{{c{customer_id}}}"

    def _scope_keys(self, customer_id: int | str, scope: str, month: str) -> list[str]:
        base = f"{self._base(customer_id)}:{scope}"
        return [f"{base}:req", f"{base}:tok", f"{base}:amt", f"{base}:sum", self._streams_key(customer_id, scope),
                f"{base}:month:{month}", f"{base}:month:{month}:seed"]

    def _streams_key(self, customer_id: int | str, scope: str) -> str:
        return f"{self._base(customer_id)}:{scope}:str"

    def _reservation_key(self, customer_id: int | str, request_id: str) -> str:
        return f"{self._base(customer_id)}:res:{request_id}"

    # -- admission -----------------------------------------------------------------------------------

    def scopes(self, owner: KeyOwner) -> list[tuple[str, ScopeLimits]]:
        """The customer's scope, then the key's, with the limits in force for each."""
        return [("c", customer_limits(owner.customer_limits, self.settings)),
                (f"k{owner.api_key_id}", key_limits(owner.key_limits))]

    def admit(self, owner: KeyOwner, request_id: str, tokens: int) -> None:
        """Admit the request (``tokens`` = prompt tokens + max_tokens) or raise RateLimitExceeded or
        QuotaExceeded (429, with Retry-After); nothing is counted for a refused request. Raises
        redis.RedisError when Redis does not answer."""
        swept = False
        for _ in range(4):
            refusal = self._try_admit(owner, request_id, tokens)
            if refusal is None:
                return
            scope, kind, limit, used, wait = refusal
            if kind == "seed":
                self._seed_month(owner)
                continue
            if kind != "requests" and not swept and self._sweep_due(owner.customer_id):
                swept = True
                if self.sweep(owner.customer_id):
                    continue  # requests that ended freed what the refusal was about: check again
            raise self._refusal(scope, kind, limit, used, tokens, wait)
        raise RateLimitExceeded("The limits could not be checked; try again.", limit_type="requests",
                                headers={"Retry-After": "1"})

    def requests_refusal(self, owner: KeyOwner) -> RateLimitExceeded | None:
        """The refusal a request of ``owner`` would get now because its customer or key has no request
        left in the current window (None: it has), from one read: the cheap check a gateway makes before
        it templates and tokenizes a body. Counts nothing; ``admit`` still checks every limit. Raises
        redis.RedisError when Redis does not answer."""
        limited = [(scope, limits) for scope, limits in self.scopes(owner) if limits.requests]
        if not limited:
            return None
        now = float(self.redis.time()[0])
        window = self.settings.limit_window_seconds
        pipe = self.redis.pipeline(transaction=False)
        for scope, _ in limited:
            requests_key = self._scope_keys(owner.customer_id, scope, "")[0]
            pipe.zcount(requests_key, now - window, "+inf")
            pipe.zrangebyscore(requests_key, now - window, "+inf", start=0, num=1, withscores=True)
        replies = pipe.execute()
        for index, (scope, limits) in enumerate(limited):
            used, oldest = replies[2 * index], replies[2 * index + 1]
            if used >= limits.requests:
                wait = oldest[0][1] + window - now if oldest else window
                return self._refusal(scope, "requests", limits.requests, int(used), 1, wait)
        return None

    def _try_admit(self, owner: KeyOwner, request_id: str, tokens: int) -> tuple | None:
        month = month_of(datetime.now(UTC))
        keys = [self._reservation_key(owner.customer_id, request_id)]
        args: list = [self.settings.limit_window_seconds, self.settings.stream_lease_seconds, request_id, tokens,
                      self._reservation_ttl(), owner.api_key_id, month]
        scopes = self.scopes(owner)
        for scope, _ in scopes:
            keys += self._scope_keys(owner.customer_id, scope, month)
        for _, limits in scopes:
            args += limits.as_list()
        result = self._admit(keys=keys, args=args)
        if int(result[0]) < 0:
            return None
        index, kind, limit, used, wait = result
        return scopes[int(index)][0], kind.decode(), int(limit), int(used), float(wait)

    def _reservation_ttl(self) -> int:
        return max(self.settings.stream_lease_seconds, self.settings.replay_ttl_seconds)

    def _refusal(self, scope: str, kind: str, limit: int, used: int, tokens: int, wait: float):
        whose = "your customer account" if scope == "c" else "this API key"
        window = self.settings.limit_window_seconds
        per = "per minute" if window == 60 else f"per {window:g} seconds"
        if kind == "monthly_tokens":
            renews = next_month_start(datetime.now(UTC))
            seconds = max(1, math.ceil((renews - datetime.now(UTC)).total_seconds()))
            return QuotaExceeded(
                f"You exceeded the monthly token budget of {whose}: limit {limit}, used {used}, requested "
                f"{tokens}. The budget renews on {renews.date().isoformat()}.",
                headers={"Retry-After": str(seconds)})
        seconds = max(1, math.ceil(wait))
        headers = {"Retry-After": str(seconds), f"x-ratelimit-limit-{kind}": str(limit),
                   f"x-ratelimit-remaining-{kind}": "0", f"x-ratelimit-reset-{kind}": f"{max(wait, 0):.3f}s"}
        if kind == "requests":
            message = (f"Rate limit reached for requests {per} (RPM) on {whose}: limit {limit}, used {used}, "
                       f"requested 1. Please try again in {max(wait, 0):.1f}s.")
        elif kind == "tokens" and tokens > limit:
            message = (f"Request too large for tokens {per} (TPM) on {whose}: limit {limit}, requested {tokens} "
                       "(prompt tokens + max_tokens). Reduce the prompt or max_tokens.")
        elif kind == "tokens":
            message = (f"Rate limit reached for tokens {per} (TPM) on {whose}: limit {limit}, used {used}, "
                       f"requested {tokens} (prompt tokens + max_tokens). Please try again in {max(wait, 0):.1f}s.")
        else:
            message = (f"Too many concurrent streams on {whose}: limit {limit}, open {used}. "
                       "Please try again when one of them has finished.")
        return RateLimitExceeded(message, limit_type=kind, headers=headers)

    def _seed_month(self, owner: KeyOwner) -> None:
        """Start this month's counters (they expire every budget_resync_seconds) from the usage ledger plus
        the reservations of requests still open that the ledger does not hold yet; those reservations are
        marked as held by this seeding, so that their settling corrects it (and a reservation the ledger
        already holds corrects nothing)."""
        now = datetime.now(UTC)
        month = month_of(now)
        customer_scope, key_scope = "c", f"k{owner.api_key_id}"
        open_ids = [rid.decode() for rid in self.redis.zrange(self._streams_key(owner.customer_id, customer_scope),
                                                                0, -1)]
        pipe = self.redis.pipeline(transaction=False)
        for request_id in open_ids:
            pipe.hmget(self._reservation_key(owner.customer_id, request_id), "tokens", "key", "month")
        reservations = {rid: fields for rid, fields in zip(open_ids, pipe.execute(), strict=True)
                        if fields[0] is not None and fields[2] is not None and fields[2].decode() == month}
        per_key, recorded = UsageLedger(self.settings.resolved_database_url).month_so_far(
            owner.customer_id, datetime(now.year, now.month, 1, tzinfo=UTC), now, list(reservations))
        held = {rid: fields for rid, fields in reservations.items() if rid not in recorded}
        key_held = {rid: fields for rid, fields in held.items() if fields[1].decode() == str(owner.api_key_id)}
        keys, args = [], [self.settings.budget_resync_seconds, uuid.uuid4().hex]
        for scope, total, scope_held in ((customer_scope, sum(per_key.values()), held),
                                         (key_scope, per_key.get(owner.api_key_id, 0), key_held)):
            scope_keys = self._scope_keys(owner.customer_id, scope, month)
            keys += [scope_keys[5], scope_keys[6]]
            args += [total + sum(int(fields[0]) for fields in scope_held.values()), len(scope_held),
                     *(self._reservation_key(owner.customer_id, rid) for rid in scope_held)]
        self._seed(keys=keys, args=args)

    # -- settlement ----------------------------------------------------------------------------------

    def settle(self, customer_id: int | str, request_id: str, used: int | None) -> bool:
        """The request ended having used ``used`` tokens (None: unknown; the reservation stands): free its
        stream slot and correct its tokens. Only the first settle of a request counts; returns whether
        this was it."""
        reservation = self._reservation_key(customer_id, request_id)
        key_id, month = self.redis.hmget(reservation, "key", "month")
        if key_id is None or month is None:
            return False
        keys = [reservation]
        for scope in ("c", f"k{key_id.decode()}"):
            scope_keys = self._scope_keys(customer_id, scope, month.decode())
            keys += [scope_keys[2], scope_keys[3], scope_keys[4], scope_keys[5], scope_keys[6]]
        return bool(self._settle(keys=keys, args=[request_id, -1 if used is None else used]))

    def settling(self, customer_id: int | str, request_id: str, stream: Iterator) -> Iterator:
        """``stream`` (a relay's events) unchanged, settling the request as its terminal event passes. A
        terminal event the gateway made settles nothing: the generation it cancelled has not ended yet; its
        own terminal event, in the replay log, settles it (the sweep), or its lease expires."""
        for event in stream:
            if isinstance(event, StreamEvent) and event.is_terminal and not event.made_by_gateway:
                try:
                    self.settle(customer_id, request_id, used_tokens(event.data.get("usage")))
                except redis.RedisError:  # the sweep or the lease frees it later; the client gets its event
                    log.warning("could not settle the limits of %s", request_id)
            yield event

    def release_unqueued(self, customer_id: int | str, request_id: str) -> None:
        """Give back what an admitted request held when it could not be queued after all."""
        self.settle(customer_id, request_id, 0)

    def _sweep_due(self, customer_id: int) -> bool:
        now = time.monotonic()
        with self._sweep_lock:
            if now - self._last_sweep.get(customer_id, 0.0) < _SWEEP_INTERVAL_SECONDS:
                return False
            self._last_sweep[customer_id] = now
            return True

    def sweep(self, customer_id: int | str) -> int:
        """Settle the customer's open requests whose terminal event is in their replay log (streams nobody
        read to the end). Returns how many it settled."""
        open_ids = [rid.decode() for rid in self.redis.zrange(self._streams_key(customer_id, "c"), 0, -1)]
        if not open_ids:
            return 0
        pipe = self.redis.pipeline(transaction=False)
        for rid in open_ids:
            pipe.xrevrange(events.replay_log_key(rid), count=1)
        settled = 0
        for rid, last in zip(open_ids, pipe.execute(), strict=True):
            if not last:
                continue
            event = StreamEvent.from_json(last[0][1][b"e"])
            if event.is_terminal and self.settle(customer_id, rid, used_tokens(event.data.get("usage"))):
                settled += 1
        return settled

    # -- what operators see --------------------------------------------------------------------------

    def use(self, owner_limits: list[tuple[int | str, str, ScopeLimits]]) -> list[ScopeUse]:
        """Current use of each (customer id, scope, limits): ``scope`` is ``c`` or ``k<key id>``."""
        month = month_of(datetime.now(UTC))
        now = float(self.redis.time()[0])
        since = now - self.settings.limit_window_seconds
        pipe = self.redis.pipeline(transaction=False)
        for customer_id, scope, _ in owner_limits:
            reqs, toks, amts, _, streams, month_key, _ = self._scope_keys(customer_id, scope, month)
            pipe.zcount(reqs, since, "+inf")
            pipe.zrangebyscore(toks, since, "+inf")
            pipe.hgetall(amts)
            pipe.zcount(streams, now, "+inf")
            pipe.get(month_key)
        replies = pipe.execute()
        uses = []
        for i, (_, _, limits) in enumerate(owner_limits):
            requests, in_window, amounts, streams, month_used = replies[i * 5:(i + 1) * 5]
            tokens = sum(int(amounts.get(rid, 0)) for rid in in_window)
            uses.append(ScopeUse(limits, int(requests), tokens, int(streams),
                                 None if month_used is None else int(month_used)))
        return uses
