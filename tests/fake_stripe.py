"""A local Stripe-compatible HTTP server for the billing tests and benchmark.

It speaks the part of Stripe's API that Sluice uses, as the real ``stripe`` library sends it:

- ``POST /v1/billing/meter_events``: form-encoded ``event_name``, ``identifier``, ``timestamp``,
  ``payload[stripe_customer_id]``, ``payload[value]``. Like Stripe, an identifier it has seen in the last
  24 hours is refused (400, "An event already exists with identifier ...", ``stripe-should-retry:
  false``); after that it is forgotten, and the same identifier is stored and counted again. A timestamp
  older than 35 days or more than 5 minutes ahead is refused.
- ``GET /v1/billing/meters``: the meters it was started with.
- ``GET /v1/billing/meters/{id}/event_summaries``: the sum of a customer's events in
  [start_time, end_time) (minute-aligned, as Stripe requires), whole or per ``value_grouping_window``.

Failures are injected by rate (seeded, for the benchmark) or scripted one by one (for tests):
``error`` (500, nothing stored), ``rate_limit`` (429, nothing stored), ``timeout`` (stored, then the
answer is held past the client's timeout), ``lost_response`` (stored, then a 500: the client will
deliver it again) and ``outage`` (every request 503). ``answers_lost`` models a network that delivers
requests but not answers: every request is handled (stored, or refused as a duplicate), then its answer is
held past the client's timeout.

Its clock (``clock``, unix seconds) can be moved ahead with the tests' own, so that a day passes at once.

In the test process: ``FakeStripe(meters).start()``. As its own process (the benchmark):
``python -m tests.fake_stripe --port 0`` prints its URL, and ``/_fake/state`` and ``/_fake/faults``
read the totals and set the failure rates over HTTP.
"""

from __future__ import annotations

import argparse
import json
import random
import threading
import time
from collections import Counter, defaultdict, deque
from collections.abc import Callable
from dataclasses import asdict, dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qsl, urlsplit

DEFAULT_METERS = {"mtr_input": "sluice_input_tokens", "mtr_output": "sluice_output_tokens"}
MAX_AGE_SECONDS = 35 * 24 * 3600
IDENTIFIER_MEMORY_SECONDS = 24 * 3600  # how long Stripe refuses an identifier it has stored
FAULT_KINDS = ("error", "rate_limit", "timeout", "lost_response")


@dataclass
class FaultRates:
    error: float = 0.0
    rate_limit: float = 0.0
    timeout: float = 0.0
    lost_response: float = 0.0
    outage: bool = False
    answers_lost: bool = False  # every request is handled, and its answer held for ``hold_seconds``
    hold_seconds: float = 2.0  # how long a "timeout" answer is held


@dataclass(frozen=True)
class StoredEvent:
    identifier: str
    event_name: str
    customer: str
    value: int
    timestamp: int


