"""OpenAI's Responses API on the replay log: POST /v1/responses, GET and DELETE /v1/responses/{id}, and
POST /v1/responses/{id}/cancel.

A response is one generation, queued and relayed as a chat completion is (api/submission.py, api/relay.py).
Its stream events are numbered from the request's own events, so any reader at any time renders the same
event under the same ``sequence_number``: 0 to 3 open the response (created, in_progress, the output
message added, its text part added), the token of sequence number s is the delta s + 3, and the terminal
event of sequence number t closes it as t + 3 to t + 6 (text done, part done, message done, then
completed, incomplete or failed). Resuming after N replays the log and sends what is numbered above N,
then follows live: no gap and no duplicate, whichever gateway process serves the reader.

A stored response (``store``, the default) is a row of ``tenants.responses`` written when it is created and
given its final state by the first reader that sees its terminal event: the creating request, a background
response's follower in the gateway, or any later GET, which reads the replay log (so a gateway that
restarts mid-response loses nothing). A background response runs to its end whatever its client does.
"""

from __future__ import annotations

import dataclasses
import logging
import threading
import time
from collections.abc import Iterator

import redis
from flask import Blueprint, Response, current_app, jsonify, request
from pydantic import ValidationError

from api import protocol
from api.admission import take_admission_slot
from api.auth import require_owner
from api.errors import ApiError, ContentPolicyViolation, InvalidRequest, NotFound
from api.gateway import Gateway
from api.openai import gateway, parse_body
from api.submission import (
    cancel,
    checked_texts,
    refuse_spent_request_rate,
    request_priority,
    submit_generation,
)
from sluice.streams import events
from sluice.streams.events import StreamEvent, new_request_id
from sluice.streams.hub import HEARTBEAT
from sluice.streams.sse import SSE_HEADERS, SSE_HEARTBEAT
from tenants import responses as stored
from tenants.keys import KeyOwner
from tenants.responses import ResponseRecord, ResponseStore

log = logging.getLogger(__name__)

bp = Blueprint("responses", __name__, url_prefix="/v1")

# The numbers of the events that open a response; the token of sequence number s is the delta s + OFFSET.
OPENING = (0, 1, 2, 3)
OFFSET = len(OPENING) - 1
# The terminal event of sequence number t closes the response as t + OFFSET ... t + OFFSET + CLOSING - 1.
CLOSING = 4


def response_store() -> ResponseStore:
    store = current_app.extensions.get("sluice-responses")
    if store is None:
        settings = gateway().settings
        store = current_app.extensions["sluice-responses"] = ResponseStore(settings.resolved_database_url,
                                                                          settings.response_retention_days)
    return store


# -- the views ---------------------------------------------------------------------------------------------


