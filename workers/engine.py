"""The engine interface every backend implements.

An engine is created once per worker process and lives as long as it. Its own loop batches every
in-flight request at every step (continuous batching); callers only submit, read and abort.
"""

from __future__ import annotations

import queue
import threading
import time
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from workers.request import EngineOutput, GenerationRequest


class EngineError(Exception):
    """The engine could not take or finish a request."""


@dataclass(frozen=True)
class EngineStats:
    running: int
    waiting: int
    kv_cache_usage: float | None
    generated_tokens_total: int
    requests_finished_total: int
    # Engine steps whose outputs reached this process since it started: its rate, against the tokens/s, says
    # how long a step takes and how many requests it advances.
    steps_total: int = 0
    # Summed over those steps by a ``StepClock`` (an engine whose core is a process of its own, as vLLM's; 0 for
    # an in-process engine): the engine core's own time from its previous step's outputs to these (idle time included), and how
    # long these outputs waited between the engine core making them and this process taking them. Over the
    # steps' count: the engine's own step time, and the worker's lag behind its engine.
    step_seconds_total: float = 0.0
    output_lag_seconds_total: float = 0.0


class StepClock:
    """The sums behind ``EngineStats.step_seconds_total`` and ``output_lag_seconds_total`` for an engine whose core
    runs in a process of its own and stamps each step's outputs with the host's monotonic clock (shared by its
    processes): ``observe`` each stamp as the outputs are taken."""

    def __init__(self) -> None:
        self.last_stamp = 0.0
        self.step_seconds = 0.0
        self.output_lag_seconds = 0.0

    def observe(self, stamp: float) -> None:
        if self.last_stamp:
            self.step_seconds += max(0.0, stamp - self.last_stamp)
        self.last_stamp = stamp
        self.output_lag_seconds += max(0.0, time.monotonic() - stamp)


class Engine(ABC):
    """Submit token ids with sampling parameters, stream new tokens, abort, report stats."""

    @abstractmethod
    def start(self) -> None:
        """Load the model and start the engine loop. Blocks until the engine can take requests."""

    @abstractmethod
    def submit(self, request: GenerationRequest, inbox: OutputInbox | None = None) -> None:
        """Queue ``request``; it joins the running batch at the next step. Its outputs go to ``inbox``
        (a stream loop's, shared by many requests) or, without one, to ``stream``. Raises EngineError if
        refused."""

    @abstractmethod
    def stream(self, request: GenerationRequest, poll_timeout: float = 1.0) -> Iterator[EngineOutput]:
        """Yield the request's new tokens as steps produce them, until one output carries a finish reason."""

    @abstractmethod
    def abort(self, request_id: str) -> None:
        """Stop generating for ``request_id`` within one step and free its KV cache. Unknown ids are ignored."""

    @abstractmethod
    def stats(self) -> EngineStats:
        """Running and waiting requests, KV cache use, and counters."""

    def is_alive(self) -> bool:
        """False once the engine's loop has died: its requests will never finish."""
        return True

    @abstractmethod
    def shutdown(self) -> None:
        """Stop the engine loop; requests still in flight end with finish reason ``abort``."""

    @property
    @abstractmethod
    def eos_token_ids(self) -> set[int]:
        """Token ids that end a sequence."""


class OutputInbox:
    """The outputs of every request one reader follows (a worker's stream loop), in the order the engine
    made them: the engine puts each as it comes, the reader takes all that are there at once."""

    def __init__(self) -> None:
        self._outputs: list[EngineOutput] = []
        self._ready = threading.Condition()
        self._woken = False

    def put(self, output: EngineOutput) -> None:
        self.put_many([output])

    def put_many(self, outputs: list[EngineOutput]) -> None:
        """Outputs made together (one engine step's) arrive together: their reader takes them in one go."""
        with self._ready:
            was_empty = not self._outputs
            self._outputs.extend(outputs)
            if was_empty and self._outputs:
                self._ready.notify()

    def wake(self) -> None:
        """End the reader's wait now, outputs or not (it has other work: a request to admit)."""
        with self._ready:
            self._woken = True
            self._ready.notify()

    def take(self, timeout: float) -> list[EngineOutput]:
        """Every output waiting now, or the first to come within ``timeout`` seconds with the rest that
        came with it ([] if none did, or if ``wake`` ended the wait)."""
        with self._ready:
            if not self._outputs and not self._woken and timeout > 0:
                self._ready.wait(timeout)
            outputs, self._outputs, self._woken = self._outputs, [], False
        return outputs


