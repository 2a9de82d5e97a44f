"""Hold mode's release pacing: a cleared window's text goes out at its generation pace, without a stall
each time the windows grow, without running more than a window behind, and a backlog not as one burst."""

from __future__ import annotations

import math
import random

import pytest

from safety.moderator import Moderator
from safety.policy import SafetyPolicy
from safety.rules import RulesClassifier
from safety.stream_check import StreamWindowCheck
from workers.stream_loop import paced_release_times

# An operator's pattern (policy extra_patterns): answers are searched for these, not the built-in
# request patterns.
BOMB = {"illicit/weapons": [r"\bpipe bomb\b"]}


def growing_check(quiet_window_tokens: int = 0) -> StreamWindowCheck:
    """Windows of 4 tokens after a one-token first window; with ``quiet_window_tokens``, growing on to that
    while nothing scores (the rules find nothing in " ok")."""
    policy = SafetyPolicy.from_dict({"classifiers": {"rules": {"enabled": True}},
                                     "stream": {"mode": "hold", "window_tokens": 4, "overlap_tokens": 12,
                                                "first_window_tokens": 1, "quiet_window_tokens": quiet_window_tokens,
                                                "quiet_score": 0.05}})
    return StreamWindowCheck(Moderator(policy, {"rules": RulesClassifier(extra_patterns=BOMB)}), "Say something.")


def release_times(made: list[float], check_seconds: float | list[float] = 0.0, allowance: bool = False,
                  quiet_window_tokens: int = 0) -> list[float]:
    """Tokens come from the engine at the times ``made``; each window is cleared ``check_seconds`` after
    its last token (the loop clears a window in the tick its last token comes in, and its check delays
    that tick's releases all alike: 0 by default). Returns each token's release time, scheduled window by
    window as the stream loop does (the token gap a moving average of the engine's, as the loop measures
    it). A list of ``check_seconds`` gives each window's own check time, and ``allowance`` delays releases by
    the first check's time, then the longest check's so far (at most a step), as the loop does."""
    checks = list(check_seconds) if isinstance(check_seconds, list) else None
    longest = 0.0
    check = growing_check(quiet_window_tokens)
    released: list[float] = []
    waiting: list[list] = []  # [due, pacing]
    released_at, gap, token = None, None, 0
    while token < len(made):
        size = min(check.window_size, len(made) - token)
        window = []
        for each in range(token, token + size):
            if each:
                step = made[each] - made[each - 1]
                gap = step if gap is None else gap + 0.25 * (step - gap)
            window.append((1, made[each], check.release_lag(each + 1)))
        check.add(" ok" * size, size)
        token += size
        took = checks.pop(0) if checks is not None else check_seconds
        now = made[token - 1] + took
        if allowance:
            longest = max(longest, took if gap is None else min(took, gap))
        gone = [item for item in waiting if item[0] <= now]
        released += [due for due, _ in gone]
        released_at = gone[-1][0] if gone else released_at
        waiting = [item for item in waiting if item[0] > now] + [[now, pacing] for pacing in window]
        dues = paced_release_times([pacing for _, pacing in waiting], now, released_at, gap, check.window_size,
                                   longest)
        waiting = [[due, pacing] for due, (_, pacing) in zip(dues, waiting, strict=True)]
    return released + [due for due, _ in waiting]


def test_growing_windows_release_every_token_at_most_a_sixth_of_a_step_late_and_then_at_the_pace():
    made = [1.0 * (token + 1) for token in range(30)]
    released = release_times(made)
    gaps = [later - earlier for earlier, later in zip(released, released[1:], strict=False)]

    assert released[0] == pytest.approx(made[0])  # the first token goes out once checked
    assert max(gaps) <= 1 + 1 / 6 + 1e-9  # released as cleared, a window's start would wait a step longer
    assert min(gaps) >= 1 - 1e-9  # and never faster than made: no bursts
    assert gaps[19:] == pytest.approx([1.0] * len(gaps[19:]))  # once the windows stop growing: one per step
    assert all(out - generated <= 3 * 1.0 + 1e-9 for generated, out in zip(made, released, strict=True))


