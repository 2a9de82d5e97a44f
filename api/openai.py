"""OpenAI-compatible endpoints: /v1/chat/completions, /v1/completions, /v1/models."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator

import redis
from flask import Blueprint, Response, current_app, jsonify, request
from pydantic import BaseModel, ValidationError

from api import protocol
from api.auth import require_owner
from api.errors import ContentPolicyViolation, GenerationFailed, InvalidRequest, PayloadTooLarge
from api.gateway import Gateway
from api.submission import Submission, cancel, request_priority, submit_generation
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
    return jsonify(protocol.model_list([{
        "id": served.model_name, "created": served.created, "max_model_len": served.max_model_len,
        "live_workers": served.live_workers(),
    } for served in gateway().catalog.live_models()]))


@bp.post("/chat/completions")
def chat_completions():
    owner = require_owner()
    body: protocol.ChatCompletionRequest = parse_body(protocol.ChatCompletionRequest)
    gw = gateway()
    served = gw.catalog.resolve(body.model)
    prompt_ids = served.chat_prompt(body.messages)
    submission = submit_generation(
        settings=gw.settings, client=gw.redis, limits=gw.limits, served=served, owner=owner, body=body,
        prompt_ids=prompt_ids, prompt_text="\n".join(m.text() for m in body.messages),
        request_id=new_request_id("chatcmpl"),
        priority=request_priority(),
    )
    if body.stream:
        return _stream_response(gw, submission, _ChatChunks(submission, body.include_usage))
    text, final = _collect(gw, submission)
    return jsonify(protocol.chat_completion(
        submission.request_id, submission.model, submission.created, text,
        _finish_reason(final), final.data.get("usage", {}),
    ))


@bp.post("/completions")
def completions():
    owner = require_owner()
    body: protocol.CompletionRequest = parse_body(protocol.CompletionRequest)
    gw = gateway()
    served = gw.catalog.resolve(body.model)
    prompt_ids = served.text_prompt(body.prompt)
    submission = submit_generation(
        settings=gw.settings, client=gw.redis, limits=gw.limits, served=served, owner=owner, body=body,
        prompt_ids=prompt_ids, prompt_text=body.prompt, request_id=new_request_id("cmpl"),
        priority=request_priority(),
    )
    if body.stream:
        return _stream_response(gw, submission, _CompletionChunks(submission, body.include_usage))
    text, final = _collect(gw, submission)
    return jsonify(protocol.completion(
        submission.request_id, submission.model, submission.created, text,
        _finish_reason(final), final.data.get("usage", {}),
    ))


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


class _ChatChunks:
    def __init__(self, submission: Submission, include_usage: bool) -> None:
        self.s = submission
        self.include_usage = include_usage

    def opening(self) -> list[dict]:
        return [self._chunk({"role": "assistant", "content": ""})]

    def token(self, text: str) -> dict:
        return self._chunk({"content": text})

    def closing(self, event: StreamEvent) -> list[dict]:
        out = [self._chunk({}, _finish_reason(event))]
        if self.include_usage:
            out.append(protocol.chat_usage_chunk(self.s.request_id, self.s.model, self.s.created,
                                                 event.data.get("usage", {})))
        return out

    def _chunk(self, delta: dict, finish_reason: str | None = None) -> dict:
        return protocol.chat_chunk(self.s.request_id, self.s.model, self.s.created, delta, finish_reason,
                                   self.include_usage)


class _CompletionChunks:
    def __init__(self, submission: Submission, include_usage: bool) -> None:
        self.s = submission
        self.include_usage = include_usage

    def opening(self) -> list[dict]:
        return []

    def token(self, text: str) -> dict:
        return protocol.completion_chunk(self.s.request_id, self.s.model, self.s.created, text, None,
                                         self.include_usage)

    def closing(self, event: StreamEvent) -> list[dict]:
        out = [protocol.completion_chunk(self.s.request_id, self.s.model, self.s.created, "",
                                         _finish_reason(event), self.include_usage)]
        if self.include_usage:
            out.append(protocol.completion_usage_chunk(self.s.request_id, self.s.model, self.s.created,
                                                       event.data.get("usage", {})))
        return out


def _stream_response(gw: Gateway, submission: Submission, shape) -> Response:
    def dump(obj: dict) -> str:
        return sse_data(json.dumps(obj, separators=(",", ":")))

    def render_token(data: bytes, seq: int) -> bytes:  # the hub's rendering of a live token (see below)
        return dump(shape.token(json.loads(data)["text"])).encode()

    writer = DirectWriter.for_request(request.environ, render_token) if gw.settings.relay_direct_writes else None

    def body() -> Iterator[str]:
        finished = False
        try:
            for chunk in shape.opening():
                yield dump(chunk)
            for event in _relay(gw, submission, writer):
                if event is HEARTBEAT:
                    yield SSE_HEARTBEAT
                elif event.type == events.TOKEN:
                    yield dump(shape.token(event.data["text"]))
                elif event.is_terminal:
                    finished = True
                    if event.type == events.ERROR:
                        yield dump(GenerationFailed(event.data.get("message", "generation failed")).body())
                    else:
                        for chunk in shape.closing(event):
                            yield dump(chunk)
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