class RequestOutputs:
    """Where each submitted request's outputs go: its own queue, kept until its reader has taken the last
    one, or a shared ``OutputInbox``.

    A request can finish before its caller starts reading (a short answer on a GPU takes milliseconds),
    so a finished request keeps its queue until ``close``; one that sends to an inbox is forgotten with
    its terminal output. Nothing is delivered after a request's terminal output: late outputs of an
    aborted request are dropped."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._queues: dict[str, queue.Queue[EngineOutput] | OutputInbox] = {}
        self._finished: set[str] = set()

    def open(self, request_id: str, inbox: OutputInbox | None = None) -> None:
        with self._lock:
            if request_id in self._queues:
                raise EngineError(f"request {request_id} is already running")
            self._queues[request_id] = queue.Queue() if inbox is None else inbox

    def put(self, output: EngineOutput) -> bool:
        """Deliver ``output``; False (and dropped) if its request is unknown or has ended."""
        return self.put_many([output])[0]

    def put_many(self, outputs: list[EngineOutput]) -> list[bool]:
        """``put`` for one step's outputs: those bound for one inbox arrive there together."""
        inboxes: dict[int, tuple[OutputInbox, list[EngineOutput]]] = {}
        delivered = []
        with self._lock:
            for output in outputs:
                outputs_of = self._queues.get(output.request_id)
                if outputs_of is None or output.request_id in self._finished:
                    delivered.append(False)
                    continue
                delivered.append(True)
                if isinstance(outputs_of, OutputInbox):
                    if output.finish_reason is not None:
                        del self._queues[output.request_id]
                    inboxes.setdefault(id(outputs_of), (outputs_of, []))[1].append(output)
                else:
                    if output.finish_reason is not None:
                        self._finished.add(output.request_id)
                    outputs_of.put(output)
            for inbox, batch in inboxes.values():
                inbox.put_many(batch)
        return delivered

    def reader(self, request_id: str) -> queue.Queue[EngineOutput]:
        with self._lock:
            outputs = self._queues.get(request_id)
        if not isinstance(outputs, queue.Queue):
            raise EngineError(f"request {request_id} was not submitted to be streamed")
        return outputs

    def follow(self, request_id: str, *, poll_timeout: float, alive: Callable[[], bool], dead: str,
               abort: Callable[[str], None]) -> Iterator[EngineOutput]:
        """A backend's ``stream``: ``request_id``'s outputs up to its terminal one, or an ``error`` output
        (``dead``) once ``alive()`` says the engine is gone. A reader that stops early aborts the request
        (``abort``); either way the request is forgotten at the end."""
        outputs = self.reader(request_id)
        try:
            while True:
                try:
                    output = outputs.get(timeout=poll_timeout)
                except queue.Empty:
                    if not alive():
                        yield EngineOutput(request_id, [], finish_reason="error", error=dead)
                        return
                    continue
                if output.finish_reason is None:
                    output = self._merge_waiting(output, outputs)
                yield output
                if output.finish_reason is not None:
                    return
        finally:
            if self.is_active(request_id):
                abort(request_id)  # the reader left before the end: stop generating for nobody
            self.close(request_id)

    @staticmethod
    def _merge_waiting(first: EngineOutput, outputs: queue.Queue[EngineOutput]) -> EngineOutput:
        """``first`` joined with every output already waiting behind it, up to and including a terminal one.

        A reader that keeps up gets one step's tokens at a time, as before. One that fell behind (its
        thread waited on a window check, a publish, the GIL) takes the whole backlog in one output, so it
        detokenizes, checks and publishes once for it instead of once per step: the reader's cost per
        token falls exactly when it is the bottleneck."""
        merged = None
        while True:
            try:
                following = outputs.get_nowait()
            except queue.Empty:
                break
            if merged is None:
                merged = list(first.new_token_ids)
            merged.extend(following.new_token_ids)
            if following.finish_reason is not None:
                return EngineOutput(first.request_id, merged, following.finish_reason, following.error)
        if merged is None:
            return first
        return EngineOutput(first.request_id, merged)

    def close(self, request_id: str) -> None:
        """Forget ``request_id``: its reader is done with it (or it was never started)."""
        with self._lock:
            self._queues.pop(request_id, None)
            self._finished.discard(request_id)

    def is_active(self, request_id: str) -> bool:
        """Submitted and not ended yet."""
        with self._lock:
            return request_id in self._queues and request_id not in self._finished

    def active(self) -> list[str]:
        with self._lock:
            return [request_id for request_id in self._queues if request_id not in self._finished]

    def __len__(self) -> int:
        with self._lock:
            return len(self._queues) - len(self._finished)
