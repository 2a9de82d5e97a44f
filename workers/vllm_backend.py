"""The vLLM backend (production, GPUs): vLLM's AsyncLLM, created once per worker process.

AsyncLLM is asyncio-based; Sluice's worker threads are not. One event loop runs in its own thread and
owns the engine. A request is added with ``AsyncLLM.add_request``, which hands back the request's output
collector; no coroutine waits on it. Instead, after vLLM has processed each engine step's outputs it calls
its stat loggers once, and Sluice's step listener then takes every collector's new tokens (``output_kind``
DELTA, so a collector that was not read for a while holds the tokens of all steps since) and delivers them
together: one wake-up of the stream loop per engine step, not one per request. Engine arguments map
one-to-one to settings: tensor_parallel_size within a node, pipeline_parallel_size across nodes
(distributed_executor_backend="ray"), memory, batching and caching limits.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import shutil
import tempfile
import threading
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass
from pathlib import Path

from sluice.settings import Settings
from workers.engine import Engine, EngineError, EngineStats, OutputInbox, RequestOutputs, StepClock
from workers.request import EngineOutput, GenerationRequest, TokenLogprob
from workers.request import SamplingParams as SluiceSampling

log = logging.getLogger(__name__)


def engine_arguments(settings: Settings, max_model_len: int, tokenizer: Path | None = None) -> dict:
    """vLLM's AsyncEngineArgs, from Sluice's settings; ``tokenizer`` is the folder of the tokenizer vLLM compiles
    grammars against (``grammar_tokenizer``), the model's own by default."""
    return {
        "model": str(settings.model_path),
        "tokenizer": str(tokenizer or settings.model_path),
        "tensor_parallel_size": settings.tensor_parallel_size,
        "pipeline_parallel_size": settings.pipeline_parallel_size,
        "distributed_executor_backend": settings.distributed_executor_backend,
        "gpu_memory_utilization": settings.gpu_memory_utilization,
        "max_num_seqs": settings.max_num_seqs,
        "max_num_batched_tokens": settings.max_num_batched_tokens,
        "max_model_len": max_model_len,
        "enable_prefix_caching": settings.enable_prefix_caching,
        "enable_chunked_prefill": settings.enable_chunked_prefill,
        "dtype": settings.dtype,
        "quantization": settings.quantization,
        "load_format": settings.load_format,
        "enforce_eager": settings.enforce_eager,
        "stream_interval": settings.stream_interval,
        "seed": settings.seed,
        # Sluice tokenizes in the gateway and detokenizes in the worker (requests ask for no detokenizing);
        # vLLM loads the tokenizer for structured outputs, whose grammars it compiles against the vocabulary.
        "skip_tokenizer_init": False,
        # llguidance, as on the CPU engine: one backend takes JSON schemas and the tool calls' Lark grammars
        # (vLLM keeps one backend per engine, chosen by the first structured request under "auto"). Its
        # guidance backend reads whitespace only from here, not from each request: JSON without free
        # whitespace between tokens, as the CPU engine's grammars have it.
        "structured_outputs_config": {"backend": "guidance", "disable_any_whitespace": True},
        # Sluice reports its own metrics; vLLM's default loggers would cost the output handler time per step.
        "disable_log_stats": True,
    }


_TOKENIZER_FILES = ("tokenizer.json", "tokenizer_config.json", "special_tokens_map.json", "added_tokens.json",
                    "chat_template.jinja", "chat_template.json")


