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
    presence_penalty: float = 0.0
    frequency_penalty: float = 0.0
    repetition_penalty: float = 1.0
    logit_bias: tuple[tuple[int, float], ...] = ()  # (token id, bias added to its logit)
    min_tokens: int = 0  # end-of-sequence tokens are masked until this many tokens were generated
    logprobs: int | None = None  # None: none; k: the chosen token's log probability and the k most likely
    # The grammar the output must follow (workers/grammar.py): {"json_schema": {...}}, {"json_object": True}
    # or {"lark": "..."}; None: free text.
    structured: dict | None = None

    @property
    def greedy(self) -> bool:
        """Whether the most likely token is always taken: temperature 0, top-k 1, or a temperature so small
        (a client may send 5e-324) that dividing the logits by it overflows them to infinity, which left
        transformers' sampler with NaN probabilities and stopped the engine for every request."""
        return self.temperature < GREEDY_TEMPERATURE or self.top_k == 1

    @property
    def shapes_logits(self) -> bool:
        """Whether anything but temperature, top-k, top-p and the seed decides this request's tokens."""
        return bool(self.presence_penalty or self.frequency_penalty or self.repetition_penalty != 1.0
                    or self.logit_bias or self.min_tokens or self.logprobs is not None or self.structured)

    @classmethod
    def from_dict(cls, raw: dict) -> SamplingParams:
        return cls(
            max_tokens=int(raw.get("max_tokens", 256)),
            temperature=float(raw.get("temperature", 1.0)),
            top_p=float(raw.get("top_p", 1.0)),
            top_k=int(raw.get("top_k", 0)),
            stop=tuple(raw.get("stop") or ()),
            seed=raw.get("seed"),
            presence_penalty=float(raw.get("presence_penalty") or 0.0),
            frequency_penalty=float(raw.get("frequency_penalty") or 0.0),
            repetition_penalty=float(raw.get("repetition_penalty") or 1.0),
            logit_bias=tuple((int(token), float(bias)) for token, bias in (raw.get("logit_bias") or {}).items()),
            min_tokens=int(raw.get("min_tokens") or 0),
            logprobs=None if raw.get("logprobs") is None else int(raw["logprobs"]),
            structured=raw.get("structured") or None,
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
class TokenLogprob:
    """A generated token's log probability under the model (before any sampling parameter shaped it), and
    the most likely tokens' at that position as (token id, log probability), most likely first."""

    token_id: int
    logprob: float
    top: tuple[tuple[int, float], ...] = ()


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
    logprobs: list[TokenLogprob] | None = None  # one per new token, for a request that asked for them
