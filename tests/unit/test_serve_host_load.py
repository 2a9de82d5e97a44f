"""bench/serve.py --host-load N keeps N processes busy on the host's CPUs through a load point (spinning in
place, or with --host-load-memory copying a buffer), and none outlives it: a loaded host's effect on the
engine's steps is measured, not left running after."""

from __future__ import annotations

import time

import psutil
import pytest

from bench.serve import host_load


def _spinners() -> list[psutil.Process]:
    return [child for child in psutil.Process().children() if child.is_running()
            and child.status() != psutil.STATUS_ZOMBIE and "while True:" in " ".join(child.cmdline())]


def _until(condition, failure: str, seconds: float = 10) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, failure
        time.sleep(0.05)


@pytest.mark.parametrize("memory_mb", [0, 8])
def test_the_spinners_burn_cpu_through_the_block_and_are_gone_after_it(memory_mb):
    with host_load(2, memory_mb) as pids:
        # Followed by process id: a child's command line, which _spinners reads, could not always be read at once
        # after its start.
        spinners = [psutil.Process(pid) for pid in pids]
        assert len(spinners) == 2 and all(p.is_running() for p in spinners)
        before = [p.cpu_times().user for p in spinners]
        _until(lambda: all(p.cpu_times().user > b for p, b in zip(spinners, before, strict=True)),
               "a spinner used no CPU in 10 s")
        _until(lambda: sorted(p.pid for p in _spinners()) == sorted(pids), "a spinner is not running the spinner's program")
        if memory_mb:  # each holds its two buffers: it copies them, not a loop in place
            _until(lambda: all(p.memory_info().rss > 2 * memory_mb << 20 for p in spinners),
                   "a copying spinner never held its buffers")
    assert _spinners() == []
    assert not any(p.is_running() for p in spinners)


def test_no_host_load_starts_nothing():
    with host_load(0) as pids:
        assert pids == [] and _spinners() == []
