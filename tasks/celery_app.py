"""The Celery app. Routing, queues, priorities, acknowledgement and the beat schedule live here, not at
call sites.

Queues: ``safety`` and ``safety.batch`` (prompt checks; moderations in ``safety.batch``), ``billing`` (beat tasks), and per model
``gpu.<model>`` (interactive) and ``gpu.<model>.batch``. A worker consumes its queues in the order given
on its command line (transport option ``queue_order_strategy=priority``), so whenever it has a free slot
it takes an interactive task before any batch task.
"""

from __future__ import annotations

import logging
import socket
import threading
import time
from typing import TYPE_CHECKING

import redis
from celery import Celery
from celery.app import trace as celery_trace
from celery.signals import (
    before_task_publish,
    task_postrun,
    task_prerun,
    worker_ready,
    worker_shutdown,
    worker_shutting_down,
)

from sluice import metrics
from sluice.heap import freeze_startup_heap
from sluice.job import GenerationJob
from sluice.queues import (
    BATCH,
    BILLING_QUEUE,
    ENQUEUED_AT_HEADER,
    SAFETY_BATCH_QUEUE,
    SAFETY_QUEUE,
    ConsumerPresence,
    safety_queue,
)
from sluice.redis_client import redis_from_url
from sluice.settings import generation_queue, get_settings
from sluice.streams import events
from tasks.broker import transport_for

if TYPE_CHECKING:
    from tasks.parts import GenerationParts, PromptCheckParts

__all__ = ["BILLING_QUEUE", "SAFETY_BATCH_QUEUE", "SAFETY_QUEUE", "SluiceCelery", "app", "attach_generation",
           "attach_prompt_check", "route_task"]

log = logging.getLogger(__name__)


def route_task(name, args, kwargs, options, task=None, **kw):
    """Prompt checks go to ``safety`` (or ``safety.batch``), moderations to ``safety.batch``; generation to
    the queue of the job's model and priority; billing to ``billing``."""
    if name in ("sluice.check_prompt", "sluice.generate"):
        job = GenerationJob.from_wire(args[0] if args else kwargs["job"])
        if name == "sluice.check_prompt":
            return {"queue": safety_queue(job.priority)}
        return {"queue": generation_queue(job.model, job.priority)}
    if name == "sluice.moderate":  # behind every waiting prompt check
        return {"queue": SAFETY_BATCH_QUEUE}
    if name.startswith("sluice.billing."):
        return {"queue": BILLING_QUEUE}
    return None


class SluiceCelery(Celery):
    """The Celery app, carrying the parts this worker process's tasks work with. The process's assembly
    (cli/assembly.py) hands them over with ``attach_prompt_check`` or ``attach_generation`` before the
    worker starts; a process that runs no such task (the gateway, the beat) has none."""

    prompt_check: PromptCheckParts | None = None
    generation: GenerationParts | None = None


def create_celery() -> SluiceCelery:
    settings = get_settings()
    app = SluiceCelery(
        "sluice",
        broker=settings.redis_url,
        include=["tasks.check_prompt", "tasks.generate", "tasks.billing", "tasks.moderate"],
    )
    app.conf.update(
        task_routes=(route_task,),
        task_ignore_result=True,
        # A task is acknowledged only when done, and given back if its worker dies, so nothing is lost.
        task_acks_late=True,
        task_reject_on_worker_lost=True,
        worker_prefetch_multiplier=1,
        broker_connection_retry_on_startup=True,
        broker_transport=transport_for(settings.redis_url),
        # "priority": consume the queues in the order the worker lists them, interactive before batch.
        broker_transport_options={"visibility_timeout": settings.broker_visibility_timeout_seconds,
                                  "queue_order_strategy": "priority", "fetch_batch": settings.broker_fetch_batch},
        task_serializer="json",
        accept_content=["json"],
        worker_hijack_root_logger=False,
        beat_schedule={
            "close-usage-windows": {
                "task": "sluice.billing.close_usage_windows",
                "schedule": float(settings.billing_window_seconds),
            },
            "report-meter-events": {
                "task": "sluice.billing.report_meter_events",
                "schedule": float(settings.billing_report_interval_seconds),
            },
            "close-orphaned-requests": {
                "task": "sluice.billing.close_orphaned_requests",
                "schedule": float(settings.orphan_sweep_seconds),
            },
            "drain-usage-journal": {
                "task": "sluice.billing.drain_usage_journal",
                "schedule": float(settings.usage_drain_seconds),
            },
            # Sends of unknown outcome become settleable a day after their first send.
            "settle-uncertain-sends": {
                "task": "sluice.billing.settle_uncertain_sends",
                "schedule": 6 * 3600.0,
            },
        },
    )
    return app


app = create_celery()

# Celery's success line ends with the task's return value; the prompt check's is the job with its prompt,
# which worker logs must not keep. The line keeps the task, its id and its run time.
celery_trace.LOG_SUCCESS = "Task %(name)s[%(id)s] succeeded in %(runtime)ss"


# -- operations: publish time, queue wait, consumers per queue, refusals ----------------------------------


