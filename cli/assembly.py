"""Process assembly: each function builds one kind of Sluice process's parts from the settings and hands
each part what it needs. Nothing here is kept in module globals; the Celery app is handed its worker's
parts (tasks.celery_app.attach_*) before the worker takes a task."""

from __future__ import annotations

import logging
import threading
from functools import partial

import torch
from sqlalchemy.exc import SQLAlchemyError

from billing.ledger import UsageLedger
from billing.usage_journal import DurableUsageWriter, UsageJournal
from safety.classifier import SafetyError
from safety.moderator import Moderator, moderator_from_settings
from sluice.db import autocommit_engine_for
from sluice.redis_client import redis_from_url
from sluice.settings import Settings
from sluice.streams.publisher import StreamPublisher
from tasks.parts import GenerationParts, PromptCheckParts
from workers.guard import start_guard_model
from workers.runtime import EngineFactory, WorkerRuntime, create_engine
from workers.stream_loop import StreamLoop

log = logging.getLogger(__name__)


def build_moderator_for(settings: Settings, *, isolate_trained: bool = False) -> Moderator:
    """The moderator of ``settings``' safety policy; its LLM judge (when the policy enables one) runs on a
    guard model engine of its own. Raises SafetyError when a classifier cannot be loaded."""
    return moderator_from_settings(settings, isolate_trained=isolate_trained,
                                   guard_model=partial(start_guard_model, settings))


def build_prompt_check(settings: Settings) -> PromptCheckParts:
    """A safety worker's parts: its classifiers (loaded, and trained the first time, now rather than on
    its first request) on ``safety_cpu_threads`` torch threads, a publisher, and the usage writer of its
    moderations (through the usage journal, as a generation worker's)."""
    torch.set_num_threads(settings.safety_cpu_threads)  # every pool thread's checks use this many
    client = redis_from_url(settings.redis_url)
    publisher = StreamPublisher(client, replay_ttl_seconds=settings.replay_ttl_seconds,
                                replay_max_events=settings.replay_max_events)
    usage = DurableUsageWriter(UsageLedger(settings.resolved_database_url), UsageJournal(client),
                               wait_seconds=settings.usage_write_wait_seconds)
    try:
        return PromptCheckParts(build_moderator_for(settings), publisher, usage)
    except SafetyError as exc:  # the worker still runs: every prompt then ends with an error event
        log.error("the prompt check could not load: %s", exc)
        return PromptCheckParts(None, publisher, usage, failure=str(exc))


def _open_database(settings: Settings) -> None:
    """Bring the schema up and open the pool now, not on the first streams' usage and audit writes. A
    database that is away now is logged; the writes try again when they come."""
    try:
        autocommit_engine_for(settings.resolved_database_url).connect().close()
    except SQLAlchemyError as exc:
        log.warning("the database does not answer yet: %s", exc)


def build_generation_worker(settings: Settings, engine_factory: EngineFactory = create_engine) -> GenerationParts:
    """A generation worker's parts: the engine (started), the stream loop with the streaming check's
    moderator (the trained classifier in a process of its own: the engine's torch threads need the
    cores to themselves), and the usage ledger. The classifier process starts while the engine loads, and this returns once both
    are ready: a worker that took tasks earlier would hold its first streams' tokens back for seconds."""
    loaded: dict[str, Moderator] = {}

    def load_stream_check() -> None:
        try:
            loaded["moderator"] = build_moderator_for(settings, isolate_trained=True)
        except SafetyError as exc:  # the worker still runs: each stream's check then ends it with an error
            log.error("the streaming safety check could not load: %s", exc)

    stream_check = threading.Thread(target=load_stream_check, name="stream-check-load", daemon=True)
    stream_check.start()
    _open_database(settings)
    runtime = WorkerRuntime(settings, engine_factory)
    runtime.start()
    stream_check.join()
    loop = StreamLoop(runtime.engine, runtime.tokenizer, runtime.publisher, loaded.get("moderator"),
                      client=runtime.redis)
    loop.start()
    return GenerationParts(runtime, loop, UsageLedger(settings.resolved_database_url))
