"""bench/serve.py's breakdown of the time to first token: the workers' histograms, read over HTTP from their
Prometheus endpoints before and after a load point, as each stage's mean."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from prometheus_client import start_http_server

from bench.serve import LocalStack, free_port, stage_means
from sluice import metrics


def test_each_stage_is_the_mean_of_what_the_workers_observed_during_the_load_point():
    port = free_port()
    start_http_server(port, addr="127.0.0.1")
    workers = SimpleNamespace(metrics_ports={"gpu": port, "gone": free_port()})  # one endpoint answers
    metrics.QUEUE_WAIT.labels(queue="safety").observe(5.0)  # before the load point: not counted
    before = LocalStack.stage_totals(workers)

    metrics.QUEUE_WAIT.labels(queue="safety").observe(0.2)
    metrics.QUEUE_WAIT.labels(queue="safety").observe(0.4)
    metrics.QUEUE_WAIT.labels(queue="billing").observe(9.0)  # not on a request's way to its first token
    metrics.PROMPT_CHECK_DURATION.observe(0.01)
    metrics.QUEUE_WAIT.labels(queue="gpu.some-model").observe(0.05)
    timer = metrics.GenerationTimer("some-model", "interactive", accepted_at=None)
    timer.accepted_at -= 0.5  # the gateway accepted it half a second before this worker began it
    timer.started_at -= 0.02  # the worker began it 20 ms before it reached the engine
    timer.submitted()
    timer.tokens(1)
    timer.finished("completed", 3, 1)
    means = stage_means(before, LocalStack.stage_totals(workers))

    assert means["safety queue"] == pytest.approx(300.0)
    assert means["prompt check"] == pytest.approx(10.0)
    assert means["generation queue"] == pytest.approx(50.0)
    assert 20.0 <= means["worker hand-off to engine"] < 100.0
    assert means["worker hand-off to engine"] <= means["engine to first token"] < 120.0
    assert 500.0 <= means["worker TTFT"] < 600.0


def test_a_load_point_written_with_a_count_sends_that_many_requests_at_its_pace():
    from bench.serve import arrival_times, load_prompts, point_conversations

    default = load_prompts(4)
    assert point_conversations(default, "inf") is default
    many = point_conversations(default, "inf:10")
    assert len(many) == 10 and many[:4] == default  # the prompt file's lines in the same turn
    assert arrival_times("inf:10", 10, seed=0) == [0.0] * 10
    assert arrival_times("c8:10", 10, seed=0) is None
    paced = arrival_times("2:10", 10, seed=0)
    assert paced == arrival_times("2", 10, seed=0) and paced[-1] > 0


def test_the_stacks_blocking_decisions_are_read_from_its_moderation_record(tmp_path):
    from safety.audit import ModerationLog
    from safety.policy import AuditConfig, Decision

    log = ModerationLog(f"sqlite:///{tmp_path / 'sluice.db'}", AuditConfig())
    log.record(Decision("output", "block", {"violence": 0.91, "hate": 0.2, "sexual": 0.1, "pii": 0.05},
                        ("violence",)), request_id="chatcmpl-cut", text="a window", windows=15)
    log.record(Decision("prompt", "allow", {"violence": 0.01}, ()), request_id="chatcmpl-fine", text="hello")

    blocks = LocalStack.safety_blocks(SimpleNamespace(data=tmp_path))
    assert blocks == [{"request_id": "chatcmpl-cut", "stage": "output", "categories": "violence",
                       "classifiers": "", "windows": 15,
                       "top_scores": {"violence": 0.91, "hate": 0.2, "sexual": 0.1}}]
    assert LocalStack.safety_blocks(SimpleNamespace(data=tmp_path / "none")) == []
