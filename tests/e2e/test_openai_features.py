"""What real OpenAI clients send beyond plain chat, through the real gateway, Celery and worker with the
default model: structured outputs, tool calls, logprobs, n choices, penalties and logit bias, and the 400s
that name the parameter when one of them is wrong."""

from __future__ import annotations

import json

import jsonschema
import pytest
import requests
import torch

pytestmark = pytest.mark.e2e

PERSON = {
    "type": "object",
    "properties": {"name": {"type": "string", "maxLength": 40}, "age": {"type": "integer", "minimum": 0},
                   "languages": {"type": "array", "items": {"type": "string", "maxLength": 20}, "maxItems": 3}},
    "required": ["name", "age", "languages"],
    "additionalProperties": False,
}
WEATHER_TOOL = {"type": "function", "function": {
    "name": "get_weather", "description": "The current weather in a city.",
    "parameters": {"type": "object", "properties": {"city": {"type": "string", "maxLength": 30},
                                                    "unit": {"enum": ["celsius", "fahrenheit"]}},
                   "required": ["city", "unit"], "additionalProperties": False}}}
TIME_TOOL = {"type": "function", "function": {
    "name": "get_time", "parameters": {"type": "object", "properties": {"timezone": {"type": "string", "maxLength": 30}},
                                       "required": ["timezone"], "additionalProperties": False}}}
WEATHER_QUESTION = [{"role": "user", "content": "What is the weather in Paris?"}]


@pytest.fixture(scope="module")
def client(stack):
    from openai import OpenAI

    return OpenAI(base_url=f"{stack.base_url}/v1", api_key=stack.key, max_retries=0)


def test_a_json_schema_answer_parses_and_matches_the_schema_streamed_or_not(stack, client):
    response_format = {"type": "json_schema", "json_schema": {"name": "person", "schema": PERSON, "strict": True}}
    messages = [{"role": "user", "content": "Describe a famous programmer."}]

    answer = client.chat.completions.create(model=stack.model, messages=messages, max_tokens=120, temperature=0.7,
                                            seed=7, response_format=response_format)
    assert answer.choices[0].finish_reason == "stop"
    jsonschema.validate(json.loads(answer.choices[0].message.content), PERSON)

    pieces = [chunk.choices[0].delta.content or "" for chunk in client.chat.completions.create(
        model=stack.model, messages=messages, max_tokens=120, temperature=0.7, seed=7, stream=True,
        response_format=response_format) if chunk.choices]
    assert "".join(pieces) == answer.choices[0].message.content
    assert len([piece for piece in pieces if piece]) > 1


def test_json_object_mode_answers_one_json_object(stack, client):
    answer = client.chat.completions.create(
        model=stack.model, messages=[{"role": "user", "content": "List two colours as JSON."}], max_tokens=80,
        temperature=0, response_format={"type": "json_object"})
    assert isinstance(json.loads(answer.choices[0].message.content), dict)


def test_a_required_tool_call_streams_as_tool_call_deltas_and_ends_with_finish_reason_tool_calls(stack, client):
    stream = client.chat.completions.create(
        model=stack.model, messages=WEATHER_QUESTION, tools=[WEATHER_TOOL, TIME_TOOL], tool_choice="required",
        parallel_tool_calls=False, max_tokens=80, temperature=0, stream=True)
    chunks = [chunk for chunk in stream if chunk.choices]
    deltas = [call for chunk in chunks for call in chunk.choices[0].delta.tool_calls or []]
    assert chunks[-1].choices[0].finish_reason == "tool_calls"
    assert not any(chunk.choices[0].delta.content for chunk in chunks)

    # The first piece carries the index, id, type and name; later pieces add argument fragments.
    assert deltas[0].index == 0 and deltas[0].id.startswith("call_") and deltas[0].type == "function"
    assert deltas[0].function.name in {"get_weather", "get_time"}
    assert all(delta.index == 0 and delta.id is None for delta in deltas[1:])
    assert len(deltas) > 2  # arguments arrive in fragments, not in one piece
    arguments = json.loads("".join(delta.function.arguments or "" for delta in deltas))
    tool = WEATHER_TOOL if deltas[0].function.name == "get_weather" else TIME_TOOL
    jsonschema.validate(arguments, tool["function"]["parameters"])


