"""The gateway's admission gate: requests for generation are tokenized and queued a few at a time, in the
order they reached that point.

A gateway process runs every request on its own greenlet, and a greenlet yields at each network call
(the key lookup, the limits, the queue). When a thousand requests arrive at once, all of them advance a
step at a time together, so the first is queued only when nearly all have been tokenized: the engine
waits for the whole burst's intake before its first request, and every request's time to first token
carries all of it. Behind the gate at most ``slots`` of them are between their slot and their queueing;
the rest wait in order, so the first are queued within milliseconds and the engine fills while the
gateway admits the others. The work and its total time are the same.

A view takes a slot (``take_admission_slot``) once the request's body is parsed and its key and request
rate have passed (a slow sender, or a caller over its rate, waits for nobody's slot and holds none), and
gives it back as soon as its task chain is queued (``release_admission``); a request that ends without
queueing gives it back when it ends.
"""

from __future__ import annotations

import threading

from flask import Flask, current_app, g, has_app_context

_EXTENSION = "sluice_admission"


class AdmissionGate:
    """At most ``slots`` requests of this process admitted at once (0: no gate). Under gunicorn's gevent
    worker ``threading`` is gevent's, whose semaphore wakes its waiters in the order they came."""

    def __init__(self, slots: int) -> None:
        self.slots = slots
        self._semaphore = threading.BoundedSemaphore(slots) if slots > 0 else None

    def install(self, app: Flask) -> None:
        app.extensions[_EXTENSION] = self
        app.teardown_request(lambda _error: release_admission())

    def take(self) -> None:
        if self._semaphore is None or "admission_gate" in g:
            return
        self._semaphore.acquire()
        g.admission_gate = self

    def release(self) -> None:
        self._semaphore.release()


def take_admission_slot() -> None:
    """Wait for a slot of this process's gate (in order) and hold it for the current request."""
    gate = current_app.extensions.get(_EXTENSION)
    if gate is not None:
        gate.take()


def release_admission() -> None:
    """Give the current request's slot back: once, and nothing if it holds none."""
    gate = g.pop("admission_gate", None) if has_app_context() else None
    if gate is not None:
        gate.release()
