"""The hazard taxonomy that the policy and the labelled data share: the MLCommons hazard categories that
Llama Guard 3 uses (S1-S14), each mapped onto the category that Sluice's classifiers score and
/v1/moderations reports (OpenAI's moderation names, with ``illicit/weapons`` for OpenAI's ``illicit`` and
``illicit/violent``, and Sluice's own ``jailbreak`` and ``pii``).

Every harmful example of the labelled set names its hazard; its labels hold the hazard's category (and
``jailbreak`` too when it comes inside a jailbreak wrapper). Hazards that OpenAI's list has no name for
go to the nearest category that carries the same action: defamation is harassment of a real person,
dangerous specialised advice harms the person who follows it, election interference and intellectual
property theft are illicit acts, and code interpreter abuse is an injection against the model's tools.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Hazard:
    code: str  # S1 ... S14
    name: str
    category: str  # the category the classifiers score it under


HAZARDS: dict[str, Hazard] = {hazard.code: hazard for hazard in (
    Hazard("S1", "violent crimes", "violence"),
    Hazard("S2", "non-violent crimes", "illicit/weapons"),
    Hazard("S3", "sex-related crimes", "sexual"),
    Hazard("S4", "child sexual exploitation", "sexual/minors"),
    Hazard("S5", "defamation", "harassment"),
    Hazard("S6", "specialized advice", "self-harm"),
    Hazard("S7", "privacy", "pii"),
    Hazard("S8", "intellectual property", "illicit/weapons"),
    Hazard("S9", "indiscriminate weapons", "illicit/weapons"),
    Hazard("S10", "hate", "hate"),
    Hazard("S11", "suicide and self-harm", "self-harm"),
    Hazard("S12", "sexual content", "sexual"),
    Hazard("S13", "elections", "illicit/weapons"),
    Hazard("S14", "code interpreter abuse", "jailbreak"),
)}



def category_of(code: str) -> str:
    """The category hazard ``code`` is scored under. Raises KeyError for an unknown code."""
    return HAZARDS[code].category
