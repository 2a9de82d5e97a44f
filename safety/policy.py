"""The safety policy (a TOML file, safety/policy.toml by default): classifiers per stage, each category's
threshold and action, the streaming window, and what the audit record may keep. ``decide`` turns the
classifiers' verdicts into one decision."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from safety.classifier import SafetyError
from safety.verdict import CATEGORIES, Verdict

DEFAULT_POLICY_FILE = Path(__file__).resolve().parent / "policy.toml"

PROMPT, OUTPUT, MODERATION = "prompt", "output", "moderation"
STAGES = (PROMPT, OUTPUT)
ALLOW, FLAG, BLOCK = "allow", "flag", "block"
ACTIONS = (ALLOW, FLAG, BLOCK)
HOLD, RELEASE = "hold", "release"
AUDIT_TEXT = ("none", "excerpt", "full")


@dataclass(frozen=True)
class CategoryRule:
    threshold: float = 0.5
    action: str = BLOCK
    stages: tuple[str, ...] = STAGES
    # Streams are checked in short windows, each a chance to trip, so output usually needs more confidence
    # than a whole prompt; None: the same threshold.
    output_threshold: float | None = None

    def threshold_for(self, stage: str) -> float:
        return self.output_threshold if stage == OUTPUT and self.output_threshold is not None else self.threshold


@dataclass(frozen=True)
class ClassifierConfig:
    enabled: bool
    stages: tuple[str, ...] = STAGES
    options: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class StreamConfig:
    mode: str = HOLD
    window_tokens: int = 4
    overlap_tokens: int = 28
    # Tokens of the first window; 0: window_tokens. A small first window lets hold mode release the first
    # token after its own check instead of after a whole window (the later windows see it again as overlap).
    first_window_tokens: int = 0
    # Quiet windows: while a stream's last window scored under ``quiet_score`` in every category, its windows
    # keep growing (a token per six tokens) up to ``quiet_window_tokens`` new tokens, reading that many fewer
    # tokens of overlap, so each check still sees window + overlap tokens; the first window that scores
    # ``quiet_score`` or more brings them back to ``window_tokens``. 0: off.
    quiet_window_tokens: int = 0
    quiet_score: float = 0.0

    @property
    def first_window(self) -> int:
        return self.first_window_tokens or self.window_tokens

    @property
    def largest_window(self) -> int:
        """The most new tokens a window is made to hold (quiet or not)."""
        return max(self.window_tokens, self.quiet_window_tokens)


@dataclass(frozen=True)
class AuditConfig:
    text: str = "none"
    excerpt_chars: int = 200


@dataclass(frozen=True)
class Decision:
    """What the policy made of one text at one stage."""

    stage: str
    action: str  # allow, flag or block
    scores: dict[str, float]  # per category: the highest score any classifier gave
    categories: tuple[str, ...]  # categories at or over their threshold (whatever their action)
    verdicts: dict[str, Verdict] = field(default_factory=dict)  # per classifier

    @property
    def blocked(self) -> bool:
        return self.action == BLOCK

    @property
    def flagged(self) -> bool:
        return bool(self.categories)

    @property
    def classifiers(self) -> tuple[str, ...]:
        return tuple(self.verdicts)


@dataclass(frozen=True)
class SafetyPolicy:
    categories: dict[str, CategoryRule]
    classifiers: dict[str, ClassifierConfig]
    stream: StreamConfig = StreamConfig()
    audit: AuditConfig = AuditConfig()
    source: str = ""
    # Per stage, what ``decide`` needs of the categories and classifiers, worked out on first use.
    _plans: dict = field(default_factory=dict, init=False, repr=False, compare=False)

    @classmethod
    def load(cls, path: Path | str | None = None) -> SafetyPolicy:
        """Read a policy file (the packaged default when ``path`` is empty). Raises SafetyError naming
        the file and the problem for a missing file, bad TOML or an invalid value."""
        path = Path(path) if path else DEFAULT_POLICY_FILE
        try:
            raw = tomllib.loads(path.read_text())
        except (OSError, tomllib.TOMLDecodeError) as exc:
            raise SafetyError(f"cannot read the safety policy {path}: {exc}") from None
        try:
            return cls.from_dict(raw, source=str(path))
        except (TypeError, ValueError) as exc:
            raise SafetyError(f"invalid safety policy {path}: {exc}") from None

    @classmethod
    def from_dict(cls, raw: dict, source: str = "") -> SafetyPolicy:
        """A policy from parsed TOML. Raises ValueError for an unknown category, action, stage or mode."""
        categories = {}
        for name, rule in raw.get("categories", {}).items():
            if name not in CATEGORIES:
                raise ValueError(f"unknown category {name!r} (known: {', '.join(CATEGORIES)})")
            categories[name] = CategoryRule(
                threshold=_unit(rule.get("threshold", 0.5), f"categories.{name}.threshold"),
                output_threshold=None if "output_threshold" not in rule else _unit(
                    rule["output_threshold"], f"categories.{name}.output_threshold"),
                action=_choice(rule.get("action", BLOCK), ACTIONS, f"categories.{name}.action"),
                stages=_stages(rule.get("stages", STAGES), f"categories.{name}.stages"),
            )
        classifiers = {}
        for name, options in raw.get("classifiers", {}).items():
            if name not in ("rules", "embedding", "judge"):
                raise ValueError(f"unknown classifier {name!r} (known: rules, embedding, judge)")
            options = dict(options)
            classifiers[name] = ClassifierConfig(
                enabled=bool(options.pop("enabled", False)),
                stages=_stages(options.pop("stages", STAGES), f"classifiers.{name}.stages"),
                options=options,
            )
        stream_raw = raw.get("stream", {})
        stream = StreamConfig(
            mode=_choice(stream_raw.get("mode", HOLD), (HOLD, RELEASE), "stream.mode"),
            window_tokens=int(stream_raw.get("window_tokens", StreamConfig.window_tokens)),
            overlap_tokens=int(stream_raw.get("overlap_tokens", StreamConfig.overlap_tokens)),
            first_window_tokens=int(stream_raw.get("first_window_tokens", StreamConfig.first_window_tokens)),
            quiet_window_tokens=int(stream_raw.get("quiet_window_tokens", StreamConfig.quiet_window_tokens)),
            quiet_score=_unit(stream_raw.get("quiet_score", StreamConfig.quiet_score), "stream.quiet_score"),
        )
        if stream.window_tokens < 1 or not 0 <= stream.overlap_tokens or stream.first_window_tokens < 0:
            raise ValueError("stream.window_tokens must be at least 1, and stream.overlap_tokens and "
                             "stream.first_window_tokens at least 0")
        if stream.quiet_window_tokens and not (
                stream.window_tokens < stream.quiet_window_tokens <= stream.window_tokens + stream.overlap_tokens):
            raise ValueError("stream.quiet_window_tokens must be 0 (off) or more than stream.window_tokens and "
                             "at most stream.window_tokens + stream.overlap_tokens")
        audit_raw = raw.get("audit", {})
        audit = AuditConfig(text=_choice(audit_raw.get("text", "none"), AUDIT_TEXT, "audit.text"),
                            excerpt_chars=int(audit_raw.get("excerpt_chars", 200)))
        return cls(categories, classifiers, stream, audit, source)

    def classifier_enabled(self, name: str, stage: str) -> bool:
        config = self.classifiers.get(name)
        return bool(config and config.enabled and (stage == MODERATION or stage in config.stages))

    def decide(self, stage: str, verdicts: dict[str, Verdict]) -> Decision:
        """Combine ``verdicts`` (by classifier name): each configured category's score is the highest any
        classifier gave it; it trips at its threshold for ``stage``; the strictest action of the tripped ones wins.
        At the moderation stage every category counts, whatever its stages."""
        # This runs for every window of every stream: the categories of the stage with their thresholds, and
        # each classifier's ignored categories, are looked up once per policy, and the loops are plain.
        rules, ignored = self._plan(stage)
        given = [(verdict.scores, ignored.get(name, ())) for name, verdict in verdicts.items()]
        scores: dict[str, float] = {}
        tripped: list[str] = []
        rank = 0
        for category, threshold, action_rank in rules:
            score = 0.0
            for by_category, skipped in given:
                value = by_category.get(category, 0.0)
                if value > score and category not in skipped:
                    score = value
            scores[category] = score
            if score >= threshold:
                tripped.append(category)
                rank = max(rank, action_rank)
        return Decision(stage, ACTIONS[rank], scores, tuple(tripped), dict(verdicts))

    def _plan(self, stage: str) -> tuple[tuple[tuple[str, float, int], ...], dict[str, frozenset[str]]]:
        """(category, threshold at ``stage``, rank of its action) of every category that counts at ``stage``,
        and each classifier's categories that do not count there (its ``ignore_at_<stage>`` option)."""
        plan = self._plans.get(stage)
        if plan is None:
            rules = tuple((category, rule.threshold_for(stage), ACTIONS.index(rule.action))
                          for category, rule in self.categories.items()
                          if stage == MODERATION or stage in rule.stages)
            ignored = {name: frozenset(config.options.get(f"ignore_at_{stage}", ()))
                       for name, config in self.classifiers.items()}
            plan = self._plans[stage] = (rules, ignored)
        return plan


def _unit(value: Any, name: str) -> float:
    number = float(value)
    if not 0.0 <= number <= 1.0:
        raise ValueError(f"{name} must be between 0 and 1, not {value}")
    return number


def _choice(value: Any, allowed: tuple[str, ...], name: str) -> str:
    if value not in allowed:
        raise ValueError(f"{name} must be one of {', '.join(allowed)}, not {value!r}")
    return value


def _stages(value: Any, name: str) -> tuple[str, ...]:
    stages = tuple(value)
    for stage in stages:
        _choice(stage, STAGES, name)
    return stages
