"""OpenAI-compatible endpoints: /v1/chat/completions, /v1/completions, /v1/models."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from dataclasses import dataclass, field

import redis
from flask import Blueprint, Response, current_app, jsonify, request
from pydantic import MISSING, BaseModel, ValidationError

from api import protocol
from api.admission import take_admission_slot
from api.auth import require_owner
from api.errors import ContentPolicyViolation, GenerationFailed, InvalidRequest, PayloadTooLarge
from api.gateway import Gateway
from api.submission import (
    Submission,
    cancel,
    checked_texts,
    refuse_spent_request_rate,
    request_priority,
    submit_generation,
)
from sluice.streams import events
from sluice.streams.direct_writer import DirectWriter
from sluice.streams.events import StreamEvent, new_request_id
from sluice.streams.hub import HEARTBEAT
from sluice.streams.sse import SSE_HEADERS, SSE_HEARTBEAT, sse_data
from sluice.streams.write_watch import ClientWrites
from workers import grammar
from workers.tools import CallDelta, ParsedCall, ToolCallStream, call_grammar, parse_answer

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
    take_admission_slot()
    structured = structured_output(body)
    prompt_ids = served.chat_prompt(body.messages, tools=_functions(body) if body.tools else None)
    prompt_text, other_turns = checked_texts(body.messages)
    submission = submit_generation(
        settings=gw.settings, client=gw.redis, limits=gw.limits, served=served, owner=owner, body=body,
        prompt_ids=prompt_ids, prompt_text=prompt_text, other_turns=other_turns,
        request_id=new_request_id("chatcmpl"),
        priority=request_priority(),
        structured=structured,
    )
    shape = {"n": body.n, "tools": body.calls_tools, "logprobs": body.logprobs}
    if body.stream:
        return _stream_response(gw, submission, ChatChunks(submission, body.include_usage, **shape))
    return jsonify(chat_completion(submission, _collect(gw, submission), **shape).model_dump())


@bp.post("/completions")
def completions():
    owner = require_owner()
    body: protocol.CompletionRequest = parse_body(protocol.CompletionRequest)
    gw = gateway()
    served = gw.catalog.resolve(body.model)
    refuse_spent_request_rate(gw.limits, owner, served.model_name)
    take_admission_slot()
    prompt_ids = served.text_prompt(body.prompt)
    submission = submit_generation(
        settings=gw.settings, client=gw.redis, limits=gw.limits, served=served, owner=owner, body=body,
        prompt_ids=prompt_ids, prompt_text=body.prompt, request_id=new_request_id("cmpl"),
        priority=request_priority(),
    )
    shape = {"n": body.n, "logprobs": body.logprobs is not None}
    if body.stream:
        return _stream_response(gw, submission, CompletionChunks(submission, body.include_usage, **shape))
    return jsonify(completion(submission, _collect(gw, submission), **shape).model_dump())


# -- structured outputs and tools ------------------------------------------------------------------------


def _functions(body: protocol.ChatCompletionRequest) -> list[dict]:
    """The request's functions as the prompt and the grammar take them."""
    return [{"name": tool.function.name, **({"description": tool.function.description}
                                             if tool.function.description else {}),
             "parameters": tool.function.parameters or {"type": "object", "properties": {}}}
            for tool in body.tools or []]


def structured_output(body: protocol.ChatCompletionRequest) -> dict | None:
    """The grammar the answer must follow (workers/grammar.py), from ``response_format`` and the tools the
    answer may call; None for free text. Raises InvalidRequest (400) naming the parameter whose schema
    llguidance cannot enforce (not valid JSON Schema, or a keyword it does not implement)."""
    answer = body.response_format
    text_schema = None
    if isinstance(answer, protocol.JsonSchemaResponseFormat):
        text_schema = answer.json_schema.schema_ or {}
        _enforceable({"json_schema": text_schema}, "response_format.json_schema.schema")
    elif isinstance(answer, protocol.JsonObjectFormat):
        text_schema = {"type": "object"}
    if not body.calls_tools:
        if isinstance(answer, protocol.JsonObjectFormat):
            return {"json_object": True}
        return None if text_schema is None else {"json_schema": text_schema}
    functions = _functions(body)
    for index, function in enumerate(functions):
        _enforceable({"json_schema": function["parameters"]}, f"tools.{index}.function.parameters")
    named = body.tool_choice.function.name if isinstance(body.tool_choice, protocol.NamedToolChoice) else None
    if named is not None:
        functions = [function for function in functions if function["name"] == named]
    # A named function is called once, as OpenAI does.
    lark = call_grammar(functions, only_calls=named is not None or body.tool_choice == "required",
                        parallel=body.parallel_tool_calls and named is None, text_schema=text_schema)
    _enforceable({"lark": lark}, "tools")
    return {"lark": lark}


