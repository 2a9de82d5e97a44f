"""bench/serve.py's sustained rate: output tokens/s over the middle of a load point, where the engine runs
full, without its filling at the start and its draining at the end."""

from __future__ import annotations

import pytest

from bench.serve import Outcome, steady_output_rate


def _request(index: int, sent: float, first: float, end: float, tokens: int, ok: bool = True) -> Outcome:
    return Outcome(index, sent, ttft=first - sent, e2e=end - sent, output_tokens=tokens, ok=ok)


def test_one_stream_counts_the_tokens_it_made_in_the_middle_half_of_its_span():
    # Sent at 0, 100 tokens spread over 0..10 s; the middle half is 2.5..7.5 s: 50 tokens in 5 s.
    assert steady_output_rate([_request(0, 0.0, 0.0, 10.0, 100)]) == pytest.approx(10.0)


def test_a_slow_start_and_a_long_tail_weigh_on_the_whole_point_but_not_on_its_middle():
    # A full engine makes 100 tokens/s from 2 s to 8 s (six requests of 100 tokens, one after another);
    # before it, a request trickles 10 tokens over 2 s, after it another over 2 s.
    outcomes = [_request(0, 0.0, 0.0, 2.0, 10)]
    outcomes += [_request(1 + i, 0.0, 2.0 + i, 3.0 + i, 100) for i in range(6)]
    outcomes.append(_request(7, 0.0, 8.0, 10.0, 10))
    whole = sum(o.output_tokens for o in outcomes) / 10.0
    steady = steady_output_rate(outcomes)
    assert whole == pytest.approx(62.0)
    assert steady == pytest.approx(100.0)  # 2.5..7.5 s lies inside the full engine's six seconds


def test_failed_requests_count_for_nothing_and_a_stream_whose_tokens_came_at_once_counts_where_it_ended():
    outcomes = [_request(0, 0.0, 0.0, 8.0, 80), _request(1, 0.0, 4.0, 4.0, 30),
                _request(2, 0.0, 1.0, 7.0, 999, ok=False)]
    # Span 0..8 s, middle 2..6 s: 40 tokens of the first stream and all 30 of the second, in 4 s.
    assert steady_output_rate(outcomes) == pytest.approx(70.0 / 4.0)
    assert steady_output_rate([_request(0, 0.0, 0.0, 1.0, 5, ok=False)]) is None


def test_the_engine_step_is_the_median_over_the_intervals_in_which_it_stepped():
    from bench.serve import step_figures

    # 0.1 s intervals: 20 steps (5 ms each), 20, 10 (10 ms), then none (idle: not counted), then 25 (4 ms).
    # An in-process engine times nothing of its own: its sums stay 0 and only the received step is given.
    samples = [(0.0, 0, 0.0, 0.0), (0.1, 20, 0.0, 0.0), (0.2, 40, 0.0, 0.0), (0.3, 50, 0.0, 0.0),
               (0.4, 50, 0.0, 0.0), (0.5, 75, 0.0, 0.0)]
    assert step_figures(samples) == {"engine_step_ms": pytest.approx(5.0)}
    assert step_figures([(0.0, 7, 0.0, 0.0), (0.1, 7, 0.0, 0.0)]) == {}
    assert step_figures([]) == {}


def test_a_worker_behind_its_engine_receives_steps_more_slowly_than_the_engine_takes_them():
    from bench.serve import step_figures

    # The engine steps every 4 ms by its own clock; the worker takes 20 of them per 0.1 s (5 ms apart), and
    # each waited longer than the last: 10 ms a step on average in the first interval, 30 in the second.
    samples = [(0.0, 100, 0.400, 1.0), (0.1, 120, 0.480, 1.2), (0.2, 140, 0.560, 1.8)]
    figures = step_figures(samples)
    assert figures["engine_step_ms"] == pytest.approx(5.0)
    assert figures["engine_own_step_ms"] == pytest.approx(4.0)
    assert figures["output_lag_ms"] == pytest.approx(20.0)  # the median of 10 and 30