class FakeStripe:
    def __init__(self, meters: dict[str, str] | None = None, faults: FaultRates | None = None,
                 seed: int = 0, clock: Callable[[], float] = time.time) -> None:
        self.meters = dict(meters or DEFAULT_METERS)  # meter id -> event name
        self.faults = faults or FaultRates()
        self.clock = clock
        # Every event stored, by its identifier; one stored again after Stripe forgot it gets "#2", "#3"...
        self.events: dict[str, StoredEvent] = {}
        self._remembered: dict[str, float] = {}  # identifier -> when it was last stored
        self.stats: Counter[str] = Counter()
        self._scripted: deque[str] = deque()
        self._random = random.Random(seed)
        self._lock = threading.Lock()
        self._server: ThreadingHTTPServer | None = None

    # -- control -----------------------------------------------------------------------------------------

    def start(self, port: int = 0) -> str:
        fake = self

        class Handler(_Handler):
            stripe = fake

        self._server = ThreadingHTTPServer(("127.0.0.1", port), Handler)
        self._server.daemon_threads = True
        threading.Thread(target=self._server.serve_forever, args=(0.05,), daemon=True).start()
        return self.url

    @property
    def url(self) -> str:
        assert self._server is not None
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()

    def fail_next(self, kind: str, count: int = 1) -> None:
        """The next ``count`` meter-event requests fail as ``kind`` (one of FAULT_KINDS)."""
        assert kind in FAULT_KINDS, kind
        with self._lock:
            self._scripted.extend([kind] * count)

    def total(self, event_name: str | None = None, customer: str | None = None) -> int:
        with self._lock:
            return sum(e.value for e in self.events.values()
                       if (event_name is None or e.event_name == event_name)
                       and (customer is None or e.customer == customer))

    def state(self) -> dict:
        with self._lock:
            totals: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
            for event in self.events.values():
                totals[event.event_name][event.customer] += event.value
            return {"totals": totals, "events": len(self.events), "stats": dict(self.stats),
                    "faults": asdict(self.faults)}

    # -- the API -----------------------------------------------------------------------------------------

    def create_meter_event(self, form: dict[str, str]) -> tuple[int, dict, float]:
        """Returns (status, body, seconds to hold the answer)."""
        with self._lock:
            self.stats["requests"] += 1
        fault = self._next_fault()
        if fault == "outage":
            return 503, _error("api_error", "Stripe is unavailable (injected outage)."), 0.0
        if fault == "error":
            return 500, _error("api_error", "An unknown error occurred (injected)."), 0.0
        if fault == "rate_limit":
            return 429, _error("invalid_request_error", "Too many requests (injected).", "rate_limit"), 0.0
        identifier = form.get("identifier", "")
        missing = [f for f in ("event_name", "payload[stripe_customer_id]", "payload[value]") if not form.get(f)]
        if missing:
            return 400, _error("invalid_request_error", f"Missing required param: {missing[0]}.", param=missing[0]), 0
        now = int(self.clock())
        timestamp = int(form.get("timestamp") or now)
        if timestamp < now - MAX_AGE_SECONDS or timestamp > now + 300:
            return 400, _error("invalid_request_error", "Timestamp must be within the past 35 calendar days "
                               "and no more than 5 minutes in the future.", param="timestamp"), 0.0
        try:
            value = int(form["payload[value]"])
        except ValueError:
            return 400, _error("invalid_request_error", "payload[value] must be a number.", "payload"), 0.0
        event = StoredEvent(identifier or f"gen_{self._random.getrandbits(64):x}", form["event_name"],
                            form["payload[stripe_customer_id]"], value, timestamp)
        with self._lock:
            stored_at = self._remembered.get(event.identifier)
            if stored_at is not None and now - stored_at < IDENTIFIER_MEMORY_SECONDS:
                self.stats["duplicates_refused"] += 1
                return 400, _error("invalid_request_error",
                                   f"An event already exists with identifier {event.identifier}."), self._lost()
            key, copy = event.identifier, 1
            while key in self.events:
                copy += 1
                key = f"{event.identifier}#{copy}"
            self.events[key] = event
            self._remembered[event.identifier] = now
            self.stats["accepted"] += 1
        body = {"object": "billing.meter_event", "created": now, "event_name": event.event_name,
                "identifier": event.identifier, "livemode": False, "timestamp": timestamp,
                "payload": {"stripe_customer_id": event.customer, "value": str(value)}}
        if fault == "timeout":
            return 200, body, self.faults.hold_seconds
        if fault == "lost_response":
            return 500, _error("api_error", "The event was stored but the answer was lost (injected)."), 0.0
        return 200, body, self._lost()

    def list_meters(self) -> dict:
        data = [{"id": meter_id, "object": "billing.meter", "event_name": name, "display_name": name,
                 "status": "active", "customer_mapping": {"event_payload_key": "stripe_customer_id",
                                                          "type": "by_id"},
                 "default_aggregation": {"formula": "sum"}, "value_settings": {"event_payload_key": "value"},
                 "livemode": False}
                for meter_id, name in self.meters.items()]
        return {"object": "list", "url": "/v1/billing/meters", "has_more": False, "data": data}

    def event_summaries(self, meter_id: str, query: dict[str, str]) -> tuple[int, dict]:
        if meter_id not in self.meters:
            return 404, _error("invalid_request_error", f"No such billing meter: '{meter_id}'", "id")
        for field in ("customer", "start_time", "end_time"):
            if not query.get(field):
                return 400, _error("invalid_request_error", f"Missing required param: {field}.", field)
        start, end = int(query["start_time"]), int(query["end_time"])
        if start % 60 or end % 60:
            return 400, _error("invalid_request_error", "start_time and end_time must be aligned with minute "
                               "boundaries.", "start_time")
        step = {"hour": 3600, "day": 86400}.get(query.get("value_grouping_window", ""), end - start)
        event_name = self.meters[meter_id]
        with self._lock:
            chosen = [e for e in self.events.values() if e.event_name == event_name
                      and e.customer == query["customer"] and start <= e.timestamp < end]
        data = []
        for bucket in range(start, end, max(step, 1)):
            value = sum(e.value for e in chosen if bucket <= e.timestamp < bucket + step)
            data.append({"id": f"mtrusg_{meter_id}_{bucket}", "object": "billing.meter_event_summary",
                         "aggregated_value": float(value), "start_time": bucket,
                         "end_time": min(bucket + step, end), "livemode": False, "meter": meter_id})
        return 200, {"object": "list", "url": f"/v1/billing/meters/{meter_id}/event_summaries",
                     "has_more": False, "data": data}

    def _lost(self) -> float:
        """How long to hold an answer: past the client's timeout while answers are being lost."""
        if self.faults.answers_lost:
            self.stats["answers_lost"] += 1
            return self.faults.hold_seconds
        return 0.0

    def _next_fault(self) -> str | None:
        with self._lock:
            if self.faults.outage:
                self.stats["outage"] += 1
                return "outage"
            if self._scripted:
                kind = self._scripted.popleft()
            else:
                kind = None
                roll = self._random.random()
                for candidate in FAULT_KINDS:
                    rate = getattr(self.faults, candidate)
                    if roll < rate:
                        kind = candidate
                        break
                    roll -= rate
            if kind:
                self.stats[kind] += 1
            return kind


