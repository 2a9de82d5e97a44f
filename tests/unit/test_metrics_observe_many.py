"""``observe_many`` records what as many ``observe`` calls record: the stream loop counts several tokens of
one step with it."""

from __future__ import annotations

import pytest
from prometheus_client import CollectorRegistry, Histogram

from sluice.metrics import ITL_BUCKETS, observe_many


def samples(registry: CollectorRegistry) -> dict:
    return {(s.name, tuple(sorted(s.labels.items()))): s.value for family in registry.collect()
            for s in family.samples if not s.name.endswith("_created")}


@pytest.mark.parametrize("value", [0.0, 0.0007, 0.004, ITL_BUCKETS[3], 0.3, 999.0])
@pytest.mark.parametrize("count", [1, 4, 7])
def test_observe_many_equals_as_many_observes(value, count):
    one_by_one, at_once = CollectorRegistry(), CollectorRegistry()
    singles = Histogram("gap_seconds", "gap", ["model"], buckets=ITL_BUCKETS, registry=one_by_one)
    many = Histogram("gap_seconds", "gap", ["model"], buckets=ITL_BUCKETS, registry=at_once)
    for _ in range(count):
        singles.labels(model="m").observe(value)
    observe_many(many.labels(model="m"), value, count)
    assert samples(at_once) == pytest.approx(samples(one_by_one))
    assert samples(at_once)[("gap_seconds_count", (("model", "m"),))] == count