def grammar_tokenizer(model_path: Path, eos_token_ids: set[int], into: Path) -> bool:
    """Write into ``into`` a copy of the model's tokenizer files that vLLM's guidance backend reads as Sluice
    does, and return True; False (nothing written) when the model's own files serve, the usual case.

    vLLM builds llguidance's view of the vocabulary from the tokenizer's saved form and ends every grammar
    with the tokenizer's ``eos_token``. A folder prepared by transformers 5.17 from the default model's GGUF
    has a decoder llguidance misreads (``workers.grammar.llguidance_tokenizer_json``: tool calls then end
    with an error) and ``<|im_start|>`` as its end-of-sequence token. The copy has the decoder llguidance
    reads right and, when the tokenizer's end token is not one of the model's (``eos_token_ids``, from its
    generation config), the model's lowest one: the end the CPU engine's grammars allow too. Sluice
    detokenizes outputs itself, so the copy changes nothing but grammars and vLLM's end-of-sequence check."""
    from tokenizers import Tokenizer

    from workers.grammar import llguidance_tokenizer_json

    saved = model_path / "tokenizer.json"
    if not saved.is_file():
        return False
    text = saved.read_text(encoding="utf-8")
    repaired = llguidance_tokenizer_json(text)
    config_path = model_path / "tokenizer_config.json"
    config = json.loads(config_path.read_text(encoding="utf-8")) if config_path.is_file() else {}
    vocabulary = Tokenizer.from_str(text)
    eos = config.get("eos_token")
    eos = eos.get("content") if isinstance(eos, dict) else eos
    end_token = None
    if eos_token_ids and (eos is None or vocabulary.token_to_id(eos) not in eos_token_ids):
        end_token = vocabulary.id_to_token(min(eos_token_ids))
    if repaired is None and end_token is None:
        return False
    into.mkdir(parents=True, exist_ok=True)
    for name in _TOKENIZER_FILES:
        if (model_path / name).is_file():
            shutil.copyfile(model_path / name, into / name)
    if repaired is not None:
        (into / "tokenizer.json").write_text(repaired, encoding="utf-8")
    if end_token is not None:
        config["eos_token"] = end_token
        if "eos_token_id" in config:
            config["eos_token_id"] = min(eos_token_ids)
        (into / "tokenizer_config.json").write_text(json.dumps(config, indent=2, ensure_ascii=False),
                                                    encoding="utf-8")
    return True


def prepared_grammar_tokenizer(model_path: Path, eos_token_ids: set[int]) -> Path | None:
    """A temporary folder with ``grammar_tokenizer``'s copy of the model's tokenizer (its owner removes it),
    or None when the model's own files serve vLLM's grammars."""
    folder = Path(tempfile.mkdtemp(prefix="sluice-vllm-tokenizer-"))
    if not grammar_tokenizer(model_path, eos_token_ids, folder):
        shutil.rmtree(folder, ignore_errors=True)
        return None
    log.warning("the model's tokenizer files do not serve vLLM's grammars as they are; vLLM reads an adjusted "
                "copy in %s (workers/vllm_backend.py, grammar_tokenizer)", folder)
    return folder


def async_engine_args(settings: Settings, max_model_len: int, tokenizer: Path | None = None, *,
                      frontends: int = 1, frontend: int = 0):
    """vLLM's AsyncEngineArgs for ``engine_arguments``; ``frontends`` > 1 for an engine shared by that many
    front-end processes, ``frontend`` this one's index (-1: the engine host, which starts the core)."""
    from vllm.config import StructuredOutputsConfig
    from vllm.engine.arg_utils import AsyncEngineArgs

    arguments = engine_arguments(settings, max_model_len, tokenizer=tokenizer)
    # AsyncEngineArgs takes the config object, not its fields.
    arguments["structured_outputs_config"] = StructuredOutputsConfig(**arguments["structured_outputs_config"])
    args = AsyncEngineArgs(**arguments)
    if frontends > 1:  # as vLLM's own server sets them for its API server processes
        args._api_process_count = frontends
        args._api_process_rank = frontend
    return args


@dataclass(frozen=True)
class FrontendClient:
    """One front-end's part of an engine that several generation worker processes share: its index of
    ``count``, the ZeroMQ addresses its AsyncLLM binds (the engine core connects to them), and the folder of
    the tokenizer the engine reads (None: the model's own). The engine host hands it to each front-end as
    ``SLUICE_ENGINE_CLIENT``."""

    index: int
    count: int
    input_address: str
    output_address: str
    tokenizer: str | None = None

    def to_json(self) -> str:
        return json.dumps(asdict(self))

    @classmethod
    def from_json(cls, text: str) -> FrontendClient:
        fields = json.loads(text)
        client = cls(**fields)
        if not 0 <= client.index < client.count:
            raise ValueError(f"front-end index {client.index} is not one of {client.count}")
        return client


def eos_token_ids(model_path: Path) -> set[int]:
    """The model's end-of-sequence token ids, from its generation config (empty if it has none)."""
    from transformers import GenerationConfig

    try:
        eos = GenerationConfig.from_pretrained(model_path).eos_token_id
    except OSError:
        return set()
    return set(eos if isinstance(eos, list) else [eos]) if eos is not None else set()


