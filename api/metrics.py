"""``GET /metrics``: the gateway's Prometheus metrics.

Three kinds: what this process counts (HTTP requests, refusals before queueing; names in
``sluice/metrics.py``), and cluster-wide gauges read at scrape time: every queue's depth, consumers and
oldest waiting age and each model's live workers from Redis, and the billing pipeline's lag from the
ledger and outbox tables (read only). Every gateway replica reports the same cluster-wide values, so
dashboards aggregate them with ``max``, not ``sum``.

With several gunicorn workers per gateway, set ``PROMETHEUS_MULTIPROC_DIR`` (prometheus_client's own
variable) to an empty directory shared by them: the per-process counters are then merged from there.
"""

from __future__ import annotations

import logging
import os
import time
from datetime import UTC, datetime

import redis
from flask import Blueprint, Response, current_app, g, request
from prometheus_client import REGISTRY, CollectorRegistry, generate_latest
from prometheus_client.core import GaugeMetricFamily
from prometheus_client.multiprocess import MultiProcessCollector
from prometheus_client.registry import Collector
from sqlalchemy import func, select
from sqlalchemy.exc import SQLAlchemyError

from billing.models import PENDING, OutboxEvent, UsageRecord
from sluice import metrics
from sluice.db import session_scope
from sluice.queues import known_queues, queue_stats

log = logging.getLogger(__name__)

bp = Blueprint("metrics", __name__)

CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8"


@bp.get("/metrics")
def prometheus_metrics() -> Response:
    """Prometheus text exposition of this gateway's counters and the cluster-wide gauges."""
    gw = current_app.extensions["sluice"]
    cluster = CollectorRegistry(auto_describe=False)
    cluster.register(ClusterCollector(gw))
    body = generate_latest(_process_registry()) + generate_latest(cluster)
    return Response(body, mimetype=None, content_type=CONTENT_TYPE)


def _process_registry() -> CollectorRegistry:
    if not os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        return REGISTRY
    merged = CollectorRegistry()
    MultiProcessCollector(merged)
    return merged


@bp.before_app_request
def _start_timer() -> None:
    g.sluice_request_started = time.perf_counter()


@bp.after_app_request
def _count_request(response: Response) -> Response:
    # The route pattern (not the path) keeps the label set small: /v1/streams/<request_id>.
    endpoint = request.url_rule.rule if request.url_rule is not None else "unmatched"
    if endpoint != "/metrics":
        metrics.HTTP_REQUESTS.labels(method=request.method, endpoint=endpoint, status=str(response.status_code)).inc()
        started = g.get("sluice_request_started")
        if started is not None:
            metrics.HTTP_REQUEST_DURATION.labels(method=request.method, endpoint=endpoint).observe(
                time.perf_counter() - started)
    return response


class ClusterCollector(Collector):
    """Gauges read at scrape time from Redis (queues, live workers) and the billing tables (lag)."""

    def __init__(self, gw) -> None:
        self.gw = gw

    def collect(self):
        yield from self._queues()
        yield from self._billing()

    def _queues(self):
        depth = GaugeMetricFamily("sluice_queue_depth", "Tasks waiting in the queue.", labels=["queue"])
        consumers = GaugeMetricFamily("sluice_queue_consumers", "Workers consuming the queue.", labels=["queue"])
        oldest = GaugeMetricFamily("sluice_queue_oldest_age_seconds",
                                   "How long the oldest waiting task has waited (0: none waits).", labels=["queue"])
        live = GaugeMetricFamily("sluice_model_live_workers", "Generation workers serving the model now.",
                                 labels=["model"])
        try:
            for stats in queue_stats(self.gw.redis, known_queues(self.gw.settings)):
                depth.add_metric([stats.name], stats.depth)
                consumers.add_metric([stats.name], stats.consumers)
                oldest.add_metric([stats.name], stats.oldest_age_seconds or 0.0)
            for name, served in self.gw.catalog.models.items():
                live.add_metric([name], served.live_workers())
        except redis.RedisError as exc:
            log.warning("queue metrics unavailable: %s", exc)
            return
        yield from (depth, consumers, oldest, live)

    def _billing(self):
        by_status = GaugeMetricFamily("sluice_billing_outbox_events", "Stripe meter events in the outbox, by status.",
                                      labels=["status"])
        try:
            now = datetime.now(UTC)
            with session_scope(self.gw.settings.resolved_database_url) as session:
                counts = session.execute(
                    select(OutboxEvent.status, func.count()).group_by(OutboxEvent.status)).all()
                oldest_pending = session.execute(
                    select(func.min(OutboxEvent.created_at)).where(OutboxEvent.status == PENDING)).scalar()
                oldest_unwindowed = session.execute(
                    select(func.min(UsageRecord.finished_at)).where(UsageRecord.closing_run.is_(None))).scalar()
        except SQLAlchemyError as exc:
            log.warning("billing metrics unavailable: %s", exc)
            return
        for status, count in counts:
            by_status.add_metric([status], int(count))
        yield by_status
        yield GaugeMetricFamily(
            "sluice_billing_outbox_lag_seconds",
            "Age of the oldest meter event not yet accepted by Stripe (0: none pending).",
            value=_age(now, oldest_pending))
        yield GaugeMetricFamily(
            "sluice_billing_unwindowed_usage_age_seconds",
            "Age of the oldest usage record not yet aggregated into a billing window (0: none).",
            value=_age(now, oldest_unwindowed))


def _age(now: datetime, moment: datetime | str | None) -> float:
    if moment is None:
        return 0.0
    if isinstance(moment, str):  # SQLite hands back aggregates of date columns as text
        moment = datetime.fromisoformat(moment)
    if moment.tzinfo is None:  # SQLite keeps no offset; Sluice stores UTC
        moment = moment.replace(tzinfo=UTC)
    return max(0.0, (now - moment).total_seconds())
