"""Quality of a moderator on labelled examples, as the serving checks see them: a prompt whole, as the
prompt check does; an output fed piece by piece through the streaming window check (harmful = cut
somewhere). Counts overall, per category, per MLCommons hazard, per benign group and per writer
(bench/safety_eval.py prints them; a test runs it on a slice)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from safety.dataset import Example
from safety.moderator import Moderator
from safety.policy import PROMPT, Decision
from safety.stream_check import StreamWindowCheck
from safety.verdict import CATEGORIES

_WORDS = re.compile(r"\S+\s*|\s+")


def word_pieces(text: str) -> list[str]:
    """``text`` in pieces of one word and the space after it: a stand-in for a model's tokens."""
    return _WORDS.findall(text)


def token_pieces(tokenizer, text: str) -> list[str]:
    """``text`` as the generation loop hands it to the stream check: one piece of text per token of
    ``tokenizer`` (the served model's)."""
    ids = tokenizer.encode(text, add_special_tokens=False)
    decoded = [tokenizer.decode(ids[:i]) for i in range(len(ids) + 1)]
    return [decoded[i + 1][len(decoded[i]):] for i in range(len(ids))]


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0

    def add(self, truth: bool, predicted: bool) -> None:
        if truth and predicted:
            self.tp += 1
        elif truth:
            self.fn += 1
        elif predicted:
            self.fp += 1
        else:
            self.tn += 1

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else float("nan")

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else float("nan")

    @property
    def fpr(self) -> float:
        return self.fp / (self.fp + self.tn) if self.fp + self.tn else float("nan")

    @property
    def positives(self) -> int:
        return self.tp + self.fn


@dataclass
class Quality:
    """What a moderator made of a set of examples. ``overall``: blocked or not against harmful or not.
    ``per_category[c]``: recall over the examples labelled ``c`` (blocked at all), false positives over
    the benign examples on which ``c`` tripped. ``per_hazard`` and ``per_writer``: the same as overall over
    their examples. ``per_group``: [blocked, total] of each benign group."""

    overall: Counts = field(default_factory=Counts)
    per_category: dict[str, Counts] = field(default_factory=lambda: {c: Counts() for c in CATEGORIES})
    per_hazard: dict[str, Counts] = field(default_factory=dict)
    per_writer: dict[str, Counts] = field(default_factory=dict)
    per_group: dict[str, list[int]] = field(default_factory=dict)
    misses: list[str] = field(default_factory=list)
    false_positives: list[str] = field(default_factory=list)

    def add(self, example: Example, decision: Decision) -> None:
        blocked = decision.blocked
        self.overall.add(example.harmful, blocked)
        for category, counts in self.per_category.items():
            if category in example.labels:
                counts.add(True, blocked)
            elif not example.harmful:
                counts.add(False, category in decision.categories)
        if example.hazard:
            self.per_hazard.setdefault(example.hazard, Counts()).add(True, blocked)
        self.per_writer.setdefault(example.writer, Counts()).add(example.harmful, blocked)
        if not example.harmful:
            flagged, total = self.per_group.get(example.group, [0, 0])
            self.per_group[example.group] = [flagged + blocked, total + 1]
            if blocked:
                self.false_positives.append(f"{example.id} {list(decision.categories)}: {example.text[:90]!r}")
        elif not blocked:
            self.misses.append(f"{example.id} ({example.form}): {example.text[:90]!r}")

    def lookalikes_refused(self) -> tuple[int, int]:
        """(blocked, total) over the benign look-alike groups."""
        pairs = [v for group, v in self.per_group.items() if group.startswith("lookalike")]
        return sum(p[0] for p in pairs), sum(p[1] for p in pairs)


def decide(moderator: Moderator, example: Example, pieces: Callable[[str], list[str]] = word_pieces) -> Decision:
    """The decision the serving checks reach on ``example``: the prompt check on a prompt; on an output,
    the streaming window check fed ``pieces(text)`` one at a time with the example's prompt as context."""
    if example.kind == "prompt":
        return moderator.check(example.text, PROMPT)
    check = StreamWindowCheck(moderator, example.prompt or "")
    for piece in pieces(example.text):
        check.add(piece, 1)
    check.finish()
    return check.decision()


def evaluate(moderator: Moderator, examples: list[Example],
             pieces: Callable[[str], list[str]] = word_pieces) -> Quality:
    """``moderator``'s quality on ``examples`` (prompts and outputs may be mixed; callers usually pass one
    kind)."""
    quality = Quality()
    for example in examples:
        quality.add(example, decide(moderator, example, pieces))
    return quality


def evaluate_exchanges(moderator: Moderator, outputs: list[Example],
                       pieces: Callable[[str], list[str]] = word_pieces) -> Quality:
    """Both layers a request meets in turn, over answers with the prompts they answer: an exchange is stopped
    when the prompt check refuses its prompt (the answer is then never generated; the prompt's decision
    counts) or, its prompt let through, when the window check cuts the answer. A harmful answer missed here
    went through both checks; a benign exchange stopped is a false positive of either. Each distinct prompt
    is checked once."""
    quality = Quality()
    prompt_decisions: dict[str, Decision] = {}
    for example in outputs:
        prompt = example.prompt or ""
        if prompt not in prompt_decisions:
            prompt_decisions[prompt] = moderator.check(prompt, PROMPT)
        refused = prompt_decisions[prompt]
        quality.add(example, refused if refused.blocked else decide(moderator, example, pieces))
    return quality
