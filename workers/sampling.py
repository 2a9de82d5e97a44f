"""Sampling for transformers' continuous batching on a CPU: top-k and top-p that only touch the rows that ask
for them, and per-request seeds.

transformers' per-request warpers sort the whole vocabulary of every row at every step, top-k and top-p each:
for a greedy request (top-k 1, top-p 1) and for one that leaves top-k unset, that work changes nothing. On a
CPU it was an eighth of a decode step at eight requests (py-spy). These subclasses give the same scores:
top-k takes the k-th largest score with ``torch.topk`` on the rows whose k is below the vocabulary size,
top-p runs transformers' own computation on the rows whose p is below 1, and every other row passes as it is.

transformers samples every request of a step from one shared generator, so a request's ``seed`` would change
nothing. ``SeededSampling``, the last processor, draws a seeded request's token from a generator seeded by
the request's seed and the token's position, and leaves the row with that token only, which transformers'
own draw then takes: the same seed gives the same answer whatever else shares the batch.

Penalties, logit bias, min_tokens, grammars and logprobs are per request too, and most requests use none of
them: ``ShapeLogits`` (first, on the raw logits, as vLLM applies them) and ``RecordLogprobs`` (last) touch
only the rows of requests registered in a ``RequestControls`` table, one row at a time.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass, field

import torch
from transformers.generation.continuous_batching import cb_logits_processors as cb

from workers.grammar import Matcher
from workers.request import SamplingParams, TokenLogprob

log = logging.getLogger(__name__)


class RowSelectiveTopK(cb.ContinuousBatchingTopKLogitsWarper):
    def __call__(self, scores: torch.Tensor, tensor_arg: torch.Tensor) -> torch.Tensor:
        top_k = tensor_arg[: scores.size(0)].to(torch.int64)
        rows = (top_k < scores.size(-1)).nonzero().squeeze(-1)
        if rows.numel() == 0:
            return scores
        k = top_k[rows]
        selected = scores[rows]
        kth_largest = torch.topk(selected, int(k.max()), dim=-1).values.gather(-1, (k - 1).unsqueeze(-1))
        scores = scores.clone()
        scores[rows] = selected.masked_fill(selected < kth_largest, self.filter_value)
        return scores


class RowSelectiveTopP(cb.ContinuousBatchingTopPLogitsWarper):
    def __call__(self, scores: torch.Tensor, tensor_arg: torch.Tensor) -> torch.Tensor:
        top_p = tensor_arg[: scores.size(0)].view(dtype=torch.float32)
        rows = (top_p < 1.0).nonzero().squeeze(-1)
        if rows.numel() == 0:
            return scores
        if rows.numel() == scores.size(0):
            return super().__call__(scores, tensor_arg)
        scores = scores.clone()
        scores[rows] = super().__call__(scores[rows], tensor_arg[rows])
        return scores


NO_SEED = -1


def position_seed(seed: int, position: int) -> int:
    """A 31-bit seed for drawing token ``position`` of a request seeded with ``seed`` (a 64-bit mix of both)."""
    mixed = ((seed & 0xFFFFFFFFFFFFFFFF) * 0x9E3779B97F4A7C15 + (position + 1) * 0xBF58476D1CE4E5B9) & 0xFFFFFFFFFFFFFFFF
    mixed ^= mixed >> 31
    return (mixed * 0x94D049BB133111EB >> 33) & 0x7FFFFFFF


class SeededSampling(cb.ContinuousBatchingLogitsProcessor):
    supported_kwargs: dict[str, type] = {"seed": int}
    ignored_kwargs: tuple[str, ...] = ()

    def fill_defaults(self, int32_tensor: torch.Tensor) -> None:
        int32_tensor.fill_(NO_SEED)

    def prepare_tensor_args(self, requests_with_new_token) -> torch.Tensor:
        seeds = []
        for request in requests_with_new_token:
            seed = request.state.logit_processor_kwargs.get("seed")
            seeds.append(NO_SEED if seed is None else position_seed(seed, len(request.state.generated_tokens)))
        return torch.tensor(seeds, dtype=torch.int32, device="cpu")

    def __call__(self, scores: torch.Tensor, tensor_arg: torch.Tensor) -> torch.Tensor:
        seeds = tensor_arg[: scores.size(0)]
        rows = (seeds != NO_SEED).nonzero().squeeze(-1).tolist()
        if not rows:
            return scores
        scores = scores.clone()
        for row in rows:
            generator = torch.Generator(device=scores.device).manual_seed(int(seeds[row]))
            token = torch.multinomial(scores[row].softmax(-1), 1, generator=generator)
            scores[row].fill_(float("-inf"))
            scores[row, token] = 0.0
        return scores


@dataclass
class RequestControl:
    """What shapes one request's logits beyond temperature, top-k and top-p, and the logprobs recorded for
    its tokens (read by the engine's dispatcher: one per generated token, in order)."""

    sampling: SamplingParams
    prompt_token_ids: list[int]
    eos_token_ids: tuple[int, ...]
    matcher: Matcher | None = None
    recorded: list[TokenLogprob] = field(default_factory=list)
    _step_logprobs: torch.Tensor | None = None
    _prompt_ids: torch.Tensor | None = None
    _bias: tuple[torch.Tensor, torch.Tensor] | None = None

    def shape(self, row: torch.Tensor, generated: list[int]) -> torch.Tensor:
        """``row`` (the raw logits of this request's next token) with its logprobs kept for recording and
        every control applied: penalties on the tokens generated so far (repetition also on the prompt's),
        logit bias, end-of-sequence masked before min_tokens, and the grammar's mask."""
        sampling = self.sampling
        if sampling.logprobs is not None:
            self._step_logprobs = torch.log_softmax(row, dim=-1)
        if sampling.repetition_penalty != 1.0:
            if self._prompt_ids is None:
                self._prompt_ids = torch.tensor(self.prompt_token_ids, dtype=torch.long)
            seen = torch.cat([self._prompt_ids, torch.tensor(generated, dtype=torch.long)]).unique()
            scores = row[seen]
            row[seen] = torch.where(scores > 0, scores / sampling.repetition_penalty,
                                    scores * sampling.repetition_penalty)
        if generated and (sampling.frequency_penalty or sampling.presence_penalty):
            counts = torch.bincount(torch.tensor(generated, dtype=torch.long), minlength=row.size(-1))[: row.size(-1)]
            row -= sampling.frequency_penalty * counts + sampling.presence_penalty * (counts > 0)
        if sampling.logit_bias:
            if self._bias is None:
                ids, values = zip(*sampling.logit_bias, strict=True)
                self._bias = (torch.tensor(ids, dtype=torch.long), torch.tensor(values, dtype=row.dtype))
            row.index_add_(0, *self._bias)
        if len(generated) < sampling.min_tokens and self.eos_token_ids:
            row[list(self.eos_token_ids)] = float("-inf")
        if self.matcher is not None:
            self.matcher.follow(generated)
            allowed = self.matcher.allowed()[: row.size(-1)]
            row.masked_fill_(~allowed, float("-inf"))
        if not torch.isfinite(row).any() and self.eos_token_ids:
            # Nothing left (min_tokens against a complete grammar, a grammar in error): end the sequence.
            row[list(self.eos_token_ids)] = 0.0
        return row

    def record(self, token_id: int) -> None:
        """The chosen token of this step, with the logprobs its row had before any shaping."""
        logprobs, self._step_logprobs = self._step_logprobs, None
        if logprobs is None:
            return
        top = ()
        if self.sampling.logprobs:
            values, ids = torch.topk(logprobs, self.sampling.logprobs)
            top = tuple(zip(ids.tolist(), values.tolist(), strict=True))
        self.recorded.append(TokenLogprob(token_id, float(logprobs[token_id]), top))


class RequestControls:
    """The controls of the requests that have any, by request id: the engine registers a request before it
    joins the batch and drops it when it ends; the processors read it in the engine's loop."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._controls: dict[str, RequestControl] = {}

    def register(self, request_id: str, control: RequestControl) -> None:
        with self._lock:
            self._controls[request_id] = control

    def drop(self, request_id: str) -> None:
        with self._lock:
            self._controls.pop(request_id, None)

    def get(self, request_id: str) -> RequestControl | None:
        with self._lock:
            return self._controls.get(request_id)

    def of_rows(self, requests_with_new_token) -> list[tuple[int, RequestControl, list[int]]]:
        """(row, control, tokens generated so far) of each row of a step whose request has controls."""
        with self._lock:
            if not self._controls:
                return []
            return [(row, control, request.state.generated_tokens)
                    for row, request in enumerate(requests_with_new_token)
                    if (control := self._controls.get(request.state.request_id)) is not None]

    def __bool__(self) -> bool:
        with self._lock:
            return bool(self._controls)


class _ControlledRows(cb.ContinuousBatchingLogitsProcessor):
    """Remembers, when a step's batch is prepared, which of its rows have controls (the step's logits are
    processed right after, in the same thread: the CPU path has no asynchronous batching)."""

    supported_kwargs: dict[str, type] = {}
    ignored_kwargs: tuple[str, ...] = ()

    def __init__(self, controls: RequestControls) -> None:
        self.controls = controls
        self.rows: list[tuple[int, RequestControl, list[int]]] = []

    def fill_defaults(self, int32_tensor: torch.Tensor) -> None:
        int32_tensor.fill_(0)

    def prepare_tensor_args(self, requests_with_new_token) -> torch.Tensor:
        self.rows = self.controls.of_rows(requests_with_new_token)
        return torch.zeros(len(requests_with_new_token), dtype=torch.int32)


class ShapeLogits(_ControlledRows):
    """First processor: logprobs kept, then penalties, bias, min_tokens and the grammar, row by row."""

    def __call__(self, scores: torch.Tensor, tensor_arg: torch.Tensor) -> torch.Tensor:
        if not self.rows:
            return scores
        scores = scores.clone()
        for row, control, generated in self.rows:
            scores[row] = control.shape(scores[row], generated)
        return scores


class RecordLogprobs(_ControlledRows):
    """Last processor: draws the token of each row whose request wants logprobs (from the distribution
    the other processors left, as transformers' own draw would) and records its logprobs; the row then
    holds that token only, which transformers' draw takes."""

    def __call__(self, scores: torch.Tensor, tensor_arg: torch.Tensor) -> torch.Tensor:
        rows = [(row, control) for row, control, _ in self.rows if control.sampling.logprobs is not None]
        if not rows:
            return scores
        scores = scores.clone()
        for row, control in rows:
            token = int(torch.multinomial(scores[row].softmax(-1), 1))
            scores[row].fill_(float("-inf"))
            scores[row, token] = 0.0
            control.record(token)
        return scores


_REPLACEMENTS = {
    cb.ContinuousBatchingTopKLogitsWarper: RowSelectiveTopK,
    cb.ContinuousBatchingTopPLogitsWarper: RowSelectiveTopP,
}


def use_cpu_sampling(manager, controls: RequestControls) -> list[str]:
    """Swap the top-k and top-p warpers of a ContinuousBatchingManager (before it starts) for the row-selective
    ones (same attributes, same results), put ShapeLogits first and SeededSampling then RecordLogprobs last
    (both reading ``controls``), and return the names of the processors in use. Where this transformers
    release keeps its processors elsewhere, nothing changes and a warning is logged (then ``seed`` and the
    controls are not honoured)."""
    processor_list = getattr(manager, "logit_processor", None)
    processors = getattr(processor_list, "logits_processor", None)
    if processors is None or not hasattr(processor_list, "supported_keys"):
        log.warning("this transformers release keeps its logits processors elsewhere: top-k and top-p sort every "
                    "row and seeds are not honoured")
        return []
    for processor in processors:
        replacement = _REPLACEMENTS.get(type(processor))
        if replacement is not None:
            processor.__class__ = replacement
    processors.insert(0, ShapeLogits(controls))
    processors.append(SeededSampling())
    processors.append(RecordLogprobs(controls))
    processor_list.tensors_required += 3
    processor_list.supported_keys.update(SeededSampling.supported_kwargs)
    processor_list.do_processing = True
    return [type(processor).__name__ for processor in processors]