class SharedEngine:
    """vLLM's engine core for several front-end processes (``Settings.engine_frontends``), as ``vllm serve
    --api-server-count`` runs it: this process starts the core (and its GPU workers) with vLLM's own launcher
    and addresses, and each front-end's ``VllmEngine`` connects its AsyncLLM to it as one client of ``count``
    (``FrontendClient``). The engine core routes each request's outputs to the client that added it."""

    def __init__(self, settings: Settings, max_model_len: int) -> None:
        self.settings = settings
        self.max_model_len = max_model_len
        self.count = settings.frontends
        self._manager = None
        self._coordinator = None
        self._tokenizer_dir: Path | None = None

    def start(self, start_frontends: Callable[[list[FrontendClient]], None]) -> None:
        """Start the engine core and call ``start_frontends`` with every front-end's part while vLLM's
        launcher waits for the core (the front-ends bind the addresses the core then connects to). Returns
        once the core is ready; raises what vLLM raises when it cannot start."""
        from vllm.v1.engine.utils import get_engine_zmq_addresses, launch_core_engines
        from vllm.v1.executor import Executor

        os.environ.setdefault("VLLM_WORKER_MULTIPROC_METHOD", "spawn")
        model = Path(self.settings.model_path)
        self._tokenizer_dir = prepared_grammar_tokenizer(model, eos_token_ids(model))
        args = async_engine_args(self.settings, self.max_model_len, self._tokenizer_dir, frontends=self.count,
                                 frontend=-1)
        config = args.create_engine_config()
        addresses = get_engine_zmq_addresses(config, self.count)
        # The core sends each step's scheduler statistics (running and waiting requests), as it does for a
        # single AsyncLLM with Sluice's step listener.
        with launch_core_engines(config, Executor.get_class(config), True, addresses, self.count) as (
                manager, coordinator, addresses, _):
            self._manager, self._coordinator = manager, coordinator
            tokenizer = str(self._tokenizer_dir) if self._tokenizer_dir else None
            start_frontends([FrontendClient(index, self.count, addresses.inputs[index], addresses.outputs[index],
                                            tokenizer) for index in range(self.count)])
        log.info("vLLM engine core ready for %d front-ends: %s", self.count,
                 engine_arguments(self.settings, self.max_model_len, tokenizer=self._tokenizer_dir))

    def is_alive(self) -> bool:
        manager = self._manager
        processes = getattr(manager, "processes", None)
        return manager is not None and (processes is None or all(p.is_alive() for p in processes))

    def shutdown(self) -> None:
        for part in (self._manager, self._coordinator):
            if part is not None:
                part.shutdown()
        self._manager = self._coordinator = None
        if self._tokenizer_dir is not None:
            shutil.rmtree(self._tokenizer_dir, ignore_errors=True)


class _StepListener:
    """A vLLM stat logger that vLLM calls once per engine step, after the step's outputs are in the
    requests' collectors: it keeps the latest scheduler stats and has the engine collect the outputs."""

    def __init__(self, engine: VllmEngine) -> None:
        self.engine = engine

    def record(self, scheduler_stats, iteration_stats, mm_cache_stats=None, engine_idx: int = 0) -> None:
        if scheduler_stats is not None:
            self.engine._scheduler_stats = scheduler_stats
        self.engine._steps_total += 1
        self.engine._collect_step()

    def log_engine_initialized(self) -> None:
        pass

    def log(self) -> None:
        pass

    def record_sleep_state(self, is_awake: int, level: int) -> None:
        pass


