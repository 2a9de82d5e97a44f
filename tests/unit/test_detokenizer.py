"""Incremental detokenization releases exactly the text of the whole, and honours stop strings."""

from __future__ import annotations

import pytest

from workers.detokenizer import IncrementalDetokenizer


@pytest.fixture(scope="module")
def tokenizer(model_path):
    from transformers import AutoTokenizer

    return AutoTokenizer.from_pretrained(model_path)


@pytest.mark.parametrize("text", [
    "Hello, world! Rivers flow to the sea.",
    "Ünïcödé → 日本語のテキスト and emoji 🌊🚣 mixed in.",
    "  leading spaces and\nnew lines\n\n",
])
def test_token_by_token_release_equals_decoding_everything(tokenizer, text):
    ids = tokenizer.encode(text, add_special_tokens=False)
    detokenizer = IncrementalDetokenizer(tokenizer)
    pieces = [detokenizer.add([i]) for i in ids] + [detokenizer.flush()]
    assert "".join(pieces) == tokenizer.decode(ids)
    assert all("\ufffd" not in p for p in pieces)


def test_a_stop_string_cuts_the_text_before_it(tokenizer):
    ids = tokenizer.encode("One, two, three. STOP here and more text", add_special_tokens=False)
    detokenizer = IncrementalDetokenizer(tokenizer, stop=("STOP",))
    released = "".join(detokenizer.add([i]) for i in ids)
    assert detokenizer.stopped
    assert released == "One, two, three. "
    assert detokenizer.flush() == ""


def test_text_that_could_begin_a_stop_string_is_held_back_until_it_cannot(tokenizer):
    detokenizer = IncrementalDetokenizer(tokenizer, stop=("###",))
    out = detokenizer.add(tokenizer.encode("abc #", add_special_tokens=False))
    assert "#" not in out
    out += detokenizer.add(tokenizer.encode(" done", add_special_tokens=False)) + detokenizer.flush()
    assert out == "abc # done"
    assert not detokenizer.stopped


def test_special_tokens_produce_no_text(tokenizer):
    detokenizer = IncrementalDetokenizer(tokenizer)
    ids = tokenizer.encode("Hi", add_special_tokens=False) + [tokenizer.eos_token_id]
    assert "".join(detokenizer.add([i]) for i in ids) + detokenizer.flush() == "Hi"
