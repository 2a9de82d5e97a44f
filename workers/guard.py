"""A guard model for the safety judge, served by an engine of its own through the engine interface."""

from __future__ import annotations

import time
import uuid

from safety.classifier import SafetyError
from sluice.model_files import context_length
from sluice.settings import Settings
from workers.engine import Engine, EngineError
from workers.request import GenerationRequest, SamplingParams
from workers.runtime import create_engine


class EngineGuardModel:
    """Answers the judge's instructions with ``engine`` (greedy, at most ``max_tokens`` tokens), in the
    model's chat format when it has one."""

    def __init__(self, engine: Engine, tokenizer, *, max_tokens: int = 12, timeout: float = 60.0) -> None:
        self.engine = engine
        self.tokenizer = tokenizer
        self.max_tokens = max_tokens
        self.timeout = timeout

    def prompt_token_ids(self, instruction: str) -> list[int]:
        if getattr(self.tokenizer, "chat_template", None):
            return list(self.tokenizer.apply_chat_template(
                [{"role": "user", "content": instruction}], add_generation_prompt=True, tokenize=True,
                return_dict=False,
            ))
        return list(self.tokenizer.encode(instruction))

    def __call__(self, instruction: str) -> str:
        """The model's answer. Raises SafetyError if the engine refuses or fails, or the answer takes
        longer than ``timeout`` seconds (the request is aborted then)."""
        request = GenerationRequest(
            request_id=f"judge-{uuid.uuid4().hex}",
            prompt_token_ids=self.prompt_token_ids(instruction),
            sampling=SamplingParams(max_tokens=self.max_tokens, temperature=0.0),
        )
        deadline = time.monotonic() + self.timeout
        try:
            self.engine.submit(request)
            for output in self.engine.stream(request, poll_timeout=0.5):
                request.output_token_ids.extend(output.new_token_ids)
                if output.finish_reason == "error":
                    raise SafetyError(f"the guard model failed: {output.error}")
                if output.finish_reason is not None:
                    break
                if time.monotonic() > deadline:
                    self.engine.abort(request.request_id)
                    raise SafetyError(f"the guard model gave no answer within {self.timeout:.0f}s")
        except EngineError as exc:
            raise SafetyError(f"the guard model could not be asked: {exc}") from exc
        return self.tokenizer.decode(request.output_token_ids, skip_special_tokens=True)

    def shutdown(self) -> None:
        self.engine.shutdown()


def start_guard_model(settings: Settings, options: dict) -> EngineGuardModel:
    """The judge's guard model (``options["model"]``, default the served model) on an engine of its own
    with ``options["max_num_seqs"]`` slots (default 4). Raises what the engine raises when it cannot load."""
    from transformers import AutoTokenizer

    guard_settings = settings.model_copy(update={"model": str(options.get("model") or settings.model_path),
                                                 "max_num_seqs": int(options.get("max_num_seqs", 4))})
    engine = create_engine(guard_settings, context_length(guard_settings))
    engine.start()
    tokenizer = AutoTokenizer.from_pretrained(guard_settings.model_path)
    return EngineGuardModel(engine, tokenizer, max_tokens=int(options.get("max_tokens", 12)))
