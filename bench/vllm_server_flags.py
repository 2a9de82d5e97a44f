"""The engine arguments Sluice's generation worker gives vLLM, as ``vllm serve`` command-line flags.

    python bench/vllm_server_flags.py      # one per line: the model folder, then each flag and its value

infra/gpu/vllm-server.sh starts vLLM's own OpenAI server with these, so the serving benchmark compares
Sluice with the server an operator would otherwise run, on the very engine configuration Sluice runs
(``workers.vllm_backend.engine_arguments`` from the settings in the environment).
"""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

# Arguments that are not engine settings on vLLM's command line, or that only Sluice's own request path
# needs: the model is the positional argument; Sluice's grammar tokenizer and structured-output backend
# serve its tool calls, which a plain chat benchmark never asks for.
_LEFT_OUT = ("model", "tokenizer", "structured_outputs_config", "skip_tokenizer_init")


def server_flags(arguments: dict) -> list[str]:
    """``engine_arguments``' dict as ``vllm serve`` arguments: the model folder first, then ``--name value``
    for each setting, ``--name``/``--no-name`` for a boolean; settings left at None are vLLM's defaults."""
    flags = [str(arguments["model"])]
    for name, value in arguments.items():
        if name in _LEFT_OUT or value is None:
            continue
        option = "--" + name.replace("_", "-")
        if isinstance(value, bool):
            if name.startswith("disable_") and not value:
                continue  # vLLM's disable_* flags are plain switches
            flags.append(option if value else "--no-" + option[2:])
        else:
            flags += [option, str(value)]
    return flags


def main() -> int:
    from sluice.model_files import context_length
    from sluice.settings import Settings
    from workers.vllm_backend import engine_arguments

    settings = Settings()
    print("\n".join(server_flags(engine_arguments(settings, context_length(settings)))))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
