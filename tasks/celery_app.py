"""The Celery app. Routing, queues, priorities, acknowledgement and the beat schedule live here, not at
call sites.

Queues: ``safety`` and ``safety.batch`` (prompt checks), ``billing`` (beat tasks), and per model
``gpu.<model>`` (interactive) and ``gpu.<model>.batch``. A worker consumes its queues in the order given
on its command line (transport option ``queue_order_strategy=priority``), so whenever it has a free slot
it takes an interactive task before any batch task.
"""

from __future__ import annotations

import logging
import socket
import threading
import time
from typing import TYPE_CHECKING, Protocol

import redis
from celery import Celery, Task
from celery.app import trace as celery_trace
from celery.exceptions import Reject
from celery.signals import (
    before_task_publish,
    task_postrun,
    task_prerun,
    worker_ready,
    worker_shutdown,
    worker_shutting_down,
)

from sluice import events, metrics
from sluice.heap import freeze_startup_heap
from sluice.queues import (
    BILLING_QUEUE,
    ENQUEUED_AT_HEADER,
    INTERACTIVE,
    SAFETY_BATCH_QUEUE,
    SAFETY_QUEUE,
    ConsumerPresence,
    safety_queue,
)
from sluice.redis_client import redis_from_url
from sluice.settings import generation_queue, get_settings
from tasks.broker import transport_for

if TYPE_CHECKING:
    from workers.runtime import WorkerRuntime

__all__ = ["BILLING_QUEUE", "SAFETY_BATCH_QUEUE", "SAFETY_QUEUE", "app", "attach_generation_runtime",
           "route_task", "set_task_gate"]

log = logging.getLogger(__name__)


def job_priority(job: dict) -> str:
    """``interactive`` unless the gateway marked the job ``batch``."""
    return job.get("priority") or INTERACTIVE


def route_task(name, args, kwargs, options, task=None, **kw):
    """Prompt checks go to ``safety`` (or ``safety.batch``); generation to the queue of the job's model and
    priority; billing to ``billing``."""
    if name == "sluice.check_prompt":
        job = args[0] if args else kwargs["job"]
        return {"queue": safety_queue(job_priority(job))}
    if name == "sluice.generate":
        job = args[0] if args else kwargs["job"]
        return {"queue": generation_queue(job["model"], job_priority(job))}
    if name.startswith("sluice.billing."):
        return {"queue": BILLING_QUEUE}
    return None


class TaskGate(Protocol):
    """Decides whether this worker may start a task now (a draining or batch-saturated generation worker
    may not); every admitted task is released once it ends."""

    def admit(self, task_name: str, args: tuple) -> bool: ...

    def release(self, task_name: str, args: tuple) -> None: ...


_gate: TaskGate | None = None


def set_task_gate(gate: TaskGate | None) -> None:
    """Install the gate that this worker process's tasks pass (the generation worker's runtime)."""
    global _gate
    _gate = gate


class SluiceTask(Task):
    """Every Sluice task: it passes this worker's gate first. A task the gate refuses is handed back to the
    broker (requeued, never acknowledged as done), so another worker, or this one later, runs it."""

    # The prompt check returns its job (the next task's argument): its repr, which Celery builds after every
    # task whether or not anything shows it, stays short and never reaches the prompt.
    resultrepr_maxsize = 48

    def __call__(self, *args, **kwargs):
        gate = _gate
        if gate is None:
            return super().__call__(*args, **kwargs)
        if not gate.admit(self.name, args):
            raise Reject("this worker cannot start the task now", requeue=True)
        try:
            return super().__call__(*args, **kwargs)
        finally:
            gate.release(self.name, args)


def create_celery() -> Celery:
    settings = get_settings()
    app = Celery(
        "sluice",
        broker=settings.redis_url,
        include=["tasks.check_prompt", "tasks.generate", "tasks.billing"],
        task_cls=SluiceTask,
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
        broker_transport_options={"visibility_timeout": 3600, "queue_order_strategy": "priority"},
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
    job = args[0]
    event = _terminal_event(job["request_id"])
    if event is None:
        return
    outcome = events.CONTENT_FILTER if event.type == events.CONTENT_FILTER else "error"
    metrics.REQUESTS.labels(model=job.get("model", ""), outcome=outcome).inc()
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


# -- the generation worker: admission, batch back-pressure, drain ---------------------------------------


class _GenerationGate:
    def __init__(self, runtime: WorkerRuntime) -> None:
        self.runtime = runtime

    def admit(self, task_name: str, args: tuple) -> bool:
        return task_name != "sluice.generate" or self.runtime.admit(args[0])

    def release(self, task_name: str, args: tuple) -> None:
        if task_name == "sluice.generate":
            self.runtime.release(args[0])


def attach_generation_runtime(runtime: WorkerRuntime) -> None:
    """Tie a generation worker's runtime to this process's Celery worker: tasks pass the runtime's
    admission; while batch jobs fill their slots the worker stops consuming the batch queue (so waiting
    batch tasks stay in Redis, visible and free for other workers); SIGTERM starts the runtime's drain
    (Celery's warm shutdown then waits for the running tasks); the engine stops when the worker exits."""
    batch_queue = generation_queue(runtime.model_name, "batch")
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

    set_task_gate(_GenerationGate(runtime))
    runtime.on_batch_saturation = on_batch_saturation
    worker_ready.connect(on_ready, weak=False)
    worker_shutting_down.connect(lambda **_: runtime.begin_drain(), weak=False)
    # The engine's loop thread would keep the process alive after Celery stops.
    worker_shutdown.connect(lambda **_: runtime.stop(), weak=False)