def test_a_named_function_is_called_and_its_result_turn_gets_an_answer(stack, client):
    first = client.chat.completions.create(
        model=stack.model, messages=WEATHER_QUESTION, tools=[WEATHER_TOOL, TIME_TOOL], max_tokens=80, temperature=0,
        tool_choice={"type": "function", "function": {"name": "get_weather"}})
    choice = first.choices[0]
    assert choice.finish_reason == "tool_calls"
    assert choice.message.content is None
    [call] = choice.message.tool_calls
    assert call.id.startswith("call_") and call.function.name == "get_weather"
    jsonschema.validate(json.loads(call.function.arguments), WEATHER_TOOL["function"]["parameters"])

    history = [*WEATHER_QUESTION, choice.message.model_dump(exclude_none=True),
               {"role": "tool", "tool_call_id": call.id, "content": '{"temperature": 21, "sky": "clear"}'}]
    second = client.chat.completions.create(model=stack.model, messages=history, tools=[WEATHER_TOOL, TIME_TOOL],
                                            tool_choice="none", max_tokens=40, temperature=0)
    assert second.choices[0].finish_reason in {"stop", "length"}
    assert second.choices[0].message.content
    assert second.choices[0].message.tool_calls is None


def test_chat_logprobs_list_every_token_and_join_to_the_answer_streamed_or_not(stack, client):
    kwargs = {"model": stack.model, "messages": [{"role": "user", "content": "Say hello"}], "max_tokens": 24,
              "temperature": 0, "logprobs": True, "top_logprobs": 3}
    answer = client.chat.completions.create(**kwargs)
    content = answer.choices[0].logprobs.content
    assert "".join(entry.token for entry in content) == answer.choices[0].message.content
    assert answer.usage.completion_tokens - 1 <= len(content) <= answer.usage.completion_tokens
    for entry in content:
        assert len(entry.top_logprobs) == 3
        assert entry.logprob <= 0
        # Greedy: the chosen token is the most likely one.
        assert entry.logprob == pytest.approx(entry.top_logprobs[0].logprob)
        assert bytes(entry.bytes) == entry.token.encode()

    streamed = [chunk.choices[0] for chunk in client.chat.completions.create(**kwargs, stream=True) if chunk.choices]
    entries = [entry for choice in streamed if choice.logprobs for entry in choice.logprobs.content]
    assert [e.token for e in entries] == [e.token for e in content]
    assert [e.logprob for e in entries] == pytest.approx([e.logprob for e in content], abs=1e-4)


def test_completion_logprobs_have_the_legacy_shape(stack, client):
    answer = client.completions.create(model=stack.model, prompt="The capital of France is", max_tokens=8,
                                       temperature=0, logprobs=2)
    logprobs = answer.choices[0].logprobs
    assert "".join(logprobs.tokens) == answer.choices[0].text
    assert len(logprobs.token_logprobs) == len(logprobs.tokens) == len(logprobs.top_logprobs)
    assert all(len(top) <= 2 for top in logprobs.top_logprobs)
    assert logprobs.text_offset == [sum(len(t) for t in logprobs.tokens[:i]) for i in range(len(logprobs.tokens))]


def test_n_choices_stream_with_their_index_and_usage_counts_the_prompt_once(stack, client):
    prompt_only = client.chat.completions.create(model=stack.model, messages=[{"role": "user", "content": "Hi"}],
                                                 max_tokens=1, temperature=0)
    # min_tokens is an extra (the official client sends it in extra_body): every choice runs to max_tokens.
    stream = client.chat.completions.create(
        model=stack.model, messages=[{"role": "user", "content": "Hi"}], n=3, max_tokens=8, temperature=1.0,
        seed=3, stream=True, stream_options={"include_usage": True}, extra_body={"min_tokens": 8})
    texts: dict[int, str] = {}
    finishes: dict[int, str] = {}
    usage = None
    for chunk in stream:
        for choice in chunk.choices:
            texts[choice.index] = texts.get(choice.index, "") + (choice.delta.content or "")
            if choice.finish_reason:
                finishes[choice.index] = choice.finish_reason
        usage = chunk.usage or usage
    assert sorted(texts) == [0, 1, 2] and finishes == {0: "length", 1: "length", 2: "length"}
    assert len(set(texts.values())) > 1  # each choice draws its own tokens
    assert usage.prompt_tokens == prompt_only.usage.prompt_tokens
    assert usage.completion_tokens == 3 * 8

    whole = client.chat.completions.create(model=stack.model, messages=[{"role": "user", "content": "Hi"}], n=2,
                                           max_tokens=6, temperature=0)
    assert [choice.index for choice in whole.choices] == [0, 1]
    assert whole.choices[0].message.content == whole.choices[1].message.content  # greedy: the same answer


