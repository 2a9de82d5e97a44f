"""The one interface every safety classifier implements."""

from __future__ import annotations

from abc import ABC, abstractmethod

from safety.verdict import Verdict


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

    def prepare_context(self, context: str) -> None:
        """Make answers to ``context`` quick to score: called as a stream starts, while the engine reads its
        prompt, before the first window. Nothing by default; a classifier that reads the context may work
        out what it needs of it now. Raises SafetyError like ``classify``."""
        return None

    def classify_windows(self, windows: list[tuple[str, str | None]]) -> list[Verdict]:
        """Score several (text, context) pairs, each text with its own context. A batching classifier
        overrides this with one pass."""
        return [self.classify(text, context) for text, context in windows]


class SafetyError(Exception):
    """A classifier or the policy could not do its job (bad policy file, missing model, ...)."""
