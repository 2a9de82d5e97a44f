"""Concurrent calls that share one batched computation.

A generation worker checks the windows of every stream it serves, each from its own thread. On a GPU, 128
streams produce thousands of windows a second, and a classifier that embeds them one forward pass at a
time becomes the bottleneck. With a ``Coalescer``, the first caller runs a batch and the callers that
arrive meanwhile wait for the next one, which takes all of them together. A lone call runs at once: nobody
waits for company, so a quiet worker sees no added latency.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Generic, TypeVar

Item = TypeVar("Item")
Result = TypeVar("Result")


class _Call(Generic[Item, Result]):
    __slots__ = ("item", "result", "error", "finished", "wakeup")

    def __init__(self, item: Item) -> None:
        self.item = item
        self.result: Result | None = None
        self.error: Exception | None = None
        self.finished = False
        self.wakeup = threading.Event()  # set when answered, or when handed the lead


class Coalescer(Generic[Item, Result]):
    """``submit(item)`` returns ``run_batch([..., item, ...])``'s result for ``item``.

    One caller at a time runs batches (the leader), oldest calls first, at most ``max_batch`` per batch. It
    stops once its own call is answered and hands the lead to the oldest call still waiting. So every
    caller gets its answer after at most the batches ahead of it, and no thread runs batches for others
    forever. An exception from ``run_batch`` is raised in every caller of that batch."""

    def __init__(self, run_batch: Callable[[list[Item]], list[Result]], max_batch: int = 64) -> None:
        if max_batch < 1:
            raise ValueError("max_batch must be at least 1")
        self._run_batch = run_batch
        self.max_batch = max_batch
        self._lock = threading.Lock()
        self._waiting: list[_Call[Item, Result]] = []
        self._busy = False
        self.batches = 0  # how many times run_batch ran
        self.items = 0  # how many items it was given in all

    @property
    def waiting(self) -> int:
        """Calls not yet taken into a batch."""
        with self._lock:
            return len(self._waiting)

    def submit(self, item: Item) -> Result:
        call: _Call[Item, Result] = _Call(item)
        with self._lock:
            self._waiting.append(call)
            leads = not self._busy
            self._busy = True
        if not leads:
            call.wakeup.wait()
        if not call.finished:  # this call leads now: run batches until it is answered
            while not call.finished:
                self._run_next_batch()
            self._hand_over()
        if call.error is not None:
            raise call.error
        return call.result

    def submit_many(self, items: list[Item]) -> list[Result]:
        """``submit`` for several items at once: they queue together (batched with whatever else waits)
        and the results come back in order. The first exception raised for any of them is raised."""
        calls: list[_Call[Item, Result]] = [_Call(item) for item in items]
        if not calls:
            return []
        with self._lock:
            self._waiting.extend(calls)
            leads = not self._busy
            self._busy = True
        if leads:
            calls[0].wakeup.set()
        for call in calls:
            call.wakeup.wait()
            if not call.finished:  # handed the lead: run batches until every call of this caller is answered
                while not all(c.finished for c in calls):
                    self._run_next_batch()
                self._hand_over()
                break
        for call in calls:
            if call.error is not None:
                raise call.error
        return [call.result for call in calls]

    def _run_next_batch(self) -> None:
        with self._lock:
            batch = self._waiting[: self.max_batch]
            del self._waiting[: self.max_batch]
        try:
            results = self._run_batch([c.item for c in batch])
            if len(results) != len(batch):
                raise RuntimeError(f"run_batch returned {len(results)} results for {len(batch)} items")
        except Exception as exc:  # every caller of the batch gets it
            results, error = [None] * len(batch), exc
        else:
            error = None
        self.batches += 1
        self.items += len(batch)
        for c, result in zip(batch, results, strict=True):
            c.result, c.error, c.finished = result, error, True
            c.wakeup.set()

    def _hand_over(self) -> None:
        with self._lock:
            if not self._waiting:
                self._busy = False
                return
            successor = self._waiting[0]
        successor.wakeup.set()  # not answered yet, so it wakes up leading
