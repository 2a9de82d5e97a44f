"""The HTTP gateway: authenticate, validate, tokenize, queue, and relay tokens as server-sent events."""

from __future__ import annotations

import logging
from functools import partial

from flask import Flask

from api.admission import AdmissionGate
from api.auth import KeyCache
from api.errors import register_error_handlers
from api.gateway import Gateway
from api.limits import TenantLimiter
from api.relay import StreamRelay
from api.submission import ModelCatalog, cancel
from sluice.db import engine_for
from sluice.redis_client import redis_from_url
from sluice.settings import Settings, get_settings


def create_app(settings: Settings | None = None) -> Flask:
    settings = settings or get_settings()
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    app = Flask(__name__)
    app.config["MAX_CONTENT_LENGTH"] = settings.max_request_bytes
    app.json.sort_keys = False

    client = redis_from_url(settings.redis_url)
    engine_for(settings.resolved_database_url)  # creates the tables before the first request
    relay = StreamRelay(client, cancel=partial(cancel, client, settings), max_readers=settings.stream_max_readers,
                        write_timeout=settings.stream_write_timeout)
    app.extensions["sluice"] = Gateway(
        settings=settings,
        redis=client,
        catalog=ModelCatalog(settings, client),
        keys=KeyCache(settings.resolved_database_url, client, settings.key_cache_seconds),
        relay=relay,
        limits=TenantLimiter(client, settings),
    )
    AdmissionGate(settings.gateway_admission_slots).install(app)

    from api import admin, health, metrics, moderations, openai, openapi, pages, prompts, responses, usage

    for blueprint in (openai.bp, prompts.bp, pages.bp, health.bp, usage.bp, metrics.bp, moderations.bp, admin.bp,
                      openapi.bp, responses.bp):
        app.register_blueprint(blueprint)
    register_error_handlers(app)
    return app
