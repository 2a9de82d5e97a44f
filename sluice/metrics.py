"""Sluice's Prometheus metrics: every name Sluice exports is defined here, once.

Workers (generation and safety) serve this process registry on their own port (``sluice worker
--metrics-port``); the gateway serves it at ``/metrics`` together with the cluster-wide gauges that
``api/metrics.py`` reads from Redis and the billing tables at scrape time. Other parts only call the small
functions below (``record_safety_block``, ``GenerationTimer``), so they need not know Prometheus.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable

from prometheus_client import REGISTRY, Counter, Gauge, Histogram, disable_created_metrics
from prometheus_client.core import CounterMetricFamily

# ``*_created`` series double the series count and no dashboard or alert of Sluice reads them.
disable_created_metrics()

# Latency buckets sized for LLM serving: first tokens in tens of milliseconds to tens of seconds under
# load, inter-token gaps in milliseconds, whole requests up to many minutes.
TTFT_BUCKETS = (0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 0.75, 1.0, 2.5, 5.0, 7.5, 10.0, 20.0, 40.0, 80.0)
ITL_BUCKETS = (0.001, 0.005, 0.01, 0.02, 0.04, 0.06, 0.08, 0.1, 0.15, 0.25, 0.5, 1.0, 2.5)
E2E_BUCKETS = (0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 20.0, 40.0, 60.0, 120.0, 300.0, 600.0, 1200.0)
WAIT_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0, 300.0)

# -- generation (observed by the generation worker) ------------------------------------------------------

TIME_TO_FIRST_TOKEN = Histogram(
    "sluice_time_to_first_token_seconds",
    "From the gateway accepting a request to its first generated token (queueing and prompt check included).",
    ["model", "priority"], buckets=TTFT_BUCKETS,
)
INTER_TOKEN_LATENCY = Histogram(
    "sluice_inter_token_latency_seconds",
    "Time between consecutive generated tokens of one request.",
    ["model"], buckets=ITL_BUCKETS,
)
E2E_REQUEST_LATENCY = Histogram(
    "sluice_e2e_request_latency_seconds",
    "From the gateway accepting a request to its terminal event.",
    ["model", "priority"], buckets=E2E_BUCKETS,
)
ENGINE_FIRST_TOKEN = Histogram(
    "sluice_engine_first_token_seconds",
    "From the generation worker starting a request's task to its first generated token (the engine's queue "
    "and prefill, and the worker's hand-off).",
    ["model"], buckets=TTFT_BUCKETS,
)
ENGINE_SUBMIT = Histogram(
    "sluice_engine_submit_seconds",
    "From the generation worker starting a request's task to the request's submission to the engine (the "
    "stream loop's admission: the hand-over and the cancel-flag lookup); part of sluice_engine_first_token_seconds.",
    ["model"], buckets=TTFT_BUCKETS,
)
PROMPT_TOKENS = Counter("sluice_prompt_tokens", "Prompt tokens of finished generations (tokens in).", ["model"])
GENERATION_TOKENS = Counter("sluice_generation_tokens", "Tokens generated (tokens out).", ["model"])
REQUESTS = Counter(
    "sluice_requests",
    "Requests by outcome: completed, cancelled, error (generation worker), content_filter (refused).",
    ["model", "outcome"],
)
ACTIVE_GENERATIONS = Gauge(
    "sluice_worker_active_generations", "Generations this worker is running now, by priority.",
    ["model", "priority"],
)

# -- the engine (sampled by the generation worker's presence heartbeat) ----------------------------------

ENGINE_RUNNING = Gauge("sluice_engine_running_requests", "Requests in the engine's running batch.", ["model"])
ENGINE_WAITING = Gauge("sluice_engine_waiting_requests", "Requests submitted to the engine, not yet running.",
                       ["model"])
ENGINE_KV_CACHE_USAGE = Gauge("sluice_engine_kv_cache_usage_ratio", "Fraction of the KV cache in use (0 to 1).",
                              ["model"])
WORKER_DRAINING = Gauge("sluice_worker_draining", "1 while this worker drains after SIGTERM.", ["model"])


class _EngineCounter:
    """A counter of the engine's, read from the engine at scrape time (``track``) rather than counted here."""

    def __init__(self, name: str, documentation: str) -> None:
        self.name = name
        self.documentation = documentation
        self._readers: dict[str, Callable[[], float]] = {}

    def track(self, model: str, read: Callable[[], float]) -> None:
        self._readers[model] = read

    def describe(self) -> list[CounterMetricFamily]:
        return [CounterMetricFamily(self.name, self.documentation, labels=["model"])]

    def collect(self) -> list[CounterMetricFamily]:
        family = CounterMetricFamily(self.name, self.documentation, labels=["model"])
        for model, read in list(self._readers.items()):
            family.add_metric([model], read())
        return [family]


