"""The trained classifier: MiniLM with its first layers fine-tuned on the training writers of the labelled
set, then logistic regressions over its sentence embeddings. Trained at set-up (``sluice safety train``)
and cached under the data directory keyed by everything that shapes it (data, layers, training settings).

Training has two steps. First the kept transformer layers (not the word embeddings) are fine-tuned with a
temporary linear head on every category and harmful-or-not, a few epochs of AdamW: a frozen sentence
embedding mostly encodes topic and phrasing, so a head over it learns the writers it saw; tuning the
layers makes the embedding itself separate harm from its look-alikes. Then, on the tuned encoder's
embeddings (in the arithmetic the policy serves: bfloat16, int8 or float32), one regression per category says which harm a text is
about and one more, on harmful-or-not over all categories, whether it is harmful at all. A category's
score is the geometric mean of the two (bench/safety_eval.py shows the figures).

Answers have heads of their own, fit on the model outputs of the training writers: they read a window of
the answer together with the request it answers (the embedding of the window next to the embedding of the
prompt's last ``CONTEXT_CHARS`` characters), so that the same words score differently as a refusal, a
warning or compliance, depending on what was asked.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import logging
import random
import re
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

import torch

from safety.classifier import Classifier, PreparedContext, SafetyError
from safety.coalesce import Coalescer
from safety.dataset import DATA_DIR, Example, data_digest, load_examples, split
from safety.encoder import SentenceEncoder
from safety.normalize import CONTEXT_CHARS, checkable_text, context_tail
from safety.verdict import CATEGORIES, Verdict

log = logging.getLogger(__name__)

# The weights the repository ships (``sluice safety train --ship`` writes them), so that no process has to
# train before its first check; used only when their key matches the settings and data asked for.
SHIPPED = Path(__file__).resolve().parent / "weights" / "embedding-classifier.pt"

# Training settings; changing one retrains (they are part of the cache key). ``epochs`` of fine-tuning at
# ``learning_rate`` (the temporary head's ``head_learning_rate``) in batches of ``batch`` texts of similar
# length, each cut to its first ``train_tokens`` tokens (a streamed answer is checked in windows shorter
# than that); then the regressions: L-BFGS ``iterations`` with ``weight_decay``. A benign answer longer than
# ``answer_window_words`` words is learnt as windows of that many words every ``answer_step_words`` words:
# the streaming check sees an answer's middle and end in windows of 32 tokens, never the answer whole. A
# benign prompt longer than ``prompt_window_words`` (about ``train_tokens`` tokens) is learnt likewise, as
# windows every ``prompt_step_words``: the prompt check scores every chunk of a long prompt, its middle and
# end too, and refuses on the highest. A share ``embedded_share`` of the short prompts (up to
# ``embedded_request_words`` words), harmful and benign alike, is learnt a second time set inside a passage
# of a long benign document (``embedded_requests``): a request pasted before, after or into a document
# keeps its label, so that the length of the text around it says nothing.
TRAINING = {"weight_decay": 1e-2, "iterations": 200, "positive_weight_cap": 8.0, "epochs": 4,
            "learning_rate": 5e-5, "head_learning_rate": 2e-3, "batch": 32, "train_tokens": 64,
            "answer_window_words": 24, "answer_step_words": 16, "prompt_window_words": 48,
            "prompt_step_words": 32, "context_chars": CONTEXT_CHARS, "embedded_share": 0.5,
            "embedded_request_words": 32, "version": 9}
_WORDS = re.compile(r"\S+\s*")
# Texts up to this long have their embeddings remembered (a stream's first windows are one or two tokens,
# and a few texts start most answers); prompts' ends are remembered by the hundred (one per stream).
REMEMBER_CHARS = 32
_REMEMBERED_TEXTS = 4096
_REMEMBERED_CONTEXTS = 1024


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
    chunk and keeps each category's highest score. With ``answer_heads`` a text that comes with a
    ``context`` (a window of an answer, with its prompt) is scored by them instead, over the window's
    embedding and the embedding of the prompt's end (``context_tail``).

    Concurrent ``classify`` calls (the windows of every stream a generation worker serves, each checked
    from its own thread) share forward passes of up to ``max_batch`` texts (safety/coalesce.py). The
    embeddings of short texts and of prompts' ends are remembered, so a stream's first window and its
    prompt cost a forward pass once."""

    name = "embedding"

    def __init__(self, encoder: SentenceEncoder, heads: LinearHeads, answer_heads: LinearHeads | None = None,
                 max_batch: int = 64, document_margin: float = 0.0, document_edge_tokens: int = 0) -> None:
        self.encoder = encoder
        # A text judged alone that is several chunks long (a pasted document) has each category's highest
        # chunk score lowered by this much (not under 0): every chunk of a document is another chance to
        # trip, as every window of an answer is.
        self.document_margin = document_margin
        # Such a text's first and last this many tokens are scored too, each alone, among its chunks: the
        # task pasted with a document mostly comes before or after it, and a chunk of 128 tokens mixes a
        # request with the document text around it (0: not scored).
        self.document_edge_tokens = document_edge_tokens
        self.heads = heads
        self.answer_heads = answer_heads
        self.categories = heads.categories
        self.reads_context = answer_heads is not None
        self._texts: OrderedDict[str, torch.Tensor] = OrderedDict()
        self._contexts: OrderedDict[str, torch.Tensor] = OrderedDict()
        self._remembered = threading.Lock()
        self.coalescer: Coalescer[tuple[str, str | None], Verdict] = Coalescer(self.classify_windows,
                                                                               max_batch=max_batch)
        # Which weights these are (``load_or_train`` sets it): a prompt's embedding made by another process
        # is taken only from a classifier with the same weights (``remember_context``).
        self.weights_tag = ""

    def classify(self, text: str, context: str | None = None) -> Verdict:
        return self.coalescer.submit((text, context))

    @property
    def device(self) -> torch.device:
        return self.encoder.device

    def to(self, device: str | torch.device) -> EmbeddingClassifier:
        """Run the encoder on ``device`` (a GPU worker's classifier process puts it on the GPU)."""
        self.encoder.to(device)
        return self

    def classify_many(self, texts: list[str], context: str | None = None) -> list[Verdict]:
        return self.coalescer.submit_many([(text, context) for text in texts])

    def prepare_context(self, context: str, prepared: PreparedContext | None = None) -> None:
        """Embed the prompt's end now (with any checks running meanwhile), so the first window only reads it;
        or take ``prepared``, the embedding the prompt check's classifier made of it (no forward pass)."""
        if self.answer_heads is None:
            return
        if prepared is None or not self.remember_context(context_tail(context), prepared):
            self.classify("", context)

    def context_embedding(self, context: str) -> PreparedContext | None:
        """The embedding of the prompt's end that the answer heads read, for a generation worker's classifier
        to take instead of embedding it again, when this classifier has it already: a prompt that the prompt
        check read as one chunk of at most ``CONTEXT_CHARS`` characters is its own end, and that check left
        its embedding here. None otherwise (the generation worker embeds it while the engine reads the
        prompt, rather than the prompt check making the request wait for it)."""
        if self.answer_heads is None or not self.weights_tag:
            return None
        with self._remembered:
            row = self._contexts.get(context_tail(context))
        return None if row is None else PreparedContext.of_floats(self.weights_tag, row.to(torch.float32).numpy())

    def remember_context(self, tail: str, prepared: PreparedContext) -> bool:
        """Keep ``prepared`` as the embedding of the prompt's end ``tail``, if it was made with these weights."""
        if prepared.weights_tag != self.weights_tag or not self.weights_tag:
            return False
        row = torch.from_numpy(prepared.floats())
        if row.shape != (self.encoder.dimension,):
            return False
        self._keep_contexts({tail: row})
        return True

    def classify_windows(self, windows: list[tuple[str, str | None]]) -> list[Verdict]:
        """Each (text, context) pair's verdict; every text's chunks go through one forward pass. A text
        judged alone (a prompt) that is one chunk short enough to be a prompt's end is remembered as one."""
        edges = [context is None for _, context in windows] if self.document_edge_tokens else None
        embedded, owners = self._embed_chunks([text for text, _ in windows], edges)
        if self.answer_heads is not None:
            self._remember_prompts(windows, embedded, owners)
        scores = self.heads.scores(embedded)
        if self.answer_heads is not None:
            answered = [row for row, owner in enumerate(owners) if windows[owner][1] is not None]
            if answered:
                prompts = self._embed_contexts([windows[owners[row]][1] for row in answered])
                scores[answered] = self.answer_heads.scores(torch.cat([embedded[answered], prompts], 1))
        if len(owners) == len(windows):  # one chunk each, in order
            best = scores
        else:  # a text of several chunks keeps each category's highest
            best = torch.zeros((len(windows), len(self.categories)), dtype=scores.dtype)
            best.scatter_reduce_(0, torch.tensor(owners).unsqueeze(1).expand_as(scores), scores, "amax")
            if self.document_margin:
                chunks = torch.bincount(torch.tensor(owners), minlength=len(windows))
                documents = [i for i, (_, context) in enumerate(windows) if chunks[i] > 1 and context is None]
                if documents:
                    best[documents] = (best[documents] - self.document_margin).clamp(min=0.0)
        categories = self.categories
        # As Python floats at once: one conversion per call, not one tensor element at a time.
        return [Verdict.from_scores({c: round(s, 4) for c, s in zip(categories, row, strict=True)})
                for row in best.tolist()]

    def _remember_prompts(self, windows: list[tuple[str, str | None]], embedded: torch.Tensor,
                          owners: list[int]) -> None:
        """Keep the embedding of each text without a context that is its own ``context_tail`` and one chunk:
        ``_embed_contexts`` would compute exactly that row for it (the mean of one normalised row)."""
        chunks = [0] * len(windows)
        for owner in owners:
            chunks[owner] += 1
        rows = {text: embedded[owners.index(i)].clone() for i, (text, context) in enumerate(windows)
                if context is None and chunks[i] == 1 and text and len(text) <= CONTEXT_CHARS
                and context_tail(text) == text}
        self._keep_contexts(rows)

    def _keep_contexts(self, rows: dict[str, torch.Tensor]) -> None:
        """Remember the embeddings of these prompts' ends, the least recently used forgotten past the limit."""
        with self._remembered:
            for tail, row in rows.items():
                self._contexts[tail] = row
                self._contexts.move_to_end(tail)
            while len(self._contexts) > _REMEMBERED_CONTEXTS:
                self._contexts.popitem(last=False)

    def _embed_chunks(self, texts: list[str], edges: list[bool] | None = None) -> tuple[torch.Tensor, list[int]]:
        """``encoder.embed_chunks`` (as float32 on the CPU), short texts' rows from memory; with ``edges``,
        the texts of several chunks flagged there also get their edges' rows (``document_edge_tokens``)."""
        with self._remembered:
            known = {i: self._texts[text] for i, text in enumerate(texts) if text in self._texts}
            for i in known:
                self._texts.move_to_end(texts[i])
        unknown = [i for i in range(len(texts)) if i not in known]
        if unknown:
            embedded, owners = self.encoder.embed_chunks(
                [texts[i] for i in unknown], None if edges is None else [edges[i] for i in unknown],
                self.document_edge_tokens)
            embedded = embedded.float().cpu()
            if not known:  # nothing from memory: the rows are already in the texts' order
                self._remember_texts(texts, embedded, owners)
                return embedded, owners
            # A text's chunks are consecutive rows: each text's rows are a slice.
            counts = [0] * len(unknown)
            for owner in owners:
                counts[owner] += 1
            for i, rows in zip(unknown, torch.split(embedded, counts), strict=True):
                known[i] = rows
            self._remember_texts([texts[i] for i in unknown], embedded, owners)
        rows, owners = [], []
        for i in range(len(texts)):
            rows.append(known[i])
            owners.extend([i] * len(known[i]))
        return torch.cat(rows), owners

    def forget_texts(self) -> None:
        """Drop the remembered embeddings of short texts (the prompts' ends stay)."""
        with self._remembered:
            self._texts.clear()

    def _remember_texts(self, texts: list[str], embedded: torch.Tensor, owners: list[int]) -> None:
        """Keep the rows of the short ones of ``texts`` (``owners`` gives each row's text), copied out of
        ``embedded`` so that a remembered row does not keep the whole batch's tensor alive."""
        start = 0
        with self._remembered:
            for index, text in enumerate(texts):
                end = start
                while end < len(owners) and owners[end] == index:
                    end += 1
                if len(text) <= REMEMBER_CHARS:
                    self._texts[text] = embedded[start:end].clone()
                start = end
            while len(self._texts) > _REMEMBERED_TEXTS:
                self._texts.popitem(last=False)

    def _embed_contexts(self, contexts: list[str]) -> torch.Tensor:
        """One row per context: the embedding of its ``context_tail`` (as in training), remembered."""
        tails = [context_tail(context) for context in contexts]
        with self._remembered:
            found = {tail: self._contexts[tail] for tail in set(tails) if tail in self._contexts}
            for tail in found:
                self._contexts.move_to_end(tail)
        missing = sorted(set(tails) - found.keys())
        if missing:
            found.update(zip(missing, self.encoder.embed(missing).float().cpu(), strict=True))
            self._keep_contexts({tail: found[tail] for tail in missing})
        rows = [found[tail] for tail in tails]
        return torch.stack(rows)


