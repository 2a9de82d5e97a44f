"""A classifier hosted in a child process of its own.

A generation worker on a CPU runs the engine's forward passes on every core through torch's thread pool.
When the streaming check's classifier ran torch in the same process, from the worker's task threads, the
two pools fought over the cores and the GIL, and the engine's threads lost a large share of their time
(docs/benchmarks.md, serving benchmark). In a child process with its own (by default one-thread) torch
pool the checks cost their CPU time and nothing more.

A check's context (an answer's prompt) is sent as the end that classifiers read of it (``context_tail``),
so a long conversation does not cross the pipe with every window. Concurrent checks share round trips and
forward passes through a ``Coalescer``. A child that dies is started again on the next check; a check that still cannot be
answered raises SafetyError, which the moderator logs while the other classifiers still decide.
"""

from __future__ import annotations

import logging
import multiprocessing
import threading
from collections.abc import Callable
from multiprocessing.connection import Connection

from safety.classifier import Classifier, PreparedContext, SafetyError
from safety.coalesce import Coalescer
from safety.normalize import context_tail
from safety.verdict import Verdict
from sluice.heap import freeze_startup_heap

log = logging.getLogger(__name__)


def _serve(connection: Connection, build: Callable[..., Classifier], options: dict, threads: int) -> None:
    """The child: build the classifier, then answer lists of (text, context) pairs with lists of verdicts
    until the parent closes its end."""
    import torch

    torch.set_num_threads(threads)
    try:
        classifier = build(**options)
    except Exception as exc:
        connection.send(("error", f"{type(exc).__name__}: {exc}"))
        return
    # The first passes of each shape are slow (a GPU's kernels load and tune on first use): pay for them
    # here, before the parent takes requests, not in the first streams' windows.
    for batch in (1, 4, 16):
        classifier.classify_many(["a short warm-up text for the classifier"] * batch)
    freeze_startup_heap("classifier process")
    connection.send(("ready", (str(getattr(classifier, "device", "cpu")), classifier.reads_context)))
    while True:
        try:
            windows = connection.recv()
        except (EOFError, OSError):
            return
        if isinstance(windows, tuple):  # ("context", prompt's end, PreparedContext): kept, not answered
            _, tail, prepared = windows
            try:
                classifier.prepare_context(tail, prepared)
            except Exception:  # optional work: the first window embeds the prompt's end itself
                log.exception("the classifier could not take a prepared context")
            continue
        try:
            connection.send(("ok", classifier.classify_windows(windows)))
        except Exception as exc:  # one bad batch fails its callers, not the child
            connection.send(("error", f"{type(exc).__name__}: {exc}"))


class ProcessClassifier(Classifier):
    """``build(**options)``'s classifier, run in a spawned child with ``threads`` torch threads.
    ``build`` must be importable (a module-level function). Starts the child at once and waits until it
    is ready (up to ``start_timeout`` seconds); raises SafetyError if it cannot start."""

    def __init__(self, name: str, build: Callable[..., Classifier], options: dict, *, threads: int = 1,
                 max_batch: int = 64, start_timeout: float = 300.0) -> None:
        self.name = name
        self._build = build
        self._options = dict(options)
        self._threads = threads
        self._start_timeout = start_timeout
        self._context = multiprocessing.get_context("spawn")  # no fork of a process running threads
        self._lock = threading.Lock()
        self._process: multiprocessing.process.BaseProcess | None = None
        self._connection: Connection | None = None
        self.device: str | None = None  # where the child runs the classifier, once it is ready
        self.reads_context = False  # the child's classifier's, once it is ready
        self.coalescer: Coalescer[tuple[str, str | None], Verdict] = Coalescer(self._classify_batch,
                                                                               max_batch=max_batch)
        with self._lock:
            self._start()

    @property
    def pid(self) -> int | None:
        """The child's process id (None while none runs)."""
        return self._process.pid if self._process is not None else None

    def classify(self, text: str, context: str | None = None) -> Verdict:
        return self.coalescer.submit(self._sent(text, context))

    def classify_windows(self, windows: list[tuple[str, str | None]]) -> list[Verdict]:
        return self._classify_batch([self._sent(text, context) for text, context in windows])

    def classify_many(self, texts: list[str], context: str | None = None) -> list[Verdict]:
        return self.coalescer.submit_many([self._sent(text, context) for text in texts])

    def prepare_context(self, context: str, prepared: PreparedContext | None = None) -> None:
        """The child embeds the prompt's end and keeps it; or, given what the prompt check's classifier
        prepared, takes that (sent without waiting for an answer: the child reads it before the next batch)."""
        if not self.reads_context:
            return
        if prepared is None:
            self.classify("", context)
            return
        with self._lock:
            if self._process is not None and self._process.is_alive():
                try:
                    self._connection.send(("context", context_tail(context), prepared))
                    return
                except (EOFError, OSError):
                    pass
        self.classify("", context)  # a child that is gone is started again by a check

    def _sent(self, text: str, context: str | None) -> tuple[str, str | None]:
        """The pair as it crosses the pipe: no context for a classifier that does not read it."""
        return text, (context_tail(context) if self.reads_context and context is not None else None)

    def close(self) -> None:
        with self._lock:
            self._stop()

    def _classify_batch(self, windows: list[tuple[str, str | None]]) -> list[Verdict]:
        with self._lock:
            for attempt in (1, 2):
                try:
                    if self._process is None or not self._process.is_alive():
                        self._start()
                    self._connection.send(windows)
                    status, payload = self._connection.recv()
                    break
                except (EOFError, OSError) as exc:
                    self._stop()
                    if attempt == 2:
                        raise SafetyError(f"the {self.name} classifier's process does not answer: {exc}") from None
                    log.warning("the %s classifier's process ended (%s); starting it again", self.name, exc)
        if status != "ok":
            raise SafetyError(f"the {self.name} classifier failed: {payload}")
        return payload

    def _start(self) -> None:
        parent_end, child_end = self._context.Pipe()
        process = self._context.Process(target=_serve, name=f"sluice-{self.name}-classifier", daemon=True,
                                        args=(child_end, self._build, self._options, self._threads))
        process.start()
        child_end.close()  # the parent's copy: with it closed, the child's exit shows as EOF here
        if not parent_end.poll(self._start_timeout):
            process.kill()
            raise SafetyError(f"the {self.name} classifier's process was not ready in {self._start_timeout:.0f}s")
        try:
            status, payload = parent_end.recv()
        except (EOFError, OSError):
            process.join(5)
            status, payload = "error", f"it exited with code {process.exitcode}"
        if status != "ready":
            process.kill()
            raise SafetyError(f"the {self.name} classifier's process could not start: {payload}")
        self._process, self._connection = process, parent_end
        self.device, self.reads_context = payload
        log.info("the %s classifier runs in process %d on %s (%d torch threads)", self.name, process.pid,
                 self.device, self._threads)

    def _stop(self) -> None:
        if self._connection is not None:
            self._connection.close()
        if self._process is not None:
            self._process.join(2)
            if self._process.is_alive():
                self._process.kill()
                self._process.join(2)
        self._process, self._connection = None, None
