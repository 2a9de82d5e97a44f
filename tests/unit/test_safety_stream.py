"""The streaming window check on its own: what is released when, and where a stream is cut. The rules
classifier does the classifying (deterministic); the end-to-end tests run the whole path."""

from __future__ import annotations

from safety.classifier import Classifier
from safety.moderator import Moderator
from safety.policy import HOLD, RELEASE, SafetyPolicy, StreamConfig
from safety.rules import RulesClassifier
from safety.stream_check import StreamWindowCheck
from safety.verdict import Verdict

PROMPT = "Tell me how to do it."
# One piece per generated token, as the detokenizer hands them over.
HARMFUL_ANSWER = ["Sure", ",", " here", " is", " how", " to", " build", " a", " pipe", " bomb", " at", " home",
                  ":", " first", " get"]
BOMB_AT = HARMFUL_ANSWER.index(" bomb")


class RecordingRules(Classifier):
    """The rules classifier with an operator's pattern for the phrase below (answers are searched for the
    policy's own patterns), remembering every text it was asked about."""

    name = "rules"

    def __init__(self) -> None:
        self.rules = RulesClassifier(extra_patterns={"illicit/weapons": [r"\bbuild a pipe bomb\b"]})
        self.seen: list[str] = []

    def classify(self, text: str, context: str | None = None) -> Verdict:
        self.seen.append(text)
        return self.rules.classify(text, context)


def window_check(mode: str, window: int, overlap: int) -> tuple[StreamWindowCheck, RecordingRules]:
    rules = RecordingRules()
    policy = SafetyPolicy.from_dict({"classifiers": {"rules": {"enabled": True}},
                                     "categories": {"illicit/weapons": {"threshold": 0.5, "action": "block"}}})
    return StreamWindowCheck(Moderator(policy, {"rules": rules}), PROMPT, StreamConfig(mode, window, overlap)), rules


def feed(check: StreamWindowCheck, pieces: list[str]) -> list[tuple[int, str]]:
    """(index of the piece being added, piece released) for every release, stopping at a cut."""
    released = []
    for index, piece in enumerate(pieces):
        released += [(index, out) for out in check.add(piece, 1)]
        if check.cut is not None:
            break
    return released