def _error(type_: str, message: str, code: str | None = None, param: str | None = None) -> dict:
    return {"error": {"type": type_, "message": message, "code": code, "param": param}}


class _Handler(BaseHTTPRequestHandler):
    stripe: FakeStripe
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # headers and body are two writes; without this each answer waits 40 ms

    def log_message(self, *args) -> None:  # quiet
        pass

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length).decode()
        path = urlsplit(self.path).path
        if path == "/_fake/faults":
            fields = json.loads(raw or "{}")
            for name, value in fields.items():
                setattr(self.stripe.faults, name, value)
            self._send(200, {"faults": asdict(self.stripe.faults)})
            return
        if not self._authorized():
            return
        if path == "/v1/billing/meter_events":
            status, body, hold = self.stripe.create_meter_event(dict(parse_qsl(raw, keep_blank_values=True)))
            if hold:
                time.sleep(hold)
            headers = {"Stripe-Should-Retry": "false"} if status == 400 else {}
            self._send(status, body, headers)
            return
        self._send(404, _error("invalid_request_error", f"Unrecognized request URL (POST: {path})."))

    def do_GET(self) -> None:
        parts = urlsplit(self.path)
        if parts.path == "/_fake/state":
            self._send(200, self.stripe.state())
            return
        if not self._authorized():
            return
        query = dict(parse_qsl(parts.query))
        if parts.path == "/v1/billing/meters":
            self._send(200, self.stripe.list_meters())
            return
        segments = parts.path.strip("/").split("/")
        if len(segments) == 5 and segments[:3] == ["v1", "billing", "meters"] and segments[4] == "event_summaries":
            status, body = self.stripe.event_summaries(segments[3], query)
            self._send(status, body)
            return
        self._send(404, _error("invalid_request_error", f"Unrecognized request URL (GET: {parts.path})."))

    def _authorized(self) -> bool:
        if self.headers.get("Authorization", "").startswith("Bearer sk_"):
            return True
        self._send(401, _error("invalid_request_error", "Invalid API Key provided."))
        return False

    def _send(self, status: int, body: dict, headers: dict[str, str] | None = None) -> None:
        data = json.dumps(body).encode()
        try:
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.send_header("Request-Id", f"req_fake_{time.monotonic_ns()}")
            for name, value in (headers or {}).items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(data)
        except (BrokenPipeError, ConnectionResetError):  # the client gave up waiting (an injected timeout)
            pass


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    fake = FakeStripe(seed=args.seed)
    print(fake.start(args.port), flush=True)
    try:
        threading.Event().wait()
    except KeyboardInterrupt:
        fake.stop()


if __name__ == "__main__":
    main()
