"""The unit tier's gateway: the real Flask app from ``create_app``, driven through Flask's test client,
with a private Redis, a fresh SQLite database and the default model's tokenizer. No worker runs: a
request that passes validation is queued in Redis and nobody takes it."""

from __future__ import annotations

import time
import uuid
from dataclasses import dataclass

import pytest
import redis
from flask.testing import FlaskClient

from sluice.settings import Settings
from sluice.streams import events

MODEL = "SmolLM2-135M-Instruct"


@dataclass
class UnitGateway:
    client: FlaskClient
    key: str
    redis: redis.Redis
    settings: Settings

    def headers(self, key: str | None = None) -> dict:
        return {"Authorization": f"Bearer {key or self.key}"}

    def queue_lengths(self) -> dict[str, int]:
        return {q: self.redis.llen(q) for q in ("safety", f"gpu.{MODEL}")}


@pytest.fixture(scope="session")
def gateway(tmp_path_factory, redis_url, model_path) -> UnitGateway:
    from api import create_app
    from tenants.keys import ensure_customer, issue_key

    data_dir = tmp_path_factory.mktemp("unit-gateway")
    # A database of the private Redis of its own: the stacks of the other tiers never see this gateway's keys.
    redis_url = redis_url.rsplit("/", 1)[0] + "/14"
    settings = Settings(data_dir=data_dir, model=str(model_path), model_name=MODEL, redis_url=redis_url,
                        database_url=f"sqlite:///{data_dir / 'sluice.db'}")
    key = "sk-sluice-unit-" + uuid.uuid4().hex
    issue_key(settings.resolved_database_url, ensure_customer(settings.resolved_database_url, "unit"),
              role="admin", name="unit tests", key=key)
    client = redis.Redis.from_url(redis_url)
    # The model counts as served, as a generation worker's presence makes it (the gateway answers 503 otherwise).
    client.zadd(events.worker_registry_key(MODEL), {"unit-test-worker": time.time() + 86_400})
    app = create_app(settings)
    app.testing = True
    yield UnitGateway(app.test_client(), key, client, settings)
    client.zrem(events.worker_registry_key(MODEL), "unit-test-worker")
