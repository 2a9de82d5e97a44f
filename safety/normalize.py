"""The form of a text that the rules and classifiers judge: what a reader sees, not how it is encoded.

``b\\u200bomb`` reads as "bomb" and ``ｂｏｍｂ`` (fullwidth) as "bomb", but neither matches a pattern for
"bomb". So every check first removes the characters that render as nothing (Unicode's format characters,
category Cf: zero-width spaces and joiners, soft hyphens, bidirectional controls, tag characters; and the
variation selectors) and then applies NFKC, which folds compatibility forms (fullwidth and mathematical
letters, ligatures) into their plain letters. Only the checks see this form: the text that is stored,
generated from and relayed is the one the client sent.
"""

from __future__ import annotations

import functools
import re
import sys
import unicodedata

# Variation selectors choose a glyph's presentation (U+FE0F: emoji style); they are invisible and Mn, not Cf.
_VARIATION_SELECTORS = "\ufe00-\ufe0f\U000e0100-\U000e01ef"


def _invisible_characters() -> re.Pattern[str]:
    """Every format character of this Python's Unicode database, and the variation selectors."""
    format_characters = "".join(re.escape(chr(code)) for code in range(sys.maxunicode + 1)
                                if unicodedata.category(chr(code)) == "Cf")
    return re.compile(f"[{format_characters}{_VARIATION_SELECTORS}]+")


# Built once at import (a scan of every code point), never in the middle of a request.
_INVISIBLE = _invisible_characters()


def checkable_text(text: str) -> str:
    """``text`` without invisible format characters and variation selectors, in NFKC."""
    if text.isascii():  # the common case: ASCII has no format characters and NFKC leaves it as it is
        return text
    return unicodedata.normalize("NFKC", _INVISIBLE.sub("", text))


# How much of a prompt a classifier that judges an answer by its request reads: the prompt's end, where
# the turn being answered is (a conversation is its messages joined by newlines).
CONTEXT_CHARS = 400


@functools.lru_cache(maxsize=1024)
def context_tail(prompt: str | None) -> str:
    """What an answer's classifier reads of the prompt the answer is for: the end of its checkable text.
    Taking it twice gives the same text. Every window of a stream asks for its prompt's: remembered for
    the last 1,024 prompts, so a long prompt is normalized once, not once per window."""
    return checkable_text(prompt or "")[-CONTEXT_CHARS:]
