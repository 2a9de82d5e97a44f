"""Sluice's sampling parameters map to vLLM 0.26's SamplingParams and StructuredOutputsParams, and the engine
times the engine core's stamped outputs (checked without a GPU: the mapping is plain data, and the timing
reads only each output batch's stamp, here from a stand-in for vLLM's engine client; the GPU tests run both
on vLLM)."""

from __future__ import annotations

import asyncio
import time
from types import SimpleNamespace

import pytest

from workers.request import SamplingParams, TokenLogprob
from workers.vllm_backend import engine_logprobs, sampling_arguments

EOS = {2, 0}


def test_plain_sampling_asks_vllm_for_token_ids_only_and_no_extras():
    arguments = sampling_arguments(SamplingParams(max_tokens=16, temperature=0.7, top_p=0.9, top_k=0, seed=5), EOS)
    assert arguments == {
        "max_tokens": 16, "temperature": 0.7, "top_p": 0.9, "top_k": 0, "seed": 5, "stop_token_ids": [0, 2],
        "detokenize": False, "presence_penalty": 0.0, "frequency_penalty": 0.0, "repetition_penalty": 1.0,
        "logit_bias": None, "min_tokens": 0, "logprobs": None, "structured_outputs": None,
    }


def test_penalties_bias_min_tokens_and_logprobs_keep_their_names_and_meanings():
    sampling = SamplingParams.from_dict({
        "max_tokens": 32, "temperature": 0.0, "presence_penalty": 0.5, "frequency_penalty": -1.0,
        "repetition_penalty": 1.2, "logit_bias": {"17": 100.0, "42": -100}, "min_tokens": 4, "logprobs": 3})
    arguments = sampling_arguments(sampling, EOS)
    assert arguments["temperature"] == 0.0  # greedy
    assert (arguments["presence_penalty"], arguments["frequency_penalty"], arguments["repetition_penalty"]) == \
        (0.5, -1.0, 1.2)
    assert arguments["logit_bias"] == {17: 100.0, 42: -100.0}
    assert (arguments["min_tokens"], arguments["logprobs"]) == (4, 3)


@pytest.mark.parametrize(("structured", "expected"), [
    ({"json_schema": {"type": "object", "properties": {"a": {"type": "integer"}}}},
     {"json": {"type": "object", "properties": {"a": {"type": "integer"}}}, "disable_any_whitespace": True}),
    ({"json_object": True}, {"json_object": True, "disable_any_whitespace": True}),
    ({"lark": 'start: "<tool_call>" body'}, {"grammar": 'start: "<tool_call>" body'}),
], ids=["json_schema", "json_object", "tool_call_grammar"])
def test_each_kind_of_structured_output_is_one_structured_outputs_constraint(structured, expected):
    arguments = sampling_arguments(SamplingParams(structured=structured), EOS)
    assert arguments["structured_outputs"] == expected


def test_vllm_logprobs_become_the_chosen_tokens_and_the_top_k_by_rank():
    logprob = lambda value, rank: SimpleNamespace(logprob=value, rank=rank, decoded_token=None)  # noqa: E731
    completion = SimpleNamespace(token_ids=[7, 9], logprobs=[
        {7: logprob(-0.1, 1), 8: logprob(-2.5, 2)},  # the chosen token is the most likely
        {3: logprob(-0.3, 1), 4: logprob(-1.9, 2), 9: logprob(-4.0, 12)},  # sampled outside the top 2
    ])
    assert engine_logprobs(completion, top=2) == [
        TokenLogprob(7, -0.1, ((7, -0.1), (8, -2.5))),
        TokenLogprob(9, -4.0, ((3, -0.3), (4, -1.9))),
    ]
    assert engine_logprobs(SimpleNamespace(token_ids=[1], logprobs=None), top=0) is None


def test_the_mapping_builds_real_vllm_parameters_where_vllm_is_installed():
    vllm_sampling = pytest.importorskip("vllm.sampling_params", reason="vLLM is not installed here")
    from workers.request import GenerationRequest
    from workers.vllm_backend import sampling_params

    request = GenerationRequest("r", [1, 2], SamplingParams(
        max_tokens=8, logprobs=2, logit_bias=((5, 1.0),), structured={"json_schema": {"type": "object"}}))
    params = sampling_params(request, EOS)
    assert isinstance(params.structured_outputs, vllm_sampling.StructuredOutputsParams)
    assert params.structured_outputs.json == {"type": "object"}
    assert (params.logprobs, params.logit_bias, params.detokenize) == (2, {5: 1.0}, False)


def test_the_engine_sums_its_core_s_step_times_and_how_long_each_step_s_outputs_waited():
    from sluice.settings import Settings
    from workers.vllm_backend import VllmEngine

    now = time.monotonic()
    # Three output batches the engine core stamped 7 ms apart, the last 3 ms ago, all taken now.
    stamps = [now - 0.017, now - 0.010, now - 0.003]
    batches = iter(stamps)

    async def get_output_async():
        return SimpleNamespace(outputs=[], timestamp=next(batches))

    core = SimpleNamespace(get_output_async=get_output_async)
    engine = VllmEngine(Settings(), max_model_len=1024)
    engine._time_outputs(SimpleNamespace(engine_core=core))

    async def take(count):
        return [await core.get_output_async() for _ in range(count)]

    taken = asyncio.run(take(3))
    assert [batch.timestamp for batch in taken] == stamps  # handed on as they came
    stats = engine.stats()
    assert stats.step_seconds_total == pytest.approx(0.014)  # two steps after the first: 7 ms each
    # Each batch waited from its stamp to its taking: 17, 10 and 3 ms and the little this test took since.
    assert 0.030 <= stats.output_lag_seconds_total < 0.030 + 3 * 0.5


def test_an_engine_client_without_an_output_queue_leaves_the_step_times_at_zero():
    from sluice.settings import Settings
    from workers.vllm_backend import VllmEngine

    engine = VllmEngine(Settings(), max_model_len=1024)
    engine._time_outputs(SimpleNamespace(engine_core=SimpleNamespace()))
    assert (engine.stats().step_seconds_total, engine.stats().output_lag_seconds_total) == (0.0, 0.0)
