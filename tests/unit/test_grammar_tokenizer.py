"""Grammars see the bytes the tokenizer decodes, on both engines, even for the default model's tokenizer as
transformers 5.17 converts it from the GGUF (a decoder sequence around ByteLevel, ``<|im_start|>`` as its end
token). llguidance read that tokenizer's newline token as two other characters, so vLLM refused the newline
after ``<tool_call>`` and ended every tool call with an error. Checked without vLLM: its guidance backend
builds llguidance's tokenizer from the folder it is given, as ``_vllm_matcher`` does here."""

from __future__ import annotations

import json

import llguidance
import llguidance.hf
import pytest
from transformers import AutoTokenizer

from workers.grammar import GrammarCompiler, llguidance_tokenizer_json
from workers.tools import call_grammar
from workers.vllm_backend import grammar_tokenizer

WEATHER = {"name": "get_weather", "parameters": {
    "type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]}}
CALL = '<tool_call>\n{"name":"get_weather","arguments":{"city":"Oslo"}}\n</tool_call>'
CONVERTED_DECODER = {"type": "Sequence", "decoders": [
    {"type": "ByteFallback"}, {"type": "Fuse"}, {"type": "Replace", "pattern": {"String": "\u2581"}, "content": " "},
    {"type": "ByteLevel", "add_prefix_space": True, "trim_offsets": True, "use_regex": True}]}
END = 2  # <|im_end|>, the model's end of sequence (its generation config)


@pytest.fixture
def converted(model_path, tmp_path):
    """The default model's tokenizer files as transformers 5.17 writes them when it converts the GGUF."""
    folder = tmp_path / "converted"
    folder.mkdir()
    spec = json.loads((model_path / "tokenizer.json").read_text(encoding="utf-8"))
    spec["decoder"] = CONVERTED_DECODER
    spec["model"]["byte_fallback"] = True
    (folder / "tokenizer.json").write_text(json.dumps(spec), encoding="utf-8")
    config = json.loads((model_path / "tokenizer_config.json").read_text(encoding="utf-8"))
    (folder / "tokenizer_config.json").write_text(json.dumps({**config, "eos_token": "<|im_start|>"}),
                                                  encoding="utf-8")
    return folder


def _vllm_matcher(folder):
    """A matcher for a tool call as vLLM's guidance backend builds it: llguidance's tokenizer from the folder's
    tokenizer (its end token included), the Lark grammar read by ``grammar_from``."""
    tokenizer = AutoTokenizer.from_pretrained(folder)
    lark = call_grammar([WEATHER], only_calls=True, parallel=False)
    matcher = llguidance.LLMatcher(llguidance.hf.from_tokenizer(tokenizer, max(49152, len(tokenizer))),
                                   llguidance.grammar_from("grammar", lark), log_level=0)
    return tokenizer, matcher


def test_vllm_refuses_the_newline_of_a_tool_call_with_the_converted_tokenizer_as_it_is(converted):
    tokenizer, matcher = _vllm_matcher(converted)
    assert not matcher.consume_tokens(tokenizer.encode(CALL))
    assert matcher.is_error()


def test_vllm_gets_a_copy_whose_grammar_takes_the_whole_call_and_ends_with_the_models_end_token(converted, tmp_path):
    assert grammar_tokenizer(converted, {END}, tmp_path / "copy")
    tokenizer, matcher = _vllm_matcher(tmp_path / "copy")
    assert tokenizer.decode(tokenizer.encode(CALL)) == CALL
    assert matcher.consume_tokens(tokenizer.encode(CALL)), matcher.get_error()
    assert matcher.is_accepting()
    assert matcher.consume_token(END) and not matcher.is_error()


def test_the_cpu_engines_grammar_takes_the_whole_call_with_the_converted_tokenizer(converted):
    tokenizer = AutoTokenizer.from_pretrained(converted)
    matcher = GrammarCompiler(tokenizer, 49152, {END}).matcher(
        {"lark": call_grammar([WEATHER], only_calls=True, parallel=False)})
    matcher.follow(tokenizer.encode(CALL))
    assert not matcher.error
    assert matcher.allowed().nonzero().flatten().tolist() == [END]


def test_a_tokenizer_llguidance_reads_right_is_used_as_it_is(model_path, tmp_path):
    assert llguidance_tokenizer_json((model_path / "tokenizer.json").read_text(encoding="utf-8")) is None
    assert not grammar_tokenizer(model_path, {END}, tmp_path / "copy")
    assert not (tmp_path / "copy").exists()
