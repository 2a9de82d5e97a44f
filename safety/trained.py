"""The trained classifier: logistic regressions over MiniLM sentence embeddings, trained at set-up
(``sluice safety train``) on the training split of the labelled set kept in the repository, and cached
under the data directory keyed by everything that shapes it (data, layers, training settings).

One regression per category says which harm a text is about; one more, trained on harmful-or-not over all
categories (six to twenty times more positives than any one category has), says whether it is harmful at
all. A category's score is the geometric mean of the two: embeddings mostly encode topic, so a category
head alone also fires on a benign text about the same topic (a history of the atomic bomb), and requiring
the harm head to agree removes most of those (bench/safety_eval.py shows the figures).
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import logging
import time
from dataclasses import dataclass
from pathlib import Path

import torch

from safety.classifier import Classifier, SafetyError
from safety.coalesce import Coalescer
from safety.dataset import DATA_FILE, Example, load_examples, split
from safety.encoder import SentenceEncoder
from safety.verdict import CATEGORIES, Verdict

log = logging.getLogger(__name__)

# Training settings; changing one retrains (they are part of the cache key).
TRAINING = {"weight_decay": 1e-2, "iterations": 200, "positive_weight_cap": 8.0, "version": 2}


@dataclass(frozen=True)
class TrainingReport:
    path: Path
    examples: int
    seconds: float
    cached: bool


@dataclass(frozen=True)
class LinearHeads:
    """Standardisation of the embedding, then one logistic regression per category plus the harm head
    (the last row)."""

    mean: torch.Tensor
    std: torch.Tensor
    weight: torch.Tensor
    bias: torch.Tensor
    categories: tuple[str, ...]

    def scores(self, embedded: torch.Tensor) -> torch.Tensor:
        """Category scores, one row per embedding: sqrt(p(category) * p(harmful))."""
        probabilities = torch.sigmoid(((embedded - self.mean) / self.std) @ self.weight.T + self.bias)
        return (probabilities[:, :-1] * probabilities[:, -1:]).sqrt()


class EmbeddingClassifier(Classifier):
    """Category scores from the linear heads over the text's embedding; a long text is scored chunk by
    chunk and keeps each category's highest score. ``context`` is not used: an answer's embedding says
    enough about what it contains.

    Concurrent ``classify`` calls (the windows of every stream a generation worker serves, each checked
    from its own thread) share forward passes of up to ``max_batch`` texts (safety/coalesce.py)."""

    name = "embedding"

    def __init__(self, encoder: SentenceEncoder, heads: LinearHeads, max_batch: int = 64) -> None:
        self.encoder = encoder
        self.heads = heads
        self.categories = heads.categories
        self.coalescer: Coalescer[str, Verdict] = Coalescer(self.classify_many, max_batch=max_batch)

    def classify(self, text: str, context: str | None = None) -> Verdict:
        return self.coalescer.submit(text)

    @property
    def device(self) -> torch.device:
        return self.encoder.device

    def to(self, device: str | torch.device) -> EmbeddingClassifier:
        """Run the encoder on ``device`` (a GPU worker's classifier process puts it on the GPU)."""
        self.encoder.to(device)
        return self

    def classify_windows(self, windows: list[tuple[str, str | None]]) -> list[Verdict]:
        return self.classify_many([text for text, _ in windows])  # the context is not read

    def classify_many(self, texts: list[str], context: str | None = None) -> list[Verdict]:
        embedded, owners = self.encoder.embed_chunks(texts)
        scores = self.heads.scores(embedded.float().cpu())
        best = torch.zeros((len(texts), len(self.categories)))
        for row, owner in enumerate(owners):
            best[owner] = torch.maximum(best[owner], scores[row])
        return [Verdict.from_scores({c: round(float(s), 4) for c, s in zip(self.categories, scores, strict=True)})
                for scores in best]


def cache_key(layers: int, data_file: Path = DATA_FILE, weights: str = "float32") -> str:
    """A digest of what the trained weights depend on (the encoder's weights too: the heads are trained on
    the embeddings that the int8 or the float32 encoder gives)."""
    digest = hashlib.sha256(data_file.read_bytes())
    shape = {"layers": layers, "categories": CATEGORIES, **TRAINING}
    if weights != "float32":  # float32 keeps the key it had before int8 existed
        shape["weights"] = weights
    digest.update(json.dumps(shape, sort_keys=True).encode())
    return digest.hexdigest()[:16]


def fit(features: torch.Tensor, targets: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
    """Weights and biases of one logistic regression per target column (full-batch L-BFGS, deterministic).
    Rare categories get their positives weighted up, capped so a handful cannot dominate."""
    torch.manual_seed(0)
    positives = targets.sum(0)
    positive_weight = ((len(targets) - positives) / positives.clamp(min=1)).clamp(max=TRAINING["positive_weight_cap"])
    weight = torch.zeros((targets.shape[1], features.shape[1]), requires_grad=True)
    bias = torch.zeros(targets.shape[1], requires_grad=True)
    loss_fn = torch.nn.BCEWithLogitsLoss(pos_weight=positive_weight)
    optimizer = torch.optim.LBFGS([weight, bias], max_iter=TRAINING["iterations"], line_search_fn="strong_wolfe")

    def closure() -> torch.Tensor:
        optimizer.zero_grad()
        loss = loss_fn(features @ weight.T + bias, targets) + TRAINING["weight_decay"] * weight.pow(2).sum()
        loss.backward()
        return loss

    optimizer.step(closure)
    return weight.detach(), bias.detach()


def train_embedding_classifier(encoder: SentenceEncoder, examples: list[Example],
                               categories: tuple[str, ...] = CATEGORIES) -> EmbeddingClassifier:
    """Train on ``examples`` (prompts and outputs alike; the labels are what counts)."""
    embedded = encoder.embed([e.text for e in examples])
    mean, std = embedded.mean(0), embedded.std(0) + 1e-6
    targets = torch.tensor([[1.0 if c in e.labels else 0.0 for c in categories] + [1.0 if e.labels else 0.0]
                            for e in examples])
    weight, bias = fit((embedded - mean) / std, targets)
    return EmbeddingClassifier(encoder, LinearHeads(mean, std, weight, bias, categories))


def classifier_options(options: dict) -> dict:
    """``load_or_train``'s settings from a policy's ``[classifiers.embedding]`` table, with its defaults."""
    return {"layers": int(options.get("layers", 2)), "max_tokens": int(options.get("max_tokens", 128)),
            "weights": str(options.get("weights", "float32"))}


def load_classifier(cache_dir: Path, layers: int, max_tokens: int, device: str = "cpu",
                    weights: str = "float32") -> EmbeddingClassifier:
    """``load_or_train``'s classifier alone (what a ProcessClassifier's child builds), its encoder on
    ``device``: ``cpu``, ``cuda`` (``cuda:N``), or ``auto``, the GPU when this process can use one. Under
    ``auto`` a GPU that fails to take the model is logged and the CPU used."""
    classifier = load_or_train(cache_dir, layers=layers, max_tokens=max_tokens, weights=weights)[0]
    if device == "auto":
        if not torch.cuda.is_available():
            return classifier
        try:
            return classifier.to("cuda")
        except RuntimeError as exc:  # a full or broken GPU (CUDA errors are RuntimeErrors): the CPU checks
            log.warning("the embedding classifier stays on the CPU: the GPU could not take it (%s)", exc)
            return classifier.to("cpu")
    return classifier.to(device)


def load_or_train(cache_dir: Path, *, layers: int, max_tokens: int,
                  weights: str = "float32") -> tuple[EmbeddingClassifier, TrainingReport]:
    """The cached classifier for these settings, training it first (on the training split) if there is
    none. Several processes starting at once train it once: the others wait on a file lock and load it.
    ``weights`` is the encoder's: ``float32`` or ``int8`` (safety/encoder.py)."""
    encoder = SentenceEncoder(layers=layers, max_tokens=max_tokens, weights=weights)
    key = cache_key(layers, weights=weights)
    path = cache_dir / f"embedding-classifier-{key}.pt"
    cache_dir.mkdir(parents=True, exist_ok=True)
    started = time.monotonic()
    with open(cache_dir / ".train-lock", "a") as lock_file:
        fcntl.flock(lock_file, fcntl.LOCK_EX)
        if path.exists():
            saved = torch.load(path, weights_only=True)
            heads = LinearHeads(saved["mean"], saved["std"], saved["weight"], saved["bias"], tuple(saved["categories"]))
            classifier = EmbeddingClassifier(encoder, heads)
            return classifier, TrainingReport(path, int(saved["examples"]), time.monotonic() - started, True)
        train, _ = split(load_examples())
        if not train:
            raise SafetyError("the labelled set has no training examples")
        log.info("training the embedding classifier on %d examples (%d layers)", len(train), layers)
        classifier = train_embedding_classifier(encoder, train)
        partial = path.with_suffix(".tmp")
        heads = classifier.heads
        torch.save({"mean": heads.mean, "std": heads.std, "weight": heads.weight, "bias": heads.bias,
                    "categories": list(heads.categories), "examples": len(train), "layers": layers,
                    "weights": weights}, partial)
        partial.replace(path)  # readers never see a half-written file
        return classifier, TrainingReport(path, len(train), time.monotonic() - started, False)
