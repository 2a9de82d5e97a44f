"""The pre-check: runs on the ``safety`` queue before any GPU work is queued for a prompt."""

from __future__ import annotations

from safety.moderator import Moderator
from safety.policy import PROMPT, Decision


def check_prompt(moderator: Moderator, text: str) -> Decision:
    """Classify a prompt under ``moderator``'s policy; a blocked decision means no generation may be queued
    for it."""
    return moderator.check(text, PROMPT)
