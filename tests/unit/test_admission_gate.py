"""The gateway's admission gate (api/admission.py) over real HTTP: a threaded WSGI server, a view that
takes its slot as the generation views do (after parsing the body) and concurrent clients. At most
``slots`` requests are between their slot and their queueing at once; a request that fails gives its slot
back; a client still sending its body holds none."""

from __future__ import annotations

import http.client
import socket
import threading
import time

import pytest
from flask import Flask, jsonify, request
from werkzeug.serving import make_server

from api.admission import AdmissionGate, release_admission, take_admission_slot


def gateway(slots: int, hold: float = 0.05):
    """An app whose chat view counts the requests inside it at once, then 'queues' (gives its slot back) and
    answers; a body {"fail": true} fails before queueing."""
    state = {"inside": 0, "most": 0, "order": []}
    lock = threading.Lock()
    app = Flask(__name__)

    @app.post("/v1/chat/completions")
    def chat_completions():
        body = request.get_json()  # the whole body first, as parse_body reads it
        take_admission_slot()
        with lock:
            state["inside"] += 1
            state["most"] = max(state["most"], state["inside"])
            state["order"].append(body["n"])
        try:
            time.sleep(hold)  # tokenizing, the limits, the queue
            if body.get("fail"):
                return jsonify(error="bad request"), 400
        finally:
            with lock:
                state["inside"] -= 1
        release_admission()
        return jsonify(ok=body["n"])

    AdmissionGate(slots).install(app)
    server = make_server("127.0.0.1", 0, app, threaded=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, state


def post(port: int, body: str) -> int:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    connection.request("POST", "/v1/chat/completions", body, {"Content-Type": "application/json"})
    status = connection.getresponse().status
    connection.close()
    return status


def burst(port: int, count: int) -> list[int]:
    statuses = [0] * count

    def send(i: int) -> None:
        statuses[i] = post(port, f'{{"n": {i}}}')

    threads = [threading.Thread(target=send, args=(i,)) for i in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return statuses


@pytest.mark.parametrize("slots, most", [(2, 2), (0, 8)])
def test_at_most_slots_requests_are_admitted_at_once(slots, most):
    server, state = gateway(slots)
    try:
        assert burst(server.port, 8) == [200] * 8
        assert state["most"] == most  # without a gate all eight are inside together
        assert sorted(state["order"]) == list(range(8))
    finally:
        server.shutdown()


def test_a_request_that_fails_before_queueing_gives_its_slot_back():
    server, state = gateway(1)
    try:
        assert [post(server.port, '{"n": 0, "fail": true}') for _ in range(3)] == [400] * 3
        assert post(server.port, '{"n": 1}') == 200  # the slot is free: the failures did not keep it
    finally:
        server.shutdown()


def test_a_client_still_sending_its_body_holds_no_slot():
    server, state = gateway(1)
    slow = socket.create_connection(("127.0.0.1", server.port))
    try:
        # Headers and half the body, then nothing: it waits for its body, not in the gate.
        slow.sendall(b"POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                     b"Content-Length: 8\r\n\r\n{\"n\"")
        time.sleep(0.2)
        started = time.monotonic()
        assert post(server.port, '{"n": 1}') == 200
        assert time.monotonic() - started < 2
        slow.sendall(b": 2}")  # the rest: it is admitted after all
        assert b" 200 " in slow.recv(4096).split(b"\r\n")[0] + b" "
    finally:
        slow.close()
        server.shutdown()


def test_the_chat_view_holds_a_slot_only_until_its_request_is_queued_or_refused(gateway):
    """The real gateway app with a one-slot gate. A request refused after taking the slot (``n`` over the
    maximum) gives it back; so does a queued one that then waits in its view for the whole answer (not
    streamed): the next request gets through while it waits. A slot that leaked would block that one."""
    from sluice.streams import events
    from sluice.streams.events import StreamEvent
    from sluice.streams.publisher import StreamPublisher

    app = gateway.client.application
    default = app.extensions["sluice_admission"]
    app.extensions["sluice_admission"] = AdmissionGate(1)
    body = {"model": "SmolLM2-135M-Instruct", "messages": [{"role": "user", "content": "hi"}]}
    statuses: dict[str, int] = {}

    def send(name: str, **extra) -> threading.Thread:
        def run() -> None:
            statuses[name] = gateway.client.post("/v1/chat/completions", json={**body, **extra},
                                                 headers=gateway.headers(), buffered=False).status_code
        thread = threading.Thread(target=run, daemon=True)
        thread.start()
        return thread

    before = set(gateway.redis.scan_iter(match="sluice:req:*"))
    publisher = StreamPublisher(gateway.redis, replay_ttl_seconds=60, replay_max_events=100)
    try:
        send("refused", n=1000).join(timeout=10)
        assert statuses.get("refused") == 400
        waiting = send("whole answer", stream=False)  # queued, then waits in its view for the answer
        deadline = time.monotonic() + 10
        while not (queued := set(gateway.redis.scan_iter(match="sluice:req:*")) - before):
            assert time.monotonic() < deadline, "the request was never queued"
            time.sleep(0.02)
        streamed = send("streamed", stream=True)
        streamed.join(timeout=10)
        assert statuses.get("streamed") == 200, "a request waited for a slot nobody gave back"
        assert waiting.is_alive()  # still in its view, without the slot
        request_id = min(queued).decode().removeprefix("sluice:req:")
        publisher.publish_and_wait(StreamEvent(request_id, 1, events.ERROR, {"message": "no worker here"}))
        waiting.join(timeout=10)
        assert "whole answer" in statuses
    finally:
        publisher.close()
        app.extensions["sluice_admission"] = default
        gateway.redis.delete("safety", "gpu.SmolLM2-135M-Instruct")  # the queued chains: no worker here
