"""The streaming check: generated text is checked in windows of tokens while it streams, never only after
the whole answer.

Each check sees the new window plus the last ``overlap_tokens`` tokens of text already checked, so a
phrase split across two windows is seen whole. In ``hold`` mode (the default) a window's text is released
to the client only once it is cleared: no unchecked token reaches a client, and the first token arrives
one (first) window later; the packaged policy makes the first window one token long, so that costs one
check rather than a window's worth of generation. In ``release`` mode text is released at once and a hit cuts the stream at the end of
its window. Either way a hit is seen within one window of the harmful text being generated.
"""

from __future__ import annotations

import hashlib
import logging
import re
from collections import deque

from safety.audit import ModerationLog
from safety.moderator import Moderator
from safety.policy import ACTIONS, ALLOW, HOLD, OUTPUT, Decision, StreamConfig

log = logging.getLogger(__name__)

# How fast hold mode's windows grow after a short first window: one token more per this many tokens, so
# the time a token waits for its window's check grows by at most a sixth of a step from one token to the
# next, and the client's gaps between tokens stay within 1/6 of the engine's while the windows grow.
WINDOW_RAMP_TOKENS = 6
# Digits of a number that the overlap begins inside, put back in front of a window's text: more than a card
# number has (19), so a number that long before the overlap cannot read as one from its first digit kept.
_DIGITS_BEFORE = 20
_TRAILING_DIGITS = re.compile(r"[0-9]*$")
# A window that would end inside a number (a digit, or a digit and one space or dash, as a card number is
# written) waits for the number's end, for at most this many tokens more.
NUMBER_WAIT_TOKENS = 24
ENDS_IN_NUMBER = re.compile(r"[0-9][ -]?$")


