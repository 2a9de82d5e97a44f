"""Concurrent classifier calls share batches (safety/coalesce.py): each caller gets its own answer, a
lone call runs at once, batches respect their size, and a failing batch fails only its own callers."""

from __future__ import annotations

import threading

import pytest

from safety.coalesce import Coalescer
from tests.conftest import wait_until


class GatedBatches:
    """A batch function that records every batch and holds the first one until the test opens the gate,
    so the calls made meanwhile are known to be waiting for the next batch."""

    def __init__(self, fail_on: str | None = None) -> None:
        self.batches: list[list[str]] = []
        self.gate = threading.Event()
        self.fail_on = fail_on

    def __call__(self, items: list[str]) -> list[str]:
        self.batches.append(list(items))
        if len(self.batches) == 1:
            assert self.gate.wait(10), "the test never opened the gate"
        if self.fail_on in items:
            raise ValueError(f"cannot do {self.fail_on}")
        return [item.upper() for item in items]


def submit_in_threads(coalescer: Coalescer, items: list[str]) -> tuple[dict, dict, list[threading.Thread]]:
    answers, errors = {}, {}

    def call(item: str) -> None:
        try:
            answers[item] = coalescer.submit(item)
        except ValueError as exc:
            errors[item] = str(exc)

    threads = [threading.Thread(target=call, args=(item,)) for item in items]
    for thread in threads:
        thread.start()
    return answers, errors, threads


def test_a_lone_call_runs_at_once_in_a_batch_of_its_own():
    batches = GatedBatches()
    batches.gate.set()
    coalescer = Coalescer(batches, max_batch=8)
    assert coalescer.submit("a") == "A"
    assert batches.batches == [["a"]]


def test_calls_made_while_a_batch_runs_go_together_in_the_next_and_each_gets_its_own_answer():
    batches = GatedBatches()
    coalescer = Coalescer(batches, max_batch=8)
    first, _, first_thread = submit_in_threads(coalescer, ["first"])
    wait_until(lambda: batches.batches, 5, what="the first batch to start")
    items = [f"w{i}" for i in range(12)]
    answers, errors, threads = submit_in_threads(coalescer, items)
    wait_until(lambda: coalescer.waiting == len(items), 5, what="every call to wait for the next batch")
    batches.gate.set()
    for thread in [*first_thread, *threads]:
        thread.join(10)
    assert not errors
    assert first == {"first": "FIRST"}
    assert answers == {item: item.upper() for item in items}
    # 12 waiting calls, batches of at most 8: two more batches, which take every call once.
    assert [len(batch) for batch in batches.batches] == [1, 8, 4]
    assert sorted(batches.batches[1] + batches.batches[2]) == sorted(items)
    assert (coalescer.batches, coalescer.items) == (3, 13)


def test_a_failing_batch_fails_its_own_callers_only():
    batches = GatedBatches(fail_on="w1")
    coalescer = Coalescer(batches, max_batch=2)
    _, _, first_thread = submit_in_threads(coalescer, ["first"])
    wait_until(lambda: batches.batches, 5, what="the first batch to start")
    items = ["w0", "w1", "w2", "w3"]
    answers, errors, threads = submit_in_threads(coalescer, items)
    wait_until(lambda: coalescer.waiting == len(items), 5, what="every call to wait")
    batches.gate.set()
    for thread in [*first_thread, *threads]:
        thread.join(10)
    failed = next(batch for batch in batches.batches if "w1" in batch)
    assert set(errors) == set(failed) and all("cannot do w1" in e for e in errors.values())
    assert answers == {item: item.upper() for item in items if item not in failed}
    # The coalescer goes on working after a failure.
    assert coalescer.submit("after") == "AFTER"


def test_max_batch_must_be_positive():
    with pytest.raises(ValueError):
        Coalescer(lambda items: items, max_batch=0)


def test_several_items_of_one_caller_go_in_one_batch_with_other_callers_and_come_back_in_order():
    batches = GatedBatches()
    coalescer = Coalescer(batches, max_batch=8)
    first, _, first_thread = submit_in_threads(coalescer, ["first"])
    wait_until(lambda: batches.batches, 5, what="the first batch to start")
    many: dict[str, list[str]] = {}
    caller = threading.Thread(target=lambda: many.setdefault("answer", coalescer.submit_many(["m1", "m2", "m3"])))
    caller.start()
    wait_until(lambda: coalescer.waiting == 3, 5, what="the three items to wait")
    singles, _, threads = submit_in_threads(coalescer, ["s1", "s2"])
    wait_until(lambda: coalescer.waiting == 5, 5, what="every call to wait")
    batches.gate.set()
    for thread in [*first_thread, caller, *threads]:
        thread.join(5)
    assert many["answer"] == ["M1", "M2", "M3"] and singles == {"s1": "S1", "s2": "S2"} and first == {"first": "FIRST"}
    assert batches.batches[1][:3] == ["m1", "m2", "m3"] and sorted(batches.batches[1][3:]) == ["s1", "s2"]
    assert len(batches.batches) == 2


def test_items_of_one_caller_beyond_a_batch_run_in_the_next_and_a_lone_caller_leads_them_all():
    batches = GatedBatches()
    batches.gate.set()
    coalescer = Coalescer(batches, max_batch=2)
    assert coalescer.submit_many(["a", "b", "c", "d", "e"]) == ["A", "B", "C", "D", "E"]
    assert batches.batches == [["a", "b"], ["c", "d"], ["e"]]
    assert coalescer.submit_many([]) == [] and coalescer.submit("f") == "F"


def test_a_failing_batch_fails_the_caller_of_several_items_once():
    batches = GatedBatches(fail_on="b")
    batches.gate.set()
    coalescer = Coalescer(batches, max_batch=8)
    with pytest.raises(ValueError, match="cannot do b"):
        coalescer.submit_many(["a", "b"])
    assert coalescer.submit("c") == "C"
