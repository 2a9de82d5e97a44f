"""The first task of every request's chain: the prompt safety check, before any GPU work."""

from __future__ import annotations

import logging
import time

from celery import Task
from sqlalchemy.exc import SQLAlchemyError

from safety.classifier import SafetyError
from safety.moderator import Moderator
from safety.policy import Decision
from safety.prompt_check import check_prompt as classify_prompt
from sluice import metrics
from sluice.job import GenerationJob
from sluice.streams import events
from sluice.streams.events import StreamEvent
from tasks.celery_app import app

log = logging.getLogger(__name__)


class PromptCheckTask(Task):
    """Records the prompt's decision once the task has succeeded: Celery sends the chain's generation task
    first, so the record's database write is not part of the request's time to first token."""

    # The task returns its job (the next task's argument): its repr, which Celery builds after every task
    # whether or not anything shows it, stays short and never reaches the prompt.
    resultrepr_maxsize = 48

    def on_success(self, retval, task_id, args, kwargs) -> None:
        decision = getattr(self.request, "prompt_decision", None)
        if decision is not None:
            _record(self.app.prompt_check.moderator, decision, GenerationJob.from_wire(args[0]))


@app.task(name="sluice.check_prompt", bind=True, base=PromptCheckTask)
def check_prompt(self, wire_job: dict) -> dict | None:
    """Pass ``job`` on to generation, or refuse it: then the chain stops here and the stream ends with a
    ``content_filter`` event (or, if the check itself cannot run, an ``error`` event: unchecked prompts
    never reach the GPU). The decision is recorded once per request id, after the task."""
    parts = self.app.prompt_check
    job = GenerationJob.from_wire(wire_job)
    try:
        if parts.moderator is None:
            raise SafetyError(parts.failure)
        began = time.perf_counter()
        decision = classify_prompt(parts.moderator, job.prompt_text, job.other_turns)
        metrics.PROMPT_CHECK_DURATION.observe(time.perf_counter() - began)
    except SafetyError as exc:
        log.exception("prompt check failed for %s", job.request_id)
        self.request.chain = None
        parts.publisher.publish_and_wait(StreamEvent(job.request_id, 1, events.ERROR, {
            "finish_reason": "error", "message": f"the safety check is unavailable: {exc}"}))
        return None
    self.request.prompt_decision = decision
    if not decision.blocked:
        return _with_answer_contexts(parts.moderator, job, wire_job)
    self.request.chain = None  # the generation task is never sent
    usage = {"prompt_tokens": len(job.prompt_token_ids), "completion_tokens": 0,
             "total_tokens": len(job.prompt_token_ids)}
    parts.publisher.publish_and_wait(StreamEvent(job.request_id, 1, events.CONTENT_FILTER, {
        "finish_reason": "content_filter",
        "stage": "prompt",
        "categories": list(decision.categories),
        "usage": usage,
    }))
    return None


def _with_answer_contexts(moderator: Moderator, job: GenerationJob, wire_job: dict) -> dict:
    """The job for generation, carrying what the check's classifiers already have of the prompt for judging
    its answer (the generation worker's classifier then skips a forward pass of its own)."""
    try:
        contexts = moderator.answer_contexts(job.prompt_text)
    except Exception:  # optional: the generation worker works it out itself
        log.exception("could not hand over the prompt's embedding for %s", job.request_id)
        return wire_job
    return {**wire_job, "answer_contexts": contexts} if contexts else wire_job


def _record(moderator: Moderator, decision: Decision, job: GenerationJob) -> None:
    # An audit write that fails is logged; it must not stall the request (its stream waits on this task).
    if moderator.audit_log is None:
        return
    try:
        text = "\n".join([job.prompt_text, *job.other_turns])
        moderator.audit_log.record(decision, request_id=job.request_id, text=text, customer_id=job.customer_id)
    except SQLAlchemyError:
        log.exception("could not record the prompt decision of %s", job.request_id)
