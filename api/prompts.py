"""The native path for browsers: POST /v1/prompts returns a stream URL that EventSource reads."""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator

import redis
from flask import Blueprint, Response, jsonify, request, url_for

from api import protocol
from api.admission import take_admission_slot
from api.auth import optional_owner, require_owner
from api.errors import InvalidRequest, NotFound
from api.gateway import Gateway
from api.openai import gateway, parse_body
from api.submission import (
    cancel,
    checked_texts,
    may_read,
    refuse_spent_request_rate,
    request_priority,
    stream_owner,
    submit_generation,
)
from sluice.streams import events
from sluice.streams.direct_writer import DirectWriter
from sluice.streams.events import StreamEvent, new_request_id
from sluice.streams.hub import HEARTBEAT
from sluice.streams.sse import SSE_HEADERS, SSE_HEARTBEAT, sse_message

log = logging.getLogger(__name__)

bp = Blueprint("prompts", __name__, url_prefix="/v1")


@bp.post("/prompts")
def create_prompt():
    owner = require_owner()
    body: protocol.PromptRequest = parse_body(protocol.PromptRequest)
    gw = gateway()
    served = gw.catalog.resolve(body.model)
    if (body.messages is None) == (body.prompt is None):
        raise InvalidRequest("Send exactly one of 'messages' or 'prompt'.", param="messages")
    refuse_spent_request_rate(gw.limits, owner, served.model_name)
    take_admission_slot()
    if body.messages is not None:
        prompt_ids = served.chat_prompt(body.messages)
        prompt_text, other_turns = checked_texts(body.messages)
    else:
        served.refuse_control_tokens(body.prompt, "prompt")
        prompt_ids = served.chat_prompt([protocol.ChatMessage(role="user", content=body.prompt)])
        prompt_text, other_turns = body.prompt, []
    submission = submit_generation(
        settings=gw.settings, client=gw.redis, limits=gw.limits, served=served, owner=owner, body=body,
        prompt_ids=prompt_ids, prompt_text=prompt_text, other_turns=other_turns, request_id=new_request_id("prompt"),
        priority=request_priority(),
    )
    stream_url = url_for("prompts.read_stream", request_id=submission.request_id, token=submission.stream_token)
    created = protocol.PromptCreated(id=submission.request_id, model=submission.model, stream_url=stream_url)
    return jsonify(created.model_dump()), 201


@bp.delete("/prompts/<request_id>")
def cancel_prompt(request_id: str):
    owner = require_owner()
    gw = gateway()
    if not may_read(stream_owner(gw.redis, request_id), owner, None):
        raise NotFound(f"No prompt with id '{request_id}'.")
    cancel(gw.redis, gw.settings, request_id)
    return jsonify(protocol.PromptCancelling(id=request_id).model_dump()), 202


@bp.get("/streams/<request_id>")
def read_stream(request_id: str):
    """Server-sent events: ``token`` events, then one of ``done``, ``error``, ``content_filter``,
    ``cancelled``. SSE ids are sequence numbers; ``Last-Event-ID`` resumes after one."""
    gw = gateway()
    meta = stream_owner(gw.redis, request_id)
    if not may_read(meta, optional_owner(), request.args.get("token")):
        raise NotFound(f"No stream with id '{request_id}'.")
    last_id = request.headers.get("Last-Event-ID") or request.args.get("last_event_id") or "0"
    if not (last_id.isascii() and last_id.isdigit() and len(last_id) <= 18):  # int() of '²' or 5000 digits fails
        raise InvalidRequest("Last-Event-ID must be a sequence number.", param="Last-Event-ID")
    after_seq = int(last_id)
    if after_seq:
        last = _last_logged(gw, request_id)
        if last is not None and last.is_terminal and last.seq <= after_seq:
            # The client saw the terminal event; 204 is what tells EventSource to stop reconnecting.
            return Response(status=204)
        if last is None or after_seq > last.seq:
            # Nobody saw an event that was never sent: following from there would drop every real event
            # as already seen until the stream fell silent.
            raise InvalidRequest("Last-Event-ID is past the last event of this stream.", param="Last-Event-ID")
    release_reader = gw.relay.claim_reader(request_id)  # 429 past stream_max_readers
    writer = DirectWriter.for_request(request.environ) if gw.settings.relay_direct_writes else None
    writes = gw.relay.writes.watch(request.environ.get("gunicorn.socket"))
    relayed = gw.limits.settling(meta["customer_id"], request_id, gw.relay.events(
        request_id, after_seq,
        heartbeat_interval=gw.settings.heartbeat_interval,
        silence_timeout=gw.settings.stream_silence_timeout,
        queue_timeout=gw.settings.stream_queue_timeout,
        no_worker_timeout=gw.settings.stream_no_worker_timeout,
        model=meta.get("model"),
        writer=writer,
        writes=writes,
    ))

    def body() -> Iterator[str]:
        readers = events.stream_readers_key(request_id)
        _count_reader(gw, readers, +1)
        finished = False
        try:
            yield "retry: 1000\n\n"
            for event in relayed:
                if event is HEARTBEAT:
                    yield SSE_HEARTBEAT
                    continue
                finished = event.is_terminal
                yield sse_message(event)
        finally:
            _count_reader(gw, readers, -1)
            if not finished:  # the client went away mid-stream: cancel unless it reconnects in time
                _cancel_if_abandoned(gw, request_id)

    streamed = writer.response(body()) if writer else body()
    response = Response(writes.timed(streamed) if writes else streamed, mimetype="text/event-stream",
                        headers=SSE_HEADERS)
    # Run when the server closes the response, whether the body ran to its end, failed or never started.
    response.call_on_close(release_reader)
    response.call_on_close(lambda: gw.relay.writes.forget(writes))
    return response


def _last_logged(gw: Gateway, request_id: str) -> StreamEvent | None:
    """The newest event in the stream's replay log (None: nothing logged yet, or the log is gone)."""
    last = gw.redis.xrevrange(events.replay_log_key(request_id), count=1)
    return StreamEvent.from_json(last[0][1][b"e"]) if last else None


def _count_reader(gw: Gateway, key: str, change: int) -> None:
    try:
        pipe = gw.redis.pipeline(transaction=False)
        pipe.incrby(key, change)
        pipe.expire(key, gw.settings.replay_ttl_seconds)
        pipe.execute()
    except redis.RedisError:  # the count only delays a cancel; the stream itself goes on
        log.warning("could not count the readers of %s", key)


def _cancel_if_abandoned(gw: Gateway, request_id: str) -> None:
    """After the reconnect grace, cancel the generation if no reader (on any gateway) came back."""

    def check() -> None:
        try:
            if int(gw.redis.get(events.stream_readers_key(request_id)) or 0) <= 0:
                cancel(gw.redis, gw.settings, request_id)
        except redis.RedisError:
            log.warning("could not cancel the abandoned stream %s", request_id)

    timer = threading.Timer(gw.settings.stream_reconnect_grace_seconds, check)  # a greenlet under gevent
    timer.daemon = True
    timer.start()
