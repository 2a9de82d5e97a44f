"""Verdicts of short texts, remembered by the process that asked for them.

In hold mode every stream's first window (one token with the packaged policy) waits for its check before
the client sees anything, so that check sits on every request's time to first token. Few tokens start
most answers (a handful of words such as "The" open most of a model's replies, greedy or sampled), so
the same short texts are checked again and again. The embedding classifier's verdict depends on the text
alone (it ignores ``context``, and under int8 each chunk is scored by itself), so a verdict remembered for a text is the verdict it would get again.
Long texts (every later window, nearly every prompt) are not kept: they seldom repeat.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable

from safety.verdict import Verdict


class VerdictMemo:
    """The verdicts of the last ``max_entries`` texts of at most ``max_chars`` characters, least recently
    used dropped first. Thread-safe."""

    def __init__(self, max_chars: int = 32, max_entries: int = 4096) -> None:
        if max_chars < 0 or max_entries < 1:
            raise ValueError("max_chars must be at least 0 and max_entries at least 1")
        self.max_chars = max_chars
        self.max_entries = max_entries
        self._verdicts: OrderedDict[str, Verdict] = OrderedDict()
        self._lock = threading.Lock()
        self.hits = 0
        self.misses = 0  # short texts scored, then kept

    def __len__(self) -> int:
        return len(self._verdicts)

    def known(self, text: str) -> Verdict | None:
        """``text``'s remembered verdict (None: not remembered, or too long to be)."""
        if len(text) > self.max_chars:
            return None
        with self._lock:
            known = self._verdicts.get(text)
            if known is not None:
                self._verdicts.move_to_end(text)
                self.hits += 1
            return known

    def keep(self, text: str, verdict: Verdict) -> None:
        """Remember ``verdict`` for ``text`` if it is short enough."""
        if len(text) > self.max_chars:
            return
        with self._lock:
            self._verdicts[text] = verdict
            self._verdicts.move_to_end(text)
            while len(self._verdicts) > self.max_entries:
                self._verdicts.popitem(last=False)
            self.misses += 1

    def verdict(self, text: str, score: Callable[[str], Verdict]) -> Verdict:
        """``text``'s remembered verdict, or ``score(text)`` (kept if ``text`` is short). What ``score``
        raises is raised, and nothing is kept."""
        known = self.known(text)
        if known is not None:
            return known
        verdict = score(text)
        self.keep(text, verdict)
        return verdict