def test_quiet_windows_keep_the_pace_while_they_grow_and_wait_no_more_than_one_of_them():
    made = [1.0 * (token + 1) for token in range(120)]
    released = release_times(made, quiet_window_tokens=12)
    gaps = [later - earlier for earlier, later in zip(released, released[1:], strict=False)]
    assert max(gaps) <= 1 + 1 / 6 + 1e-9 and min(gaps) >= 1 - 1e-9
    assert gaps[70:] == pytest.approx([1.0] * len(gaps[70:]))  # grown to 12 by token 67: one per step
    behind = [out - generated for generated, out in zip(made, released, strict=True)]
    assert max(behind) <= 11 + 1e-9 and behind[-1] == pytest.approx(11.0)  # the most a 12-token window waits


def test_an_engine_that_jitters_is_followed_without_waiting_for_its_slow_steps_twice():
    steps = [1.0, 1.0, 1.6, 0.7, 1.0, 1.0, 1.5, 0.8, 1.0] * 4
    made = [sum(steps[:token + 1]) for token in range(len(steps))]
    released = release_times(made, check_seconds=0.05)
    made_gaps = [later - earlier for earlier, later in zip(made, made[1:], strict=False)]
    gaps = [later - earlier for earlier, later in zip(released, released[1:], strict=False)]
    assert max(gaps) <= max(made_gaps) * (1 + 1 / 6)
    assert released == sorted(released)
    assert all(out >= generated for generated, out in zip(made, released, strict=True))


def test_text_that_backed_up_goes_faster_than_it_was_generated_but_not_as_one_burst():
    # Eight tokens made long ago wait while the next window is four tokens away: two per token's time.
    backlog = [(1, 0.0, 3.0)] * 8
    dues = paced_release_times(backlog, 10.0, 9.0, 1.0, 4)
    assert dues == pytest.approx([10.0 + 0.5 * i for i in range(8)])
    # A piece due at once still goes a token's time after the last text, not right behind it...
    assert paced_release_times([(3, 9.9, 0.0)], 10.0, 9.9, 1.0, 4) == pytest.approx([10.9])
    assert paced_release_times([(3, 9.9, 0.0)], 10.0, 8.0, 1.0, 4) == [10.0]  # ...which went long ago
    assert paced_release_times([(1, 9.0, 1.0)] * 2, 10.0, None, None, 4) == [10.0, 10.0]  # no pace yet
    # Text cleared early waits its lag behind its generation, not longer.
    assert paced_release_times([(1, 10.0, 2.0)], 10.0, 9.0, 1.0, 4) == pytest.approx([12.0])


def test_checks_of_varying_length_do_not_show_as_gaps_once_their_time_is_allowed_for():
    """Window checks taking 5 % to 45 % of a step: released as cleared, the slow ones stall the stream; with
    the longest check so far added to every release, the gaps stay the windows' own (at most a sixth of a
    step over the engine's) once that longest check has been seen."""
    made = [1.0 * (token + 1) for token in range(60)]
    checks = [0.05, 0.1, 0.45, 0.2, 0.05, 0.3, 0.1, 0.45] * 5

    def gaps(released: list[float]) -> list[float]:
        return [later - earlier for earlier, later in zip(released, released[1:], strict=False)]

    plain = gaps(release_times(made, list(checks)))
    allowed = release_times(made, list(checks), allowance=True)
    assert max(plain[4:]) > 1 + 1 / 6 + 0.1  # a slow check after quick ones stalls the text
    assert max(gaps(allowed)[4:]) <= 1 + 1 / 6 + 1e-9
    assert min(gaps(allowed)) >= 1 - 1e-9  # and never a burst
    assert all(out - generated <= 3 + 1 + 1e-9 for generated, out in zip(made, allowed, strict=True))  # a window late