class StreamWindowCheck:
    """Feed it generated text as it is detokenized; it says what may be released and when to cut."""

    def __init__(self, moderator: Moderator, prompt: str, config: StreamConfig | None = None) -> None:
        self.moderator = moderator
        self.prompt = prompt
        self.config = config or moderator.policy.stream
        self.cut: Decision | None = None  # the decision that cut the stream, once one has
        self.windows = 0
        self.checked_tokens = 0  # tokens of every window checked so far
        self._pending: list[tuple[str, int]] = []  # generated text not yet checked, with its token counts
        self._pending_tokens = 0
        self._checked_tail: deque[tuple[str, int]] = deque()  # the last checked text, for the overlap
        # The last characters of checked text before the overlap. When the overlap begins inside a number,
        # the number's digits before it (up to 20) go in front of the window's text, so that the number's end
        # does not read as a number of its own (a card, a phone number).
        self._before_tail = ""
        self._cut_window = ""
        self._digest = hashlib.sha256()
        self._chars = 0
        self._scores: dict[str, float] = {}
        self._tripped: dict[str, None] = {}
        self._action = ALLOW
        self._verdicts: dict = {}
        # All checked text, only when the policy lets the record keep it whole.
        self._kept: list[str] | None = [] if moderator.policy.audit.text == "full" else None
        self.window_ready = False  # a complete window waits for its check (``settle``)
        # Whether any classifier reads answers: with none, every window would be allowed, so text goes out
        # as it comes, unwindowed and unheld.
        self.checks = any(moderator.policy.classifier_enabled(name, OUTPUT) for name in moderator.classifiers)
        self._last_piece = ""  # the piece that completed the waiting window
        # Whether the last window scored under the policy's quiet score in every category (quiet windows).
        self._quiet = False

    @property
    def holds(self) -> bool:
        return self.config.mode == HOLD and self.checks

    def add(self, text: str, tokens: int) -> list[str]:
        """Take newly generated ``text`` (``tokens`` tokens; text may lag its tokens while a character
        is still being spelled). Returns the pieces of text that may reach the client now, in order and
        as they were generated (a cleared window is released piece by piece, not as one lump). After a
        cut, returns nothing for ever: the caller aborts the generation. A window that is complete is
        checked at once, alone; a caller checking many streams' windows together uses ``feed``,
        ``window_text`` and ``settle``."""
        released = self.feed(text, tokens)
        if self.window_ready:
            released += self.settle(self.moderator.check(self.window_text, OUTPUT, context=self.prompt))
        return released

    def finish(self, text: str = "") -> list[str]:
        """The generation ended: check what is left (with ``text``, the detokenizer's tail). Returns the
        pieces that may still be released."""
        released = self.end(text)
        if not self.window_ready:
            return released
        return self.settle(self.moderator.check(self.window_text, OUTPUT, context=self.prompt))

    def feed(self, text: str, tokens: int) -> list[str]:
        """``add`` without the check: returns what may be released at once (release mode) and leaves a
        complete window waiting (``window_ready``) for ``settle``. Feed nothing more while one waits."""
        if self.cut is not None:
            return []
        if not self.checks:
            return [text] if text else []
        if text or tokens:
            self._pending.append((text, tokens))
            self._pending_tokens += tokens
        size = self.window_size
        # A window is checked once it holds its tokens and some text (a character still being spelled
        # over several tokens has none yet), and not while a number is being written (up to a card number's
        # length more): the check then sees the whole number, and hold mode releases none of its digits
        # before it is checked whole.
        if self._pending_tokens >= size and any(piece for piece, _ in self._pending) and not (
                self._pending_tokens < size + NUMBER_WAIT_TOKENS
                and ENDS_IN_NUMBER.search("".join(piece for piece, _ in self._pending[-2:]))):
            self._last_piece = text
            self.window_ready = True
            return []
        return [text] if text and not self.holds else []

    def end(self, text: str = "") -> list[str]:
        """``finish`` without the check: what is left (with ``text``) waits as the last window, if any.
        Returns what may go out at once: ``text`` when no classifier reads answers, else nothing."""
        if self.cut is not None:
            return []
        if not self.checks:
            return [text] if text else []
        if text:
            self._pending.append((text, 0))
        if any(piece for piece, _ in self._pending):
            self._last_piece = text
            self.window_ready = True
        return []

    @property
    def window_size(self) -> int:
        """Tokens in the window being filled. The first window holds ``first_window_tokens``; later ones grow
        with the stream, a window starting at its ``j``-th token holding ``first + (j - 1) // WINDOW_RAMP_TOKENS``
        tokens up to ``window_tokens``: with a one-token first window and four-token windows, six of 1, three
        of 2, two of 3, then 4. While the stream is quiet (its last window scored under ``quiet_score``) the
        same ramp goes on up to ``quiet_window_tokens``. In hold mode a token waits for the end of its window,
        so the wait behind generation grows by at most ``1 / WINDOW_RAMP_TOKENS`` of a step per token
        (``release_lag``) and the client never waits much more than a step between two tokens for it."""
        first, full = self.config.first_window, self.config.window_tokens
        if self._quiet and self.config.quiet_window_tokens:
            full = self.config.quiet_window_tokens
        if first >= full:
            return full
        return min(full, first + self.checked_tokens // WINDOW_RAMP_TOKENS)

    def release_lag(self, token: int) -> float:
        """How many tokens' time the stream's ``token``-th token (1 for the first) may wait behind its
        generation for its window to be checked: never less than it does wait (its window's tokens
        after it), and growing by at most ``1 / WINDOW_RAMP_TOKENS`` per token up to the largest window (a quiet
        one, when the policy has them: the lag does not shrink when a stream's windows do, so a stream that
        turns quiet again finds it grown already). Held text released this far behind its generation goes out
        at the pace it was made."""
        first, full = self.config.first_window, self.config.largest_window
        if first >= full:
            return float(full - 1)
        return min(float(full - 1), first - 1 + (max(1, token) - 1) / WINDOW_RAMP_TOKENS)

    @property
    def window_text(self) -> str:
        """The text the waiting window is checked as: the overlap of checked text, then the window."""
        before, tail = self._overlap()
        return before + tail + "".join(piece for piece, _ in self._pending)

    def _overlap(self) -> tuple[str, str]:
        """The checked text the waiting window is read after, and the digits of a number it begins inside
        (to go in front of it). A quiet window longer than ``window_tokens`` reads as many fewer tokens of it."""
        pieces = self._checked_tail
        extra = self.window_size - self.config.window_tokens
        skipped = ""
        if extra > 0 and pieces:
            keep = self.config.overlap_tokens - extra
            tokens = sum(count for _, count in pieces)
            pieces = deque(pieces)
            while pieces and tokens - pieces[0][1] >= keep:
                piece, count = pieces.popleft()
                tokens -= count
                skipped += piece
        tail = "".join(piece for piece, _ in pieces)
        if not tail[:1].isdigit():
            return "", tail
        return _TRAILING_DIGITS.search((self._before_tail + skipped)[-_DIGITS_BEFORE:]).group(), tail

    def settle(self, decision: Decision) -> list[str]:
        """Apply the waiting window's ``decision``: returns the pieces it clears for release, or cuts the
        stream (``cut``) and returns nothing."""
        self.window_ready = False
        pieces = [piece for piece, _ in self._pending if piece]
        window = "".join(pieces)
        self.windows += 1
        self._digest.update(window.encode())
        self._chars += len(window)
        if self._kept is not None:
            self._kept.append(window)
        self._remember(decision)
        if decision.blocked:
            self.cut = decision
            self._cut_window = self._overlap()[1] + window  # the window with the overlap it was read after
            self._pending, self._pending_tokens = [], 0
            return []
        self._quiet = max(decision.scores.values(), default=0.0) < self.config.quiet_score
        self.checked_tokens += self._pending_tokens
        self._checked_tail.extend(self._pending)
        self._pending, self._pending_tokens = [], 0
        self._trim_tail()
        # Held text goes out now that it is cleared; released text went out already, but for the piece
        # that completed this window (it waited for the check).
        if self.holds:
            return pieces
        return [self._last_piece] if self._last_piece else []

    def decision(self) -> Decision:
        """The stream's decision: the cutting one, or the highest scores over every window checked."""
        if self.cut is not None:
            return self.cut
        return Decision(OUTPUT, self._action, dict(self._scores), tuple(self._tripped), dict(self._verdicts))

    def record(self, log: ModerationLog, *, request_id: str, customer_id: int | None = None) -> bool:
        """Write the stream's decision to the moderation record (once per request id)."""
        text = "".join(self._kept) if self._kept is not None else self._cut_window
        return log.record(self.decision(), request_id=request_id, customer_id=customer_id,
                          text=text, windows=self.windows,
                          text_digest=self._digest.hexdigest(), text_chars=self._chars)

    def record_decision_later(self, *, request_id: str, customer_id: int | None = None) -> None:
        """Write the stream's decision to the moderator's audit log (if it has one) by the log's writer
        thread, behind the caller (``ModerationLog.flush`` waits for what is still waiting)."""
        if self.moderator.audit_log is None:
            return
        text = "".join(self._kept) if self._kept is not None else self._cut_window
        self.moderator.audit_log.record_later(self.decision(), request_id=request_id, customer_id=customer_id,
                                              text=text, windows=self.windows,
                                              text_digest=self._digest.hexdigest(), text_chars=self._chars)

    def _remember(self, decision: Decision) -> None:
        for category, score in decision.scores.items():
            self._scores[category] = max(score, self._scores.get(category, 0.0))
        self._tripped.update(dict.fromkeys(decision.categories))
        self._verdicts = decision.verdicts
        if ACTIONS.index(decision.action) > ACTIONS.index(self._action):
            self._action = decision.action

    def _trim_tail(self) -> None:
        tokens = sum(count for _, count in self._checked_tail)
        while self._checked_tail and tokens - self._checked_tail[0][1] >= self.config.overlap_tokens:
            piece, count = self._checked_tail.popleft()
            tokens -= count
            self._before_tail = (self._before_tail + piece)[-_DIGITS_BEFORE:]
