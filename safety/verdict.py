"""What every classifier returns, and the categories they score."""

from __future__ import annotations

from dataclasses import dataclass, field

# The categories Sluice scores. A policy may configure fewer; a classifier scores the ones it knows.
CATEGORIES: tuple[str, ...] = (
    "hate",
    "harassment",
    "self-harm",
    "sexual",
    "sexual/minors",
    "violence",
    "illicit/weapons",
    "jailbreak",  # jailbreaks and prompt injection
    "pii",  # requests for, or leaks of, personal data
)


@dataclass(frozen=True)
class Verdict:
    """One classifier's view of one text: a score in [0, 1] per category it scored, and the categories
    whose score reached that classifier's own threshold. The policy, not the classifier, decides."""

    flagged: bool
    scores: dict[str, float] = field(default_factory=dict)
    categories: tuple[str, ...] = ()  # the categories that tripped

    @classmethod
    def from_scores(cls, scores: dict[str, float], threshold: float = 0.5) -> Verdict:
        """A verdict whose tripped categories are those scoring at least ``threshold``."""
        tripped = tuple(c for c, s in scores.items() if s >= threshold)
        return cls(bool(tripped), dict(scores), tripped)


def highest(verdicts: list[Verdict]) -> Verdict:
    """One verdict for several texts judged apart: each category's highest score, every category that
    tripped for any of them."""
    if len(verdicts) == 1:
        return verdicts[0]
    scores: dict[str, float] = {}
    for verdict in verdicts:
        for category, score in verdict.scores.items():
            scores[category] = max(score, scores.get(category, 0.0))
    tripped = tuple(dict.fromkeys(c for verdict in verdicts for c in verdict.categories))
    return Verdict(bool(tripped), scores, tripped)
