"""The pre-check: runs on the ``safety`` queue before any GPU work is queued for a prompt."""

from __future__ import annotations

from safety.moderator import Moderator
from safety.policy import PROMPT, Decision


def check_prompt(moderator: Moderator, text: str, other_turns: list[str] | tuple[str, ...] = ()) -> Decision:
    """Classify a prompt under ``moderator``'s policy; a blocked decision means no generation may be queued
    for it. ``text`` is the request's user turns, read together (a harm split across them is seen whole);
    each of ``other_turns`` (a system prompt, an earlier answer, a tool's result) is read on its own, so a
    pasted document or an instruction neither hides the user's words nor reads as part of them."""
    if not other_turns:
        return moderator.check(text, PROMPT)
    return moderator.check_turns([text, *other_turns], PROMPT)
