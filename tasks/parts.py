"""What a worker process's tasks work with. The process's assembly (cli/assembly.py) builds these from
the settings and hands them to the Celery app before the worker takes a task."""

from __future__ import annotations

from dataclasses import dataclass

from billing.ledger import UsageLedger
from billing.usage_journal import DurableUsageWriter
from safety.moderator import Moderator
from sluice.streams.publisher import StreamPublisher
from workers.runtime import WorkerRuntime
from workers.stream_loop import StreamLoop


@dataclass(frozen=True)
class PromptCheckParts:
    """A safety worker's: the moderator (prompt stage, decisions recorded in its audit log; None when its
    classifiers could not load, ``failure`` saying why: every prompt then ends with an error, unchecked
    prompts never reach a GPU), the publisher that ends a refused request's stream, and the durable usage
    writer that bills /v1/moderations."""

    moderator: Moderator | None
    publisher: StreamPublisher
    usage: DurableUsageWriter
    failure: str = ""


@dataclass(frozen=True)
class GenerationParts:
    """A generation worker's: its runtime (engine, tokenizer, publisher, admission), the stream loop that
    does every request's per-token work (with the streaming check's moderator; without one, every stream
    ends with an error), and the usage ledger."""

    runtime: WorkerRuntime
    loop: StreamLoop
    ledger: UsageLedger
