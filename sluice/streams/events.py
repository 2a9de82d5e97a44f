"""The stream event schema shared by workers (who publish) and the gateway (who relays), and the Redis
names both use.

A stream is the sequence of events of one request: ``token`` events, then exactly one terminal event.
Each event carries the request id and a sequence number starting at 1 (SSE ``id:``), so a reader that
joins late or reconnects can ask for everything after the last number it saw.
"""

from __future__ import annotations

import json
import secrets
from typing import Any

TOKEN = "token"
DONE = "done"
ERROR = "error"
CONTENT_FILTER = "content_filter"
CANCELLED = "cancelled"
TERMINAL_TYPES = frozenset({DONE, ERROR, CONTENT_FILTER, CANCELLED})

CANCEL_CHANNEL = "sluice:cancel"

# The ``origin`` of a terminal event that a gateway made itself (a stream silent too long, a request no
# worker took, events Redis lost): it ends the client's stream, not the generation, which the gateway
# cancels; the worker's own terminal event, with the usage, still lands in the replay log.
GATEWAY_ORIGIN = "gateway"


def new_request_id(prefix: str = "req") -> str:
    """An unguessable request id (128 random bits)."""
    return f"{prefix}-{secrets.token_urlsafe(16)}"


def channel_name(request_id: str) -> str:
    """Redis pub/sub channel for live delivery of one request's events."""
    return f"sluice:live:{request_id}"


def replay_log_key(request_id: str) -> str:
    """Redis Stream holding every event of one request, for late and reconnecting readers."""
    return f"sluice:log:{request_id}"


def request_meta_key(request_id: str) -> str:
    """Redis hash with the request's owner and model, read by the gateway for access checks."""
    return f"sluice:req:{request_id}"


def stream_readers_key(request_id: str) -> str:
    """How many clients read a request's native stream now, across every gateway process."""
    return f"sluice:readers:{request_id}"


def cancel_flag_key(request_id: str) -> str:
    """Set when a request is cancelled, so a worker that picks the task up later skips it."""
    return f"sluice:cancelled:{request_id}"


def worker_registry_key(model_name: str) -> str:
    """Sorted set of the live workers serving a model, each scored by the time its presence expires."""
    return f"sluice:workers:{model_name}"


def worker_stats_key(model_name: str, worker_id: str) -> str:
    """Expiring hash with one worker's engine stats."""
    return f"sluice:worker-stats:{model_name}:{worker_id}"


class StreamEvent:
    """One event of a request's stream.

    Its wire form (``to_json``) is ``{"data": {...}, "type": ..., "id": seq}``, the shape flask-sse
    publishes. An event read off the wire (``from_wire``) keeps that text and parses its data only when
    asked: the gateway relays most events by sequence number and type alone.
    """

    __slots__ = ("request_id", "seq", "type", "_data", "_wire_data")

    def __init__(self, request_id: str, seq: int, type: str, data: dict[str, Any] | None = None) -> None:
        self.request_id = request_id
        self.seq = seq
        self.type = type
        self._data = {} if data is None else data
        self._wire_data: str | None = None  # the data object's JSON, request_id included, as received

    @property
    def data(self) -> dict[str, Any]:
        if self._data is None:
            data = json.loads(self._wire_data)
            data.pop("request_id", None)
            self._data = data
        return self._data

    @property
    def is_terminal(self) -> bool:
        return self.type in TERMINAL_TYPES

    @property
    def made_by_gateway(self) -> bool:
        """A terminal event a gateway made (see ``GATEWAY_ORIGIN``), not the worker's."""
        return self.type == ERROR and self.data.get("origin") == GATEWAY_ORIGIN

    def data_json(self) -> str:
        """The data (with the request id) as compact JSON: the received text itself when there is one."""
        if self._wire_data is None:
            self._wire_data = json.dumps({**self._data, "request_id": self.request_id}, separators=(",", ":"))
        return self._wire_data

    def to_json(self) -> str:
        return f'{{"data":{self.data_json()},"type":{json.dumps(self.type)},"id":{int(self.seq)}}}'

    @classmethod
    def from_json(cls, raw: str | bytes) -> StreamEvent:
        payload = json.loads(raw)
        data = dict(payload["data"])
        request_id = data.pop("request_id")
        return cls(request_id=request_id, seq=int(payload["id"]), type=payload["type"], data=data)

    @classmethod
    def from_wire(cls, raw: bytes, request_id: str) -> StreamEvent:
        """The event ``to_json`` wrote, for a reader that knows its request id: the sequence number and type
        are read from the text's tail, the data is left unparsed until asked for."""
        head, found, tail = raw.rpartition(b',"type":"')
        if not found or not head.startswith(b'{"data":'):
            return cls.from_json(raw)  # written by something other than to_json: parse it all
        event = cls(request_id, int(tail[tail.rindex(b":") + 1:-1]), tail[:tail.index(b'"')].decode())
        event._data = None
        event._wire_data = head[8:].decode()
        return event

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, StreamEvent):
            return NotImplemented
        return (self.request_id, self.seq, self.type, self.data) == (other.request_id, other.seq, other.type,
                                                                     other.data)

    __hash__ = None  # mutable cache inside; events are compared, never hashed

    def __repr__(self) -> str:
        return f"StreamEvent({self.request_id!r}, {self.seq}, {self.type!r}, {self.data!r})"
