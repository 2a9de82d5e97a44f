"""The row-selective top-k and top-p warpers give exactly the scores of transformers' own warpers, on batches
that mix greedy rows, rows without top-k or top-p and rows with them; and the CPU engine uses them."""

from __future__ import annotations

import pytest
import torch
from transformers.generation.continuous_batching import cb_logits_processors as cb
from transformers.generation.logits_process import TopKLogitsWarper, TopPLogitsWarper

from sluice.settings import Settings
from workers.runtime import create_engine
from workers.sampling import RowSelectiveTopK, RowSelectiveTopP

VOCAB = 1000


def as_int32(values: list[float]) -> torch.Tensor:
    return torch.tensor(values, dtype=torch.float32).view(dtype=torch.int32)


@pytest.mark.parametrize("top_k", [[1, VOCAB, 5, VOCAB], [VOCAB, VOCAB, VOCAB, VOCAB], [1, 1, 1, 1], [3, 7, 40, 2]])
def test_row_selective_top_k_gives_transformers_scores(top_k):
    scores = torch.randn(len(top_k), VOCAB, generator=torch.Generator().manual_seed(1))
    scores[0, :10] = scores[0].max()  # ties at the k-th largest are kept by both
    args = torch.tensor(top_k, dtype=torch.int32)
    reference = cb.ContinuousBatchingTopKLogitsWarper(TopKLogitsWarper(top_k=50))
    selective = RowSelectiveTopK(TopKLogitsWarper(top_k=50))
    assert torch.equal(selective(scores.clone(), args), reference(scores.clone(), args))


@pytest.mark.parametrize("top_p", [[1.0, 0.9, 1.0, 0.5], [1.0, 1.0, 1.0, 1.0], [0.95, 0.8, 0.3, 0.99]])
def test_row_selective_top_p_gives_transformers_scores(top_p):
    scores = torch.randn(len(top_p), VOCAB, generator=torch.Generator().manual_seed(2)) * 3
    args = as_int32(top_p)
    reference = cb.ContinuousBatchingTopPLogitsWarper(TopPLogitsWarper(top_p=0.95))
    selective = RowSelectiveTopP(TopPLogitsWarper(top_p=0.95))
    assert torch.equal(selective(scores.clone(), args), reference(scores.clone(), args))


def test_the_cpu_engine_runs_the_row_selective_warpers(model_path):
    engine = create_engine(Settings(model=str(model_path), max_num_seqs=2, device="cpu"), max_model_len=256)
    engine.start()
    try:
        in_use = {type(p) for p in engine._manager.logit_processor.logits_processor}
    finally:
        engine.shutdown()
    assert {RowSelectiveTopK, RowSelectiveTopP} <= in_use
    assert not in_use & {cb.ContinuousBatchingTopKLogitsWarper, cb.ContinuousBatchingTopPLogitsWarper}
