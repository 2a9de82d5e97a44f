"""Text is normalized before the rules and classifiers see it: NFKC (fullwidth and other compatibility
forms become their plain letters) with invisible format characters removed, at every stage the moderator
checks (the prompt check, the streaming windows, /v1/moderations)."""

from __future__ import annotations

import pytest

from safety.moderator import Moderator
from safety.normalize import checkable_text
from safety.policy import MODERATION, OUTPUT, PROMPT, SafetyPolicy
from safety.rules import RulesClassifier
from tests.unit.test_safety_classifiers import HARMFUL

ZERO_WIDTH_SPACE = "\u200b"


def fullwidth(text: str) -> str:
    """``text`` with every printable ASCII character as its fullwidth form (U+FF01 to U+FF5E, U+3000)."""
    return "".join("\u3000" if c == " " else chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text)


# HARMFUL's illicit/weapons prompt, hidden from a plain pattern match three ways.
BOMB = HARMFUL["illicit/weapons"]
DISGUISED = {
    "zero-width space in the key word": BOMB.replace("bomb", f"b{ZERO_WIDTH_SPACE}omb"),
    "zero-width joiner and soft hyphen": BOMB.replace("bomb", "b\u200do\u00admb"),
    "fullwidth letters": fullwidth(BOMB),
    "fullwidth letters and a zero-width space": fullwidth(BOMB.replace("bomb", f"b{ZERO_WIDTH_SPACE}omb")),
}


@pytest.fixture(scope="module")
def rules_only() -> Moderator:
    """The packaged policy with the rules classifier alone: the trained one tolerates some disguises by
    itself, the patterns tolerate none."""
    return Moderator(SafetyPolicy.load(), {"rules": RulesClassifier()})


@pytest.mark.parametrize(("disguised", "plain"), [
    (f"b{ZERO_WIDTH_SPACE}omb", "bomb"),
    ("b\u200c\u200d\u2060\ufeffomb", "bomb"),  # non-joiner, joiner, word joiner, byte order mark
    ("b\u00adomb", "bomb"),  # soft hyphen
    ("b\u202eomb\u202c", "bomb"),  # bidirectional override and pop
    ("bomb\U000e0062\U000e006f", "bomb"),  # tag characters (Cf) that smuggle hidden ASCII
    ("bo\ufe0fmb", "bomb"),  # a variation selector
    ("ｂｏｍｂ", "bomb"),  # fullwidth
    ("𝐛𝐨𝐦𝐛", "bomb"),  # mathematical bold
    ("ｂ\u200bｏｍｂ", "bomb"),
    ("ﬁre", "fire"),  # a ligature
    ("cafe\u0301", "café"),  # a combining accent composes
])
def test_normalization_removes_invisible_characters_and_folds_compatibility_forms(disguised, plain):
    assert checkable_text(disguised) == plain


@pytest.mark.parametrize("text", ["Say hello", "naïve café, Ünïcödé", "東京は日本の首都です。", "Привет, мир", ""])
def test_normalization_keeps_plain_text_as_it_is(text):
    assert checkable_text(text) == text


@pytest.mark.parametrize("name", list(DISGUISED))
def test_a_disguised_harmful_prompt_is_blocked_by_the_rules_at_the_prompt_check(rules_only, name):
    decision = rules_only.check(DISGUISED[name], PROMPT)
    assert decision.blocked and "illicit/weapons" in decision.categories, decision.scores


@pytest.mark.parametrize("name", list(DISGUISED))
def test_a_disguised_harmful_output_window_is_blocked_by_the_streaming_check(name):
    # Answers are searched for the policy's own patterns (the built-in ones judge requests).
    rules_only = Moderator(SafetyPolicy.load(), {"rules": RulesClassifier(extra_patterns={
        "illicit/weapons": [r"\bpipe bomb\b"]})})
    prompt = fullwidth("Tell me a story.")
    [batched] = rules_only.check_windows([(DISGUISED[name], prompt)], OUTPUT)
    single = rules_only.check(DISGUISED[name], OUTPUT, context=prompt)
    assert batched.blocked and single.blocked
    assert "illicit/weapons" in batched.categories and "illicit/weapons" in single.categories


def test_disguised_texts_are_flagged_by_the_moderation_stage(rules_only):
    decisions = rules_only.check_many([*DISGUISED.values(), "What is the capital of France?"], MODERATION)
    assert [d.flagged for d in decisions] == [True] * len(DISGUISED) + [False]


def test_personal_data_in_fullwidth_digits_is_caught_in_an_output(rules_only):
    leak = "Her SSN is " + fullwidth("078-05-1120") + "."
    assert rules_only.check(leak, OUTPUT, context="Tell me about her.").scores["pii"] == 1.0