def cache_key(layers: int, data_dir: Path = DATA_DIR, weights: str = "float32",
              examples: list[Example] | None = None, epochs: int | None = None) -> str:
    """A digest of what the trained weights depend on: the labelled data (or the ``examples`` given
    instead), the layers, the training settings and the encoder's weights (the regressions are fit on the
    embeddings that the bfloat16, int8 or float32 encoder gives)."""
    digest = hashlib.sha256(data_digest(data_dir).encode())
    if examples is not None:
        digest.update(json.dumps([e.id for e in examples]).encode())
    shape = {"layers": layers, "categories": CATEGORIES, "weights": weights,
             **TRAINING, **({} if epochs is None else {"epochs": epochs})}
    digest.update(json.dumps(shape, sort_keys=True).encode())
    return digest.hexdigest()[:16]


def fit(features: torch.Tensor, targets: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
    """Weights and biases of one logistic regression per target column (full-batch L-BFGS, deterministic).
    Rare categories get their positives weighted up, capped so a handful cannot dominate."""
    torch.manual_seed(0)
    positive_weight = _positive_weight(targets)
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


def _targets(examples: list[Example], categories: tuple[str, ...]) -> torch.Tensor:
    """One row per example: 1 for each category it carries, and a last column for harmful at all."""
    return torch.tensor([[1.0 if c in e.labels else 0.0 for c in categories] + [1.0 if e.labels else 0.0]
                         for e in examples])


def _positive_weight(targets: torch.Tensor) -> torch.Tensor:
    positives = targets.sum(0)
    return ((len(targets) - positives) / positives.clamp(min=1)).clamp(max=TRAINING["positive_weight_cap"])


def _first_tokens(ids: list[int]) -> list[int]:
    """A chunk's token ids cut to TRAINING's ``train_tokens``, its closing special token kept."""
    limit = TRAINING["train_tokens"]
    return ids if len(ids) <= limit else ids[:limit - 1] + ids[-1:]


def fine_tune(encoder: SentenceEncoder, examples: list[Example], categories: tuple[str, ...] = CATEGORIES,
              epochs: int | None = None) -> None:
    """Fine-tune ``encoder``'s kept layers in place on ``examples`` (word and position embeddings stay as
    they are), on the device the encoder is on, deterministically on a CPU: a fixed seed and a seeded
    order of batches. Texts are read in their normalized form, their first ``train_tokens`` tokens."""
    epochs = TRAINING["epochs"] if epochs is None else epochs
    if epochs <= 0 or not examples:
        return
    torch.manual_seed(0)
    shuffle = random.Random(0)
    model = encoder.model
    for parameter in model.embeddings.parameters():
        parameter.requires_grad_(False)
    tuned = list(model.encoder.parameters())
    for parameter in tuned:
        parameter.requires_grad_(True)
    head = torch.nn.Linear(encoder.dimension, len(categories) + 1)
    optimizer = torch.optim.AdamW([{"params": tuned, "lr": TRAINING["learning_rate"]},
                                   {"params": head.parameters(), "lr": TRAINING["head_learning_rate"]}],
                                  weight_decay=TRAINING["weight_decay"])
    chunks = [_first_tokens(encoder.chunk_ids(checkable_text(e.text))[0]) for e in examples]
    device = next(model.parameters()).device
    targets = _targets(examples, categories).to(device)
    loss_fn = torch.nn.BCEWithLogitsLoss(pos_weight=_positive_weight(targets))
    head.to(device)
    # Batches of texts of similar length (little padding), visited in a new seeded order every epoch.
    by_length = sorted(range(len(examples)), key=lambda i: (len(chunks[i]), i))
    batches = [by_length[start:start + TRAINING["batch"]] for start in range(0, len(by_length), TRAINING["batch"])]
    steps = epochs * len(batches)
    # Linear warm-up over 20 steps, then linear decay to zero.
    schedule = torch.optim.lr_scheduler.LambdaLR(optimizer, lambda step: min(1.0, (step + 1) / 20) * max(0.0, 1 - step / steps))
    model.train()
    try:
        for _ in range(epochs):
            shuffle.shuffle(batches)
            for batch in batches:
                width = max(len(chunks[i]) for i in batch)
                input_ids = torch.tensor([chunks[i] + [0] * (width - len(chunks[i])) for i in batch], device=device)
                mask = torch.tensor([[1] * len(chunks[i]) + [0] * (width - len(chunks[i])) for i in batch], device=device)
                hidden = model(input_ids=input_ids, attention_mask=mask).last_hidden_state
                weights = mask.unsqueeze(-1).to(hidden.dtype)
                pooled = (hidden * weights).sum(1) / weights.sum(1)
                optimizer.zero_grad()
                loss_fn(head(pooled), targets[batch]).backward()
                optimizer.step()
                schedule.step()
    finally:
        model.eval()
        for parameter in model.parameters():
            parameter.requires_grad_(False)
    encoder.reload_weights()


def training_windows(examples: list[Example]) -> list[Example]:
    """``examples`` as training reads them: each benign text longer than its kind's window (TRAINING's
    ``answer_window_words`` for answers, ``prompt_window_words`` for prompts) as overlapping windows of
    it, everything else whole. A benign text is benign in every window; a harmful one may carry its harm in
    one part only, so it is learnt whole."""
    read = []
    for example in examples:
        kind = "answer" if example.kind == "output" else "prompt"
        size, step = TRAINING[f"{kind}_window_words"], TRAINING[f"{kind}_step_words"]
        words = _WORDS.findall(example.text)
        if example.harmful or len(words) <= size:
            read.append(example)
            continue
        for start in range(0, len(words) - size + step, step):
            read.append(replace(example, text="".join(words[start:start + size]).strip()))
    return read


def _share(example: Example) -> float:
    """A number in [0, 1) fixed by ``example``'s id: the same choice on every machine."""
    return int.from_bytes(hashlib.sha256(f"embed:{example.id}".encode()).digest()[:8], "big") / 2 ** 64


def embedded_requests(examples: list[Example], tokens: Callable[[str], int]) -> list[Example]:
    """The short prompts of ``examples`` chosen for TRAINING's ``embedded_share``, each set inside a passage
    of one of the long benign prompts of ``examples`` (a pasted document): after it, before it, or in its
    middle, with the prompt's own labels. The passage, position and length are fixed by the prompt's id.
    A passage before the request is shortened until the request ends within the tokens that fine-tuning
    reads (``train_tokens``; ``tokens`` counts a text's tokens)."""
    documents = [words for e in examples if e.kind == "prompt" and not e.harmful
                 if len(words := _WORDS.findall(e.text)) > TRAINING["prompt_window_words"]]
    if not documents:
        return []
    made = []
    for example in examples:
        words = _WORDS.findall(example.text)
        if (example.kind != "prompt" or len(words) > TRAINING["embedded_request_words"]
                or _share(example) >= TRAINING["embedded_share"]):
            continue
        choice = random.Random(example.id)
        document = choice.choice(documents)
        request = "".join(words).strip()
        position = choice.choice(("after", "before", "inside"))
        before, after = {"after": (0, choice.randint(24, 56)), "before": (choice.randint(12, 32), 0),
                         "inside": (choice.randint(6, 14), choice.randint(16, 40))}[position]
        start = choice.randrange(0, max(1, len(document) - before - after))
        middle = start + before
        while before and tokens(f"{''.join(document[middle - before:middle]).strip()}\n\n{request}") > TRAINING["train_tokens"] - 2:
            before -= 1
        parts = ["".join(document[middle - before:middle]).strip(), request, "".join(document[middle:middle + after]).strip()]
        made.append(replace(example, id=f"{example.id}/embedded", text="\n\n".join(p for p in parts if p),
                            form="embedded"))
    return made


def train_embedding_classifier(encoder: SentenceEncoder, examples: list[Example],
                               categories: tuple[str, ...] = CATEGORIES,
                               epochs: int | None = None) -> EmbeddingClassifier:
    """Train on ``examples`` (prompts and outputs alike; the labels are what counts; long benign texts
    as their windows, ``training_windows``): fine-tune the encoder's layers for ``epochs`` (default:
    TRAINING's; 0: keep the packaged weights), then fit the regressions on its embeddings, and the answer
    heads on the outputs' embeddings beside their prompts' (when there are outputs). Short prompts are
    learnt a second time inside passages of the long ones (``embedded_requests``)."""
    tokens = lambda text: sum(len(ids) for ids in encoder.chunk_ids(checkable_text(text)))  # noqa: E731
    examples = training_windows(examples) + embedded_requests(examples, tokens)
    fine_tune(encoder, examples, categories, epochs)
    # The shipped form keeps the layers' matrices as int8 with a scale per row (``_quantized``): the heads
    # learn the embeddings of exactly those weights, so a classifier loaded from it scores as this one does
    # in any arithmetic (the int8 encoder packs the same integers again; bfloat16 and float32 run them).
    encoder.load_layers(_dequantized(_quantized(encoder.layers_state())))
    # The heads are fit, and later score, on the CPU whatever device the encoder trained on.
    embedded = encoder.embed([checkable_text(e.text) for e in examples]).float().cpu()
    heads = _fit_heads(embedded, _targets(examples, categories), categories)
    answers = [row for row, e in enumerate(examples) if e.kind == "output"]
    answer_heads = None
    if answers:
        tails = [context_tail(examples[row].prompt) for row in answers]
        distinct = sorted(set(tails))
        prompt_rows = dict(zip(distinct, encoder.embed(distinct).float().cpu(), strict=True))
        pairs = torch.cat([embedded[answers], torch.stack([prompt_rows[tail] for tail in tails])], 1)
        answer_heads = _fit_heads(pairs, _targets([examples[row] for row in answers], categories), categories)
    return EmbeddingClassifier(encoder, heads, answer_heads)


def _fit_heads(features: torch.Tensor, targets: torch.Tensor, categories: tuple[str, ...]) -> LinearHeads:
    mean, std = features.mean(0), features.std(0) + 1e-6
    weight, bias = fit((features - mean) / std, targets)
    return LinearHeads(mean, std, weight, bias, categories)


def classifier_options(options: dict) -> dict:
    """``load_or_train``'s settings from a policy's ``[classifiers.embedding]`` table, with its defaults."""
    return {"layers": int(options.get("layers", 2)), "max_tokens": int(options.get("max_tokens", 128)),
            "weights": str(options.get("weights", "float32"))}


def document_options(options: dict) -> dict:
    """``load_classifier``'s settings for pasted documents from a policy's ``[classifiers.embedding]`` table
    (none of them change the trained weights), with their defaults: off."""
    return {"document_margin": float(options.get("document_margin", 0.0)),
            "document_edge_tokens": int(options.get("document_edge_tokens", 0))}


def load_classifier(cache_dir: Path, layers: int, max_tokens: int, device: str = "cpu",
                    weights: str = "float32", document_margin: float = 0.0,
                    document_edge_tokens: int = 0) -> EmbeddingClassifier:
    """``load_or_train``'s classifier alone (what a ProcessClassifier's child builds), its encoder on
    ``device``: ``cpu``, ``cuda`` (``cuda:N``), or ``auto``, the GPU when this process can use one. Under
    ``auto`` a GPU that fails to take the model is logged and the CPU used."""
    classifier = load_or_train(cache_dir, layers=layers, max_tokens=max_tokens, weights=weights)[0]
    classifier.document_margin = document_margin
    classifier.document_edge_tokens = document_edge_tokens
    if device == "auto":
        if not torch.cuda.is_available():
            return classifier
        try:
            return classifier.to("cuda")
        except RuntimeError as exc:  # a full or broken GPU (CUDA errors are RuntimeErrors): the CPU checks
            log.warning("the embedding classifier stays on the CPU: the GPU could not take it (%s)", exc)
            return classifier.to("cpu")
    return classifier.to(device)


def _quantized(state: dict[str, torch.Tensor]) -> dict[str, torch.Tensor]:
    """``state`` with every matrix stored as int8, one scale per row (the rows the int8 encoder packs),
    the rest as it is: a quarter of the size, and the int8 encoder packs the same integers again."""
    stored = {}
    for name, tensor in state.items():
        if tensor.dim() == 2:
            scale = tensor.abs().amax(1, keepdim=True).clamp(min=1e-12) / 127
            stored[name + ".int8"] = torch.round(tensor / scale).to(torch.int8)
            stored[name + ".scale"] = scale
        else:
            stored[name] = tensor
    return stored


def _dequantized(stored: dict[str, torch.Tensor]) -> dict[str, torch.Tensor]:
    state = {}
    for name, tensor in stored.items():
        if name.endswith(".int8"):
            base = name[: -len(".int8")]
            state[base] = tensor.float() * stored[base + ".scale"]
        elif not name.endswith(".scale"):
            state[name] = tensor
    return state


def _saved_form(classifier: EmbeddingClassifier, key: str, examples: int, layers: int, weights: str,
                compact: bool = False) -> dict:
    heads, state = classifier.heads, classifier.encoder.layers_state()
    saved = {"key": key, "mean": heads.mean, "std": heads.std, "weight": heads.weight, "bias": heads.bias,
             "categories": list(heads.categories), "examples": examples, "layers": layers, "weights": weights,
             "layers_state": _quantized(state) if compact else state, "compact": compact}
    answer = classifier.answer_heads
    if answer is not None:
        saved.update({"answer_mean": answer.mean, "answer_std": answer.std, "answer_weight": answer.weight,
                      "answer_bias": answer.bias})
    return saved


def _from_saved(encoder: SentenceEncoder, saved: dict) -> EmbeddingClassifier:
    encoder.load_layers(_dequantized(saved["layers_state"]) if saved.get("compact") else saved["layers_state"])
    categories = tuple(saved["categories"])
    heads = LinearHeads(saved["mean"], saved["std"], saved["weight"], saved["bias"], categories)
    answer_heads = None
    if "answer_weight" in saved:
        answer_heads = LinearHeads(saved["answer_mean"], saved["answer_std"], saved["answer_weight"],
                                   saved["answer_bias"], categories)
    classifier = EmbeddingClassifier(encoder, heads, answer_heads)
    classifier.weights_tag = _weights_tag(saved["key"], bool(saved.get("compact")))
    return classifier


def _weights_tag(key: str, compact: bool) -> str:
    """Names the weights a classifier runs: its cache key, and whether its layers came as the shipped int8."""
    return f"{key}/{'int8-rows' if compact else 'full'}"


def ship(classifier: EmbeddingClassifier, report: TrainingReport, path: Path = SHIPPED) -> Path:
    """Write ``classifier`` (trained by ``load_or_train`` with ``report``) as the repository's shipped
    weights: the kept layers' matrices as int8 with a scale per row (about 11 MB for six layers)."""
    saved = torch.load(report.path, weights_only=True)
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(".tmp")
    torch.save(_saved_form(classifier, saved["key"], int(saved["examples"]), int(saved["layers"]),
                           str(saved["weights"]), compact=True), partial)
    partial.replace(path)
    return path


def load_or_train(cache_dir: Path, *, layers: int, max_tokens: int, weights: str = "float32",
                  examples: list[Example] | None = None, epochs: int | None = None,
                  shipped: Path = SHIPPED, device: str = "cpu") -> tuple[EmbeddingClassifier, TrainingReport]:
    """The classifier for these settings: from the cache under ``cache_dir``, else from the ``shipped``
    weights when they were trained for exactly these settings and data, else trained now (and cached): on
    the training split, or on ``examples`` when given (a test trains on a slice), fine-tuning for
    ``epochs`` (default: TRAINING's). Several processes starting at once train it once: the others wait on
    a file lock and load it. ``weights`` is the encoder's: ``bfloat16``, ``int8`` or ``float32`` (safety/encoder.py).
    Training runs on ``device`` (``cuda``: a GPU fine-tunes in seconds what a 2-core CPU takes tens of
    minutes for, its heads then fit on float32 embeddings); the classifier comes back on the CPU.
    Raises SafetyError when there is nothing to train on."""
    encoder = SentenceEncoder(layers=layers, max_tokens=max_tokens, weights=weights)
    key = cache_key(layers, weights=weights, examples=examples, epochs=epochs)
    path = cache_dir / f"embedding-classifier-{key}.pt"
    cache_dir.mkdir(parents=True, exist_ok=True)
    started = time.monotonic()
    with open(cache_dir / ".train-lock", "a") as lock_file:
        fcntl.flock(lock_file, fcntl.LOCK_EX)
        for candidate in (path, shipped):
            if candidate.exists():
                saved = torch.load(candidate, weights_only=True)
                if candidate == path or saved.get("key") == key:  # a cache file is named by its key
                    classifier = _from_saved(encoder, saved)
                    return classifier, TrainingReport(candidate, int(saved["examples"]),
                                                      time.monotonic() - started, True)
        train = split(load_examples())[0] if examples is None else examples
        if not train:
            raise SafetyError("the labelled set has no training examples")
        log.info("training the embedding classifier on %d examples (%d layers)", len(train), layers)
        classifier = train_embedding_classifier(encoder.to(device), train, epochs=epochs).to("cpu")
        classifier.weights_tag = _weights_tag(key, False)
        partial = path.with_suffix(".tmp")
        torch.save(_saved_form(classifier, key, len(train), layers, weights), partial)
        partial.replace(path)  # readers never see a half-written file
        return classifier, TrainingReport(path, len(train), time.monotonic() - started, False)
