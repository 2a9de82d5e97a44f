"""The vLLM backend on a real GPU. Skipped, with the reason printed, where vLLM or CUDA is missing.

On the GPU machine (see README, "Running on GPUs"): SLUICE_DTYPE=float32 makes greedy decoding comparable
token for token with transformers' float32 reference.
"""

from __future__ import annotations

import json
import os
import threading
import time

import pytest

from sluice.settings import Settings
from tests.conftest import wait_until
from workers.request import GenerationRequest, SamplingParams


def _why_not_runnable() -> str | None:
    try:
        import torch
    except ImportError:
        return "torch is not installed"
    if not torch.cuda.is_available():
        return "no CUDA GPU on this machine"
    try:
        import vllm  # noqa: F401
    except ImportError as exc:
        return f"vLLM is not installed ({exc})"
    return None


REASON = _why_not_runnable()
pytestmark = [pytest.mark.gpu, pytest.mark.skipif(REASON is not None, reason=f"vLLM backend: {REASON}")]

PROMPTS = [
    [{"role": "user", "content": "Say hello"}],
    [{"role": "user", "content": "Name three rivers in Europe."}],
    [{"role": "system", "content": "Answer briefly."}, {"role": "user", "content": "What is a KV cache?"}],
]


@pytest.fixture(scope="module")
def engine(model_path):
    from workers.vllm_backend import VllmEngine

    settings = Settings(model=str(model_path), engine="vllm", dtype=os.environ.get("SLUICE_DTYPE", "float32"),
                        gpu_memory_utilization=0.3, max_num_seqs=32, max_model_len=1024)
    engine = VllmEngine(settings, max_model_len=1024)
    engine.start()
    yield engine
    engine.shutdown()


def run(engine, request_id, prompt_ids, max_tokens):
    request = GenerationRequest(request_id, prompt_ids, SamplingParams(max_tokens=max_tokens, temperature=0.0))
    engine.submit(request)
    tokens, finish = [], None
    for output in engine.stream(request):
        tokens.extend(output.new_token_ids)
        finish = output.finish_reason
    return tokens, finish


def test_greedy_output_equals_transformers_greedy_output(engine, reference):
    import torch

    model, tokenizer = reference
    for i, messages in enumerate(PROMPTS):
        prompt = tokenizer.apply_chat_template(messages, add_generation_prompt=True, tokenize=True,
                                               return_dict=False)
        with torch.no_grad():
            expected = model.generate(torch.tensor([prompt]), max_new_tokens=32, do_sample=False)[0, len(prompt):]
        tokens, finish = run(engine, f"greedy-{i}", prompt, 32)
        assert tokens == expected.tolist(), tokenizer.decode(tokens)
        assert finish in {"stop", "length"}


def test_an_aborted_request_stops_and_frees_its_slot(engine):
    request = GenerationRequest("abort-me", list(range(100, 164)), SamplingParams(max_tokens=900, temperature=0.0))
    engine.submit(request)
    received = 0
    finish = None
    for output in engine.stream(request):
        received += len(output.new_token_ids)
        if received >= 5 and finish is None:
            engine.abort(request.request_id)
        finish = output.finish_reason
    assert finish == "abort"
    assert received < 900
    wait_until(lambda: engine.stats().running == 0, 10, what="the aborted request to leave the batch")


def test_concurrent_requests_share_the_batch(engine):
    single_started = time.monotonic()
    run(engine, "single", list(range(200, 264)), 128)
    single = time.monotonic() - single_started
    threads = [threading.Thread(target=run, args=(engine, f"c{i}", list(range(300 + i, 364 + i)), 128))
               for i in range(16)]
    started = time.monotonic()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert time.monotonic() - started < 16 * single * 0.5


def test_a_request_that_finishes_before_it_is_read_keeps_its_outputs(engine):
    # On a GPU a short answer ends within milliseconds, often before the worker's task thread reads it.
    request = GenerationRequest("read-late", list(range(400, 432)), SamplingParams(max_tokens=4, temperature=0.0))
    finished_before = engine.stats().requests_finished_total
    engine.submit(request)
    wait_until(lambda: engine.stats().requests_finished_total > finished_before, 30,
               what="the request to finish before anyone reads it")
    outputs = list(engine.stream(request))
    assert sum(len(o.new_token_ids) for o in outputs) == 4
    assert outputs[-1].finish_reason == "length"


def test_the_engine_times_its_own_steps_and_the_wait_for_their_outputs(engine):
    request = GenerationRequest("timed", list(range(500, 532)), SamplingParams(max_tokens=64, min_tokens=64, temperature=0.0))
    engine.submit(request)
    first = None  # from the first token on: the idle time before the request is not in the difference
    tokens = 0
    for output in engine.stream(request):
        tokens += len(output.new_token_ids)
        if first is None and output.new_token_ids:
            first = engine.stats()
    after = engine.stats()
    assert tokens == 64
    steps = after.steps_total - first.steps_total
    assert steps >= 32  # a step a token, less those before the first was read (64 take 0.1 s even on a GPU)
    own = (after.step_seconds_total - first.step_seconds_total) / steps
    lag = (after.output_lag_seconds_total - first.output_lag_seconds_total) / steps
    assert 0 < own < 0.2  # the engine core's own time from one step to the next, one request running
    assert 0 <= lag < 0.2


WEATHER = {"name": "get_weather", "description": "The weather in a city.",
           "parameters": {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]}}


@pytest.mark.parametrize("structured", [
    {"lark": "tool"},
    {"json_schema": {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]}},
], ids=["tool_call_grammar", "json_schema"])
def test_a_constrained_request_ends_with_stop_and_matches_its_grammar(engine, reference, structured):
    """The engine alone, no gateway: vLLM's guidance backend enforces the tool-call Lark grammar and a JSON
    schema, and the request ends as ``stop`` with text the parsers accept."""
    from workers.tools import call_grammar, parse_answer, tool_prompt

    _, tokenizer = reference
    if "lark" in structured:
        structured = {"lark": call_grammar([WEATHER], only_calls=True, parallel=False)}
    messages = [{"role": "system", "content": tool_prompt([WEATHER])},
                {"role": "user", "content": "What is the weather in Oslo?"}]
    prompt = tokenizer.apply_chat_template(messages, add_generation_prompt=True, tokenize=True, return_dict=False)
    request = GenerationRequest("constrained-lark" if "lark" in structured else "constrained-json", prompt,
                                SamplingParams(max_tokens=80, temperature=0.0, structured=structured))
    engine.submit(request)
    tokens, finish, errors = [], None, []
    for output in engine.stream(request):
        tokens.extend(output.new_token_ids)
        finish = output.finish_reason
        errors.append(output.error)
    text = tokenizer.decode(tokens, skip_special_tokens=True)
    assert finish == "stop", (finish, errors, text)
    if "lark" in structured:
        _, calls = parse_answer(text)
        assert [call.name for call in calls] == ["get_weather"], text
        assert isinstance(json.loads(calls[0].arguments)["city"], str)
    else:
        assert isinstance(json.loads(text)["city"], str)
