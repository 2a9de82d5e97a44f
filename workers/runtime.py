"""The generation worker process's long-lived parts: one engine, its tokenizer, the publisher, the
cancel listener and the presence heartbeat by which the gateway knows a model is served; the record of
the requests it runs with the liveness heartbeat by which a dead worker's requests are found and billed
(billing/orphans.py), and the durable usage writer; admission of jobs (batch jobs may fill only
``batch_slots`` of the engine) and the graceful drain on SIGTERM."""

from __future__ import annotations

import logging
import socket
import threading
import time
from collections.abc import Callable

import redis

from billing.ledger import UsageLedger
from billing.orphans import InFlightRequests
from billing.usage_journal import DurableUsageWriter, UsageJournal
from sluice import metrics
from sluice.job import GenerationJob
from sluice.queues import BATCH
from sluice.redis_client import redis_from_url
from sluice.settings import Settings
from sluice.streams import events
from sluice.streams.publisher import StreamPublisher
from workers.engine import Engine

log = logging.getLogger(__name__)


def create_engine(settings: Settings, max_model_len: int) -> Engine:
    """The backend named by ``settings.engine``, configured from the settings."""
    if settings.engine == "vllm":
        from workers.vllm_backend import VllmEngine

        return VllmEngine(settings, max_model_len=max_model_len)
    from workers.transformers_backend import TransformersEngine

    return TransformersEngine(
        settings.model_path,
        max_num_seqs=settings.max_num_seqs,
        max_model_len=max_model_len,
        max_num_batched_tokens=settings.max_num_batched_tokens,
        kv_cache_blocks=settings.kv_cache_blocks,
        kv_page_size=settings.kv_page_size,
        device=settings.device,
        dtype=settings.dtype,
    )


EngineFactory = Callable[[Settings, int], Engine]