def sampling_arguments(sampling: SluiceSampling, eos_token_ids: set[int]) -> dict:
    """vLLM's SamplingParams fields for Sluice's ``sampling`` (without the output kind), and under
    ``structured_outputs`` the fields of its StructuredOutputsParams (None: free text).

    Penalties, logit bias and min_tokens are vLLM's own parameters of the same names and meanings;
    ``logprobs`` k asks for the chosen token's log probability and the k most likely (vLLM's default
    "raw" logprobs, before any processing, as the CPU engine records them); n choices are n requests,
    made by the stream loop. A JSON schema is ``json``, any JSON object ``json_object``, a Lark grammar
    (tool calls) ``grammar``, all compiled by llguidance (``engine_arguments``)."""
    structured = None
    if sampling.structured:
        spec = sampling.structured
        if "json_schema" in spec:
            structured = {"json": spec["json_schema"], "disable_any_whitespace": True}
        elif spec.get("json_object"):
            structured = {"json_object": True, "disable_any_whitespace": True}
        elif "lark" in spec:
            structured = {"grammar": spec["lark"]}
    return {
        "max_tokens": sampling.max_tokens,
        "temperature": 0.0 if sampling.greedy else sampling.temperature,
        "top_p": sampling.top_p,
        "top_k": sampling.top_k if sampling.top_k > 0 else 0,
        "seed": sampling.seed,
        "stop_token_ids": sorted(eos_token_ids),
        "detokenize": False,
        "presence_penalty": sampling.presence_penalty,
        "frequency_penalty": sampling.frequency_penalty,
        "repetition_penalty": sampling.repetition_penalty,
        "logit_bias": dict(sampling.logit_bias) or None,
        "min_tokens": sampling.min_tokens,
        "logprobs": sampling.logprobs,
        "structured_outputs": structured,
    }


def sampling_params(request: GenerationRequest, eos_token_ids: set[int]):
    """vLLM's SamplingParams for ``request``: token ids in and out (Sluice detokenizes), deltas only."""
    from vllm import SamplingParams
    from vllm.sampling_params import RequestOutputKind, StructuredOutputsParams

    arguments = sampling_arguments(request.sampling, eos_token_ids)
    structured = arguments.pop("structured_outputs")
    return SamplingParams(
        **arguments,
        structured_outputs=None if structured is None else StructuredOutputsParams(**structured),
        output_kind=RequestOutputKind.DELTA,
    )


def engine_logprobs(completion, top: int) -> list[TokenLogprob] | None:
    """The logprobs of a vLLM CompletionOutput's new tokens as Sluice's, for a request that asked for the
    ``top`` most likely (None if it asked for none): vLLM gives each position a dict of token id -> Logprob
    holding the tokens of rank 1 to ``top`` and the chosen one, whatever its rank."""
    if completion.logprobs is None:
        return None
    entries = []
    for token_id, by_token in zip(completion.token_ids, completion.logprobs, strict=False):
        ranked = sorted((logprob.rank, candidate, logprob.logprob) for candidate, logprob in by_token.items()
                        if logprob.rank is not None and logprob.rank <= top)
        chosen = by_token.get(token_id)
        entries.append(TokenLogprob(token_id, chosen.logprob if chosen is not None else float("-inf"),
                                    tuple((candidate, value) for _, candidate, value in ranked)))
    return entries


def _listener_only(engine) -> None:
    """Leave the step listener as the only consumer of vLLM's per-step statistics, before the output handler
    has run once. A custom stat logger turns on vLLM's per-request statistics in the output handler
    (timestamps and counters for every token of every request) and vLLM adds its Prometheus logger beside
    it (histogram observations per token): together about 8 % of the generation worker's interpreter time
    on an H100 at 128 requests, for figures nobody reads here (Sluice exports its own metrics). The engine
    core still sends each step's scheduler statistics, which the listener keeps. vLLM 0.26's attributes;
    if they are not there, everything stays as vLLM made it."""
    import vllm
    from vllm.v1.metrics.loggers import PrometheusStatLogger

    if not vllm.__version__.startswith("0.26."):
        log.info("vLLM %s: its per-token statistics stay on (the step listener alone is set up for 0.26)",
                 vllm.__version__)
        return
    manager = getattr(engine, "logger_manager", None)
    handler = getattr(engine, "output_handler", None)
    processor = getattr(engine, "output_processor", None)
    if manager is None or processor is None or not hasattr(engine, "_run_output_handler") or (
            handler is not None and handler.done()):
        log.warning("vLLM's output handler is not the one Sluice knows: its per-token statistics stay on")
        return
    manager.stat_loggers = [logger for logger in manager.stat_loggers if not isinstance(logger, PrometheusStatLogger)]
    if handler is not None:  # created but not yet run: it read log_stats when it was made
        handler.cancel()
        engine.output_handler = None
    processor.log_stats = False
    engine.log_stats = False
    engine._run_output_handler()


