"""The response models in api/protocol.py are the one source of every body the gateway sends: they carry
OpenAI's defaults, the per-token fast rendering is the model's own JSON, and OpenAI's official client parses
what the serving functions build, key for key. Pure: no Redis, no model."""

from __future__ import annotations

import json
import time

import openai.types
import openai.types.chat
import pydantic
import pytest

from api import protocol
from api.openai import ChatChunks, Collected, CompletionChunks, chat_completion, completion
from api.submission import Submission
from sluice.streams import events
from sluice.streams.events import StreamEvent

MODEL = "SmolLM2-135M-Instruct"
USAGE = {"prompt_tokens": 7, "completion_tokens": 3, "total_tokens": 10}
TEXTS = ["Hello", " world", "", 'a "quoted" \\ line\nbreak\ttab', "héllo ☃ 😀 \u2028 </script>"]


def submission(request_id: str = "chatcmpl-test") -> Submission:
    return Submission(request_id=request_id, customer_id=1, model=MODEL, created=1_700_000_000, prompt_tokens=7,
                      stream_token="token")


def done(finish_reason: str = "stop") -> StreamEvent:
    return StreamEvent("chatcmpl-test", 4, events.DONE, {"finish_reason": finish_reason, "usage": USAGE})


def unknown_keys(parsed: pydantic.BaseModel, path: str = "") -> list[str]:
    """The keys an openai client model kept as extras (it allows any): keys its schema does not have."""
    found = [path + key for key in parsed.model_extra or {}]
    for name in type(parsed).model_fields:
        value = getattr(parsed, name)
        for item in value if isinstance(value, list) else [value]:
            if isinstance(item, pydantic.BaseModel):
                found += unknown_keys(item, f"{path}{name}.")
    return found


def parses_exactly(client_model: type[pydantic.BaseModel], body: dict) -> pydantic.BaseModel:
    parsed = client_model.model_validate(body)
    assert unknown_keys(parsed) == []
    assert parsed.model_dump(mode="json", exclude_unset=True) == body
    return parsed


# -- the models' defaults -------------------------------------------------------------------------------


@pytest.mark.parametrize(("model", "fields", "prefix", "object_name"), [
    (protocol.ChatCompletion, {"model": MODEL, "choices": [], "usage": protocol.UsageCounts.from_event(USAGE)},
     "chatcmpl-", "chat.completion"),
    (protocol.ChatCompletionChunk, {"model": MODEL, "choices": []}, "chatcmpl-", "chat.completion.chunk"),
    (protocol.Completion, {"model": MODEL, "choices": []}, "cmpl-", "text_completion"),
])
def test_a_generation_body_gets_a_prefixed_id_the_time_and_its_object_name(model, fields, prefix, object_name):
    before = int(time.time())
    body = model(**fields)
    assert body.id.startswith(prefix) and len(body.id) > len(prefix) + 16
    assert body.id != model(**fields).id
    assert isinstance(body.created, int) and before <= body.created <= int(time.time())
    assert body.object == object_name
    assert body.model_dump()["object"] == object_name


@pytest.mark.parametrize(("model", "fields", "prefix", "object_name"), [
    (protocol.PromptCreated, {"model": MODEL, "stream_url": "/v1/streams/x"}, "prompt-", "prompt"),
    (protocol.ModerationResponse, {"model": "sluice-moderation", "results": []}, "modr-", None),
])
def test_a_created_resource_gets_a_prefixed_id(model, fields, prefix, object_name):
    body = model(**fields).model_dump()
    assert body["id"].startswith(prefix) and len(body["id"]) > len(prefix) + 16
    assert body.get("object") == object_name


def test_a_model_card_gets_the_time_and_its_owner():
    card = protocol.ModelCard(id=MODEL, max_model_len=2048, live_workers=1).model_dump()
    assert card["object"] == "model" and card["owned_by"] == "sluice"
    assert isinstance(card["created"], int) and abs(card["created"] - time.time()) < 5


@pytest.mark.parametrize(("body", "object_name"), [
    (protocol.ModelList(data=[]), "list"),
    (protocol.AdminList(data=[]), "list"),
    (protocol.UsageReport(start=0, end=1, group_by=[], data=[],
                          total=protocol.UsageTotal(prompt_tokens=0, completion_tokens=0, total_tokens=0, requests=0)),
     "list"),
    (protocol.UsageBucket(prompt_tokens=1, completion_tokens=1, total_tokens=2, requests=1), "usage.bucket"),
    (protocol.PromptCancelling(id="prompt-1"), "prompt"),
])
def test_a_listing_or_entry_names_its_object(body, object_name):
    assert body.model_dump()["object"] == object_name


def test_the_fixed_object_name_cannot_be_replaced():
    with pytest.raises(pydantic.ValidationError):
        protocol.ChatCompletion(object="text_completion", model=MODEL, choices=[],
                                usage=protocol.UsageCounts.from_event(USAGE))


