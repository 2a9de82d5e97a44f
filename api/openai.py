"""OpenAI-compatible endpoints: /v1/chat/completions, /v1/completions, /v1/models."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator

import redis
from flask import Blueprint, Response, current_app, jsonify, request
from pydantic import MISSING, BaseModel, ValidationError

from api import protocol
from api.auth import require_owner
from api.errors import ContentPolicyViolation, GenerationFailed, InvalidRequest, PayloadTooLarge
from api.gateway import Gateway
from api.submission import Submission, cancel, refuse_spent_request_rate, request_priority, submit_generation
from sluice.streams import events
from sluice.streams.direct_writer import DirectWriter
from sluice.streams.events import StreamEvent, new_request_id
from sluice.streams.hub import HEARTBEAT
from sluice.streams.sse import SSE_HEADERS, SSE_HEARTBEAT, sse_data

log = logging.getLogger(__name__)

bp = Blueprint("openai", __name__, url_prefix="/v1")

FINISH_REASONS = {events.CONTENT_FILTER: "content_filter", events.CANCELLED: "cancelled"}


def gateway() -> Gateway:
    return current_app.extensions["sluice"]


def parse_body(model: type[BaseModel]) -> BaseModel:
    """The JSON body validated by ``model``; InvalidRequest (400) otherwise, PayloadTooLarge (413) at the size cap."""
    body = request.get_data(cache=True)
    if request.max_content_length is not None and len(body) >= request.max_content_length:
        # A chunked body has no length to refuse it by; werkzeug stops reading it at the cap instead.
        raise PayloadTooLarge(f"The request body must be smaller than {request.max_content_length} bytes.")
    try:  # any content type: curl -d sends none that says JSON
        raw = protocol.json_object(body)
    except protocol.BodyError as exc:
        raise InvalidRequest(str(exc)) from None
    try:
        return model.model_validate(raw)
    except ValidationError as exc:
        message, param = protocol.error_fields(exc)
        raise InvalidRequest(message, param=param) from None


@bp.get("/models")
def list_models():
    """The models that at least one worker serves now."""
    require_owner()
    return jsonify(protocol.ModelList(data=[protocol.ModelCard(
        id=served.model_name, created=served.created, max_model_len=served.max_model_len,
        live_workers=served.live_workers(),
    ) for served in gateway().catalog.live_models()]).model_dump())


@bp.post("/chat/completions")
def chat_completions():
    owner = require_owner()
    body: protocol.ChatCompletionRequest = parse_body(protocol.ChatCompletionRequest)
    gw = gateway()
    served = gw.catalog.resolve(body.model)
    refuse_spent_request_rate(gw.limits, owner, served.model_name)
    prompt_ids = served.chat_prompt(body.messages)
    submission = submit_generation(
        settings=gw.settings, client=gw.redis, limits=gw.limits, served=served, owner=owner, body=body,
        prompt_ids=prompt_ids, prompt_text="\n".join(m.text() for m in body.messages),
        request_id=new_request_id("chatcmpl"),
        priority=request_priority(),
    )
    if body.stream:
        return _stream_response(gw, submission, ChatChunks(submission, body.include_usage))
    return jsonify(chat_completion(submission, *_collect(gw, submission)).model_dump())


@bp.post("/completions")
def completions():
    owner = require_owner()
    body: protocol.CompletionRequest = parse_body(protocol.CompletionRequest)
    gw = gateway()
    served = gw.catalog.resolve(body.model)
    refuse_spent_request_rate(gw.limits, owner, served.model_name)
    prompt_ids = served.text_prompt(body.prompt)
    submission = submit_generation(
        settings=gw.settings, client=gw.redis, limits=gw.limits, served=served, owner=owner, body=body,
        prompt_ids=prompt_ids, prompt_text=body.prompt, request_id=new_request_id("cmpl"),
        priority=request_priority(),
    )
    if body.stream:
        return _stream_response(gw, submission, CompletionChunks(submission, body.include_usage))
    return jsonify(completion(submission, *_collect(gw, submission)).model_dump())


# -- shaping events into OpenAI responses ----------------------------------------------------------------


def _finish_reason(event: StreamEvent) -> str:
    return FINISH_REASONS.get(event.type) or event.data.get("finish_reason") or "stop"


def _relay(gw: Gateway, submission: Submission, writer: DirectWriter | None = None):
    settings = gw.settings
    return gw.limits.settling(submission.customer_id, submission.request_id, gw.relay.events(
        submission.request_id,
        heartbeat_interval=settings.heartbeat_interval,
        silence_timeout=settings.stream_silence_timeout,
        queue_timeout=settings.stream_queue_timeout,
        no_worker_timeout=settings.stream_no_worker_timeout,
        model=submission.model,
        writer=writer,
    ))


def _collect(gw: Gateway, submission: Submission) -> tuple[str, StreamEvent]:
    """Wait for the whole generation; returns its text and terminal event, or raises the matching error."""
    parts: list[str] = []
    for event in _relay(gw, submission):
        if event is HEARTBEAT:
            continue
        if event.type == events.TOKEN:
            parts.append(event.data["text"])
        elif event.is_terminal:
            if event.type == events.CONTENT_FILTER and event.data.get("stage") == "prompt":
                raise ContentPolicyViolation(
                    "Your request was rejected as a result of our safety system "
                    f"(categories: {', '.join(event.data.get('categories', []))}).", param="messages"
                )
            if event.type == events.ERROR:
                raise GenerationFailed(event.data.get("message", "generation failed"))
            return "".join(parts), event
    raise GenerationFailed("the stream ended without a result")


def chat_completion(submission: Submission, text: str, final: StreamEvent) -> protocol.ChatCompletion:
    """The whole chat completion: its ``text`` and its terminal event's finish reason and usage."""
    return protocol.ChatCompletion(
        id=submission.request_id, created=submission.created, model=submission.model,
        choices=[protocol.ChatChoice(message=protocol.AssistantMessage(content=text),
                                     finish_reason=_finish_reason(final))],
        usage=protocol.UsageCounts.from_event(final.data.get("usage", {})),
    )


