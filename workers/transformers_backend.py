"""The transformers backend: transformers' own continuous batching with its paged KV cache.

The embedded default on a machine without a GPU (and usable on one). One ContinuousBatchingManager runs
the engine loop in its own thread; a dispatcher thread here routes every step's outputs to the
per-request queues that ``stream`` reads, so any number of caller threads share one batch.
"""

from __future__ import annotations

import inspect
import logging
import math
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import torch

from workers.engine import Engine, EngineError, EngineStats, OutputInbox, RequestOutputs
from workers.request import EngineOutput, GenerationRequest
from workers.sampling import RequestControl, RequestControls

log = logging.getLogger(__name__)

# Default sampling values that make transformers build the temperature, top-k and top-p processors, so
# that each request can then set its own values (the processors only exist if the config asks for them).
_PROCESSOR_DEFAULTS = {"temperature": 0.7, "top_k": 50, "top_p": 0.95}


def _supported(cls, options: dict) -> dict:
    """The options ``cls`` accepts in the installed transformers release."""
    accepted = inspect.signature(cls).parameters
    if "page_size" in accepted:
        options = {k: v for k, v in options.items() if k != "block_size"}
    return {k: v for k, v in options.items() if k in accepted}


def _kv_blocks_in_use(cache) -> float | None:
    """The share of KV cache blocks that requests hold (the fullest attention type's, where a model has several).

    A finished or aborted request's blocks count as free although transformers does not return them to the pool
    at once: they wait in a part-used sector until the next step, or stay as prefix-cache entries that the engine
    evicts on demand (vLLM counts its prefix-cache blocks as free in the same way)."""
    pool = getattr(cache, "pool", None)
    allocators = getattr(cache, "cache_allocators", None)
    try:
        usage = None
        for allocator in allocators.values():
            free = (pool.num_free_sectors * allocator.blocks_per_sector + pool.count_free_blocks(allocator.index)
                    + len(allocator.ledger.cached_blocks))
            usage = max(usage or 0.0, 1.0 - free / allocator.num_blocks)
        return usage
    except (AttributeError, TypeError, ZeroDivisionError):
        # Another transformers release: whole sectors are all that can be counted.
        total, free = getattr(pool, "num_sectors", 0), getattr(pool, "num_free_sectors", 0)
        return 1.0 - free / total if isinstance(total, int) and isinstance(free, int) and total > 0 else None