@bp.post("/responses")
def create_response():
    owner = require_owner()
    body: protocol.ResponseCreateRequest = parse_body(protocol.ResponseCreateRequest)
    gw = gateway()
    store = response_store()
    served = gw.catalog.resolve(body.model)
    refuse_spent_request_rate(gw.limits, owner, served.model_name)
    take_admission_slot()
    turns = _conversation(gw, store, owner, body.previous_response_id) + body.messages()
    if body.instructions:
        turns.insert(0, {"role": "system", "content": body.instructions})
    messages = [protocol.ChatMessage(role=turn["role"], content=turn["content"]) for turn in turns]
    prompt_text, other_turns = checked_texts(messages)
    sampling = protocol.SamplingFields(
        model=served.model_name, max_tokens=body.max_output_tokens,
        temperature=1.0 if body.temperature is None else body.temperature,
        top_p=1.0 if body.top_p is None else body.top_p)
    try:
        submission = submit_generation(
            settings=gw.settings, client=gw.redis, limits=gw.limits, served=served, owner=owner, body=sampling,
            prompt_ids=served.chat_prompt(messages), prompt_text=prompt_text, other_turns=other_turns,
            request_id=new_request_id("resp"), priority=request_priority(),
        )
    except ApiError as exc:
        raise _named_for_responses(exc) from None
    record = ResponseRecord(
        id=submission.request_id, customer_id=owner.customer_id, api_key_id=owner.api_key_id,
        model=submission.model, created_at=submission.created, background=body.background, stored=body.store,
        previous_response_id=body.previous_response_id, instructions=body.instructions,
        input_messages=body.messages(), input_tokens=submission.prompt_tokens,
        parameters={"max_output_tokens": body.max_output_tokens, "temperature": body.temperature,
                    "top_p": body.top_p, "metadata": body.metadata or {}},
    )
    if body.store:
        try:
            store.add(record)
        except Exception:
            cancel(gw.redis, gw.settings, record.id)  # nobody could read or resume it
            raise
    if body.background:
        _follow_to_the_end(gw, store, record)
        if body.stream:
            return _stream(gw, store, record, after=-1, cancel_on_leave=False)
        return jsonify(response_object(record).model_dump())
    if body.stream:
        return _stream(gw, store, record, after=-1, cancel_on_leave=True)
    finished, terminal = _run_to_the_end(gw, store, record)
    if terminal.type == events.CONTENT_FILTER and terminal.data.get("stage") == "prompt":
        raise ContentPolicyViolation("Your request was rejected as a result of our safety system (categories: "
                                     f"{', '.join(terminal.data.get('categories', []))}).", param="input")
    return jsonify(response_object(finished).model_dump())


@bp.get("/responses/<response_id>")
def retrieve_response(response_id: str):
    owner = require_owner()
    try:
        query = protocol.ResponseRetrieveQuery.model_validate(request.args.to_dict())
    except ValidationError as exc:
        message, param = protocol.error_fields(exc)
        raise InvalidRequest(message, param=param) from None
    gw = gateway()
    store = response_store()
    record = _owned(store, response_id, owner)
    if not query.stream:
        return jsonify(response_object(_current(gw, store, record)).model_dump())
    after = -1 if query.starting_after is None else query.starting_after
    last = _last_logged(gw, response_id)
    if last is None and record.finished:
        raise InvalidRequest(f"The events of response '{response_id}' are no longer kept; retrieve it without "
                             "stream=true.", param="stream")
    end = OPENING[-1] if last is None else last.seq + OFFSET + (CLOSING - 1 if last.is_terminal else 0)
    if after > end:
        raise InvalidRequest(f"starting_after ({after}) is past the last event of this response ({end}).",
                             param="starting_after")
    release_reader = gw.relay.claim_reader(response_id)  # 429 past stream_max_readers
    streamed = _stream(gw, store, record, after=after, cancel_on_leave=False)
    streamed.call_on_close(release_reader)
    return streamed


@bp.post("/responses/<response_id>/cancel")
def cancel_response(response_id: str):
    """Stop a background response; idempotent: a response that has ended is returned as it is."""
    owner = require_owner()
    gw = gateway()
    store = response_store()
    record = _current(gw, store, _owned(store, response_id, owner))
    if not record.background:
        raise InvalidRequest("Only a response created with background=true can be cancelled.", param="response_id")
    if not record.finished:
        cancel(gw.redis, gw.settings, response_id)
        record, _ = _run_to_the_end(gw, store, record)
    return jsonify(response_object(record).model_dump())


@bp.delete("/responses/<response_id>")
def delete_response(response_id: str):
    """Remove a stored response (a running one is cancelled first)."""
    owner = require_owner()
    gw = gateway()
    store = response_store()
    record = _owned(store, response_id, owner)
    if not record.finished:
        cancel(gw.redis, gw.settings, response_id)
    if not store.delete(response_id, owner.customer_id):
        raise NotFound(f"No response with id '{response_id}'.", param="response_id")
    return jsonify(protocol.ResponseDeleted(id=response_id).model_dump())


# -- the conversation ---------------------------------------------------------------------------------------


def _owned(store: ResponseStore, response_id: str, owner: KeyOwner) -> ResponseRecord:
    record = store.get(response_id, owner.customer_id)
    if record is None:  # another customer's reads as absent, as an unknown id does
        raise NotFound(f"No response with id '{response_id}'.", param="response_id")
    return record