def _enforceable(structured: dict, param: str) -> None:
    try:
        grammar.check(structured)
    except grammar.GrammarError as exc:
        raise InvalidRequest(f"Invalid schema for '{param}': {exc}", param=param) from None


# -- shaping events into OpenAI responses ----------------------------------------------------------------


def _finish_reason(event: StreamEvent) -> str:
    return FINISH_REASONS.get(event.type) or event.data.get("finish_reason") or "stop"


def _relay(gw: Gateway, submission: Submission, writer: DirectWriter | None = None,
           writes: ClientWrites | None = None):
    settings = gw.settings
    return gw.limits.settling(submission.customer_id, submission.request_id, gw.relay.events(
        submission.request_id,
        heartbeat_interval=settings.heartbeat_interval,
        silence_timeout=settings.stream_silence_timeout,
        queue_timeout=settings.stream_queue_timeout,
        no_worker_timeout=settings.stream_no_worker_timeout,
        model=submission.model,
        writer=writer,
        writes=writes,
    ))


@dataclass
class Collected:
    """A whole generation: each choice's text and logprobs entries, and the terminal event."""

    texts: dict[int, list[str]] = field(default_factory=dict)
    logprobs: dict[int, list[dict]] = field(default_factory=dict)
    final: StreamEvent | None = None

    def text(self, index: int) -> str:
        return "".join(self.texts.get(index, []))


def _collect(gw: Gateway, submission: Submission) -> Collected:
    """Wait for the whole generation; returns its choices' text and its terminal event, or raises the
    matching error."""
    collected = Collected()
    for event in _relay(gw, submission):
        if event is HEARTBEAT:
            continue
        if event.type == events.TOKEN:
            index = event.data.get("index", 0)
            collected.texts.setdefault(index, []).append(event.data["text"])
            collected.logprobs.setdefault(index, []).extend(event.data.get("logprobs") or [])
        elif event.is_terminal:
            if event.type == events.CONTENT_FILTER and event.data.get("stage") == "prompt":
                raise ContentPolicyViolation(
                    "Your request was rejected as a result of our safety system "
                    f"(categories: {', '.join(event.data.get('categories', []))}).", param="messages"
                )
            if event.type == events.ERROR:
                raise GenerationFailed(event.data.get("message", "generation failed"))
            collected.final = event
            return collected
    raise GenerationFailed("the stream ended without a result")


def _finish_reasons(event: StreamEvent, n: int) -> list[str]:
    """Each choice's finish reason: a job of several choices lists them in its terminal event."""
    listed = {choice["index"]: choice["finish_reason"] for choice in event.data.get("choices") or []}
    return [listed.get(index) or _finish_reason(event) for index in range(n)]


def _chat_logprobs(entries: list[dict]) -> protocol.ChoiceLogprobs:
    return protocol.ChoiceLogprobs(content=[protocol.TokenLogprobOut(**entry) for entry in entries])


def _completion_logprobs(entries: list[dict], offset: int = 0) -> protocol.CompletionLogprobs:
    offsets = []
    for entry in entries:
        offsets.append(offset)
        offset += len(entry["token"])
    return protocol.CompletionLogprobs(
        tokens=[entry["token"] for entry in entries], token_logprobs=[entry["logprob"] for entry in entries],
        top_logprobs=[{top["token"]: top["logprob"] for top in entry["top_logprobs"]} for entry in entries],
        text_offset=offsets)


def _tool_calls(calls: list[ParsedCall]) -> list[protocol.ToolCall]:
    return [protocol.ToolCall(id=call.id, function=protocol.FunctionCallOut(name=call.name, arguments=call.arguments))
            for call in calls]


