"""Generation: runs on a generation worker's thread pool; the shared engine batches all of them."""

from __future__ import annotations

import logging
from datetime import UTC, datetime

from celery.exceptions import Reject

from billing.ledger import Usage
from billing.orphans import moot_redelivery
from sluice.job import GenerationJob
from tasks.celery_app import app
from workers.stream_loop import GenerationResult

log = logging.getLogger(__name__)


@app.task(name="sluice.generate", bind=True)
def generate(self, wire_job: dict) -> None:
    """Generate ``wire_job`` on this worker's engine, unless the worker may not start it now (it drains,
    or batch jobs hold every slot they may): then the task goes back to the broker, never acknowledged
    as done, so another worker, or this one later, runs it. A task the broker redelivered (its worker
    died) does nothing when its request's stream had started or its client is gone: the orphan sweep
    closes and bills such a request once (billing/orphans.py)."""
    parts = self.app.generation
    job = GenerationJob.from_wire(wire_job)
    if (self.request.delivery_info or {}).get("redelivered"):
        reason = moot_redelivery(parts.runtime.redis, parts.ledger, job.request_id)
        if reason is not None:
            log.info("redelivered request %s not generated again: %s", job.request_id, reason)
            return
    if not parts.runtime.admit(job):
        raise Reject("this worker cannot start the task now", requeue=True)

    def record_usage(result: GenerationResult) -> None:
        parts.runtime.usage.record(Usage(
            request_id=result.request_id,
            customer_id=job.customer_id,
            api_key_id=job.api_key_id,
            model=job.model,
            prompt_tokens=result.prompt_tokens,
            completion_tokens=result.completion_tokens,
            outcome=result.outcome,
            created_at=datetime.fromtimestamp(job.created, UTC),
        ))

    try:
        parts.runtime.in_flight.begin(job.request_id, customer_id=job.customer_id, api_key_id=job.api_key_id,
                                      model=job.model, prompt_tokens=len(job.prompt_token_ids),
                                      created=job.created)
        # The usage is kept (durable usage journal, and the ledger unless the database is slow) before the
        # stream's terminal event: once a client has seen its stream end, GET /v1/usage normally counts it.
        # Until then this thread waits: the stream loop does the per-token work.
        parts.loop.generate(job, record_usage=record_usage)
        parts.runtime.in_flight.end(job.request_id)
    finally:
        parts.runtime.release(job)
