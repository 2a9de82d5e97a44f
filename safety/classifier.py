"""The one interface every safety classifier implements."""

from __future__ import annotations

import base64
from abc import ABC, abstractmethod
from dataclasses import dataclass

import numpy as np

from safety.verdict import Verdict


@dataclass(frozen=True)
class PreparedContext:
    """A prompt's end as a classifier that reads answers with their prompt needs it, worked out by the
    prompt check's classifier for the generation worker's: the generation job carries it (as JSON), and
    the worker's classifier takes it instead of embedding the prompt again when it runs the same weights
    (``weights_tag``). For the trained classifier it is the embedding of the prompt's ``context_tail``."""

    weights_tag: str
    values: str  # float32 numbers, little-endian, base64

    @classmethod
    def of_floats(cls, weights_tag: str, floats: np.ndarray) -> PreparedContext:
        return cls(weights_tag, base64.b64encode(np.ascontiguousarray(floats, dtype="<f4").tobytes()).decode("ascii"))

    def floats(self) -> np.ndarray:
        return np.frombuffer(base64.b64decode(self.values), dtype="<f4").copy()

    def to_wire(self) -> dict[str, str]:
        return {"weights_tag": self.weights_tag, "values": self.values}

    @classmethod
    def from_wire(cls, wire: object) -> PreparedContext | None:
        """What ``to_wire`` wrote, or None for anything else (nothing, or a shape this release does not know)."""
        if not isinstance(wire, dict) or not all(isinstance(wire.get(k), str) for k in ("weights_tag", "values")):
            return None
        return cls(wire["weights_tag"], wire["values"])


class Classifier(ABC):
    """Text in, verdict out. ``context`` is the prompt when ``text`` is model output (``None`` for a
    prompt), so a classifier can judge an answer by what was asked and apply output-only checks."""

    name: str
    # Whether a verdict depends on the context too (then a text's verdict cannot be remembered alone).
    reads_context: bool = False

    @abstractmethod
    def classify(self, text: str, context: str | None = None) -> Verdict:
        """Score ``text``. Raises SafetyError when the classifier cannot give a verdict."""

    def classify_many(self, texts: list[str], context: str | None = None) -> list[Verdict]:
        """Score several texts; batching classifiers override this to do it in one pass."""
        return [self.classify(text, context) for text in texts]

    def prepare_context(self, context: str, prepared: PreparedContext | None = None) -> None:
        """Make answers to ``context`` quick to score: called as a stream starts, while the engine reads its
        prompt, before the first window. Nothing by default; a classifier that reads the context may work
        out what it needs of it now, or take ``prepared`` (``context_embedding``'s, from the prompt check's
        process) where it fits. Raises SafetyError like ``classify``."""
        return None

    def context_embedding(self, context: str) -> PreparedContext | None:
        """What ``prepare_context`` would work out of ``context``, for another process's classifier to take,
        where this classifier has it at hand (None: nothing to hand over)."""
        return None

    def classify_windows(self, windows: list[tuple[str, str | None]]) -> list[Verdict]:
        """Score several (text, context) pairs, each text with its own context. A batching classifier
        overrides this with one pass."""
        return [self.classify(text, context) for text, context in windows]


class SafetyError(Exception):
    """A classifier or the policy could not do its job (bad policy file, missing model, ...)."""
