"""Engine settings map one-to-one to vLLM's engine arguments (checked without a GPU)."""

from __future__ import annotations

from sluice.settings import Settings
from workers.vllm_backend import engine_arguments


def test_parallelism_and_batching_settings_reach_vllm_unchanged():
    settings = Settings(model="/models/llama-70b", tensor_parallel_size=4, pipeline_parallel_size=2,
                        distributed_executor_backend="ray", gpu_memory_utilization=0.92, max_num_seqs=256,
                        max_num_batched_tokens=8192, enable_prefix_caching=False, enable_chunked_prefill=True,
                        dtype="bfloat16", quantization="fp8", stream_interval=8)
    args = engine_arguments(settings, max_model_len=8192)
    assert args["model"] == "/models/llama-70b"
    assert (args["tensor_parallel_size"], args["pipeline_parallel_size"]) == (4, 2)
    assert args["distributed_executor_backend"] == "ray"
    assert (args["gpu_memory_utilization"], args["max_num_seqs"], args["max_num_batched_tokens"]) == (0.92, 256, 8192)
    assert (args["enable_prefix_caching"], args["enable_chunked_prefill"]) == (False, True)
    assert (args["dtype"], args["quantization"], args["max_model_len"]) == ("bfloat16", "fp8", 8192)
    assert args["stream_interval"] == 8
    # The tokenizer is loaded for structured outputs' grammars, compiled by llguidance as on the CPU engine.
    assert args["skip_tokenizer_init"] is False
    assert args["structured_outputs_config"] == {"backend": "guidance", "disable_any_whitespace": True}


def test_vllm_accepts_every_argument_sluice_passes():
    """Each key is a real AsyncEngineArgs field (read from the installed vLLM, else its known fields)."""
    import pytest

    arg_utils = pytest.importorskip("vllm.engine.arg_utils", reason="vLLM is not installed here")
    fields = set(arg_utils.AsyncEngineArgs.__dataclass_fields__)
    assert set(engine_arguments(Settings(), max_model_len=2048)) <= fields


def test_a_generation_worker_takes_a_quarter_more_tasks_than_its_engine_batches():
    """The tasks beyond the engine's slots wait in its queue, so a finished request's slot is refilled at the
    next step; at least one, none when turned off, and exactly as many as configured otherwise."""
    assert (Settings(max_num_seqs=128).effective_engine_queue_depth, Settings(max_num_seqs=128).generation_threads) \
        == (32, 160)
    assert Settings(max_num_seqs=2).generation_threads == 3
    assert Settings(max_num_seqs=8, engine_queue_depth=0).generation_threads == 8
    assert Settings(max_num_seqs=8, engine_queue_depth=5).generation_threads == 13
