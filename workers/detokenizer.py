"""Token ids to text, incrementally, with stop strings.

Decoding each new token alone breaks multi-byte characters and word-joining rules, and decoding the
whole output at every step costs O(N) per token. This keeps a short window of ids before the newest
ones and releases only text that is complete (no trailing replacement character) and cannot still
grow into a stop string.
"""

from __future__ import annotations

_INCOMPLETE = "\ufffd"


class IncrementalDetokenizer:
    def __init__(self, tokenizer, stop: tuple[str, ...] = (), skip_special_tokens: bool = True) -> None:
        self._decode = _decoder(tokenizer)
        self._stop = tuple(s for s in stop if s)
        self._hold = max((len(s) for s in self._stop), default=1) - 1
        self._skip_special = skip_special_tokens
        self._ids: list[int] = []
        self._prefix_offset = 0  # start of the context window re-decoded with the new ids
        self._read_offset = 0  # ids before this have been turned into text
        self._pending = ""  # decoded, not yet released (may be the start of a stop string)
        self.text = ""  # everything released so far
        self.stopped = False

    def add_until_stop(self, token_ids: list[int]) -> tuple[str, int]:
        """``add`` one token at a time until a stop string completes: the text to release and how many of the
        ids were taken (those after the one that completed the stop string were generated past it)."""
        if self.stopped:
            return "", 0
        if not self._stop or len(token_ids) < 2:
            return self.add(token_ids), len(token_ids)
        pieces = []
        for taken, token_id in enumerate(token_ids, start=1):
            pieces.append(self.add([token_id]))
            if self.stopped:
                return "".join(pieces), taken
        return "".join(pieces), len(token_ids)

    def add(self, token_ids: list[int]) -> str:
        """Take new token ids; return the text that can be released now ('' if none)."""
        if self.stopped or not token_ids:
            return ""
        self._ids.extend(token_ids)
        self._pending += self._decode_new()
        return self._release(final=False)

    def flush(self) -> str:
        """Release whatever is held back at the end of the generation."""
        if self.stopped:
            return ""
        return self._release(final=True)

    def _decode_new(self) -> str:
        decode = self._decode
        before = decode(self._ids[self._prefix_offset : self._read_offset], skip_special_tokens=self._skip_special)
        after = decode(self._ids[self._prefix_offset :], skip_special_tokens=self._skip_special)
        if after.endswith(_INCOMPLETE) or len(after) <= len(before):
            return ""  # a character is still being spelled across tokens
        self._prefix_offset = self._read_offset
        self._read_offset = len(self._ids)
        return after[len(before) :]

    def _release(self, final: bool) -> str:
        for stop in self._stop:
            at = self._pending.find(stop)
            if at != -1:
                out = self._pending[:at]
                self._pending = ""
                self.stopped = True
                self.text += out
                return out
        keep = 0 if final else min(self._hold, len(self._pending))
        cut = len(self._pending) - keep
        out, self._pending = self._pending[:cut], self._pending[cut:]
        self.text += out
        return out


def _decoder(tokenizer):
    """The tokenizer's decode, straight from its Rust core when that gives the same text (no clean-up of
    spaces to apply afterwards): it skips transformers' Python layers, which cost more than the decoding."""
    backend = getattr(tokenizer, "backend_tokenizer", None)
    if backend is not None and not getattr(tokenizer, "clean_up_tokenization_spaces", True):
        return backend.decode
    return tokenizer.decode
