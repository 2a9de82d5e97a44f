"""Sluice's Celery queues as an operator sees them: their names, how many tasks wait in each, how many
workers consume each, and how long the oldest task has waited.

Celery on Redis keeps each queue as a Redis list (new tasks pushed on the left, taken from the right), so
depth is ``LLEN`` and the oldest task is the rightmost element. Every task message carries the time it
was published (header ``sluice_enqueued_at``, set in ``tasks/celery_app.py``). Every worker announces the
queues it consumes in an expiring sorted set per queue (``ConsumerPresence``), which is cheaper and more
dependable than a Celery ``inspect`` broadcast.
"""

from __future__ import annotations

import json
import logging
import threading
import time
from dataclasses import dataclass

import redis

from sluice.settings import Settings, generation_queue

log = logging.getLogger(__name__)

INTERACTIVE = "interactive"
BATCH = "batch"
PRIORITIES = (INTERACTIVE, BATCH)

SAFETY_QUEUE = "safety"
SAFETY_BATCH_QUEUE = "safety.batch"
BILLING_QUEUE = "billing"

ENQUEUED_AT_HEADER = "sluice_enqueued_at"


def safety_queue(priority: str) -> str:
    """Prompt checks of batch requests wait in their own queue, behind every interactive check."""
    return SAFETY_BATCH_QUEUE if priority == BATCH else SAFETY_QUEUE


def known_queues(settings: Settings) -> list[str]:
    """Every queue of this deployment: safety and billing, then interactive and batch per served model."""
    queues = [SAFETY_QUEUE, SAFETY_BATCH_QUEUE, BILLING_QUEUE]
    for model in settings.gateway_models:
        queues += [generation_queue(model, INTERACTIVE), generation_queue(model, BATCH)]
    return queues


def consumers_key(queue: str) -> str:
    """Sorted set of the workers consuming ``queue``, each scored by the time its announcement expires."""
    return f"sluice:queue-consumers:{queue}"


@dataclass(frozen=True)
class QueueStats:
    name: str
    depth: int
    consumers: int
    oldest_age_seconds: float | None  # None: empty, or the oldest task carries no publish time


def queue_stats(client: redis.Redis, queues: list[str], now: float | None = None) -> list[QueueStats]:
    """Depth, live consumers and oldest waiting age of each queue, read in one round trip."""
    now = time.time() if now is None else now
    pipe = client.pipeline(transaction=False)
    for queue in queues:
        pipe.llen(queue)
        pipe.zcount(consumers_key(queue), now, "+inf")
        pipe.lindex(queue, -1)
    replies = pipe.execute()
    stats = []
    for i, queue in enumerate(queues):
        depth, consumers, oldest = replies[3 * i: 3 * i + 3]
        enqueued_at = _enqueued_at(oldest) if oldest else None
        age = max(0.0, now - enqueued_at) if enqueued_at is not None else None
        stats.append(QueueStats(queue, int(depth), int(consumers), age))
    return stats


def _enqueued_at(raw: bytes) -> float | None:
    try:
        value = json.loads(raw)["headers"].get(ENQUEUED_AT_HEADER)
    except (ValueError, KeyError, TypeError, AttributeError):
        return None
    return float(value) if isinstance(value, int | float) else None


def format_table(stats: list[QueueStats]) -> str:
    """The table ``sluice queues`` prints."""
    width = max([len("queue")] + [len(s.name) for s in stats])
    lines = [f"{'queue':<{width}}  {'depth':>7}  {'consumers':>9}  {'oldest waiting':>14}"]
    for s in stats:
        age = "-" if s.oldest_age_seconds is None else f"{s.oldest_age_seconds:.1f}s"
        lines.append(f"{s.name:<{width}}  {s.depth:>7}  {s.consumers:>9}  {age:>14}")
    return "\n".join(lines)


class ConsumerPresence:
    """Announces, every ``interval`` seconds until stopped, that ``worker_id`` consumes ``queues``; an
    announcement expires after three intervals, so a worker that dies drops out on its own."""

    def __init__(self, client: redis.Redis, worker_id: str, queues: list[str], interval: float) -> None:
        self.client = client
        self.worker_id = worker_id
        self.queues = list(queues)
        self.interval = interval
        self._stopping = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        self._thread = threading.Thread(target=self._announce, name="queue-presence", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        """Stop announcing and withdraw at once (a draining worker takes nothing more)."""
        self._stopping.set()
        if self._thread is not None:
            self._thread.join(timeout=self.interval + 1)  # no announcement may land after the withdrawal
        try:
            pipe = self.client.pipeline(transaction=False)
            for queue in self.queues:
                pipe.zrem(consumers_key(queue), self.worker_id)
            pipe.execute()
        except redis.RedisError:
            log.warning("could not withdraw the queue announcements of %s", self.worker_id)

    def _announce(self) -> None:
        while not self._stopping.is_set():
            now = time.time()
            try:
                pipe = self.client.pipeline(transaction=False)
                for queue in self.queues:
                    pipe.zadd(consumers_key(queue), {self.worker_id: now + 3 * self.interval})
                    pipe.zremrangebyscore(consumers_key(queue), "-inf", now)
                pipe.execute()
            except redis.RedisError:
                log.warning("queue presence could not reach redis")
            self._stopping.wait(self.interval)