def chat_completion(submission: Submission, collected: Collected, *, n: int = 1, tools: bool = False,
                    logprobs: bool = False) -> protocol.ChatCompletion:
    """The whole chat completion: each choice's text (tool calls, where ``tools`` may be called) and the
    terminal event's finish reasons and usage."""
    final = collected.final
    choices = []
    for index, finish in enumerate(_finish_reasons(final, n)):
        content: str | None = collected.text(index)
        calls: list[ParsedCall] = []
        if tools:
            content, calls = parse_answer(content)
        message = protocol.AssistantMessage(content=content or None, tool_calls=_tool_calls(calls)) if calls \
            else protocol.AssistantMessage(content=content)
        choices.append(protocol.ChatChoice(
            index=index, message=message, finish_reason="tool_calls" if calls and finish == "stop" else finish,
            logprobs=_chat_logprobs(collected.logprobs.get(index, [])) if logprobs else None))
    return protocol.ChatCompletion(
        id=submission.request_id, created=submission.created, model=submission.model, choices=choices,
        usage=protocol.UsageCounts.from_event(final.data.get("usage", {})),
    )


def completion(submission: Submission, collected: Collected, *, n: int = 1,
               logprobs: bool = False) -> protocol.Completion:
    """The whole text completion: each choice's text and the terminal event's finish reasons and usage."""
    final = collected.final
    return protocol.Completion(
        id=submission.request_id, created=submission.created, model=submission.model,
        choices=[protocol.CompletionChoice(
            index=index, text=collected.text(index), finish_reason=finish,
            logprobs=_completion_logprobs(collected.logprobs.get(index, [])) if logprobs else None)
            for index, finish in enumerate(_finish_reasons(final, n))],
        usage=protocol.UsageCounts.from_event(final.data.get("usage", {})),
    )


def _call_deltas(deltas: list[CallDelta]) -> list[protocol.ToolCallDelta]:
    """Tool call pieces as chunk deltas, the consecutive pieces of one call joined."""
    joined: list[protocol.ToolCallDelta] = []
    for delta in deltas:
        if joined and joined[-1].index == delta.index and delta.id is None:
            joined[-1].function.arguments += delta.arguments
            continue
        first = delta.id is not None
        joined.append(protocol.ToolCallDelta(
            index=delta.index, id=delta.id if first else MISSING, type="function" if first else MISSING,
            function=protocol.FunctionCallDelta(name=delta.name if first else MISSING, arguments=delta.arguments)))
    return joined


class ChatChunks:
    """The ``data:`` payloads of one streamed chat completion, each a ChatCompletionChunk as JSON.

    A plain stream (one choice, no tools, no logprobs) renders each token event from one template; the
    others build a chunk per event: its choice's ``index``, its logprobs, and for a request whose answer may
    be tool calls, the text turned into content or ``tool_calls`` deltas as it comes."""

    def __init__(self, submission: Submission, include_usage: bool, *, n: int = 1, tools: bool = False,
                 logprobs: bool = False) -> None:
        self.s = submission
        self.include_usage = include_usage
        self.n = n
        self.logprobs = logprobs
        self.plain = n == 1 and not tools and not logprobs
        self._calls = {index: ToolCallStream() for index in range(n)} if tools else None
        self._tokens = protocol.TokenChunks(self._chunk(protocol.ChunkDelta(content=protocol.TokenChunks.TEXT_SLOT)))

    def opening(self) -> list[str]:
        return [protocol.compact_json(self._chunk(protocol.ChunkDelta(role="assistant", content=""), index=index))
                for index in range(self.n)]

    def token(self, text: str) -> str:
        """A plain stream's token chunk."""
        return self._tokens.render(text)

    def tokens(self, data: dict) -> list[str]:
        """The payloads of one token event (none while a tool call's start is still being read)."""
        if self.plain:
            return [self.token(data["text"])]
        index = data.get("index", 0)
        logprobs = _chat_logprobs(data.get("logprobs") or []) if self.logprobs else None
        if self._calls is None:
            return [protocol.compact_json(self._chunk(protocol.ChunkDelta(content=data["text"]), index=index,
                                                      logprobs=logprobs))]
        content, deltas = self._calls[index].feed(data["text"])
        return self._answer_chunks(index, content, deltas, logprobs)

    def closing(self, event: StreamEvent) -> list[str]:
        out = []
        for index, finish in enumerate(_finish_reasons(event, self.n)):
            if self._calls is not None:
                content, deltas = self._calls[index].close()
                out.extend(self._answer_chunks(index, content, deltas, None))
                if self._calls[index].calls and finish == "stop":
                    finish = "tool_calls"
            out.append(protocol.compact_json(self._chunk(protocol.ChunkDelta(), finish, index=index)))
        if self.include_usage:
            out.append(protocol.compact_json(protocol.ChatCompletionChunk(
                id=self.s.request_id, created=self.s.created, model=self.s.model, choices=[],
                usage=protocol.UsageCounts.from_event(event.data.get("usage", {})))))
        return out

    def _answer_chunks(self, index: int, content: str, deltas: list[CallDelta],
                       logprobs: protocol.ChoiceLogprobs | None) -> list[str]:
        if not content and not deltas and not (logprobs and logprobs.content):
            return []
        delta = protocol.ChunkDelta(content=content) if content or not deltas else protocol.ChunkDelta()
        if deltas:
            delta.tool_calls = _call_deltas(deltas)
        return [protocol.compact_json(self._chunk(delta, index=index, logprobs=logprobs))]

    def _chunk(self, delta: protocol.ChunkDelta, finish_reason: str | None = None, *, index: int = 0,
               logprobs: protocol.ChoiceLogprobs | None = None) -> protocol.ChatCompletionChunk:
        return protocol.ChatCompletionChunk(
            id=self.s.request_id, created=self.s.created, model=self.s.model,
            choices=[protocol.ChatChunkChoice(index=index, delta=delta, logprobs=logprobs,
                                              finish_reason=finish_reason)],
            usage=None if self.include_usage else MISSING)


