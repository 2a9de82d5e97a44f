"""A generation worker whose vLLM engine is shared by several front-end processes
(``SLUICE_ENGINE_FRONTENDS`` > 1).

One generation worker process does the per-token work of every request its engine runs: vLLM's output
handling, the stream loop, Celery's consumer. On a fast GPU that one interpreter, not the GPU, sets the
pace. vLLM's own server answers this with several API server processes on one engine core; Sluice does the
same with generation workers. ``sluice worker gpu`` then becomes the engine host: it starts the engine core
(``workers.vllm_backend.SharedEngine``) and one ``sluice worker gpu`` front-end per share, each a whole
generation worker (its Celery consumer, stream loop, publisher and usage writer) that takes its share of the
engine's slots and connects to the core as one of its clients.

The host forwards SIGTERM (and SIGINT) to the front-ends, which drain as any generation worker does, and
stops the engine once they have exited. A front-end that exits on its own, or an engine core that dies,
stops the rest: the host exits non-zero for its supervisor to restart the whole worker, and the requests of
the front-ends that were running are found by the usual liveness records.
"""

from __future__ import annotations

import logging
import os
import signal
import subprocess
import sys
import threading
from collections.abc import Callable
from typing import Protocol

log = logging.getLogger(__name__)

METRICS_PORT_STEP = 100  # front-end i serves its metrics on the worker's port + 100 * i


class Frontend(Protocol):
    index: int

    def to_json(self) -> str: ...


class Engine(Protocol):
    def start(self, start_frontends: Callable[[list], None]) -> None: ...

    def is_alive(self) -> bool: ...

    def shutdown(self) -> None: ...


def frontend_command(frontend: Frontend, metrics_port: int) -> tuple[list[str], dict[str, str]]:
    """The command line and environment of ``frontend``'s generation worker process."""
    port = metrics_port + METRICS_PORT_STEP * frontend.index if metrics_port > 0 else 0
    argv = [sys.executable, "-m", "cli.main", "worker", "gpu", "--metrics-port", str(port)]
    return argv, {**os.environ, "SLUICE_ENGINE_CLIENT": frontend.to_json()}


class EngineHost:
    """Runs ``engine`` and its front-end processes until a signal or a failure ends them (``run``)."""

    def __init__(self, engine: Engine, metrics_port: int, drain_seconds: float,
                 command: Callable[[Frontend, int], tuple[list[str], dict[str, str]]] = frontend_command) -> None:
        self.engine = engine
        self.metrics_port = metrics_port
        self.drain_seconds = drain_seconds
        self.command = command
        self.frontends: list[subprocess.Popen] = []
        self._stop = threading.Event()
        self._lock = threading.RLock()  # stop() also runs in a signal handler, on the thread that may hold it

    def _start_frontends(self, frontends: list[Frontend]) -> None:
        with self._lock:
            if self._stop.is_set():
                return
            for frontend in frontends:
                argv, env = self.command(frontend, self.metrics_port)
                self.frontends.append(subprocess.Popen(argv, env=env))
        log.info("started %d generation worker front-ends: pids %s", len(frontends),
                 [process.pid for process in self.frontends])

    def stop(self) -> None:
        """Have every front-end drain and exit (SIGTERM); ``run`` then stops the engine and returns."""
        with self._lock:
            self._stop.set()
            for process in self.frontends:
                if process.poll() is None:
                    process.send_signal(signal.SIGTERM)

    def run(self, poll_seconds: float = 0.5) -> int:
        """Start the engine and the front-ends, wait until ``stop`` or a failure; 0 after a clean stop,
        1 when a front-end or the engine ended on its own."""
        status = 0
        try:
            self.engine.start(self._start_frontends)
            while not self._stop.wait(poll_seconds):
                ended = [process for process in self.frontends if process.poll() is not None]
                if ended or not self.engine.is_alive():
                    log.error("%s: stopping the other front-ends and the engine",
                              f"front-end pid {ended[0].pid} exited with {ended[0].returncode}" if ended
                              else "the engine core died")
                    status = 1
                    self.stop()
        finally:
            self.stop()
            self._wait_for_frontends()
            self.engine.shutdown()
        return status

    def _wait_for_frontends(self) -> None:
        # A front-end drains within drain_seconds and then exits; one that does not is killed.
        for process in self.frontends:
            try:
                process.wait(self.drain_seconds + 30)
            except subprocess.TimeoutExpired:
                log.error("front-end pid %d did not exit after draining: killed", process.pid)
                process.kill()
                process.wait()


def serve_engine_host(settings, metrics_port: int) -> int:
    """``sluice worker gpu`` with ``engine_frontends`` > 1 on vLLM: the engine core and its front-ends."""
    from sluice.model_files import context_length
    from workers.vllm_backend import SharedEngine

    host = EngineHost(SharedEngine(settings, context_length(settings)), metrics_port, settings.drain_grace_seconds)
    for signum in (signal.SIGTERM, signal.SIGINT):
        signal.signal(signum, lambda *_: host.stop())
    return host.run()