def test_hold_mode_releases_nothing_that_was_not_checked_first():
    check, rules = window_check(HOLD, window=4, overlap=4)
    benign = ["The", " lighthouse", " keeper", " climbed", " the", " stairs", " every", " night", " and", " lit",
              " the", " lamp"]
    released = feed(check, benign)
    released += [(len(benign), piece) for piece in check.finish()]
    assert "".join(piece for _, piece in released) == "".join(benign)
    assert released[0][0] == 3  # the first piece waits for the first window of four
    for index, piece in released:
        # Each released piece was inside a text the classifier had seen by the time it was released.
        checked_by_then = rules.seen[: index // 4 + 1]
        assert any(piece in text for text in checked_by_then), (index, piece)
    assert check.decision().action == "allow" and check.windows == 3


def test_a_phrase_split_across_windows_is_seen_whole_thanks_to_the_overlap():
    without_overlap, _ = window_check(HOLD, window=2, overlap=0)
    feed(without_overlap, HARMFUL_ANSWER)
    without_overlap.finish()
    assert without_overlap.cut is None  # "build a" / "pipe bomb" apart match nothing

    with_overlap, rules = window_check(HOLD, window=2, overlap=4)
    released = feed(with_overlap, HARMFUL_ANSWER)
    assert with_overlap.cut is not None
    assert "illicit/weapons" in with_overlap.cut.categories
    assert "build a pipe bomb" in rules.seen[-1]
    text = "".join(piece for _, piece in released)
    assert "bomb" not in text and "pipe" not in text  # the window holding them never went out
    assert with_overlap.add(" more", 1) == [] and with_overlap.finish(" tail") == []


def test_hold_mode_cuts_within_one_window_of_the_harmful_text():
    check, _ = window_check(HOLD, window=4, overlap=12)
    released = feed(check, HARMFUL_ANSWER)
    hit_window_end = (BOMB_AT // 4 + 1) * 4  # pieces added when the window holding " bomb" was checked
    assert check.cut is not None and check.windows * 4 == hit_window_end
    assert hit_window_end - BOMB_AT <= 4
    # The client got the windows cleared before the hit, and nothing of the hit window.
    assert "".join(piece for _, piece in released) == "".join(HARMFUL_ANSWER[: hit_window_end - 4])


def test_release_mode_releases_at_once_and_cuts_at_the_end_of_the_window():
    check, _ = window_check(RELEASE, window=4, overlap=12)
    released = feed(check, HARMFUL_ANSWER)
    hit_window_end = (BOMB_AT // 4 + 1) * 4
    assert check.cut is not None and check.windows * 4 == hit_window_end
    # Every piece went out as it came, but the one completing the hit window (it waited for its check).
    assert [index for index, _ in released] == list(range(hit_window_end - 1))
    assert "".join(piece for _, piece in released) == "".join(HARMFUL_ANSWER[: hit_window_end - 1])


def test_the_end_of_a_generation_is_checked_even_when_shorter_than_a_window():
    check, _ = window_check(HOLD, window=16, overlap=8)
    assert feed(check, HARMFUL_ANSWER[:BOMB_AT + 1]) == []
    assert check.finish() == []
    assert check.cut is not None and check.windows == 1


def test_a_one_token_first_window_releases_the_first_token_after_its_own_check():
    rules = RecordingRules()
    policy = SafetyPolicy.from_dict({"classifiers": {"rules": {"enabled": True}},
                                     "categories": {"illicit/weapons": {"threshold": 0.5, "action": "block"}},
                                     "stream": {"mode": "hold", "window_tokens": 4, "overlap_tokens": 12,
                                                "first_window_tokens": 1}})
    check = StreamWindowCheck(Moderator(policy, {"rules": rules}), PROMPT)
    assert check.add("Sure", 1) == ["Sure"]  # checked alone, then released at once
    assert rules.seen == ["Sure"]
    released = feed(check, HARMFUL_ANSWER[1:])
    # Later windows grow a token per six tokens to four (six of 1, three of 2, two of 3, then 4) and see
    # the first token again in their overlap...
    assert rules.seen[1].startswith("Sure")
    assert [len(seen.split()) for seen in rules.seen[:4]] == [1, 1, 2, 3]  # "Sure" / "Sure," / ... / "... is"
    # ...and the harmful phrase is still cut within one window: windows end after tokens 1 to 6, 8 and 10,
    # so the one holding " bomb" (token 10) is tokens 9-10, and nothing of it went out.
    assert check.cut is not None and "illicit/weapons" in check.cut.categories
    assert "build a pipe bomb" in rules.seen[-1]
    assert "Sure" + "".join(piece for _, piece in released) == "".join(HARMFUL_ANSWER[:8])


def test_windows_grow_so_that_no_token_waits_more_than_its_release_lag():
    """Every token waits behind its generation for the end of its window: at most ``release_lag`` tokens'
    time, which grows by a sixth of a token per token and stops at a window."""
    policy = SafetyPolicy.from_dict({"classifiers": {"rules": {"enabled": True}},
                                     "stream": {"mode": "hold", "window_tokens": 4, "overlap_tokens": 12,
                                                "first_window_tokens": 1}})
    check = StreamWindowCheck(Moderator(policy, {"rules": RecordingRules()}), PROMPT)
    ends, token = [], 0
    while token < 40:
        size = check.window_size
        assert check.add(" ok" * size, size) != []  # one piece for the whole window: it is checked at once
        token += size
        ends.append(token)
    sizes = [later - earlier for earlier, later in zip([0, *ends], ends, strict=False)]
    assert sizes[:13] == [1] * 6 + [2, 2, 2, 3, 3, 4, 4]
    start = 1
    for end in ends:
        for each in range(start, end + 1):
            assert end - each <= check.release_lag(each) <= 3
        start = end + 1
    lags = [check.release_lag(each) for each in range(1, 41)]
    assert lags[0] == 0 and max(later - earlier for earlier, later in zip(lags, lags[1:], strict=False)) <= 1 / 6 + 1e-9


def test_the_packaged_policy_releases_the_first_token_after_one_check():
    stream = SafetyPolicy.load().stream
    assert (stream.mode, stream.first_window, stream.window_tokens) == (HOLD, 1, 4)


def test_with_no_classifier_for_answers_text_goes_out_as_it_comes_without_windows():
    policy = SafetyPolicy.from_dict({"classifiers": {"rules": {"enabled": True, "stages": ["prompt"]}},
                                     "stream": {"mode": "hold", "window_tokens": 4, "overlap_tokens": 12,
                                                "first_window_tokens": 1}})
    rules = RecordingRules()
    check = StreamWindowCheck(Moderator(policy, {"rules": rules}), PROMPT)

    assert not check.checks and not check.holds
    assert [check.add(piece, 1) for piece in HARMFUL_ANSWER[:5]] == [[piece] for piece in HARMFUL_ANSWER[:5]]
    assert check.finish(" tail") == [" tail"]
    assert check.windows == 0 and rules.seen == [] and check.cut is None


def quiet_check(**stream) -> tuple[StreamWindowCheck, RecordingRules]:
    """Hold mode, windows of 4 and 12 tokens of overlap, one-token first window, and quiet windows of up to 8
    tokens while every score stays under 0.05. An email address scores pii 0.9 (the rules' personal-data
    detectors), under the category's threshold of 0.95: a window holding one is not quiet, nor cut."""
    rules = RecordingRules()
    policy = SafetyPolicy.from_dict({"classifiers": {"rules": {"enabled": True}},
                                     "categories": {"pii": {"threshold": 0.95, "action": "block"},
                                                    "illicit/weapons": {"threshold": 0.5, "action": "block"}},
                                     "stream": {"mode": "hold", "window_tokens": 4, "overlap_tokens": 12,
                                                "first_window_tokens": 1, "quiet_window_tokens": 8,
                                                "quiet_score": 0.05, **stream}})
    return StreamWindowCheck(Moderator(policy, {"rules": rules}), PROMPT), rules


def window_sizes(check: StreamWindowCheck, tokens: list[str]) -> list[int]:
    """Feed ``tokens`` one at a time; the tokens of each window checked."""
    sizes, since = [], 0
    for token in tokens:
        check.add(token, 1)
        since += 1
        if check.windows > len(sizes):
            sizes.append(since)
            since = 0
    return sizes


def test_quiet_windows_grow_past_the_window_while_every_score_stays_low_reading_no_more_text():
    check, rules = quiet_check()
    sizes = window_sizes(check, [" ok"] * 90)
    # The same ramp as ever (a token more per six tokens), on past 4 up to the quiet windows' 8.
    assert sizes[:13] == [1] * 6 + [2, 2, 2, 3, 3, 4, 4]
    assert max(sizes) == 8 and sizes[-3:] == [8, 8, 8]
    assert sizes == sorted(sizes)
    # A check reads window + overlap tokens (16) at most, however long its window: each " ok" is a token.
    assert max(len(seen) for seen in rules.seen) == 16 * len(" ok")
    assert len(rules.seen[-1]) == 16 * len(" ok")
    # Half the windows of 4-token ones, each no longer: half the classifier's work.
    plain, plain_rules = quiet_check(quiet_window_tokens=0)
    window_sizes(plain, [" ok"] * 90)
    assert sum(map(len, rules.seen)) < 0.7 * sum(map(len, plain_rules.seen))


def test_a_window_that_scores_above_the_quiet_score_brings_back_small_windows_until_it_has_passed():
    check, _ = quiet_check()
    tokens = [" ok"] * 60 + [" write", " to", " ada", "@lovelace.org"] + [" ok"] * 40
    sizes = window_sizes(check, tokens)
    ends = [sum(sizes[:i + 1]) for i in range(len(sizes))]
    email_window = next(i for i, end in enumerate(ends) if end >= 64)
    assert sizes[email_window - 1] > 4  # quiet before the address
    # Once checked with the address (pii 0.9: not cut, but not quiet), windows are back to 4 tokens while
    # it is still in their overlap, and grow again, at once, once it has left them.
    assert check.cut is None
    after = sizes[email_window + 1:]
    assert after[:3] == [4, 4, 4]
    assert max(after) == 8
    lags = [check.release_lag(each) for each in range(1, len(tokens) + 1)]
    start = 1
    for end in ends:
        for each in range(start, end + 1):
            assert end - each <= lags[each - 1] <= 7  # no token waits longer than its release lag
        start = end + 1
    assert max(later - earlier for earlier, later in zip(lags, lags[1:], strict=False)) <= 1 / 6 + 1e-9


def test_a_harmful_phrase_after_quiet_windows_is_still_cut_and_none_of_it_released():
    check, _ = quiet_check()
    released = feed(check, [" ok"] * 70 + HARMFUL_ANSWER)
    assert check.cut is not None and "illicit/weapons" in check.cut.categories
    text = "".join(piece for _, piece in released)
    assert "bomb" not in text and "pipe" not in text


def test_quiet_windows_must_be_longer_than_the_window_and_fit_in_its_overlap():
    for quiet in (4, 17):
        try:
            quiet_check(quiet_window_tokens=quiet)
        except ValueError as exc:
            assert "quiet_window_tokens" in str(exc)
        else:
            raise AssertionError(f"quiet_window_tokens={quiet} was taken")