def _penalized_greedy(reference, messages, max_tokens, *, frequency=0.0, presence=0.0, repetition=1.0):
    """Greedy decoding by transformers' own generate with OpenAI's penalties written out here: the reference
    the engine must equal."""
    model, tokenizer = reference
    prompt = tokenizer.apply_chat_template(messages, add_generation_prompt=True, tokenize=True, return_dict=False)

    def penalize(input_ids: torch.Tensor, scores: torch.Tensor) -> torch.Tensor:
        ids = input_ids[0].tolist()
        generated = ids[len(prompt):]
        if repetition != 1.0:
            seen = torch.tensor(sorted(set(ids)))
            scores[0, seen] = torch.where(scores[0, seen] > 0, scores[0, seen] / repetition,
                                          scores[0, seen] * repetition)
        for token in set(generated):
            scores[0, token] -= frequency * generated.count(token) + presence
        return scores

    with torch.no_grad():
        out = model.generate(torch.tensor([prompt]), max_new_tokens=max_tokens, do_sample=False,
                             logits_processor=[penalize])
    return tokenizer.decode(out[0, len(prompt):], skip_special_tokens=True)


@pytest.mark.parametrize("penalties", [
    {"frequency_penalty": 1.5, "presence_penalty": 0.5},
    {"repetition_penalty": 1.4},
], ids=["frequency_and_presence", "repetition"])
def test_penalties_shape_greedy_decoding_as_documented(stack, client, reference, penalties):
    messages = [{"role": "user", "content": "List ten fruits."}]
    extra = {"repetition_penalty": penalties.pop("repetition_penalty")} if "repetition_penalty" in penalties else {}
    answer = client.chat.completions.create(model=stack.model, messages=messages, max_tokens=16, temperature=0,
                                            extra_body=extra, **penalties)
    expected = _penalized_greedy(reference, messages, 16, frequency=penalties.get("frequency_penalty", 0.0),
                                 presence=penalties.get("presence_penalty", 0.0),
                                 repetition=extra.get("repetition_penalty", 1.0))
    assert answer.choices[0].message.content == expected
    assert expected != _penalized_greedy(reference, messages, 16)


def test_logit_bias_and_min_tokens_steer_the_tokens(stack, client, reference):
    _, tokenizer = reference
    [token] = tokenizer.encode(" yes", add_special_tokens=False)
    forced = client.chat.completions.create(model=stack.model, messages=[{"role": "user", "content": "Hi"}],
                                            max_tokens=5, temperature=0.9, logit_bias={str(token): 100})
    assert forced.choices[0].message.content == " yes" * 5

    short = client.chat.completions.create(model=stack.model, messages=[{"role": "user", "content": "Say OK."}],
                                           max_tokens=60, temperature=0)
    assert short.choices[0].finish_reason == "stop"
    longer = client.chat.completions.create(model=stack.model, messages=[{"role": "user", "content": "Say OK."}],
                                            max_tokens=60, temperature=0,
                                            extra_body={"min_tokens": short.usage.completion_tokens + 5})
    assert longer.usage.completion_tokens >= short.usage.completion_tokens + 5


BAD_INPUT = [
    ({"response_format": {"type": "json_schema", "json_schema": {"name": "x", "schema": {"type": "strin"}}}},
     "response_format.json_schema.schema"),
    ({"response_format": {"type": "json_schema", "json_schema": {"name": "x", "schema": {
        "type": "object", "if": {"required": ["a"]}}}}}, "response_format.json_schema.schema"),
    ({"tools": [WEATHER_TOOL], "tool_choice": {"type": "function", "function": {"name": "launch"}}}, "tool_choice"),
    ({"tools": [{"type": "function", "function": {"name": f"f{i}"}} for i in range(129)]}, "tools"),
    ({"tools": [{"type": "function", "function": {"name": "f", "parameters": {"type": "object",
                                                                             "properties": {"a": {"type": "nope"}}}}}]},
     "tools.0.function.parameters"),
    ({"logprobs": True, "top_logprobs": 21}, "top_logprobs"),
    ({"top_logprobs": 2}, "top_logprobs"),
    ({"n": 9}, "n"),
    ({"logit_bias": {"999999": 5}}, "logit_bias"),
    ({"logit_bias": {"12": 101}}, "logit_bias.12"),
    ({"presence_penalty": 2.5}, "presence_penalty"),
    ({"min_tokens": 50, "max_tokens": 10}, "min_tokens"),
]


@pytest.mark.parametrize(("extra", "param"), BAD_INPUT, ids=[param + f"-{i}" for i, (_, param) in enumerate(BAD_INPUT)])
def test_bad_feature_input_is_a_400_naming_the_parameter_and_queues_nothing(stack, extra, param):
    before = stack.queue_lengths()
    response = requests.post(f"{stack.base_url}/v1/chat/completions", headers=stack.headers(), timeout=30, json={
        "model": stack.model, "messages": [{"role": "user", "content": "Hi"}], "max_tokens": 10, **extra})
    assert response.status_code == 400, response.text
    error = response.json()["error"]
    assert error["type"] == "invalid_request_error"
    assert error["param"] == param
    assert stack.queue_lengths() == before
