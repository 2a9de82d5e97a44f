"""The engine interface every backend implements.

An engine is created once per worker process and lives as long as it. Its own loop batches every
in-flight request at every step (continuous batching); callers only submit, read and abort.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterator
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


class Engine(ABC):
    """Submit token ids with sampling parameters, stream new tokens, abort, report stats."""

    @abstractmethod
    def start(self) -> None:
        """Load the model and start the engine loop. Blocks until the engine can take requests."""

    @abstractmethod
    def submit(self, request: GenerationRequest) -> None:
        """Queue ``request``; it joins the running batch at the next step. Raises EngineError if refused."""

    @abstractmethod
    def stream(self, request: GenerationRequest, poll_timeout: float = 1.0) -> Iterator[EngineOutput]:
        """Yield the request's new tokens as steps produce them, until one output carries a finish reason."""

    @abstractmethod
    def abort(self, request_id: str) -> None:
        """Stop generating for ``request_id`` within one step and free its KV cache. Unknown ids are ignored."""

    @abstractmethod
    def stats(self) -> EngineStats:
        """Running and waiting requests, KV cache use, and counters."""

    @abstractmethod
    def shutdown(self) -> None:
        """Stop the engine loop; requests still in flight end with finish reason ``abort``."""

    @property
    @abstractmethod
    def eos_token_ids(self) -> set[int]:
        """Token ids that end a sequence."""