def _conversation(gw: Gateway, store: ResponseStore, owner: KeyOwner, previous_id: str | None) -> list[dict]:
    """The turns of the conversation that ``previous_id`` ends: each earlier response's input and its
    answer, oldest first (instructions are not carried over). NotFound (404) for an unknown, deleted or
    foreign response in the chain; InvalidRequest (400) while it is still running."""
    chain: list[ResponseRecord] = []
    current = previous_id
    while current is not None:
        record = store.get(current, owner.customer_id)
        if record is None:
            raise NotFound(f"Previous response with id '{current}' not found.", param="previous_response_id")
        record = _current(gw, store, record)
        if not record.finished:
            raise InvalidRequest(f"Previous response '{current}' is still {record.status}; continue the "
                                 "conversation once it has ended.", param="previous_response_id")
        chain.append(record)
        if len(chain) > protocol.MAX_MESSAGES:
            raise InvalidRequest("The conversation is too long to continue.", param="previous_response_id")
        current = record.previous_response_id
    turns: list[dict] = []
    for record in reversed(chain):
        turns += record.input_messages
        turns.append({"role": "assistant", "content": record.output_text})
    return turns


def _named_for_responses(exc: ApiError) -> ApiError:
    """A submission error as the Responses API names its fields."""
    renamed = {"max_tokens": "max_output_tokens", "messages": "input"}
    if exc.param in renamed:
        exc.message = exc.message.replace("max_tokens", renamed["max_tokens"])
        exc.param = renamed[exc.param]
    elif exc.param and exc.param.startswith("messages."):
        exc.param = "input"
    return exc


# -- a response's state and events -------------------------------------------------------------------------


def message_id(response_id: str) -> str:
    return "msg-" + response_id.removeprefix("resp-")


def response_object(record: ResponseRecord) -> protocol.ResponseObject:
    """The response as it stands: its output so far, and once finished its status, usage and why."""
    output = []
    if record.finished or record.output_text:
        output.append(_message(record))
    finished = record.finished
    return protocol.ResponseObject(
        id=record.id, created_at=record.created_at, status=record.status, background=record.background,
        error=protocol.ResponseErrorInfo(code="server_error", message=record.error_message or "generation failed")
        if record.status == stored.FAILED else None,
        incomplete_details=protocol.ResponseIncompleteDetails(reason=record.incomplete_reason)
        if record.status == stored.INCOMPLETE and record.incomplete_reason else None,
        instructions=record.instructions, max_output_tokens=record.parameters.get("max_output_tokens"),
        metadata=record.parameters.get("metadata") or {}, model=record.model, output=output,
        output_text=record.output_text, previous_response_id=record.previous_response_id, store=record.stored,
        temperature=record.parameters.get("temperature"), top_p=record.parameters.get("top_p"),
        usage=protocol.ResponseUsage(input_tokens=record.input_tokens, output_tokens=record.output_tokens,
                                     total_tokens=record.input_tokens + record.output_tokens) if finished else None,
        completed_at=record.completed_at,
    )


def _message(record: ResponseRecord) -> protocol.ResponseOutputMessage:
    status = "in_progress" if not record.finished else "completed" if record.status == stored.COMPLETED \
        else "incomplete"
    return protocol.ResponseOutputMessage(id=message_id(record.id), status=status,
                                          content=[protocol.ResponseOutputText(text=record.output_text)])


def _ended(record: ResponseRecord, terminal: StreamEvent, text: str) -> None:
    """Give ``record`` the final state that ``terminal`` (the stream's terminal event) says."""
    usage = terminal.data.get("usage") or {}
    record.output_text = text
    record.input_tokens = int(usage.get("prompt_tokens", record.input_tokens))
    record.output_tokens = int(usage.get("completion_tokens", 0))
    record.completed_at = int(time.time())
    if terminal.type == events.DONE:
        length = terminal.data.get("finish_reason") == "length"
        record.status = stored.INCOMPLETE if length else stored.COMPLETED
        record.incomplete_reason = "max_output_tokens" if length else None
    elif terminal.type == events.CONTENT_FILTER:
        record.status, record.incomplete_reason = stored.INCOMPLETE, "content_filter"
    elif terminal.type == events.CANCELLED:
        record.status = stored.CANCELLED
    else:
        record.status, record.error_message = stored.FAILED, terminal.data.get("message", "generation failed")