def release_times_by_arrival(made: list[float], quiet_window_tokens: int = 0) -> list[float]:
    """As the stream loop releases held text when it paces it by the stream's own tokens (``arrival``):
    tokens come one a tick at the times ``made`` and are fed to the check one at a time; a complete window is
    checked at once and its pieces scheduled; a piece waiting for a token still to come is given its time in
    the tick that token comes. What is left when the generation ends goes out then. Each token's release
    time, in order."""
    check = growing_check(quiet_window_tokens)
    gap = None
    came: list[float] = []

    def arrival(position: float) -> float | None:
        whole = int(position)
        if whole > len(came):
            return None
        return came[max(1, whole) - 1] + (position - whole) * (gap or 0.0)

    released: list[float] = []
    waiting: list[list] = []  # cleared pieces: [due, pacing], in order
    fed: list[tuple] = []  # pieces whose window is not checked yet
    released_at = None
    for index, now in enumerate(made):
        if index:
            step = now - made[index - 1]
            gap = step if gap is None else gap + 0.25 * (step - gap)
        came.append(now)
        gone = [item for item in waiting if item[0] <= now]  # went out at their times, before this tick
        released += [due for due, _ in gone]
        released_at = gone[-1][0] if gone else released_at
        waiting = [item for item in waiting if item[0] > now]
        check.feed(" ok", 1)
        fed.append((1, now, check.release_lag(index + 1), index + 1))
        if check.window_ready:  # checked: every cleared piece (re)scheduled
            check.settle(check.moderator.check(check.window_text, "output", context=check.prompt))
            waiting += [[math.inf, pacing] for pacing in fed]
            fed = []
            dues = paced_release_times([pacing for _, pacing in waiting], now, released_at, gap, check.window_size,
                                       0.0, arrival)
            waiting = [[due, pacing] for due, (_, pacing) in zip(dues, waiting, strict=True)]
        else:  # a token came: the pieces waiting for it get their time, one at a time
            for index, (due, pacing) in enumerate(waiting):
                if due != math.inf:
                    continue
                if arrival(pacing[3] + pacing[2]) is None:
                    break
                previous = waiting[index - 1][0] if index else released_at
                waiting[index][0] = paced_release_times([pacing], now, previous, gap, check.window_size, 0.0,
                                                        arrival)[0]
    end = made[-1]
    released += [min(due, end) for due, _ in waiting] + [end] * len(fed)
    return released


def test_a_long_lag_follows_the_engines_own_steps_when_text_is_paced_by_the_streams_tokens():
    """Quiet windows of 16 tokens: text runs up to 15 tokens behind generation. Paced by a guess of the step
    made when each window is cleared, every change in the engine's pace since shows up to 15 times over
    at the next window; paced by the stream's own tokens (each piece out as the token its lag ahead comes),
    the client's gaps stay the engine's."""
    jitter = random.Random(1)
    steps = [max(0.5, jitter.gauss(1.0, 0.25)) for _ in range(300)]  # a CPU engine's uneven steps
    made = [sum(steps[:token + 1]) for token in range(len(steps))]

    def gaps(released: list[float]) -> list[float]:
        return [later - earlier for earlier, later in zip(released, released[1:], strict=False)]

    def p99(values: list[float]) -> float:
        return sorted(values)[int(0.99 * len(values))]

    engine = p99(gaps(made))
    guessed = release_times(made, quiet_window_tokens=16)
    followed = release_times_by_arrival(made, quiet_window_tokens=16)
    assert p99(gaps(guessed)[:-16]) > 1.5 * engine
    assert p99(gaps(followed)[:-16]) <= 1.2 * engine  # the last window's text goes out together at the end
    assert followed == sorted(followed)
    assert all(out >= generated for generated, out in zip(made, followed, strict=True))
    assert max(out - generated for generated, out in zip(made, followed, strict=True)) <= 15 * max(steps)
    # With the packaged windows of 4 the text keeps the engine's pace as well.
    assert p99(gaps(release_times_by_arrival(made))[:-4]) <= 1.2 * engine
