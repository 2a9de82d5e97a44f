"""The pre-check: runs on the ``safety`` queue before any GPU work is queued for a prompt."""

from __future__ import annotations

from safety.moderator import default_moderator
from safety.policy import PROMPT, Decision


def check_prompt(text: str) -> Decision:
    """Classify a prompt under the configured policy; a blocked decision means no generation may be queued
    for it. Raises SafetyError when the policy or a classifier cannot be loaded."""
    return default_moderator().check(text, PROMPT)
