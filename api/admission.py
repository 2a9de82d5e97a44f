"""The gateway's admission gate: requests for generation are tokenized and queued a few at a time, in the
order their bodies arrived.

A gateway process runs every request on its own greenlet, and a greenlet yields at each network call
(the key lookup, the limits, the queue). When a thousand requests arrive at once, all of them advance a
step at a time together, so the first is queued only when nearly all have been tokenized: the engine
waits for the whole burst's intake before its first request, and every request's time to first token
carries all of it. Behind the gate at most ``slots`` of them are between their complete body and their
queueing; the rest wait in arrival order, so the first are queued within milliseconds and the engine fills
while the gateway admits the others. The work and its total time are the same.

A request takes a slot only once its whole body is read (a slow sender waits without one) and gives it
back as soon as its task chain is queued (``release``), or when the request ends without queueing.
"""

from __future__ import annotations

import threading

from flask import Flask, g, has_app_context, request

# The views that tokenize a prompt and queue a generation.
GENERATION_ENDPOINTS = frozenset({"openai.chat_completions", "openai.completions", "responses.create_response",
                                  "prompts.create_prompt"})


class AdmissionGate:
    """At most ``slots`` requests of this process admitted at once (0: no gate). Under gunicorn's gevent
    worker ``threading`` is gevent's, whose semaphore wakes its waiters in the order they came."""

    def __init__(self, slots: int) -> None:
        self.slots = slots
        self._semaphore = threading.BoundedSemaphore(slots) if slots > 0 else None

    def install(self, app: Flask) -> None:
        app.before_request(self._enter)
        app.teardown_request(lambda _error: release_admission())

    def _enter(self) -> None:
        if self._semaphore is None or request.endpoint not in GENERATION_ENDPOINTS:
            return
        request.get_data(cache=True)  # the whole body, before a slot is taken
        self._semaphore.acquire()
        g.admission_gate = self

    def _release(self) -> None:
        self._semaphore.release()


def release_admission() -> None:
    """Give the current request's slot back: once, and nothing if it holds none."""
    gate = g.pop("admission_gate", None) if has_app_context() else None
    if gate is not None:
        gate._release()
