"""One request's way through a worker: submit to the shared engine, turn new tokens into text events,
publish them, end with exactly one terminal event, and report what was generated."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass

import redis

from safety.classifier import SafetyError
from safety.moderator import Moderator
from safety.stream_check import start_stream_check
from sluice.job import GenerationJob
from sluice.metrics import GenerationTimer, record_safety_block
from sluice.streams import events
from sluice.streams.events import StreamEvent
from sluice.streams.publisher import StreamPublisher
from workers.detokenizer import IncrementalDetokenizer
from workers.engine import Engine, EngineError
from workers.request import GenerationRequest, SamplingParams

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class GenerationResult:
    request_id: str
    prompt_tokens: int
    completion_tokens: int
    outcome: str  # completed, cancelled, content_filter, error
    finish_reason: str | None
    time_to_first_token: float | None


class _Stream:
    """Numbers and publishes the events of one request."""

    def __init__(self, request_id: str, publisher: StreamPublisher) -> None:
        self.request_id = request_id
        self.publisher = publisher
        self.seq = 0
        self.ended = False

    def emit(self, type_: str, data: dict) -> None:
        self.seq += 1
        event = StreamEvent(self.request_id, self.seq, type_, data)
        if event.is_terminal:
            self.ended = True
            self.publisher.publish_and_wait(event)
        else:
            self.publisher.publish(event)


def run_generation(
    job: GenerationJob, *, engine: Engine, tokenizer, publisher: StreamPublisher, client: redis.Redis,
    moderator: Moderator | None, record_usage: Callable[[GenerationResult], None] | None = None,
) -> GenerationResult:
    """Generate for ``job`` (built by the gateway) and stream it, checking the text in windows under
    ``moderator``'s safety policy. Never raises for a failed generation: the stream ends with an
    ``error`` event and the result says so (so does every stream when ``moderator`` is None: the
    streaming check could not load, and no unchecked text may go out); a window the policy blocks aborts
    the engine request and ends the stream with ``content_filter``. ``record_usage`` gets the result
    just before the terminal event goes out; if it raises, the stream still ends and then this raises it."""
    request = GenerationRequest(
        request_id=job.request_id,
        prompt_token_ids=list(job.prompt_token_ids),
        sampling=SamplingParams.from_dict(job.sampling),
    )
    stream = _Stream(request.request_id, publisher)
    timer = GenerationTimer(job.model, job.priority, job.submitted_at)

    def finish(outcome: str, finish_reason: str | None, type_: str, extra: dict | None = None) -> GenerationResult:
        usage = {
            "prompt_tokens": len(request.prompt_token_ids),
            "completion_tokens": len(request.output_token_ids),
            "total_tokens": len(request.prompt_token_ids) + len(request.output_token_ids),
        }
        timer.finished(outcome, usage["prompt_tokens"], usage["completion_tokens"])
        result = GenerationResult(
            request.request_id, usage["prompt_tokens"], usage["completion_tokens"], outcome, finish_reason,
            request.time_to_first_token,
        )
        failure = None
        if record_usage is not None:
            # Before the terminal event: a client that reads its usage the moment its stream ends finds it.
            try:
                record_usage(result)
            except Exception as exc:  # the stream still ends, then the task fails with this
                failure = exc
        stream.emit(type_, {"finish_reason": finish_reason, "usage": usage, **(extra or {})})
        if failure is not None:
            raise failure
        return result

    if client.exists(events.cancel_flag_key(request.request_id)):
        return finish("cancelled", "cancelled", events.CANCELLED)
    try:
        engine.submit(request)
    except EngineError as exc:
        return finish("error", "error", events.ERROR, {"message": str(exc)})

    def stream_and_check() -> GenerationResult:
        if moderator is None:
            raise SafetyError("the streaming safety check is unavailable")
        detokenizer = IncrementalDetokenizer(tokenizer, request.sampling.stop)
        window_check = start_stream_check(job.prompt_text, moderator)
        finish_reason = None
        error = None
        for output in engine.stream(request):
            if output.new_token_ids:
                if request.first_token_at is None:
                    request.first_token_at = time.monotonic()
                request.output_token_ids.extend(output.new_token_ids)
                timer.tokens(len(output.new_token_ids))
                for text in window_check.add(detokenizer.add(output.new_token_ids), len(output.new_token_ids)):
                    stream.emit(events.TOKEN, {"text": text})
                if window_check.cut is not None:
                    engine.abort(request.request_id)  # frees the slot at once; nothing more of it is wanted
                    finish_reason = "content_filter"
                    break
                if detokenizer.stopped:
                    engine.abort(request.request_id)
                    finish_reason = "stop"
                    break
            if output.finish_reason is not None:
                finish_reason, error = output.finish_reason, output.error
                break
        request.finished_at = time.monotonic()

        for tail in window_check.finish(detokenizer.flush()):
            stream.emit(events.TOKEN, {"text": tail})
        if window_check.cut is not None:
            record_safety_block("stream", window_check.cut.categories)
            result = finish("content_filter", "content_filter", events.CONTENT_FILTER,
                            {"stage": "output", "categories": list(window_check.cut.categories)})
        elif finish_reason == "abort":
            result = finish("cancelled", "cancelled", events.CANCELLED)
        elif finish_reason == "error" or finish_reason is None:
            log.error("generation %s failed: %s", request.request_id, error)
            result = finish("error", "error", events.ERROR, {"message": error or "generation failed"})
        else:
            result = finish("completed", finish_reason, events.DONE)
        window_check.record_decision(request_id=request.request_id, customer_id=job.customer_id)
        return result

    try:
        return stream_and_check()
    except Exception:
        if stream.ended:
            raise  # the client has its one terminal event already
        # Whatever broke (the engine, the detokenizer, a classifier), the request must not hang its client:
        # stop generating and end the stream with one error event; what was generated is still billed.
        log.exception("generation %s failed unexpectedly", request.request_id)
        engine.abort(request.request_id)
        return finish("error", "error", events.ERROR, {"message": "generation failed"})