def completion(submission: Submission, text: str, final: StreamEvent) -> protocol.Completion:
    """The whole text completion: its ``text`` and its terminal event's finish reason and usage."""
    return protocol.Completion(
        id=submission.request_id, created=submission.created, model=submission.model,
        choices=[protocol.CompletionChoice(text=text, finish_reason=_finish_reason(final))],
        usage=protocol.UsageCounts.from_event(final.data.get("usage", {})),
    )


class ChatChunks:
    """The ``data:`` payloads of one streamed chat completion, each a ChatCompletionChunk as JSON."""

    def __init__(self, submission: Submission, include_usage: bool) -> None:
        self.s = submission
        self.include_usage = include_usage
        self._tokens = protocol.TokenChunks(self._chunk(protocol.ChunkDelta(content=protocol.TokenChunks.TEXT_SLOT)))

    def opening(self) -> list[str]:
        return [protocol.compact_json(self._chunk(protocol.ChunkDelta(role="assistant", content="")))]

    def token(self, text: str) -> str:
        return self._tokens.render(text)

    def closing(self, event: StreamEvent) -> list[str]:
        out = [self._chunk(protocol.ChunkDelta(), _finish_reason(event))]
        if self.include_usage:
            out.append(protocol.ChatCompletionChunk(
                id=self.s.request_id, created=self.s.created, model=self.s.model, choices=[],
                usage=protocol.UsageCounts.from_event(event.data.get("usage", {}))))
        return [protocol.compact_json(chunk) for chunk in out]

    def _chunk(self, delta: protocol.ChunkDelta, finish_reason: str | None = None) -> protocol.ChatCompletionChunk:
        return protocol.ChatCompletionChunk(
            id=self.s.request_id, created=self.s.created, model=self.s.model,
            choices=[protocol.ChatChunkChoice(delta=delta, finish_reason=finish_reason)],
            usage=None if self.include_usage else MISSING)


class CompletionChunks:
    """The ``data:`` payloads of one streamed text completion, each a Completion as JSON."""

    def __init__(self, submission: Submission, include_usage: bool) -> None:
        self.s = submission
        self.include_usage = include_usage
        self._tokens = protocol.TokenChunks(self._chunk(protocol.TokenChunks.TEXT_SLOT))

    def opening(self) -> list[str]:
        return []

    def token(self, text: str) -> str:
        return self._tokens.render(text)

    def closing(self, event: StreamEvent) -> list[str]:
        out = [self._chunk("", _finish_reason(event))]
        if self.include_usage:
            out.append(protocol.Completion(
                id=self.s.request_id, created=self.s.created, model=self.s.model, choices=[],
                usage=protocol.UsageCounts.from_event(event.data.get("usage", {}))))
        return [protocol.compact_json(chunk) for chunk in out]

    def _chunk(self, text: str, finish_reason: str | None = None) -> protocol.Completion:
        return protocol.Completion(
            id=self.s.request_id, created=self.s.created, model=self.s.model,
            choices=[protocol.CompletionChoice(text=text, finish_reason=finish_reason)],
            usage=None if self.include_usage else MISSING)


def _stream_response(gw: Gateway, submission: Submission, chunks: ChatChunks | CompletionChunks) -> Response:
    def render_token(data: bytes, seq: int) -> bytes:  # the hub's rendering of a live token (see below)
        return sse_data(chunks.token(json.loads(data)["text"])).encode()

    writer = DirectWriter.for_request(request.environ, render_token) if gw.settings.relay_direct_writes else None

    def body() -> Iterator[str]:
        finished = False
        try:
            for payload in chunks.opening():
                yield sse_data(payload)
            for event in _relay(gw, submission, writer):
                if event is HEARTBEAT:
                    yield SSE_HEARTBEAT
                elif event.type == events.TOKEN:
                    yield sse_data(chunks.token(event.data["text"]))
                elif event.is_terminal:
                    finished = True
                    if event.type == events.ERROR:
                        failed = GenerationFailed(event.data.get("message", "generation failed"))
                        yield sse_data(protocol.compact_json(failed.body()))
                    else:
                        for payload in chunks.closing(event):
                            yield sse_data(payload)
                    yield "data: [DONE]\n\n"
                    return
        finally:
            if not finished:  # the client went away mid-stream: free the engine slot
                try:
                    cancel(gw.redis, gw.settings, submission.request_id)
                except redis.RedisError:  # Redis is away: the generation ends at its max_tokens
                    log.warning("could not cancel %s after its client left", submission.request_id)

    return Response(writer.response(body()) if writer else body(), mimetype="text/event-stream",
                    headers=SSE_HEADERS)
