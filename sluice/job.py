"""The generation job: what the gateway sends through the Celery chain (prompt check, then generation) and
what the workers read. It travels as JSON (``to_wire``); ``from_wire`` reads it back."""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any

from sluice.queues import BATCH, INTERACTIVE


@dataclass(frozen=True)
class GenerationJob:
    request_id: str
    model: str
    prompt_token_ids: list[int]
    # The engine's sampling parameters as a dict (workers.request.SamplingParams.from_dict reads it).
    sampling: dict[str, Any] = field(default_factory=dict)
    # What the safety checks read; never logged. ``prompt_text`` is the request's user turns, one per line
    # (a harm split across turns is read whole; an answer is judged together with it); ``other_turns`` are
    # the texts of its other turns (system, developer, assistant, tool), which the prompt check reads each
    # on its own, so that an instruction or a pasted document does not change how the user's words score.
    prompt_text: str = ""
    other_turns: list[str] = field(default_factory=list)
    # What the prompt check's classifiers worked out of the prompt for judging its answer, by classifier
    # name (safety.classifier.PreparedContext's wire form): the generation worker's take it instead of
    # working it out again.
    answer_contexts: dict[str, dict] = field(default_factory=dict)
    customer_id: int | None = None
    api_key_id: int | None = None
    created: int = 0  # unix seconds, as the response's ``created``
    priority: str = INTERACTIVE  # or BATCH: its own queues, and a bounded share of a worker's slots
    submitted_at: float | None = None  # wall-clock time the gateway queued it; latency metrics count from it
    n: int = 1  # choices: n engine requests sharing the prompt, streamed on one channel

    def __post_init__(self) -> None:
        if self.priority not in (INTERACTIVE, BATCH):
            raise ValueError(f"unknown priority {self.priority!r}")

    @property
    def is_batch(self) -> bool:
        return self.priority == BATCH

    def to_wire(self) -> dict[str, Any]:
        """The job as a dict of its fields. The values are the job's own, not copies (``asdict`` would copy a
        long prompt's token list element by element on every request): the wire form is serialized, never
        changed in place."""
        return {name: getattr(self, name) for name in _FIELD_NAMES}

    @classmethod
    def from_wire(cls, wire: dict[str, Any]) -> GenerationJob:
        """Reads what ``to_wire`` wrote; keys it does not know are ignored (a newer gateway may add some).
        Raises KeyError or TypeError for a message that is not a job."""
        known = {f.name for f in fields(cls)}
        values = {name: value for name, value in wire.items() if name in known}
        values["priority"] = values.get("priority") or INTERACTIVE
        return cls(**values)

    def __repr__(self) -> str:  # a job's repr never shows its prompt
        return f"GenerationJob({self.request_id!r}, model={self.model!r}, priority={self.priority!r})"


_FIELD_NAMES = tuple(f.name for f in fields(GenerationJob))
