"""Generation: runs on a generation worker's thread pool; the shared engine batches all of them."""

from __future__ import annotations

from datetime import UTC, datetime

from billing.ledger import Usage, UsageLedger
from sluice.settings import get_settings
from tasks.celery_app import app
from workers.generation import GenerationResult, run_generation
from workers.runtime import current_runtime


@app.task(name="sluice.generate")
def generate(job: dict) -> None:
    runtime = current_runtime()

    def record_usage(result: GenerationResult) -> None:
        UsageLedger(get_settings().resolved_database_url).record(Usage(
            request_id=result.request_id,
            customer_id=job["customer_id"],
            api_key_id=job["api_key_id"],
            model=job["model"],
            prompt_tokens=result.prompt_tokens,
            completion_tokens=result.completion_tokens,
            outcome=result.outcome,
            created_at=datetime.fromtimestamp(job["created"], UTC),
        ))

    # The usage row is written before the stream's terminal event: once a client has seen its stream end,
    # GET /v1/usage counts it.
    run_generation(job, engine=runtime.engine, tokenizer=runtime.tokenizer, publisher=runtime.publisher,
                   client=runtime.redis, record_usage=record_usage)
