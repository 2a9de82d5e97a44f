"""Constrained decoding: the grammar a request's output must follow, as a token mask at every step.

A request's ``structured`` spec (``SamplingParams.structured``) is one of ``{"json_schema": {...}}`` (the
output is one JSON value that matches the schema), ``{"json_object": True}`` (any JSON object) or
``{"lark": "..."}`` (a Lark grammar, which may embed JSON schemas with ``%json``: tool calls,
workers/tools.py). llguidance compiles it lazily and computes each step's allowed tokens in tens of
microseconds (bench/grammar_mask.py; the choice is explained in docs/api.md). JSON is compact (no
whitespace between tokens): a small model given the freedom fills it with newlines.

The gateway calls ``check`` (which needs no torch) before queueing a request, so a schema llguidance cannot
enforce is a 400 and never reaches a worker; the engine builds one ``Matcher`` per request.

llguidance learns each token's bytes from the tokenizer's saved form (``llguidance_tokenizer_json`` makes sure
it reads them as the tokenizer decodes them); vLLM compiles its grammars against the tokenizer folder it is
given (workers/vllm_backend.py).
"""

from __future__ import annotations

import copy
import json
from functools import lru_cache

# Compact JSON: no whitespace between tokens, and a schema's own "x-guidance" options may not loosen that.
_JSON_OPTIONS = {"whitespace_flexible": False}


class GrammarError(ValueError):
    """The spec is not a grammar llguidance can enforce; the message says why."""


def grammar_of(structured: dict) -> str:
    """llguidance's grammar for a ``structured`` spec. Raises GrammarError for a spec of no known kind or a
    schema that is not a JSON object."""
    import llguidance

    try:
        if "json_schema" in structured:
            return llguidance.LLMatcher.grammar_from_json_schema(structured["json_schema"], overrides=_JSON_OPTIONS)
        if structured.get("json_object"):
            return llguidance.LLMatcher.grammar_from_json_schema({"type": "object"}, overrides=_JSON_OPTIONS)
        if "lark" in structured:
            return llguidance.LLMatcher.grammar_from_lark(structured["lark"])
    except (ValueError, TypeError) as exc:
        raise GrammarError(str(exc)) from None
    raise GrammarError(f"unknown kind of structured output: {sorted(structured)}")


def check(structured: dict) -> None:
    """Raise GrammarError naming the problem if llguidance cannot enforce ``structured`` (an invalid JSON
    Schema, a keyword it does not implement, a Lark grammar that does not parse)."""
    import llguidance

    error = llguidance.LLMatcher.validate_grammar(grammar_of(structured))
    if error:
        raise GrammarError(error)


def lark_json(schema: dict) -> str:
    """A JSON schema embedded in a Lark grammar: compact, as every JSON here."""
    return "%json " + json.dumps({**schema, "x-guidance": _JSON_OPTIONS})


def llguidance_tokenizer_json(tokenizer_json: str) -> str | None:
    """The tokenizer's saved form (tokenizer.json) as llguidance must read it, or None when it reads it right as
    it is (the usual case).

    llguidance takes each token's bytes from the tokenizer's decoder, and only a plain ByteLevel decoder tells
    it that a byte-level BPE spells bytes with stand-in characters (GPT-2's ``Ġ`` for a space, ``Ċ`` for a
    newline). transformers 5.17, converting a GGUF, saves such a vocabulary with a decoder sequence
    (ByteFallback, Fuse, Replace, ByteLevel); llguidance then takes ``Ċ`` for those two characters, not a
    newline, and its parser refuses the newline token that a tool call's ``<tool_call>\\n`` needs (vLLM ends
    such a request with an error). The sequence's ByteLevel step alone decodes that vocabulary to the same
    text, so it replaces the sequence. Raises ValueError for text that is not JSON."""
    spec = json.loads(tokenizer_json)
    decoder = spec.get("decoder") or {}
    if decoder.get("type") != "Sequence" or not _has_byte_level(spec.get("pre_tokenizer")):
        return None
    byte_level = [step for step in decoder.get("decoders") or [] if step.get("type") == "ByteLevel"]
    if not byte_level:
        return None
    spec["decoder"] = byte_level[0]
    return json.dumps(spec, ensure_ascii=False)


def _has_byte_level(pre_tokenizer: dict | None) -> bool:
    if not pre_tokenizer:
        return False
    if pre_tokenizer.get("type") == "Sequence":
        return any(_has_byte_level(step) for step in pre_tokenizer.get("pretokenizers") or [])
    return pre_tokenizer.get("type") == "ByteLevel"


class GrammarCompiler:
    """Builds each request's matcher over one tokenizer's vocabulary (built once per engine: ~0.3 s)."""

    def __init__(self, tokenizer, vocab_size: int, eos_token_ids: set[int]) -> None:
        import llguidance
        import llguidance.hf

        self.vocab_size = vocab_size
        eos = sorted(eos_token_ids) or None
        repaired = None
        if getattr(tokenizer, "backend_tokenizer", None) is not None:  # llguidance.hf refuses the others
            backend = copy.copy(tokenizer.backend_tokenizer)  # as llguidance.hf does: no padding, no truncation
            backend.no_padding()
            backend.no_truncation()
            repaired = llguidance_tokenizer_json(backend.to_str())
        if repaired is None:
            self._tokenizer = llguidance.hf.from_tokenizer(tokenizer, n_vocab=vocab_size, eos_token=eos)
        else:
            self._tokenizer = llguidance.LLTokenizer(repaired, n_vocab=vocab_size,
                                                     eos_token=eos if eos is not None else tokenizer.eos_token_id)

    def matcher(self, structured: dict) -> Matcher:
        """A fresh matcher for ``structured``; GrammarError if it cannot be built."""
        import llguidance

        grammar = grammar_of(structured)
        try:
            matcher = llguidance.LLMatcher(self._tokenizer, grammar, log_level=0)
        except ValueError as exc:
            raise GrammarError(str(exc)) from None
        if matcher.is_error():
            raise GrammarError(matcher.get_error())
        return Matcher(matcher, self.vocab_size)


@lru_cache(maxsize=1)
def _bit_positions():
    import torch

    return torch.arange(32, dtype=torch.int32)


class Matcher:
    """One request's place in its grammar: which tokens may come next, advanced token by token."""

    def __init__(self, matcher, vocab_size: int) -> None:
        self._matcher = matcher
        self._words = (vocab_size + 31) // 32
        self.consumed = 0  # generated tokens the grammar has taken

    def follow(self, generated: list[int]) -> None:
        """Take the tokens of ``generated`` not taken yet. A token the grammar refuses (one drawn before
        its mask applied, which cannot happen in a step) leaves the matcher in error: it then allows only
        the end of the sequence."""
        if self.consumed < len(generated):
            self._matcher.consume_tokens(generated[self.consumed:])
            self.consumed = len(generated)

    def allowed(self):
        """A boolean tensor over the vocabulary: the tokens that may come next (end-of-sequence tokens once
        the grammar is complete). The gateway imports this module without torch; the engine has it."""
        import torch

        words = torch.frombuffer(bytearray(self._matcher.compute_bitmask()), dtype=torch.int32)[: self._words]
        return ((words.unsqueeze(-1) >> _bit_positions()) & 1).bool().view(-1)

    @property
    def error(self) -> str:
        return self._matcher.get_error()
