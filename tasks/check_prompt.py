"""The first task of every request's chain: the prompt safety check, before any GPU work."""

from __future__ import annotations

import logging
import threading
from functools import lru_cache

from celery.signals import worker_ready
from sqlalchemy.exc import SQLAlchemyError

from safety.audit import ModerationLog
from safety.classifier import SafetyError
from safety.moderator import default_moderator
from safety.policy import Decision
from safety.prompt_check import check_prompt as classify_prompt
from sluice import events
from sluice.events import StreamEvent
from sluice.heap import freeze_startup_heap
from sluice.redis_client import redis_from_url
from sluice.settings import get_settings
from tasks.celery_app import SluiceTask, app
from workers.publisher import StreamPublisher

log = logging.getLogger(__name__)


@lru_cache(maxsize=1)
def _publisher() -> StreamPublisher:
    settings = get_settings()
    return StreamPublisher(
        redis_from_url(settings.redis_url),
        replay_ttl_seconds=settings.replay_ttl_seconds,
        replay_max_events=settings.replay_max_events,
    )


@lru_cache(maxsize=1)
def _moderation_log() -> ModerationLog:
    return ModerationLog(get_settings().resolved_database_url, default_moderator().policy.audit)


@worker_ready.connect
def _load_classifiers(**_) -> None:
    """Load (and, the first time, train) the classifiers as the worker starts, not on its first request."""
    threading.Thread(target=_warm_up, name="safety-warmup", daemon=True).start()


def _warm_up() -> None:
    default_moderator()
    freeze_startup_heap("safety classifiers")  # the loaded classifiers live as long as the worker


class PromptCheckTask(SluiceTask):
    """Records the prompt's decision once the task has succeeded: Celery sends the chain's generation task
    first, so the record's database write is not part of the request's time to first token."""

    def on_success(self, retval, task_id, args, kwargs) -> None:
        decision = getattr(self.request, "prompt_decision", None)
        if decision is not None:
            _record(decision, args[0])


@app.task(name="sluice.check_prompt", bind=True, base=PromptCheckTask)
def check_prompt(self, job: dict) -> dict | None:
    """Pass ``job`` on to generation, or refuse it: then the chain stops here and the stream ends with a
    ``content_filter`` event (or, if the check itself cannot run, an ``error`` event: unchecked prompts
    never reach the GPU). The decision is recorded once per request id, after the task."""
    try:
        decision = classify_prompt(job["prompt_text"])
    except SafetyError as exc:
        log.exception("prompt check failed for %s", job["request_id"])
        self.request.chain = None
        _publisher().publish_and_wait(StreamEvent(job["request_id"], 1, events.ERROR, {
            "finish_reason": "error", "message": f"the safety check is unavailable: {exc}"}))
        return None
    self.request.prompt_decision = decision
    if not decision.blocked:
        return job
    self.request.chain = None  # the generation task is never sent
    usage = {"prompt_tokens": len(job["prompt_token_ids"]), "completion_tokens": 0,
             "total_tokens": len(job["prompt_token_ids"])}
    _publisher().publish_and_wait(StreamEvent(job["request_id"], 1, events.CONTENT_FILTER, {
        "finish_reason": "content_filter",
        "stage": "prompt",
        "categories": list(decision.categories),
        "usage": usage,
    }))
    return None


def _record(decision: Decision, job: dict) -> None:
    # An audit write that fails is logged; it must not stall the request (its stream waits on this task).
    try:
        _moderation_log().record(decision, request_id=job["request_id"], text=job["prompt_text"],
                                 customer_id=job.get("customer_id"))
    except SQLAlchemyError:
        log.exception("could not record the prompt decision of %s", job["request_id"])