# ``sluice_engine_steps_total{model}``: its rate is the engine's step rate as this worker sees it; with the
# tokens/s, how long a step takes and how many requests each advances, so whether the engine sets the pace.
ENGINE_STEPS = _EngineCounter("sluice_engine_steps", "Engine steps whose outputs reached this worker.")
# With vLLM (its engine core a process of its own), over the steps' rate: the engine's own time per step, and
# how long each step's outputs waited for this worker. A lag that grows means the worker's process, not the
# engine, sets the pace (its step rate above is then its own).
ENGINE_STEP_SECONDS = _EngineCounter(
    "sluice_engine_step_seconds", "The engine core's own time between the steps whose outputs reached this worker.")
ENGINE_OUTPUT_LAG_SECONDS = _EngineCounter(
    "sluice_engine_output_lag_seconds",
    "Summed over steps: how long each step's outputs waited between the engine core and this worker.")
REGISTRY.register(ENGINE_STEPS)
REGISTRY.register(ENGINE_STEP_SECONDS)
REGISTRY.register(ENGINE_OUTPUT_LAG_SECONDS)

# -- queues (observed by every worker as it starts a task) -----------------------------------------------

QUEUE_WAIT = Histogram(
    "sluice_queue_wait_seconds", "Time a task waited in its Celery queue before a worker started it.",
    ["queue"], buckets=WAIT_BUCKETS,
)

# -- the prompt check (observed by the safety worker) ----------------------------------------------------

PROMPT_CHECK_DURATION = Histogram(
    "sluice_prompt_check_seconds", "The prompt check's own time per request: every classifier the policy runs.",
    buckets=WAIT_BUCKETS,
)

# -- gateway ---------------------------------------------------------------------------------------------

HTTP_REQUESTS = Counter("sluice_http_requests", "HTTP requests answered by the gateway.",
                        ["method", "endpoint", "status"])
HTTP_REQUEST_DURATION = Histogram(
    "sluice_http_request_duration_seconds",
    "Time until the gateway sent response headers (for streams: until the stream opened).",
    ["method", "endpoint"], buckets=WAIT_BUCKETS,
)
REQUESTS_REJECTED = Counter(
    "sluice_requests_rejected", "Requests the gateway refused before queueing, by reason.", ["model", "reason"],
)
RELAY_DIRECT_TOKENS = Counter(
    "sluice_relay_direct_tokens",
    "Token events the gateway's live hub wrote straight to a client's socket (counted as each stream ends).",
)
RELAY_CLIENTS_DROPPED = Counter(
    "sluice_relay_clients_dropped",
    "Streamed responses whose client's socket took no bytes for stream_write_timeout seconds, so were dropped.",
)

# -- safety ----------------------------------------------------------------------------------------------

SAFETY_BLOCKS = Counter(
    "sluice_safety_blocks", "Requests stopped by safety, by stage (prompt, stream) and category.",
    ["stage", "category"],
)

# Names of the gauges the gateway computes at scrape time (api/metrics.py); listed here so that every
# exported name can be checked in one place (tests/unit/test_infra.py checks the Grafana dashboard against it).
SCRAPE_TIME_GAUGES = (
    "sluice_queue_depth",
    "sluice_queue_consumers",
    "sluice_queue_oldest_age_seconds",
    "sluice_model_live_workers",
    "sluice_billing_outbox_events",
    "sluice_billing_outbox_lag_seconds",
    "sluice_billing_unwindowed_usage_age_seconds",
)

_ALL = (
    TIME_TO_FIRST_TOKEN, ENGINE_FIRST_TOKEN, ENGINE_SUBMIT, PROMPT_CHECK_DURATION, INTER_TOKEN_LATENCY, E2E_REQUEST_LATENCY,
    PROMPT_TOKENS, GENERATION_TOKENS, REQUESTS, ACTIVE_GENERATIONS, ENGINE_RUNNING, ENGINE_WAITING,
    ENGINE_KV_CACHE_USAGE, WORKER_DRAINING, ENGINE_STEPS, ENGINE_STEP_SECONDS, ENGINE_OUTPUT_LAG_SECONDS, QUEUE_WAIT,
    HTTP_REQUESTS, HTTP_REQUEST_DURATION, REQUESTS_REJECTED, RELAY_DIRECT_TOKENS, RELAY_CLIENTS_DROPPED,
    SAFETY_BLOCKS,
)