@before_task_publish.connect
def _stamp_publish_time(headers: dict | None = None, **_) -> None:
    # `sluice queues` and the queue gauges read a waiting task's age from this header.
    if headers is not None:
        headers[ENQUEUED_AT_HEADER] = time.time()


@task_prerun.connect
def _observe_queue_wait(task=None, **_) -> None:
    enqueued_at = getattr(task.request, ENQUEUED_AT_HEADER, None) if task is not None else None
    queue = ((task.request.delivery_info or {}).get("routing_key") if task is not None else None) or "unknown"
    if isinstance(enqueued_at, int | float):
        metrics.QUEUE_WAIT.labels(queue=queue).observe(max(0.0, time.time() - enqueued_at))


@task_postrun.connect
def _count_stopped_prompts(task=None, args=None, retval=None, **_) -> None:
    # check_prompt returns the job when it passes and None when the chain stops there: the prompt was
    # refused (content_filter event) or could not be checked (error event). The terminal event says which.
    if task is None or task.name != "sluice.check_prompt" or retval is not None or not args:
        return
    job = GenerationJob.from_wire(args[0])
    event = _terminal_event(job.request_id)
    if event is None:
        return
    outcome = events.CONTENT_FILTER if event.type == events.CONTENT_FILTER else "error"
    metrics.REQUESTS.labels(model=job.model, outcome=outcome).inc()
    if event.type == events.CONTENT_FILTER:
        metrics.record_safety_block("prompt", event.data.get("categories", []))


def _terminal_event(request_id: str) -> events.StreamEvent | None:
    """The event that closed a request's stream, from its replay log."""
    try:
        entries = redis_from_url(get_settings().redis_url).xrevrange(events.replay_log_key(request_id), count=1)
        return events.StreamEvent.from_json(entries[0][1][b"e"]) if entries else None
    except (redis.RedisError, KeyError, ValueError):
        log.warning("could not read how the prompt check of %s ended", request_id)
        return None


_presence: ConsumerPresence | None = None
_presence_lock = threading.Lock()


@worker_ready.connect
def _announce_consumed_queues(sender=None, **_) -> None:
    """Announce this worker under every queue it consumes (read by the queue gauges and `sluice queues`)."""
    global _presence
    queues = [q.name for q in sender.task_consumer.queues] if sender is not None else []
    settings = get_settings()
    hostname = getattr(sender, "hostname", None) or socket.gethostname()
    with _presence_lock:
        _presence = ConsumerPresence(redis_from_url(settings.redis_url), hostname, queues,
                                     settings.worker_heartbeat_seconds)
        _presence.start()


@worker_ready.connect
def _freeze_startup_heap(sender=None, **_) -> None:
    """Everything made until the worker is ready (Celery, and a generation worker's engine) lives as long as
    the process: leave it out of garbage collection (sluice/heap.py)."""
    freeze_startup_heap(f"worker {getattr(sender, 'hostname', '')}".strip())


@worker_shutting_down.connect
def _withdraw_consumed_queues(**_) -> None:
    with _presence_lock:
        if _presence is not None:
            _presence.stop()


# -- a worker's parts ------------------------------------------------------------------------------------


def attach_prompt_check(parts: PromptCheckParts) -> None:
    """Hand a safety worker's parts to its prompt-check tasks; at shutdown its usage writes under way finish
    (what they could not write stays in the usage journal)."""
    app.prompt_check = parts
    worker_shutdown.connect(lambda **_: parts.usage.close(), weak=False)


def attach_generation(parts: GenerationParts) -> None:
    """Hand a generation worker's parts to its generation tasks and tie its runtime to this process's
    Celery worker: while batch jobs fill their slots the worker stops consuming the batch queue (so
    waiting batch tasks stay in Redis, visible and free for other workers); it joins the model's live
    workers once it takes tasks; SIGTERM starts the runtime's drain (Celery's warm shutdown then waits
    for the running tasks); the engine stops when the worker exits."""
    runtime = parts.runtime
    batch_queue = generation_queue(runtime.model_name, BATCH)
    consumers: list = []

    def apply_batch_state() -> None:
        # Runs on the consumer's loop thread; reads the wanted state now, so callbacks that ran out of order
        # still leave the consumer in the right state.
        consumer = consumers[0]
        consuming = consumer.task_consumer.consuming_from(batch_queue)
        wanted = not runtime.batch_saturated and not runtime.draining
        if consuming and not wanted:
            consumer.cancel_task_queue(batch_queue)
        elif wanted and not consuming:
            consumer.add_task_queue(batch_queue)

    def on_batch_saturation(saturated: bool) -> None:
        if consumers:
            consumers[0].call_soon(apply_batch_state)

    def on_ready(sender=None, **_) -> None:
        consumers[:] = [sender]
        runtime.announce()

    app.generation = parts
    runtime.on_batch_saturation = on_batch_saturation
    worker_ready.connect(on_ready, weak=False)
    worker_shutting_down.connect(lambda **_: runtime.begin_drain(), weak=False)
    # The engine's loop thread would keep the process alive after Celery stops.
    worker_shutdown.connect(lambda **_: (parts.loop.stop(), runtime.stop()), weak=False)
