"""A small SSE reader for tests: events with the time each arrived at the client."""

from __future__ import annotations

import json
import time
from dataclasses import dataclass, field

import requests


@dataclass
class SseEvent:
    data: str
    event: str = "message"
    id: str | None = None
    arrived: float = field(default_factory=time.monotonic)

    def json(self):
        return json.loads(self.data)


def read_events(response: requests.Response):
    """Yield each SSE event of a streamed response as it arrives (comments are skipped)."""
    data_lines: list[str] = []
    event_type = "message"
    event_id = None
    for raw in response.iter_lines(chunk_size=1, decode_unicode=True):
        line = raw if isinstance(raw, str) else raw.decode()
        if line == "":
            if data_lines:
                yield SseEvent("\n".join(data_lines), event_type, event_id)
            data_lines, event_type, event_id = [], "message", None
            continue
        if line.startswith(":"):
            continue
        name, _, value = line.partition(":")
        value = value[1:] if value.startswith(" ") else value
        if name == "data":
            data_lines.append(value)
        elif name == "event":
            event_type = value
        elif name == "id":
            event_id = value
