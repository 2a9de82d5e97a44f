"""The one request object that flows through the engine, the generation loop and the publisher."""

from __future__ import annotations

import time
from dataclasses import dataclass, field

# Below this temperature a request is decoded greedily (the distribution is a point mass on the argmax to
# within float32 anyway); vLLM draws the same line.
GREEDY_TEMPERATURE = 1e-5


@dataclass(frozen=True)
class SamplingParams:
    """How to pick each next token. ``temperature == 0`` means greedy (deterministic)."""

    max_tokens: int = 256
    temperature: float = 1.0
    top_p: float = 1.0
    top_k: int = 0  # 0: no top-k cut
    stop: tuple[str, ...] = ()
    seed: int | None = None

    @property
    def greedy(self) -> bool:
        """Whether the most likely token is always taken: temperature 0, top-k 1, or a temperature so small
        (a client may send 5e-324) that dividing the logits by it overflows them to infinity, which left
        transformers' sampler with NaN probabilities and stopped the engine for every request."""
        return self.temperature < GREEDY_TEMPERATURE or self.top_k == 1

    @classmethod
    def from_dict(cls, raw: dict) -> SamplingParams:
        return cls(
            max_tokens=int(raw.get("max_tokens", 256)),
            temperature=float(raw.get("temperature", 1.0)),
            top_p=float(raw.get("top_p", 1.0)),
            top_k=int(raw.get("top_k", 0)),
            stop=tuple(raw.get("stop") or ()),
            seed=raw.get("seed"),
        )


@dataclass
class GenerationRequest:
    """A prompt (as token ids) submitted to an engine, and what has come of it so far."""

    request_id: str
    prompt_token_ids: list[int]
    sampling: SamplingParams
    output_token_ids: list[int] = field(default_factory=list)
    finish_reason: str | None = None
    submitted_at: float = field(default_factory=time.monotonic)
    first_token_at: float | None = None
    finished_at: float | None = None

    @property
    def time_to_first_token(self) -> float | None:
        return None if self.first_token_at is None else self.first_token_at - self.submitted_at


@dataclass(frozen=True)
class EngineOutput:
    """New tokens of one request from one or more engine steps; ``finish_reason`` set on the last one.

    finish_reason: ``stop`` (end-of-sequence token), ``length`` (max_tokens), ``abort`` (aborted), or
    ``error`` (the engine failed the request; ``error`` says why).
    """

    request_id: str
    new_token_ids: list[int]
    finish_reason: str | None = None
    error: str | None = None
