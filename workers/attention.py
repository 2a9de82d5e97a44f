"""Attention for transformers' continuous batching on a CPU: every request attends to its own keys only.

transformers packs a step's requests into one sequence and, with SDPA, attends every query of the step to the
keys of every request under a block-diagonal mask, so a step's attention grows with the batch times the whole
batch's context, most of it masked away. Here each request's queries meet only its own keys (the packed
offsets ``cu_seq_lens_q`` / ``cu_seq_lens_k`` say where each request lies), so a step grows with each request's
own context, and grouped-query heads are handled by SDPA instead of being copied out.
Only for models whose every layer attends to the whole context: a sliding window would need its own mask.
"""

from __future__ import annotations

import logging

import torch
import torch.nn.functional as F

log = logging.getLogger(__name__)

NAME = "sluice_per_request_sdpa"


def per_request_attention(module, query: torch.Tensor, key: torch.Tensor, value: torch.Tensor,
                          attention_mask: torch.Tensor | None, dropout: float = 0.0, scaling: float | None = None,
                          **kwargs) -> tuple[torch.Tensor, None]:
    """Attention of a packed continuous batch, request by request. ``query`` is ``[1, heads, queries, dim]``,
    ``key`` and ``value`` ``[1, kv_heads, keys, dim]``; returns ``[1, queries, heads, dim]`` as transformers'
    attention functions do. A request's new tokens are the last of its keys, so its queries see every earlier
    key and, among the new ones, those up to their own position."""
    query_starts = kwargs["cu_seq_lens_q"].tolist()
    key_starts = kwargs["cu_seq_lens_k"].tolist()
    output = query.new_zeros(query.shape[0], query.shape[2], query.shape[1], query.shape[3])
    for index in range(len(query_starts) - 1):
        q_start, q_end = query_starts[index], query_starts[index + 1]
        k_start, k_end = key_starts[index], key_starts[index + 1]
        queries, keys = q_end - q_start, k_end - k_start
        if queries == 0:
            continue
        if attention_mask is not None:
            mask = attention_mask[..., q_start:q_end, k_start:k_end]
        elif queries == 1:
            mask = None  # one new token sees every key
        else:
            mask = torch.ones(queries, keys, dtype=torch.bool, device=query.device).tril(keys - queries)
        attended = F.scaled_dot_product_attention(
            query[:, :, q_start:q_end], key[:, :, k_start:k_end], value[:, :, k_start:k_end],
            attn_mask=mask, dropout_p=dropout, scale=scaling, enable_gqa=True,
        )
        output[:, q_start:q_end] = attended.transpose(1, 2)
    return output, None


def attends_to_whole_context(config) -> bool:
    """Whether every attention layer of ``config``'s model sees the whole context (no sliding window)."""
    text = config.get_text_config() if hasattr(config, "get_text_config") else config
    layer_types = getattr(text, "layer_types", None) or []
    return getattr(text, "sliding_window", None) is None and all(kind == "full_attention" for kind in layer_types)


def use_per_request_attention(manager) -> bool:
    """Make the model of a ContinuousBatchingManager attend request by request; False (and nothing changed)
    for a model with sliding-window layers."""
    from transformers import AttentionInterface

    model = manager.model
    if not attends_to_whole_context(model.config):
        log.info("%s has sliding-window attention: transformers' batched SDPA stays", type(model).__name__)
        return False
    AttentionInterface.register(NAME, per_request_attention)
    # Set after the manager checked the implementation: it accepts only its own names.
    model.config._attn_implementation = NAME
    return True
