"""Short garbage-collector pauses in long-running processes.

CPython's full collection walks every object the collector tracks. A process that has imported Flask,
Celery, torch or transformers tracks a few hundred thousand of them, and each full pass stops the whole
process while it walks them. It runs every few seconds under load,
and during it every stream the process serves stalls. Almost all of those objects are made while the
process starts (modules, classes, the model's weights' Python wrappers) and live until it exits.
``freeze_startup_heap`` moves them out of the collector's reach (``gc.freeze``), so later full passes
walk only what serving has made. The price: a cycle among frozen objects that later becomes garbage is
never collected; objects made at start-up are meant to last, so that is little.
"""

from __future__ import annotations

import gc
import logging

log = logging.getLogger(__name__)


def freeze_startup_heap(process: str) -> int:
    """Collect once, then leave every object alive now out of later collections. Returns how many
    objects are frozen in all (calling it again after more start-up work freezes those too)."""
    gc.collect()
    gc.freeze()
    frozen = gc.get_freeze_count()
    log.info("%s: %d objects made while starting are left out of garbage collection", process, frozen)
    return frozen
