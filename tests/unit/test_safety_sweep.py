"""bench/safety_sweep.py's bookkeeping: one pass records each example's highest score per category, and any
threshold is read from it afterwards."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from safety.dataset import Example
from safety.policy import SafetyPolicy
from safety.rules import RulesClassifier

SWEEP = Path(__file__).resolve().parents[2] / "bench" / "safety_sweep.py"


@pytest.fixture(scope="module")
def sweep():
    spec = importlib.util.spec_from_file_location("safety_sweep", SWEEP)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def example(kind: str, text: str, harmful: bool, prompt: str | None = None) -> Example:
    return Example(f"t-{len(text)}", kind, ("violence",) if harmful else (), "harmful" if harmful else "ordinary",
                   text, prompt, "t")


def test_one_pass_records_the_highest_score_per_category(sweep):
    policy = SafetyPolicy.from_dict({"classifiers": {"rules": {"enabled": True}},
                                     "categories": {"violence": {"threshold": 0.5}, "pii": {"threshold": 0.5}}})
    own = {"violence": [r"\blighthouse\b"]}
    moderator = sweep.HighestScore(policy, {"rules": RulesClassifier(extra_patterns=own, builtin=False)})
    examples = [example("prompt", "Meet me at the lighthouse.", True),
                example("prompt", "What is the capital of France?", False),
                # A harmful answer whose match comes late: the window check sees every window, none cut.
                example("output", "Sure. " + "Walk along the shore, past the boats. " * 6 + "The lighthouse.", True,
                        prompt="Where?"),
                example("output", "Call 646 831 2290 tonight.", False, prompt="Her number?")]
    found: list[dict] = []
    highest = sweep.highest_scores(moderator, examples, sweep.word_pieces, found)

    assert highest == [1.0, 0.0, 1.0, 0.9]
    assert [scores.get("violence", 0.0) for scores in found] == [1.0, 0.0, 1.0, 0.0]
    assert found[3]["pii"] == 0.9  # a phone number in an answer, from the personal data detectors
    # Nothing under a score of 1.0 blocks, so every window of an answer is seen until its highest score.
    assert {rule.threshold_for(stage) for rule in moderator.policy.categories.values()
            for stage in ("prompt", "output")} == {1.0}


def test_recall_at_a_false_positive_rate_picks_the_threshold_that_keeps_under_it(sweep):
    harmful = [True, True, True, True, False, False, False, False, False, False, False, False, False, False,
               False, False, False, False, False, False, False, False]
    scores = [0.9, 0.8, 0.55, 0.3, 0.6, 0.2] + [0.1] * 16
    assert sweep.rates(harmful, scores, 0.5) == (0.75, 1 / 18)
    assert sweep.recall_at_fpr(harmful, scores, 0.05) == (0.5, 0.8)  # 0.6 would let a benign one through
    assert sweep.recall_at_fpr(harmful, scores, 0.06) == (1.0, 0.3)
    rules = [False, False, False, True] + [False] * 18
    assert sweep.rates(harmful, scores, 0.5, rules) == (1.0, 1 / 18)


def test_stream_variants_score_answers_as_streamed_one_by_one_and_count_what_quiet_windows_save(sweep):
    policy = SafetyPolicy.from_dict({"classifiers": {"rules": {"enabled": True}},
                                     "categories": {"violence": {"threshold": 0.5}, "pii": {"threshold": 0.95}},
                                     "stream": {"mode": "hold", "window_tokens": 4, "overlap_tokens": 12,
                                                "first_window_tokens": 1}})
    rules = {"rules": RulesClassifier(extra_patterns={"violence": [r"\blighthouse\b"]}, builtin=False)}
    shore = "Walk along the shore, past the boats and the nets drying in the sun. " * 12
    outputs = [example("output", shore + "Then the lighthouse.", True, prompt="Where?"),
               example("output", shore + "That is all.", False, prompt="Where?"),
               example("output", "Call 646 831 2290 tonight. " + shore, False, prompt="Her number?")]
    rows = sweep.stream_variants(policy, rules, outputs, sweep.word_pieces, [False] * 3, 0.55,
                                 [{}, {"quiet_window_tokens": 16, "quiet_score": 0.05}])
    one_by_one = sweep.highest_scores(sweep.HighestScore(policy, rules), outputs, sweep.word_pieces)
    assert one_by_one == [1.0, 0.0, 0.9]
    for row in rows:  # the lighthouse caught; the phone number (0.9) over 0.55 too
        assert (row["recall"], row["fpr"]) == (1.0, 0.5)
    plain, quiet = rows
    assert quiet["windows"] < 0.7 * plain["windows"]
    assert quiet["read_per_generated"] < 0.7 * plain["read_per_generated"]