class TransformersEngine(Engine):
    def __init__(
        self,
        model_path: Path,
        *,
        max_num_seqs: int = 8,
        max_model_len: int = 2048,
        max_num_batched_tokens: int = 2048,
        kv_cache_blocks: int = 0,
        kv_page_size: int = 128,
        device: str = "auto",
        dtype: str = "auto",
    ) -> None:
        self.model_path = Path(model_path)
        self.max_num_seqs = max_num_seqs
        self.max_model_len = max_model_len
        self.max_num_batched_tokens = max_num_batched_tokens
        self.kv_page_size = kv_page_size
        self.kv_cache_blocks = kv_cache_blocks or math.ceil(max_num_seqs * max_model_len / kv_page_size) + 1
        self.device = ("cuda" if torch.cuda.is_available() else "cpu") if device == "auto" else device
        self.dtype = dtype
        self._manager = None
        self._outputs = RequestOutputs()
        self._seen_tokens: dict[str, int] = {}
        self._max_tokens: dict[str, int] = {}
        self._lock = threading.Lock()
        self._running = False
        self._dispatcher: threading.Thread | None = None
        self._eos: set[int] = set()
        self._vocab_size = 0
        self._generated_total = 0
        self._steps_total = 0  # steps whose outputs the dispatcher handed on (steps it found together: one)
        self._finished_total = 0
        self._seeds_honoured = False
        self._controls = RequestControls()
        self._controls_honoured = False
        self._grammars = None  # workers.grammar.GrammarCompiler, built with the first request that needs one

    # -- lifecycle ----------------------------------------------------------------------------------

    def start(self) -> None:
        from transformers import AutoModelForCausalLM, ContinuousBatchingConfig, GenerationConfig

        from workers.attention import use_per_request_attention
        from workers.sampling import use_cpu_sampling

        torch_dtype = self._torch_dtype()
        started = time.monotonic()
        log.info("loading %s on %s (%s)", self.model_path, self.device, torch_dtype)
        model = AutoModelForCausalLM.from_pretrained(self.model_path, dtype=torch_dtype).to(self.device)
        eos = model.generation_config.eos_token_id
        self._eos = set(eos if isinstance(eos, list) else [eos]) if eos is not None else set()
        self._vocab_size = model.config.vocab_size
        generation_config = GenerationConfig(
            do_sample=True,
            eos_token_id=sorted(self._eos) or None,
            pad_token_id=model.generation_config.pad_token_id,
            max_new_tokens=self.max_model_len,
            **_PROCESSOR_DEFAULTS,
        )
        cb_config = ContinuousBatchingConfig(**_supported(ContinuousBatchingConfig, {
            "per_request_processors": True,
            "max_requests_per_batch": self.max_num_seqs,
            "max_batch_tokens": self.max_num_batched_tokens,
            "num_blocks": self.kv_cache_blocks,
            # transformers 5.17 calls the KV page "block_size"; later releases "page_size".
            "page_size": self.kv_page_size,
            "block_size": self.kv_page_size,
        }))
        self._manager = model.init_continuous_batching(
            generation_config=generation_config, continuous_batching_config=cb_config
        )
        if self.device == "cpu":
            # Both branch on the batch's values, which a captured CUDA graph cannot replay.
            processors = use_cpu_sampling(self._manager, self._controls)
            self._seeds_honoured = "SeededSampling" in processors
            self._controls_honoured = "ShapeLogits" in processors
            log.info("logits processors: %s", ", ".join(processors))
            if use_per_request_attention(self._manager):
                log.info("attention: request by request (workers/attention.py)")
        self._manager.start()
        self._running = True
        self._dispatcher = threading.Thread(target=self._dispatch_outputs, name="engine-dispatch", daemon=True)
        self._dispatcher.start()
        log.info("engine ready in %.1fs (%d KV blocks of %d tokens)", time.monotonic() - started,
                 self.kv_cache_blocks, self.kv_page_size)

    def shutdown(self) -> None:
        self._running = False
        if self._manager is not None:
            self._manager.stop(block=True, timeout=5)
        for request_id in self._outputs.active():
            self._finish(request_id, EngineOutput(request_id, [], finish_reason="abort"))

    # -- requests -------------------------------------------------------------------------------------

    def submit(self, request: GenerationRequest, inbox: OutputInbox | None = None) -> None:
        if not self._running or self._manager is None:
            raise EngineError("engine is not running")
        if len(request.prompt_token_ids) + request.sampling.max_tokens > self.max_model_len:
            raise EngineError(
                f"prompt ({len(request.prompt_token_ids)} tokens) + max_tokens ({request.sampling.max_tokens}) "
                f"exceeds the engine's max_model_len ({self.max_model_len})"
            )
        control = self._control_of(request)
        self._outputs.open(request.request_id, inbox)
        with self._lock:
            self._seen_tokens[request.request_id] = 0
            self._max_tokens[request.request_id] = request.sampling.max_tokens
        if control is not None:
            self._controls.register(request.request_id, control)
        try:
            accepted = self._manager.add_request(
                list(request.prompt_token_ids),
                request_id=request.request_id,
                max_new_tokens=request.sampling.max_tokens,
                streaming=True,
                eos_token_id=sorted(self._eos) or -1,
                **self._processor_kwargs(request),
            )
        except Exception as exc:
            self._forget(request.request_id)
            raise EngineError(f"engine refused the request: {exc}") from exc
        if accepted is None:
            self._forget(request.request_id)
            raise EngineError("engine refused the request (stopping)")

    def stream(self, request: GenerationRequest, poll_timeout: float = 1.0) -> Iterator[EngineOutput]:
        return self._outputs.follow(request.request_id, poll_timeout=poll_timeout, alive=self._manager_alive,
                                    dead="engine loop stopped", abort=self.abort)

    def abort(self, request_id: str) -> None:
        if not self._outputs.is_active(request_id) or self._manager is None:
            return
        self._manager.cancel_request(request_id)
        self._finish(request_id, EngineOutput(request_id, [], finish_reason="abort"))

    def is_alive(self) -> bool:
        return self._manager_alive()

    def stats(self) -> EngineStats:
        running = waiting = 0
        usage = None
        processor = getattr(self._manager, "batch_processor", None)
        scheduler = getattr(processor, "scheduler", None)
        if scheduler is not None:
            running = len(scheduler.active_requests)
            waiting = len(scheduler.waiting_requests)
        cache = getattr(processor, "cache", None)
        if cache is not None:
            usage = _kv_blocks_in_use(cache)
        waiting = max(waiting, len(self._outputs) - running)
        return EngineStats(running, waiting, usage, self._generated_total, self._finished_total, self._steps_total)

    @property
    def eos_token_ids(self) -> set[int]:
        return set(self._eos)

    # -- internals ------------------------------------------------------------------------------------

    def _torch_dtype(self) -> torch.dtype:
        if self.dtype != "auto":
            return getattr(torch, self.dtype)
        return torch.bfloat16 if self.device.startswith("cuda") else torch.float32

    def _processor_kwargs(self, request: GenerationRequest) -> dict:
        sampling = request.sampling
        if sampling.greedy:
            # top-k of one keeps only the most likely token: exact greedy decoding inside a sampling batch.
            return {"temperature": 1.0, "top_k": 1, "top_p": 1.0}
        kwargs = {
            "temperature": float(sampling.temperature),
            "top_k": int(sampling.top_k) if sampling.top_k > 0 else self._vocab_size,
            "top_p": float(sampling.top_p),
        }
        if sampling.seed is not None and self._seeds_honoured:
            kwargs["seed"] = int(sampling.seed)
        return kwargs

    def _control_of(self, request: GenerationRequest) -> RequestControl | None:
        """The request's penalties, bias, min_tokens, grammar and logprobs as one control, or None if it
        has none. Raises EngineError where this engine cannot honour them (a GPU device) or the grammar
        cannot be built."""
        sampling = request.sampling
        if not sampling.shapes_logits:
            return None
        if not self._controls_honoured:
            raise EngineError("this engine honours penalties, logit_bias, min_tokens, logprobs and structured "
                              "outputs on a CPU only; serve GPUs with the vLLM engine")
        if any(not 0 <= token < self._vocab_size for token, _ in sampling.logit_bias):
            raise EngineError(f"logit_bias names a token outside the vocabulary (0..{self._vocab_size - 1})")
        control = RequestControl(sampling, list(request.prompt_token_ids), tuple(sorted(self._eos)))
        if sampling.structured:
            from workers.grammar import GrammarError

            try:
                control.matcher = self._grammar_compiler().matcher(sampling.structured)
            except GrammarError as exc:
                raise EngineError(f"the structured output's grammar cannot be enforced: {exc}") from exc
        return control

    def _grammar_compiler(self):
        if self._grammars is None:
            from transformers import AutoTokenizer

            from workers.grammar import GrammarCompiler

            self._grammars = GrammarCompiler(AutoTokenizer.from_pretrained(self.model_path), self._vocab_size,
                                             self._eos)
        return self._grammars

    def _manager_alive(self) -> bool:
        return self._manager is not None and self._manager.is_running()

    def _dispatch_outputs(self) -> None:
        while self._running:
            result = self._manager.get_result(timeout=0.2)
            made: list[EngineOutput] = []
            while result is not None:  # everything the step put out goes on together
                output = self._output_of(result)
                if output is not None:
                    made.append(output)
                result = self._manager.get_result(timeout=0)
            if not made:
                continue
            self._steps_total += 1
            self._outputs.put_many(made)
            with self._lock:
                for output in made:
                    if output.finish_reason is not None:
                        self._seen_tokens.pop(output.request_id, None)
                        self._max_tokens.pop(output.request_id, None)
                        self._controls.drop(output.request_id)

    def _output_of(self, result) -> EngineOutput | None:
        """The new tokens of ``result`` as an output, or None for a request that has ended (aborted: its
        last step's tokens are dropped)."""
        request_id = result.request_id
        with self._lock:
            if not self._outputs.is_active(request_id) or request_id not in self._seen_tokens:
                return None
            seen = self._seen_tokens[request_id]
            max_tokens = self._max_tokens[request_id]
        tokens = list(result.generated_tokens)
        new_tokens = tokens[seen:]
        control = self._controls.get(request_id)
        logprobs = None
        if control is not None and control.sampling.logprobs is not None:
            logprobs = control.recorded[seen:len(tokens)]
        self._generated_total += len(new_tokens)
        finish_reason = error = None
        if result.is_finished():
            if result.error:
                finish_reason, error = "error", result.error
            elif tokens and tokens[-1] in self._eos:
                finish_reason = "stop"
            elif len(tokens) >= max_tokens:
                finish_reason = "length"
            else:
                finish_reason = "stop"
            self._finished_total += 1
        with self._lock:
            self._seen_tokens[request_id] = len(tokens)
        return EngineOutput(request_id, new_tokens, finish_reason=finish_reason, error=error, logprobs=logprobs)

    def _finish(self, request_id: str, output: EngineOutput) -> None:
        """End ``request_id`` with ``output``; its queue stays until its reader has taken it."""
        self._outputs.put(output)  # first: the dispatcher drops what arrives for an ended request
        with self._lock:
            self._seen_tokens.pop(request_id, None)
            self._max_tokens.pop(request_id, None)
        self._controls.drop(request_id)

    def _forget(self, request_id: str) -> None:
        with self._lock:
            self._seen_tokens.pop(request_id, None)
            self._max_tokens.pop(request_id, None)
        self._controls.drop(request_id)
        self._outputs.close(request_id)