class CompletionChunks:
    """The ``data:`` payloads of one streamed text completion, each a Completion as JSON."""

    def __init__(self, submission: Submission, include_usage: bool, *, n: int = 1, logprobs: bool = False) -> None:
        self.s = submission
        self.include_usage = include_usage
        self.n = n
        self.logprobs = logprobs
        self.plain = n == 1 and not logprobs
        self._offsets = dict.fromkeys(range(n), 0)  # each choice's text so far, in characters
        self._tokens = protocol.TokenChunks(self._chunk(protocol.TokenChunks.TEXT_SLOT))

    def opening(self) -> list[str]:
        return []

    def token(self, text: str) -> str:
        """A plain stream's token chunk."""
        return self._tokens.render(text)

    def tokens(self, data: dict) -> list[str]:
        if self.plain:
            return [self.token(data["text"])]
        index = data.get("index", 0)
        logprobs = None
        if self.logprobs:
            logprobs = _completion_logprobs(data.get("logprobs") or [], self._offsets[index])
        self._offsets[index] += len(data["text"])
        return [protocol.compact_json(self._chunk(data["text"], index=index, logprobs=logprobs))]

    def closing(self, event: StreamEvent) -> list[str]:
        out = [self._chunk("", finish, index=index) for index, finish in enumerate(_finish_reasons(event, self.n))]
        if self.include_usage:
            out.append(protocol.Completion(
                id=self.s.request_id, created=self.s.created, model=self.s.model, choices=[],
                usage=protocol.UsageCounts.from_event(event.data.get("usage", {}))))
        return [protocol.compact_json(chunk) for chunk in out]

    def _chunk(self, text: str, finish_reason: str | None = None, *, index: int = 0,
               logprobs: protocol.CompletionLogprobs | None = None) -> protocol.Completion:
        return protocol.Completion(
            id=self.s.request_id, created=self.s.created, model=self.s.model,
            choices=[protocol.CompletionChoice(index=index, text=text, logprobs=logprobs, finish_reason=finish_reason)],
            usage=None if self.include_usage else MISSING)


def _stream_response(gw: Gateway, submission: Submission, chunks: ChatChunks | CompletionChunks) -> Response:
    def render_token(data: bytes, seq: int) -> bytes:  # the hub's rendering of a live token (see below)
        return "".join(sse_data(payload) for payload in chunks.tokens(json.loads(data))).encode()

    # A plain stream's tokens may be written by the hub; the others' rendering keeps state (tool calls,
    # text offsets) that only the stream's own greenlet touches.
    direct = gw.settings.relay_direct_writes and chunks.plain
    writer = DirectWriter.for_request(request.environ, render_token) if direct else None
    writes = gw.relay.writes.watch(request.environ.get("gunicorn.socket"))

    def body() -> Iterator[str]:
        finished = False
        try:
            for payload in chunks.opening():
                yield sse_data(payload)
            for event in _relay(gw, submission, writer, writes):
                if event is HEARTBEAT:
                    yield SSE_HEARTBEAT
                elif event.type == events.TOKEN:
                    for payload in chunks.tokens(event.data):
                        yield sse_data(payload)
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

    streamed = writer.response(body()) if writer else body()
    response = Response(writes.timed(streamed) if writes else streamed, mimetype="text/event-stream",
                        headers=SSE_HEADERS)
    response.call_on_close(lambda: gw.relay.writes.forget(writes))
    return response