class WorkerRuntime:
    """Built once per generation worker process (cli/assembly.py); ``start`` starts its engine."""

    def __init__(self, settings: Settings, engine_factory: EngineFactory = create_engine) -> None:
        from transformers import AutoTokenizer

        from sluice.model_files import context_length

        self.settings = settings
        self.model_name = settings.served_model_name
        self.worker_id = f"{socket.gethostname()}-{threading.get_native_id()}-{int(time.time())}"
        self.redis: redis.Redis = redis_from_url(settings.redis_url)
        self.tokenizer = AutoTokenizer.from_pretrained(settings.model_path)
        self.max_model_len = context_length(settings)
        self.engine = engine_factory(settings, self.max_model_len)
        self.publisher = StreamPublisher(
            self.redis,
            replay_ttl_seconds=settings.replay_ttl_seconds,
            replay_max_events=settings.replay_max_events,
        )
        # Lapses three heartbeats late, as the presence in the model's live workers does.
        self.in_flight = InFlightRequests(self.redis, self.worker_id, settings.worker_heartbeat_seconds * 3)
        self.usage = DurableUsageWriter(UsageLedger(settings.resolved_database_url), UsageJournal(self.redis),
                                        wait_seconds=settings.usage_write_wait_seconds)
        self._stopping = threading.Event()
        self.batch_slots = settings.effective_batch_slots
        # Called with True when batch jobs fill their slots (stop taking batch tasks), False when one frees.
        self.on_batch_saturation: Callable[[bool], None] | None = None
        self._jobs = threading.Condition()
        self._active: dict[str, str] = {}  # request id -> priority, of the jobs admitted and not yet released
        self._batch_saturated = False
        self._draining = threading.Event()
        self._presence_lock = threading.Lock()
        self._announcing = False

    def start(self) -> None:
        self.engine.start()
        self._export_engine_gauges()
        threading.Thread(target=self._listen_for_cancels, name="cancel-listener", daemon=True).start()
        threading.Thread(target=self._beat_while_running, name="liveness", daemon=True).start()

    def announce(self) -> None:
        """Join the model's live workers (and stay there by heartbeat): called once this worker takes tasks,
        so the gateway's readiness and its 503 for an unserved model count only workers that can serve.
        Later calls do nothing."""
        with self._presence_lock:
            if self._announcing:
                return
            self._announcing = True
        threading.Thread(target=self._announce_presence, name="presence", daemon=True).start()

    def stop(self) -> None:
        self._stopping.set()
        self._withdraw_presence()
        self.engine.shutdown()
        self.publisher.close()
        self.usage.close()
        try:
            self.in_flight.withdraw()
        except redis.RedisError:
            log.warning("could not withdraw the liveness heartbeat; it lapses on its own")

    # -- admission -------------------------------------------------------------------------------------

    @property
    def draining(self) -> bool:
        return self._draining.is_set()

    @property
    def batch_saturated(self) -> bool:
        """Whether batch jobs hold every slot they may (no batch task should be taken now)."""
        with self._jobs:
            return self._batch_saturated

    def admit(self, job: GenerationJob) -> bool:
        """Whether this worker may start ``job`` now: not while draining, and a batch job only while batch
        jobs hold fewer than ``batch_slots`` slots, so interactive requests always find a free slot."""
        priority = job.priority
        with self._jobs:
            if self._draining.is_set():
                return False
            batch_running = sum(1 for p in self._active.values() if p == BATCH)
            if priority == BATCH and batch_running >= self.batch_slots:
                self._set_batch_saturated(True)
                return False
            self._active[job.request_id] = priority
            if priority == BATCH and batch_running + 1 >= self.batch_slots:
                self._set_batch_saturated(True)
            return True

    def release(self, job: GenerationJob) -> None:
        """``job`` ended (or was handed back); its slot is free."""
        with self._jobs:
            self._active.pop(job.request_id, None)
            batch_running = sum(1 for p in self._active.values() if p == BATCH)
            if not self._draining.is_set() and batch_running < self.batch_slots:
                self._set_batch_saturated(False)
            self._jobs.notify_all()

    def active_jobs(self) -> dict[str, str]:
        """Request id -> priority of the jobs running on this worker now."""
        with self._jobs:
            return dict(self._active)

    def _set_batch_saturated(self, saturated: bool) -> None:
        if saturated != self._batch_saturated:
            self._batch_saturated = saturated
            if self.on_batch_saturation is not None:
                self.on_batch_saturation(saturated)

    # -- graceful drain --------------------------------------------------------------------------------

    def begin_drain(self) -> None:
        """SIGTERM: start no more jobs, leave the model's live workers at once (so the gateway stops counting
        on this worker), and let running streams finish; any still running after ``drain_grace_seconds``
        is aborted, which ends its stream with a terminal event. Returns at once."""
        with self._jobs:
            if self._draining.is_set():
                return
            self._draining.set()
        metrics.WORKER_DRAINING.labels(model=self.model_name).set(1)
        self._withdraw_presence()
        log.info("draining: %d streams to finish within %.0fs", len(self.active_jobs()),
                 self.settings.drain_grace_seconds)
        threading.Thread(target=self._finish_within_grace, name="drain", daemon=True).start()

    def wait_until_idle(self, timeout: float) -> bool:
        """Block until no job runs here (True) or ``timeout`` seconds pass (False)."""
        deadline = time.monotonic() + timeout
        with self._jobs:
            while self._active:
                left = deadline - time.monotonic()
                if left <= 0:
                    return False
                self._jobs.wait(left)
            return True

    def _finish_within_grace(self) -> None:
        if self.wait_until_idle(self.settings.drain_grace_seconds):
            log.info("drained: every stream finished")
            return
        left = self.active_jobs()
        log.warning("drain grace period over: aborting %d streams still running", len(left))
        for request_id in left:
            self.engine.abort(request_id)

    def _withdraw_presence(self) -> None:
        with self._presence_lock:
            try:
                self.redis.zrem(events.worker_registry_key(self.model_name), self.worker_id)
            except redis.RedisError:
                log.warning("could not withdraw from the live workers of %s", self.model_name)

    def _export_engine_gauges(self) -> None:
        # Read at scrape time, so the gauges are as fresh as the scrape.
        def stat(name: str) -> Callable[[], float]:
            def read() -> float:
                value = getattr(self.engine.stats(), name)
                return float("nan") if value is None else float(value)
            return read

        metrics.ENGINE_RUNNING.labels(model=self.model_name).set_function(stat("running"))
        metrics.ENGINE_WAITING.labels(model=self.model_name).set_function(stat("waiting"))
        metrics.ENGINE_KV_CACHE_USAGE.labels(model=self.model_name).set_function(stat("kv_cache_usage"))
        metrics.ENGINE_STEPS.track(self.model_name, stat("steps_total"))
        metrics.ENGINE_STEP_SECONDS.track(self.model_name, stat("step_seconds_total"))
        metrics.ENGINE_OUTPUT_LAG_SECONDS.track(self.model_name, stat("output_lag_seconds_total"))
        metrics.WORKER_DRAINING.labels(model=self.model_name).set(0)

    def _listen_for_cancels(self) -> None:
        while not self._stopping.is_set():
            try:
                pubsub = self.redis.pubsub(ignore_subscribe_messages=True)
                pubsub.subscribe(events.CANCEL_CHANNEL)
                while not self._stopping.is_set():
                    message = pubsub.get_message(timeout=1.0)
                    if message and message["type"] == "message":
                        self.engine.abort(message["data"].decode())
            except redis.ConnectionError:
                log.warning("cancel listener lost redis; reconnecting")
                self._stopping.wait(1.0)

    def _beat_while_running(self) -> None:
        # Unlike the presence below, this beat goes on while draining: the streams still run here.
        while not self._stopping.is_set():
            try:
                self.in_flight.heartbeat()
            except redis.RedisError:
                log.warning("liveness heartbeat could not reach redis")
            self._stopping.wait(self.settings.worker_heartbeat_seconds)

    def _announce_presence(self) -> None:
        registry = events.worker_registry_key(self.model_name)
        key = events.worker_stats_key(self.model_name, self.worker_id)
        interval = self.settings.worker_heartbeat_seconds
        joined = False
        while not self._stopping.is_set():
            try:
                stats = self.engine.stats()
                pipe = self.redis.pipeline(transaction=False)
                with self._presence_lock:  # never re-announce after a drain withdrew this worker
                    if self._draining.is_set():
                        return
                    pipe.zadd(registry, {self.worker_id: time.time() + interval * 3})
                    pipe.zremrangebyscore(registry, "-inf", time.time())
                    pipe.execute()
                if not joined:
                    joined = True
                    log.info("joined the live workers of %s as %s", self.model_name, self.worker_id)
                pipe.hset(key, mapping={
                    "model": self.model_name,
                    "max_model_len": self.max_model_len,
                    "running": stats.running,
                    "waiting": stats.waiting,
                    "generated_tokens_total": stats.generated_tokens_total,
                    "kv_cache_usage": "" if stats.kv_cache_usage is None else f"{stats.kv_cache_usage:.4f}",
                })
                pipe.expire(key, int(interval * 3))
                pipe.execute()
            except redis.ConnectionError:
                log.warning("presence heartbeat could not reach redis")
            self._stopping.wait(interval)
