"""Remembered verdicts of short texts: a repeated first window is answered without a forward pass, and
what is answered is what the classifier says."""

from __future__ import annotations

from pathlib import Path

import pytest

from safety.classifier import SafetyError
from safety.moderator import build_moderator
from safety.policy import OUTPUT, PROMPT, SafetyPolicy
from safety.verdict import Verdict
from safety.verdict_memo import VerdictMemo
from sluice.settings import Settings

REPO = Path(__file__).resolve().parents[2]


class Counting:
    """Scores by text length and counts how often it was asked."""

    def __init__(self) -> None:
        self.asked: list[str] = []

    def __call__(self, text: str) -> Verdict:
        self.asked.append(text)
        return Verdict.from_scores({"violence": len(text) / 100})


def test_a_short_text_is_scored_once_and_a_long_one_every_time():
    memo, score = VerdictMemo(max_chars=8), Counting()
    first = memo.verdict("The", score)
    again = memo.verdict("The", score)
    memo.verdict("a text longer than eight characters", score)
    memo.verdict("a text longer than eight characters", score)
    assert again == first
    assert score.asked == ["The", "a text longer than eight characters", "a text longer than eight characters"]
    assert (memo.hits, memo.misses, len(memo)) == (1, 1, 1)


def test_the_least_recently_used_text_is_forgotten_first():
    memo, score = VerdictMemo(max_chars=8, max_entries=2), Counting()
    for text in ("A", "B", "A", "C", "A", "B"):
        memo.verdict(text, score)
    # "B" was the least recently used when "C" came, so it was scored again; "A" never was.
    assert score.asked == ["A", "B", "C", "B"]
    assert len(memo) == 2


def test_a_failed_check_is_not_remembered():
    memo = VerdictMemo()
    calls = []

    def fails_once(text: str) -> Verdict:
        calls.append(text)
        if len(calls) == 1:
            raise SafetyError("the classifier is away")
        return Verdict.from_scores({"violence": 0.0})

    with pytest.raises(SafetyError):
        memo.verdict("Hi", fails_once)
    assert memo.verdict("Hi", fails_once).scores == {"violence": 0.0}
    assert calls == ["Hi", "Hi"]


def test_an_answers_window_is_scored_with_its_prompt_and_only_texts_judged_alone_are_remembered():
    # The packaged classifier judges an answer's window beside its prompt, so a first window's verdict is
    # not remembered by its text; the window's embedding is, so a repeat costs the heads only. A text judged
    # alone (a prompt) is answered from memory the second time.
    moderator = build_moderator(SafetyPolicy.load(), Settings(data_dir=REPO / ".sluice"))
    memo, classifier = moderator.memos["embedding"], moderator.classifiers["embedding"]
    assert classifier.reads_context
    rivers = moderator.check(" The", OUTPUT, context="Tell me about rivers")
    moderator.check(" The", OUTPUT, context="Tell me about castles")
    assert rivers.verdicts["embedding"].scores == classifier.classify(" The", context="Tell me about rivers").scores
    assert memo.hits == 0 and " The" in classifier._texts
    as_prompt = moderator.check(" The", PROMPT)
    passes = classifier.coalescer.batches
    again = moderator.check(" The", PROMPT)
    assert again.verdicts == as_prompt.verdicts and memo.hits == 1
    assert classifier.coalescer.batches == passes


def test_a_policy_can_switch_remembering_off(tmp_path):
    packaged = (REPO / "safety" / "policy.toml").read_text()
    policy = tmp_path / "policy.toml"
    policy.write_text(packaged.replace("remember_chars = 32", "remember_chars = 0"))
    assert "remember_chars = 0" in policy.read_text()
    moderator = build_moderator(SafetyPolicy.load(policy), Settings(data_dir=REPO / ".sluice"))
    assert moderator.memos == {}
