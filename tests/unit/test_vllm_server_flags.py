"""bench/vllm_server_flags.py: the worker's engine arguments as `vllm serve` flags, so the benchmark's
vLLM-server row runs the engine configuration Sluice runs."""

from __future__ import annotations

import argparse

from bench.vllm_server_flags import server_flags
from sluice.settings import Settings
from workers.vllm_backend import engine_arguments


def test_every_engine_setting_becomes_a_flag_and_sluices_own_request_path_is_left_out(tmp_path):
    settings = Settings(model=str(tmp_path / "model"), max_num_seqs=128, gpu_memory_utilization=0.45,
                        enforce_eager=False, stream_interval=4)
    arguments = engine_arguments(settings, 2048)
    flags = server_flags(arguments)
    assert flags[0] == str(tmp_path / "model")
    # Parse them back as vLLM's parser would: values as given, booleans as --x / --no-x, disable_* as switches.
    parser = argparse.ArgumentParser()
    for name, value in arguments.items():
        option = "--" + name.replace("_", "-")
        if isinstance(value, bool):
            if name.startswith("disable_"):
                parser.add_argument(option, action="store_true")
            else:
                parser.add_argument(option, action=argparse.BooleanOptionalAction)
        else:
            parser.add_argument(option)
    parsed = vars(parser.parse_args(flags[1:]))
    assert parsed["max_num_seqs"] == "128" and parsed["gpu_memory_utilization"] == "0.45"
    assert parsed["max_model_len"] == "2048" and parsed["stream_interval"] == "4"
    assert parsed["enforce_eager"] is False and parsed["enable_prefix_caching"] is True
    assert parsed["disable_log_stats"] is True
    assert "--tokenizer" not in flags and "--structured-outputs-config" not in flags
    assert "--quantization" not in flags  # None: vLLM's default