class VllmEngine(Engine):
    def __init__(self, settings: Settings, *, max_model_len: int) -> None:
        self.settings = settings
        self.max_model_len = max_model_len
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, name="vllm-loop", daemon=True)
        self._engine = None
        self._outputs = RequestOutputs()
        # Each running request's vLLM output collector, and how many top logprobs the requests that asked for
        # logprobs want; read and written on the event loop's thread only.
        self._collectors: dict = {}
        self._top_logprobs: dict[str, int] = {}
        self._scheduler_stats = None
        self._eos: set[int] = set()
        self._tokenizer_dir: Path | None = None  # the grammar tokenizer's folder, when the model's own won't do
        self._generated_total = 0
        self._finished_total = 0
        self._steps_total = 0  # the engine core's output batches received: one a step
        self._step_clock = StepClock()  # written on the event loop's thread only
        self._client = FrontendClient.from_json(settings.engine_client) if settings.engine_client else None

    def start(self) -> None:
        # A worker process has threads (and may have touched CUDA): vLLM's engine processes must be spawned,
        # never forked.
        os.environ.setdefault("VLLM_WORKER_MULTIPROC_METHOD", "spawn")
        self._eos = eos_token_ids(Path(self.settings.model_path))
        if self._client is not None:  # the engine host prepared the tokenizer the engine reads
            self._tokenizer_dir = Path(self._client.tokenizer) if self._client.tokenizer else None
        else:
            self._tokenizer_dir = prepared_grammar_tokenizer(Path(self.settings.model_path), self._eos)
        self._thread.start()
        self._engine = self._call(self._create())
        log.info("vLLM engine ready: %s",
                 engine_arguments(self.settings, self.max_model_len, tokenizer=self._tokenizer_dir))

    async def _create(self):
        from vllm.v1.engine.async_llm import AsyncLLM
        from vllm.v1.metrics.loggers import StatLoggerBase

        listener_type = type("SluiceStepListener", (_StepListener, StatLoggerBase), {})
        listeners = [lambda config, index: listener_type(self)]
        client = self._client
        if client is None:
            args = async_engine_args(self.settings, self.max_model_len, self._tokenizer_dir)
            engine = AsyncLLM.from_engine_args(args, stat_loggers=listeners)
        else:  # one front-end of several: the engine host runs the engine core
            args = async_engine_args(self.settings, self.max_model_len, self._tokenizer_dir,
                                     frontends=client.count, frontend=client.index)
            engine = AsyncLLM.from_vllm_config(
                args.create_engine_config(), stat_loggers=listeners, disable_log_stats=args.disable_log_stats,
                client_addresses={"input_address": client.input_address, "output_address": client.output_address},
                client_count=client.count, client_index=client.index)
        _listener_only(engine)
        self._time_outputs(engine)
        return engine

    def _time_outputs(self, engine) -> None:
        """Time each step's outputs as the output handler takes them: the engine core stamps every batch of
        outputs with its monotonic clock (the host's, shared by its processes), so the stamps' differences are
        the engine's own step times, and their age on arrival is how far this process runs behind its engine
        (a worker whose lag grows cannot keep up with its engine; its step counter then shows this process's
        pace, not the engine's)."""
        core = getattr(engine, "engine_core", None)
        receive = getattr(core, "get_output_async", None)
        if receive is None:
            log.info("vLLM's engine client has no get_output_async: the engine's own step time is not measured")
            return

        async def received():
            outputs = await receive()
            stamp = getattr(outputs, "timestamp", 0.0)
            if stamp:
                self._step_clock.observe(stamp)
            return outputs

        core.get_output_async = received

    def shutdown(self) -> None:
        if self._engine is not None:
            self._engine.shutdown()
        for request_id in self._outputs.active():
            self._outputs.put(EngineOutput(request_id, [], finish_reason="abort"))
        self._loop.call_soon_threadsafe(self._loop.stop)
        if self._tokenizer_dir is not None and self._client is None:  # a front-end's belongs to its host
            shutil.rmtree(self._tokenizer_dir, ignore_errors=True)

    def submit(self, request: GenerationRequest, inbox: OutputInbox | None = None) -> None:
        if self._engine is None:
            raise EngineError("engine is not running")
        if len(request.prompt_token_ids) + request.sampling.max_tokens > self.max_model_len:
            raise EngineError(
                f"prompt ({len(request.prompt_token_ids)} tokens) + max_tokens ({request.sampling.max_tokens}) "
                f"exceeds the engine's max_model_len ({self.max_model_len})"
            )
        self._outputs.open(request.request_id, inbox)
        asyncio.run_coroutine_threadsafe(self._add(request), self._loop)

    async def _add(self, request: GenerationRequest) -> None:
        request_id = request.request_id
        try:
            collector = await self._engine.add_request(
                request_id, {"prompt_token_ids": list(request.prompt_token_ids)},
                sampling_params(request, self._eos))
        except Exception as exc:  # vLLM raises its own types; any of them fails this request only
            log.exception("vLLM refused request %s", request_id)
            self._deliver([EngineOutput(request_id, [], "error", str(exc))])
            return
        if not self._outputs.is_active(request_id):  # aborted while it was being added
            await self._engine.abort(request_id)
            return
        self._collectors[request_id] = collector
        if request.sampling.logprobs is not None:
            self._top_logprobs[request_id] = request.sampling.logprobs
        # Steps may have run while the request was being added: take what they made now, not a step late.
        self._deliver(self._take({request_id: collector}))

    def _collect_step(self) -> None:
        """Called on the event loop after each engine step: every request's new tokens, delivered together."""
        if self._collectors:
            self._deliver(self._take(self._collectors))

    def _take(self, collectors: dict) -> list[EngineOutput]:
        outputs = []
        for request_id, collector in list(collectors.items()):
            try:
                output = collector.get_nowait()
            except Exception as exc:  # the engine failed: vLLM puts the error in every collector
                self._collectors.pop(request_id, None)
                self._top_logprobs.pop(request_id, None)
                outputs.append(EngineOutput(request_id, [], "error", str(exc)))
                continue
            if output is None:
                continue
            completion = output.outputs[0]
            top = self._top_logprobs.get(request_id)
            finish = None
            if output.finished:
                self._collectors.pop(request_id, None)
                self._top_logprobs.pop(request_id, None)
                finish = {"stop": "stop", "length": "length"}.get(completion.finish_reason or "", "abort")
                if completion.finish_reason == "error":
                    # vLLM failed this request alone (a grammar that did not compile or rejected a token):
                    # an error the client sees, not a cancellation nobody asked for.
                    log.error("vLLM ended request %s with an error (stop reason %r, its last tokens %s); "
                              "its log says why", request_id, completion.stop_reason,
                              list(completion.token_ids)[-8:])
                    outputs.append(EngineOutput(request_id, list(completion.token_ids), "error",
                                                "the engine failed this request"))
                    continue
            outputs.append(EngineOutput(request_id, list(completion.token_ids), finish_reason=finish,
                                        logprobs=engine_logprobs(completion, top) if top is not None else None))
        return outputs

    def stream(self, request: GenerationRequest, poll_timeout: float = 1.0) -> Iterator[EngineOutput]:
        return self._outputs.follow(
            request.request_id, poll_timeout=poll_timeout, dead="vLLM engine died", abort=self.abort,
            alive=self.is_alive)

    def is_alive(self) -> bool:
        return self._engine is not None and not self._engine.errored

    def abort(self, request_id: str) -> None:
        if not self._outputs.is_active(request_id) or self._engine is None:
            return
        asyncio.run_coroutine_threadsafe(self._abort(request_id), self._loop)
        self._outputs.put(EngineOutput(request_id, [], finish_reason="abort"))

    async def _abort(self, request_id: str) -> None:
        self._collectors.pop(request_id, None)
        self._top_logprobs.pop(request_id, None)
        await self._engine.abort(request_id)

    def stats(self) -> EngineStats:
        latest = self._scheduler_stats
        in_flight = len(self._outputs)
        timing = {"step_seconds_total": self._step_clock.step_seconds,
                  "output_lag_seconds_total": self._step_clock.output_lag_seconds}
        if latest is None:
            return EngineStats(0, in_flight, None, self._generated_total, self._finished_total, self._steps_total,
                               **timing)
        return EngineStats(latest.num_running_reqs, latest.num_waiting_reqs, latest.kv_cache_usage,
                           self._generated_total, self._finished_total, self._steps_total, **timing)

    @property
    def eos_token_ids(self) -> set[int]:
        return set(self._eos)

    def _call(self, coroutine):
        return asyncio.run_coroutine_threadsafe(coroutine, self._loop).result()

    def _deliver(self, outputs: list[EngineOutput]) -> None:
        if not outputs:
            return
        delivered = self._outputs.put_many(outputs)
        for output, taken in zip(outputs, delivered, strict=True):
            self._generated_total += len(output.new_token_ids)
            if taken and output.finish_reason is not None:
                self._finished_total += 1