def test_a_missing_field_is_absent_from_the_body_and_optional_in_the_description():
    bare = protocol.ChatCompletionChunk(id="c", created=1, model=MODEL, choices=[
        protocol.ChatChunkChoice(delta=protocol.ChunkDelta())]).model_dump()
    assert "usage" not in bare and bare["choices"][0]["delta"] == {}
    nulled = protocol.ChatCompletionChunk(id="c", created=1, model=MODEL, choices=[], usage=None).model_dump()
    assert nulled["usage"] is None
    described = protocol.ChatCompletionChunk.model_json_schema(mode="serialization")
    assert described["required"] == ["id", "object", "created", "model", "choices"]
    assert "required" not in described["$defs"]["ChunkDelta"]


# -- the per-token fast path ----------------------------------------------------------------------------


@pytest.mark.parametrize("include_usage", [False, True])
@pytest.mark.parametrize("text", TEXTS)
def test_a_chat_token_renders_as_its_chunk_model(text, include_usage):
    chunks = ChatChunks(submission(), include_usage)
    chunk = protocol.ChatCompletionChunk(
        id="chatcmpl-test", created=1_700_000_000, model=MODEL,
        choices=[protocol.ChatChunkChoice(delta=protocol.ChunkDelta(content=text))],
        **({"usage": None} if include_usage else {}))
    rendered = chunks.token(text)
    if text.isascii():
        assert rendered == chunk.model_dump_json()
    assert json.loads(rendered) == json.loads(chunk.model_dump_json())
    assert rendered == protocol.compact_json(chunk)


@pytest.mark.parametrize("include_usage", [False, True])
@pytest.mark.parametrize("text", TEXTS)
def test_a_completion_token_renders_as_its_chunk_model(text, include_usage):
    chunks = CompletionChunks(submission("cmpl-test"), include_usage)
    chunk = protocol.Completion(
        id="cmpl-test", created=1_700_000_000, model=MODEL, choices=[protocol.CompletionChoice(text=text)],
        **({"usage": None} if include_usage else {}))
    rendered = chunks.token(text)
    if text.isascii():
        assert rendered == chunk.model_dump_json()
    assert json.loads(rendered) == json.loads(chunk.model_dump_json())
    assert rendered == protocol.compact_json(chunk)


def test_a_sample_without_the_text_slot_is_refused():
    with pytest.raises(ValueError):
        protocol.TokenChunks(protocol.Completion(id="c", created=1, model=MODEL, choices=[]))


# -- what OpenAI's client parses ------------------------------------------------------------------------


@pytest.mark.parametrize("text", TEXTS)
def test_openai_parses_a_whole_chat_completion_key_for_key(text):
    body = chat_completion(submission(), Collected({0: [text]}, final=done("length"))).model_dump()
    parsed = parses_exactly(openai.types.chat.ChatCompletion, body)
    assert parsed.choices[0].message.content == text
    assert parsed.choices[0].finish_reason == "length"
    assert parsed.usage.total_tokens == 10
    assert set(body) == {"id", "object", "created", "model", "choices", "usage"}


@pytest.mark.parametrize("include_usage", [False, True])
def test_openai_parses_every_chunk_of_a_chat_stream_key_for_key(include_usage):
    chunks = ChatChunks(submission(), include_usage)
    stream = [*chunks.opening(), *(chunks.token(t) for t in TEXTS), *chunks.closing(done())]
    parsed = [parses_exactly(openai.types.chat.ChatCompletionChunk, json.loads(data)) for data in stream]
    content = "".join(p.choices[0].delta.content or "" for p in parsed if p.choices)
    assert content == "".join(TEXTS)
    assert parsed[0].choices[0].delta.role == "assistant"
    assert [p.choices[0].finish_reason for p in parsed if p.choices][-1] == "stop"
    if include_usage:
        assert parsed[-1].choices == [] and parsed[-1].usage.completion_tokens == 3
        assert all("usage" in json.loads(data) for data in stream)
    else:
        assert all("usage" not in json.loads(data) for data in stream)


@pytest.mark.parametrize("text", TEXTS)
def test_openai_parses_a_whole_text_completion_key_for_key(text):
    body = completion(submission("cmpl-test"), Collected({0: [text]}, final=done())).model_dump()
    parsed = parses_exactly(openai.types.Completion, body)
    assert parsed.choices[0].text == text
    assert parsed.usage.prompt_tokens == 7


@pytest.mark.parametrize("include_usage", [False, True])
def test_openai_parses_the_closing_chunks_of_a_completion_stream_key_for_key(include_usage):
    # Token chunks carry finish_reason null, which OpenAI's Completion type only takes unvalidated (as its
    # client does with a stream's chunks); their keys are the closing chunk's, checked here.
    closing = CompletionChunks(submission("cmpl-test"), include_usage).closing(done("length"))
    parsed = [parses_exactly(openai.types.Completion, json.loads(data)) for data in closing]
    assert parsed[0].choices[0].finish_reason == "length"
    assert len(parsed) == (2 if include_usage else 1)


def test_an_error_body_is_openais_error_shape():
    from api.errors import RateLimitExceeded

    body = RateLimitExceeded("Slow down.", limit_type="requests", headers={}).body().model_dump()
    assert body == {"error": {"message": "Slow down.", "type": "requests", "param": None,
                              "code": "rate_limit_exceeded"}}
