"""Request-by-request attention gives what SDPA gives over the packed batch with its block-diagonal mask: for
decoding requests, a fresh prompt and a prompt chunk that follows earlier keys; and the CPU engine uses it."""

from __future__ import annotations

import torch
import torch.nn.functional as F

from sluice.settings import Settings
from workers.attention import NAME, attends_to_whole_context, per_request_attention
from workers.runtime import create_engine

HEADS, KV_HEADS, DIM = 6, 2, 16


def packed_reference(query, key, value, requests):
    """SDPA over the whole packed batch, each query allowed only its own request's keys, causally."""
    mask = torch.zeros(query.shape[2], key.shape[2], dtype=torch.bool)
    q_at = k_at = 0
    for queries, keys in requests:
        mask[q_at:q_at + queries, k_at:k_at + keys] = torch.ones(queries, keys, dtype=torch.bool).tril(keys - queries)
        q_at, k_at = q_at + queries, k_at + keys
    repeat = HEADS // KV_HEADS
    attended = F.scaled_dot_product_attention(query, key.repeat_interleave(repeat, 1),
                                              value.repeat_interleave(repeat, 1), attn_mask=mask)
    return attended.transpose(1, 2)


def test_request_by_request_attention_equals_the_masked_packed_batch():
    # (new tokens, keys): two decoding requests, a whole prompt, a prompt chunk after 5 earlier keys.
    requests = [(1, 40), (1, 7), (12, 12), (6, 11)]
    generator = torch.Generator().manual_seed(0)
    total_q, total_k = sum(q for q, _ in requests), sum(k for _, k in requests)
    query = torch.randn(1, HEADS, total_q, DIM, generator=generator)
    key = torch.randn(1, KV_HEADS, total_k, DIM, generator=generator)
    value = torch.randn(1, KV_HEADS, total_k, DIM, generator=generator)
    cu_q = torch.tensor([0] + [sum(q for q, _ in requests[:i + 1]) for i in range(len(requests))])
    cu_k = torch.tensor([0] + [sum(k for _, k in requests[:i + 1]) for i in range(len(requests))])
    output, _ = per_request_attention(None, query, key, value, None, cu_seq_lens_q=cu_q, cu_seq_lens_k=cu_k)
    torch.testing.assert_close(output, packed_reference(query, key, value, requests))


def test_a_sliding_window_model_keeps_transformers_attention():
    from transformers import MistralConfig

    assert not attends_to_whole_context(MistralConfig(sliding_window=128))
    assert attends_to_whole_context(MistralConfig(sliding_window=None))


def test_the_cpu_engine_attends_request_by_request(model_path):
    engine = create_engine(Settings(model=str(model_path), max_num_seqs=2, device="cpu"), max_model_len=256)
    engine.start()
    try:
        assert engine._manager.model.config._attn_implementation == NAME
    finally:
        engine.shutdown()