class ResponseEvents:
    """The numbered stream events of one response, rendered from its request's events (see the module's
    docstring for the numbering); it accumulates the text and gives ``record`` its final state."""

    def __init__(self, record: ResponseRecord) -> None:
        self.record = record
        self.item_id = message_id(record.id)
        self.pieces: list[str] = []

    def opening(self) -> list[tuple[int, protocol.ResponseModel]]:
        first = dataclasses.replace(self.record, status=stored.QUEUED if self.record.background
                                    else stored.IN_PROGRESS, output_text="")
        running = dataclasses.replace(first, status=stored.IN_PROGRESS)
        message = protocol.ResponseOutputMessage(id=self.item_id, status="in_progress", content=[])
        return [
            (0, protocol.ResponseLifecycleEvent(type="response.created", sequence_number=0,
                                                response=response_object(first))),
            (1, protocol.ResponseLifecycleEvent(type="response.in_progress", sequence_number=1,
                                                response=response_object(running))),
            (2, protocol.ResponseOutputItemEvent(type="response.output_item.added", sequence_number=2,
                                                 item=message)),
            (3, protocol.ResponseContentPartEvent(type="response.content_part.added", sequence_number=3,
                                                  item_id=self.item_id, part=protocol.ResponseOutputText(text=""))),
        ]

    def token(self, event: StreamEvent) -> tuple[int, protocol.ResponseModel]:
        text = event.data["text"]
        self.pieces.append(text)
        number = event.seq + OFFSET
        return number, protocol.ResponseTextDeltaEvent(sequence_number=number, item_id=self.item_id, delta=text)

    def closing(self, terminal: StreamEvent) -> list[tuple[int, protocol.ResponseModel]]:
        record = self.finish(terminal)
        first = terminal.seq + OFFSET
        final = response_object(record)
        part = protocol.ResponseOutputText(text=record.output_text)
        kind = {stored.COMPLETED: "response.completed", stored.FAILED: "response.failed"}.get(
            record.status, "response.incomplete")  # incomplete, and cancelled (the API has no event of its own)
        return [
            (first, protocol.ResponseTextDoneEvent(sequence_number=first, item_id=self.item_id,
                                                   text=record.output_text)),
            (first + 1, protocol.ResponseContentPartEvent(type="response.content_part.done",
                                                          sequence_number=first + 1, item_id=self.item_id, part=part)),
            (first + 2, protocol.ResponseOutputItemEvent(type="response.output_item.done", sequence_number=first + 2,
                                                         item=final.output[0])),
            (first + 3, protocol.ResponseLifecycleEvent(type=kind, sequence_number=first + 3, response=final)),
        ]

    def finish(self, terminal: StreamEvent) -> ResponseRecord:
        _ended(self.record, terminal, "".join(self.pieces))
        return self.record


def _relayed(gw: Gateway, record: ResponseRecord, writes=None) -> Iterator:
    """Every event of the response's request from its first, then live; limits settle at its end."""
    settings = gw.settings
    return gw.limits.settling(record.customer_id, record.id, gw.relay.events(
        record.id, 0, heartbeat_interval=settings.heartbeat_interval,
        silence_timeout=settings.stream_silence_timeout, queue_timeout=settings.stream_queue_timeout,
        no_worker_timeout=settings.stream_no_worker_timeout, model=record.model, writes=writes))


def _finish(store: ResponseStore, record: ResponseRecord) -> None:
    if not record.stored:
        return
    try:
        store.finish(record)
    except Exception:  # any later GET stores it from the replay log
        log.exception("could not store the end of response %s", record.id)


