"""Start-up objects are left out of garbage collection, so a full pass walks only what serving made."""

import gc

from sluice.heap import freeze_startup_heap


class Node:
    def __init__(self) -> None:
        self.me = self  # a cycle: only the collector could ever free it


def test_objects_made_before_the_freeze_are_left_out_and_later_ones_are_not():
    made_at_start = Node()
    try:
        frozen = freeze_startup_heap("test")
        made_later = Node()

        tracked = gc.get_objects()
        assert 0 < gc.get_freeze_count() <= frozen  # a frozen object freed by its last reference leaves it
        assert not any(o is made_at_start for o in tracked)
        assert any(o is made_later for o in tracked)
    finally:
        gc.unfreeze()
    assert any(o is made_at_start for o in gc.get_objects())


def test_garbage_made_after_the_freeze_is_still_collected():
    try:
        freeze_startup_heap("test")
        Node()  # unreachable at once; only a collection frees it
        assert gc.collect() > 0
    finally:
        gc.unfreeze()
