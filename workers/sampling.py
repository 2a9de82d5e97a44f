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
"""

from __future__ import annotations

import logging

import torch
from transformers.generation.continuous_batching import cb_logits_processors as cb

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


_REPLACEMENTS = {
    cb.ContinuousBatchingTopKLogitsWarper: RowSelectiveTopK,
    cb.ContinuousBatchingTopPLogitsWarper: RowSelectiveTopP,
}


def use_cpu_sampling(manager) -> list[str]:
    """Swap the top-k and top-p warpers of a ContinuousBatchingManager (before it starts) for the row-selective
    ones (same attributes, same results), add SeededSampling last, and return the names of the processors in
    use. Where this transformers release keeps its processors elsewhere, nothing changes and a warning is
    logged (then ``seed`` is not honoured)."""
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
    processors.append(SeededSampling())
    processor_list.tensors_required += 1
    processor_list.supported_keys.update(SeededSampling.supported_kwargs)
    processor_list.do_processing = True
    return [type(processor).__name__ for processor in processors]