def _run_to_the_end(gw: Gateway, store: ResponseStore,
                    record: ResponseRecord) -> tuple[ResponseRecord, StreamEvent]:
    """Wait for the response's terminal event; returns (and stores) its final state, and the event."""
    rendering = ResponseEvents(dataclasses.replace(record))
    for event in _relayed(gw, record):
        if event is HEARTBEAT:
            continue
        if event.type == events.TOKEN:
            rendering.token(event)
        elif event.is_terminal:
            finished = rendering.finish(event)
            _finish(store, finished)
            return finished, event
    raise RuntimeError("the relay ended without a terminal event")


def _follow_to_the_end(gw: Gateway, store: ResponseStore, record: ResponseRecord) -> None:
    """Store the response's end whatever its client does, from a thread (a greenlet under gevent) of this
    gateway; if this gateway stops first, the next GET stores it from the replay log."""

    def follow() -> None:
        try:
            _run_to_the_end(gw, store, record)
        except Exception:
            log.exception("lost track of background response %s", record.id)

    threading.Thread(target=follow, name=f"follow-{record.id}", daemon=True).start()


def _current(gw: Gateway, store: ResponseStore, record: ResponseRecord) -> ResponseRecord:
    """A stored response as it stands now: an unfinished one's text so far read from the replay log, and
    its final state stored if the log holds its terminal event."""
    if record.finished:
        return record
    try:
        logged = gw.redis.xrange(events.replay_log_key(record.id))
    except redis.RedisError:
        return record
    rendering = ResponseEvents(dataclasses.replace(record))
    for _, fields in logged:
        event = StreamEvent.from_wire(fields[b"e"], record.id)
        if event.type == events.TOKEN:
            rendering.token(event)
        elif event.is_terminal:
            finished = rendering.finish(event)
            _finish(store, finished)
            return finished
    return dataclasses.replace(record, status=stored.IN_PROGRESS if logged else record.status,
                               output_text="".join(rendering.pieces))


def _last_logged(gw: Gateway, request_id: str) -> StreamEvent | None:
    last = gw.redis.xrevrange(events.replay_log_key(request_id), count=1)
    return StreamEvent.from_wire(last[0][1][b"e"], request_id) if last else None


def _sse(event: protocol.ResponseModel) -> str:
    return f"event: {event.type}\ndata: {protocol.compact_json(event)}\n\n"


def _stream(gw: Gateway, store: ResponseStore, record: ResponseRecord, *, after: int,
            cancel_on_leave: bool) -> Response:
    """The response's events numbered above ``after``, replayed and then live. A reader that leaves before
    the end cancels the generation only with ``cancel_on_leave`` (a non-background create); the end of a
    response is stored by whichever reader sees it."""
    writes = gw.relay.writes.watch(request.environ.get("gunicorn.socket"))
    rendering = ResponseEvents(dataclasses.replace(record))

    def body() -> Iterator[str]:
        finished = False
        try:
            for number, event in rendering.opening():
                if number > after:
                    yield _sse(event)
            for event in _relayed(gw, record, writes):
                if event is HEARTBEAT:
                    yield SSE_HEARTBEAT
                elif event.type == events.TOKEN:
                    number, delta = rendering.token(event)
                    if number > after:
                        yield _sse(delta)
                elif event.is_terminal:
                    closing = rendering.closing(event)
                    finished = True
                    _finish(store, rendering.record)
                    for number, closed in closing:
                        if number > after:
                            yield _sse(closed)
                    return
        finally:
            if not finished and cancel_on_leave:  # the client went away mid-stream: free the engine slot
                try:
                    cancel(gw.redis, gw.settings, record.id)
                except redis.RedisError:
                    log.warning("could not cancel %s after its client left", record.id)
                if record.stored:
                    _follow_to_the_end(gw, store, record)

    response = Response(writes.timed(body()) if writes else body(), mimetype="text/event-stream",
                        headers=SSE_HEADERS)
    response.call_on_close(lambda: gw.relay.writes.forget(writes))
    return response
