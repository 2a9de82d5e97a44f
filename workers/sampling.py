"""Top-k and top-p for transformers' continuous batching that only touch the rows that ask for them.

transformers' per-request warpers sort the whole vocabulary of every row at every step, top-k and top-p each:
for a greedy request (top-k 1, top-p 1) and for one that leaves top-k unset, that work changes nothing. On a
CPU it was an eighth of a decode step at eight requests (py-spy). These subclasses give the same scores:
top-k takes the k-th largest score with ``torch.topk`` on the rows whose k is below the vocabulary size,
top-p runs transformers' own computation on the rows whose p is below 1, and every other row passes as it is.
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


_REPLACEMENTS = {
    cb.ContinuousBatchingTopKLogitsWarper: RowSelectiveTopK,
    cb.ContinuousBatchingTopPLogitsWarper: RowSelectiveTopP,
}


def use_row_selective_warpers(manager) -> list[str]:
    """Swap the top-k and top-p warpers of a ContinuousBatchingManager for the row-selective ones (same
    attributes, same results) and return the names of the warpers in use. Where this transformers release
    keeps its warpers elsewhere, nothing changes and a warning is logged."""
    processors = getattr(getattr(manager, "logit_processor", None), "logits_processor", None)
    if processors is None:
        log.warning("this transformers release keeps its logits warpers elsewhere: top-k and top-p sort every row")
        return []
    for processor in processors:
        replacement = _REPLACEMENTS.get(type(processor))
        if replacement is not None:
            processor.__class__ = replacement
    return [type(processor).__name__ for processor in processors]
