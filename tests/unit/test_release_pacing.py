"""Hold mode's release pacing: a cleared window's text goes out at its generation pace, without a stall
each time the windows grow and without running more than a window behind."""

from __future__ import annotations

import pytest

from workers.stream_loop import paced_release_times


def release_times(window_sizes: list[int], step: float, check: float) -> tuple[list[float], list[float]]:
    """One token per ``step``; each window is cleared ``check`` after its last token. Returns each token's
    generation time and release time, as the stream loop schedules them window by window."""
    made, released, waiting = [], [], []  # waiting: [due, token index] not released yet
    released_at, generated = None, 0
    for index, size in enumerate(window_sizes):
        first = generated
        generated += size
        made += [step * (token + 1) for token in range(first, generated)]
        now = made[-1] + check
        gone = [item for item in waiting if item[0] <= now]
        released += [due for due, _ in gone]
        released_at = gone[-1][0] if gone else released_at
        waiting = [item for item in waiting if item[0] > now] + [[now, token] for token in range(first, generated)]
        next_window = window_sizes[index + 1] if index + 1 < len(window_sizes) else size
        dues = paced_release_times([1] * len(waiting), now, released_at, step, next_window)
        waiting = [[due, token] for due, (_, token) in zip(dues, waiting, strict=True)]
    released += [due for due, _ in waiting]
    return made, released


def test_growing_windows_release_without_a_two_step_stall_and_then_at_the_generation_pace():
    made, released = release_times([1, 2, 3, 4, 4, 4, 4], step=1.0, check=0.1)
    gaps = [later - earlier for earlier, later in zip(released, released[1:], strict=False)]

    assert released[0] == made[0] + 0.1  # the first token goes out once checked
    assert max(gaps[1:]) <= 1.5  # released as generated, the window starts would wait two steps
    assert gaps[10:] == pytest.approx([1.0] * len(gaps[10:]))  # once the windows stop growing: one token per step
    assert all(out - generated <= 4 * 1.0 + 0.1 for generated, out in zip(made, released, strict=True))
    assert released == sorted(released)


def test_text_that_backed_up_goes_faster_than_it_was_generated_and_one_piece_goes_at_once():
    # Eight tokens wait while the next window is four tokens away: two per token's time.
    dues = paced_release_times([1] * 8, 10.0, 9.0, 1.0, 4)
    assert dues == pytest.approx([10.0 + 0.5 * i for i in range(8)])
    assert paced_release_times([3], 10.0, 9.9, 1.0, 4) == [10.0]
    assert paced_release_times([1, 1], 10.0, None, None, 4) == [10.0, 10.0]  # no pace known yet
