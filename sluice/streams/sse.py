"""Server-sent events framing of a stream's events (flask-sse's message format)."""

from __future__ import annotations

from flask_sse import Message

from sluice.streams.events import StreamEvent


def sse_message(event: StreamEvent) -> str:
    """The native SSE rendering: the event type as SSE ``event:``, its sequence number as ``id:``, its data
    (with the request id) as the JSON the worker published, relayed without parsing it."""
    return str(Message(event.data_json(), type=event.type, id=event.seq))


def sse_data(payload: str) -> str:
    return f"data: {payload}\n\n"


SSE_HEARTBEAT = ": keep-alive\n\n"
SSE_HEADERS = {"Cache-Control": "no-cache", "X-Accel-Buffering": "no"}
