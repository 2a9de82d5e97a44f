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


@pytest.mark.parametrize("memory_mb", [0, 8])
def test_the_spinners_burn_cpu_through_the_block_and_are_gone_after_it(memory_mb):
    with host_load(2, memory_mb) as pids:
        # By process id: just after its start a child may not have run the spinner's program yet, and shows
        # the parent's command line until it does.
        spinners = [psutil.Process(pid) for pid in pids]
        assert len(spinners) == 2 and all(p.is_running() for p in spinners)
        before = [p.cpu_times().user for p in spinners]
        deadline = time.monotonic() + 10
        while not all(p.cpu_times().user > b for p, b in zip(spinners, before, strict=True)):
            assert time.monotonic() < deadline, "a spinner used no CPU in 10 s"
            time.sleep(0.05)
        deadline = time.monotonic() + 10  # each runs the spinner's program (its command line may lag its start)
        while sorted(p.pid for p in _spinners()) != sorted(pids):
            assert time.monotonic() < deadline, "a spinner is not running the spinner's program"
            time.sleep(0.05)
        if memory_mb:  # each holds its two buffers: it copies them, not a loop in place
            deadline = time.monotonic() + 10
            while not all(p.memory_info().rss > 2 * memory_mb << 20 for p in spinners):
                assert time.monotonic() < deadline, "a copying spinner never held its buffers"
                time.sleep(0.05)
    assert _spinners() == []
    assert not any(p.is_running() for p in spinners)


def test_no_host_load_starts_nothing():
    with host_load(0) as pids:
        assert pids == [] and _spinners() == []
