"""bench/serve.py --host-load N keeps N processes busy on the host's CPUs through a load point, and none
outlives it: a loaded host's effect on the engine's steps is measured, not left running after."""

from __future__ import annotations

import time

import psutil

from bench.serve import host_load


def _spinners() -> list[psutil.Process]:
    return [child for child in psutil.Process().children() if child.is_running()
            and child.status() != psutil.STATUS_ZOMBIE and "while True: pass" in " ".join(child.cmdline())]


def test_the_spinners_burn_cpu_through_the_block_and_are_gone_after_it():
    with host_load(2):
        spinners = _spinners()
        assert len(spinners) == 2
        before = [p.cpu_times().user for p in spinners]
        deadline = time.monotonic() + 10
        while not all(p.cpu_times().user > b for p, b in zip(spinners, before, strict=True)):
            assert time.monotonic() < deadline, "a spinner used no CPU in 10 s"
            time.sleep(0.05)
    assert _spinners() == []
    assert not any(p.is_running() for p in spinners)


def test_no_host_load_starts_nothing():
    with host_load(0):
        assert _spinners() == []
