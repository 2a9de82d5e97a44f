"""bench/serve.py reads a worker's gauges ten times a second: only the samples it uses travel, through the
Prometheus endpoint's own ``name[]`` filter, so the worker does not render, nor the benchmark parse, every
histogram on each read."""

from __future__ import annotations

import socket

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, start_http_server

from bench.serve import SAMPLED, scrape


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_a_named_scrape_brings_only_those_samples_and_a_plain_one_brings_all():
    registry = CollectorRegistry()
    Gauge("sluice_engine_running_requests", "running", registry=registry).set(7)
    Counter("sluice_engine_steps", "steps", registry=registry).inc(42)
    Histogram("sluice_e2e_request_latency_seconds", "e2e", registry=registry).observe(0.3)
    port = _free_port()
    server, thread = start_http_server(port, addr="127.0.0.1", registry=registry)
    try:
        named = scrape(port, SAMPLED)
        everything = scrape(port)
    finally:
        server.shutdown()
        thread.join(5)
    assert named is not None and everything is not None
    assert {(sample.name, sample.value) for sample in named} == {
        ("sluice_engine_running_requests", 7.0), ("sluice_engine_steps_total", 42.0)}
    assert any(sample.name == "sluice_e2e_request_latency_seconds_bucket" for sample in everything)
    assert len(everything) > len(named) + 10


def test_a_worker_that_does_not_answer_reads_as_none():
    assert scrape(_free_port(), SAMPLED) is None