def exported_names() -> set[str]:
    """Every time-series name Sluice exports (``_total``, ``_bucket``, ``_sum``, ``_count`` included)."""
    names = set(SCRAPE_TIME_GAUGES)
    for metric in _ALL:
        for family in metric.describe():
            for sample_suffix in _suffixes(family.type):
                names.add(family.name + sample_suffix)
    return names


def _suffixes(metric_type: str) -> tuple[str, ...]:
    return {"counter": ("_total",), "histogram": ("_bucket", "_sum", "_count")}.get(metric_type, ("",))


def record_safety_block(stage: str, categories: Iterable[str]) -> None:
    """Count one request stopped by safety at ``stage`` (``prompt`` or ``stream``), once per category
    (``uncategorized`` when the classifier named none). Safe to call from any thread."""
    named = list(categories) or ["uncategorized"]
    for category in named:
        SAFETY_BLOCKS.labels(stage=stage, category=category).inc()


def record_rejection(model: str, reason: str) -> None:
    """Count a request the gateway refused before queueing it (e.g. ``no_live_worker``)."""
    REQUESTS_REJECTED.labels(model=model, reason=reason).inc()


def observe_many(histogram, value: float, count: int) -> None:
    """``count`` observations of ``value`` in a (labelled) histogram: what ``count`` calls of ``observe`` record,
    in one update of its sum and one of its bucket. The stream loop records every token's gap, and with
    vLLM's stream interval tokens come several at a time. Falls back to ``observe`` per observation where
    the histogram is not laid out as prometheus_client's (its sum, its buckets and their upper bounds)."""
    bounds, buckets, total = (getattr(histogram, name, None) for name in ("_upper_bounds", "_buckets", "_sum"))
    if count == 1 or bounds is None or buckets is None or total is None:
        for _ in range(count):
            histogram.observe(value)
        return
    total.inc(value * count)
    for bucket, bound in zip(buckets, bounds, strict=True):
        if value <= bound:
            bucket.inc(count)
            break


class GenerationTimer:
    """The latency and token metrics of one generation, fed by the worker's generation loop.

    ``accepted_at`` is the gateway's wall-clock time of accepting the request (in the job), so time to
    first token and end-to-end latency include queueing and the prompt check, as a user sees them.
    """

    def __init__(self, model: str, priority: str, accepted_at: float | None) -> None:
        self.model = model
        self.priority = priority
        self.accepted_at = accepted_at if accepted_at is not None else time.time()
        self.started_at = time.time()  # this worker began the request
        self._last_token_at: float | None = None
        self._inter_token = INTER_TOKEN_LATENCY.labels(model=model)  # looked up once: it is fed per token
        ACTIVE_GENERATIONS.labels(model=model, priority=priority).inc()

    def tokens(self, count: int) -> None:
        """``count`` new tokens arrived now."""
        if count <= 0:
            return
        now = time.time()
        if self._last_token_at is None:
            TIME_TO_FIRST_TOKEN.labels(model=self.model, priority=self.priority).observe(
                max(0.0, now - self.accepted_at))
            ENGINE_FIRST_TOKEN.labels(model=self.model).observe(max(0.0, now - self.started_at))
        else:
            # Tokens that arrive together (one engine step, several tokens) share the gap evenly.
            observe_many(self._inter_token, (now - self._last_token_at) / count, count)
        self._last_token_at = now

    def submitted(self) -> None:
        """The request went to the engine now."""
        ENGINE_SUBMIT.labels(model=self.model).observe(max(0.0, time.time() - self.started_at))

    def finished(self, outcome: str, prompt_tokens: int, completion_tokens: int) -> None:
        """The request ended with ``outcome`` (completed, cancelled, error, content_filter)."""
        ACTIVE_GENERATIONS.labels(model=self.model, priority=self.priority).dec()
        E2E_REQUEST_LATENCY.labels(model=self.model, priority=self.priority).observe(
            max(0.0, time.time() - self.accepted_at))
        REQUESTS.labels(model=self.model, outcome=outcome).inc()
        PROMPT_TOKENS.labels(model=self.model).inc(prompt_tokens)
        GENERATION_TOKENS.labels(model=self.model).inc(completion_tokens)
