"""Liveness (``/healthz``: the process answers) and readiness (``/readyz``: Redis and the database answer,
and every configured model has at least one live worker). Neither needs an API key; both answer within
about a second even when a dependency hangs."""

from __future__ import annotations

import redis
from flask import Blueprint, jsonify
from sqlalchemy import text

from api.openai import gateway
from api.protocol import Liveness, Readiness
from sluice.db import engine_for

bp = Blueprint("health", __name__)

# A probe must answer before the orchestrator's own timeout (Kubernetes: 1 s by default).
PROBE_TIMEOUT_SECONDS = 0.5


@bp.get("/healthz")
def healthz():
    """The process is up and serving HTTP; says nothing about its dependencies."""
    return jsonify(Liveness().model_dump())


@bp.get("/readyz")
def readyz():
    """200 when Redis and the database answer and each configured model has a live worker; 503 with the
    failing checks otherwise."""
    gw = gateway()
    checks: dict = {"redis": False, "database": False, "workers": {}}
    probe = redis.Redis(connection_pool=_probe_pool(gw.settings.redis_url))
    try:
        checks["redis"] = bool(probe.ping())
        for name, served in gw.catalog.models.items():
            checks["workers"][name] = served.live_workers()
    except redis.RedisError:
        checks["workers"] = {name: 0 for name in gw.catalog.models}
    try:
        with engine_for(gw.settings.resolved_database_url).connect() as connection:
            connection.execute(text("SELECT 1"))
        checks["database"] = True
    except Exception:  # any driver error means not ready
        checks["database"] = False
    ready = checks["redis"] and checks["database"] and all(n > 0 for n in checks["workers"].values())
    return jsonify(Readiness(status="ready" if ready else "not_ready", checks=checks).model_dump()), 200 if ready else 503


_probe_pools: dict[str, redis.ConnectionPool] = {}


def _probe_pool(url: str) -> redis.ConnectionPool:
    # The gateway's shared client waits as long as the OS lets a connect hang; the probe must not.
    if url not in _probe_pools:
        _probe_pools[url] = redis.ConnectionPool.from_url(
            url, socket_timeout=PROBE_TIMEOUT_SECONDS, socket_connect_timeout=PROBE_TIMEOUT_SECONDS)
    return _probe_pools[url]
