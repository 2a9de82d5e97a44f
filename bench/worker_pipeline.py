"""How many tokens/s a generation worker's own side sustains: everything but the model.

    python bench/worker_pipeline.py                       # 128 streams, an engine step every 8 ms
    python bench/worker_pipeline.py --step-ms 4 --streams 256 --policy rules-only

On a GPU the engine makes tokens faster than a CPU handles them one by one: for every token the worker
detokenizes, feeds the streaming safety check (a classifier call every window) and publishes an event. This benchmark replaces the model with ``PacedEngine``: a loop that, like a real
engine's, adds one token to every running request per step (``--step-ms``; an H200 steps the default
model with 128 requests in about 8 ms), taking the tokens from a real English passage so the
detokenizer and the classifiers see real text. Like vLLM's engine core, it steps in a process of its own
and sends each step's outputs to the worker's process, where a thread receives them. Everything else is
the real thing, in the worker's process:
the stream loop fed by ``--streams`` + ``--waiting`` task threads (as the Celery threads pool runs them), the configured
safety policy with the trained classifier in its own process (as ``sluice worker gpu`` runs it), the
publisher on a real Redis and the moderation record in the configured database.

It prints what the engine offered and what the worker delivered (output tokens/s), the tokens per window
check and windows per classifier call, the stream loop's and the whole process's CPU time per token, and
how long requests took against the engine's own pace. Its last line:
``worker pipeline tokens/s: X (engine offered Y)``.
"""

from __future__ import annotations

import argparse
import os
import queue
import sys
import threading
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

PASSAGE = (
    "The river rises in the hills above the town and runs for forty miles to the sea. In spring the snow "
    "melts and the water climbs the stone banks; the mills along it were built to use that flood. Today "
    "most of them are houses, a museum and a bakery, and a path follows the water from the old bridge to "
    "the harbour, where boats still bring in fish each morning. Visitors come for the walk, the markets "
    "and the long evenings on the quay, when the light stays late over the estuary and the gulls settle. "
)


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--streams", type=int, default=128, help="engine slots: requests the engine steps at once")
    parser.add_argument("--waiting", type=int, default=None,
                        help="task threads beyond the slots, whose requests wait in the engine's queue "
                             "(default: the worker's SLUICE_ENGINE_QUEUE_DEPTH for --streams slots)")
    parser.add_argument("--requests", type=int, default=1280, help="requests in all (10 per stream: the run's start and end weigh little)")
    parser.add_argument("--tokens", type=int, default=128, help="output tokens per request")
    parser.add_argument("--step-ms", type=float, default=8.0, help="engine step time (one token per request)")
    parser.add_argument("--stream-interval", type=int, default=1,
                        help="a running request's tokens go to the worker every N steps, its first and last at "
                             "once, as vLLM's stream_interval (SLUICE_STREAM_INTERVAL) sends them")
    parser.add_argument("--policy", choices=["default", "rules-only", "none"], default="default",
                        help="default: the packaged policy; rules-only: no trained classifier; none: no check")
    return parser.parse_args(argv)


def _engine_core(commands, outputs, step_seconds: float, token_ids: list[int], slots: int, interval: int = 1) -> None:
    """The paced engine's core, in a process of its own as vLLM's engine core is: every ``step_seconds`` one
    token for each running request (at most ``slots``; the rest wait in order, as vLLM's scheduler holds
    requests beyond ``max_num_seqs``), the step's outputs sent to the worker's process together. A request's
    tokens are sent every ``interval`` steps, its first and its last at once (vLLM's stream_interval)."""
    running: dict[str, list[int]] = {}  # request id -> [made, max_tokens, sent]
    waiting: dict[str, int] = {}  # request id -> max_tokens, in arrival order
    steps = 0
    next_step = time.perf_counter()
    while True:
        while commands.poll():
            command = commands.recv()
            if command[0] == "stop":
                outputs.send(None)
                return
            if command[0] == "submit":
                waiting[command[1]] = command[2]
            else:
                running.pop(command[1], None)
                waiting.pop(command[1], None)
        while waiting and len(running) < slots:
            request_id = next(iter(waiting))
            running[request_id] = [0, waiting.pop(request_id), 0]
        next_step += step_seconds
        made = []
        for request_id, state in list(running.items()):
            state[0] += 1
            done = state[0] >= state[1]
            if done:
                del running[request_id]
            if done or state[2] == 0 or state[0] - state[2] >= interval:
                made.append((request_id, [token_ids[i % len(token_ids)] for i in range(state[2], state[0])], done))
                state[2] = state[0]
        if running or made:
            steps += 1  # steps with requests running: the engine's pace while it generates
        if made:  # stamped with the host's monotonic clock, as vLLM's engine core stamps its outputs
            outputs.send((steps, time.monotonic(), made))
        pause = next_step - time.perf_counter()
        if pause > 0:
            time.sleep(pause)
        else:
            next_step = time.perf_counter()  # behind: step again at once, never in a burst


def make_engine(step_seconds: float, token_ids: list[int], slots: int, interval: int = 1):
    import multiprocessing

    from workers.engine import Engine, EngineStats, RequestOutputs, StepClock
    from workers.request import EngineOutput, GenerationRequest

    class PacedEngine(Engine):
        """One token per running request per step, every ``step_seconds``; no model (benchmark only). Its core
        runs in a child process, so the worker's threads cannot slow its steps; the worker's process receives
        each step's outputs in an output thread, as vLLM's frontend does."""

        def __init__(self) -> None:
            self._outputs = RequestOutputs()
            context = multiprocessing.get_context("spawn")
            self._commands, child_commands = context.Pipe()
            child_outputs, self._results = context.Pipe()
            self._core = context.Process(target=_engine_core, name="paced-engine-core", daemon=True,
                                         args=(child_commands, child_outputs, step_seconds, token_ids, slots, interval))
            self._send_lock = threading.Lock()
            self._receiver = threading.Thread(target=self._receive, name="paced-engine-outputs", daemon=True)
            self.steps = 0
            self.generated = 0
            self.clock = StepClock()  # the core's stamps, as vLLM's engine core stamps its outputs

        def start(self) -> None:
            self._core.start()
            self._receiver.start()

        def _receive(self) -> None:
            while (message := self._results.recv()) is not None:
                self.steps, stamp, made = message
                self.clock.observe(stamp)
                self._outputs.put_many([EngineOutput(request_id, tokens, "length" if done else None)
                                        for request_id, tokens, done in made])
                self.generated += sum(len(tokens) for _, tokens, _ in made)

        def _send(self, command: tuple) -> None:
            with self._send_lock:
                self._commands.send(command)

        def submit(self, request: GenerationRequest, inbox=None) -> None:
            self._outputs.open(request.request_id, inbox)
            self._send(("submit", request.request_id, request.sampling.max_tokens))

        def stream(self, request: GenerationRequest, poll_timeout: float = 1.0) -> Iterator[EngineOutput]:
            return self._outputs.follow(request.request_id, poll_timeout=poll_timeout, alive=lambda: True,
                                        dead="", abort=self.abort)

        def abort(self, request_id: str) -> None:
            self._send(("abort", request_id))
            self._outputs.put(EngineOutput(request_id, [], finish_reason="abort"))

        def stats(self) -> EngineStats:
            in_flight = len(self._outputs)  # the core runs ``slots`` of them; the rest wait in its queue
            return EngineStats(min(in_flight, slots), max(0, in_flight - slots), None, self.generated, 0, self.steps,
                               step_seconds_total=self.clock.step_seconds,
                               output_lag_seconds_total=self.clock.output_lag_seconds)

        def shutdown(self) -> None:
            self._send(("stop",))
            self._receiver.join(5)
            self._core.join(5)

        @property
        def eos_token_ids(self) -> set[int]:
            return set()

    return PacedEngine()


def run_variant(args: argparse.Namespace, *, tokenizer, moderator, client, token_ids) -> dict:
    from sluice.job import GenerationJob
    from sluice.streams.publisher import StreamPublisher
    from workers.stream_loop import StreamLoop

    jobs: queue.Queue = queue.Queue()
    for _ in range(args.requests):
        jobs.put(GenerationJob(request_id=f"bench-{uuid.uuid4().hex}", model="bench",
                               prompt_token_ids=token_ids[:16], prompt_text="Tell me about the river and the town.",
                               sampling={"max_tokens": args.tokens, "temperature": 0.0}))
    results, durations = [], []
    lock = threading.Lock()

    threads_count = args.streams + args.waiting
    ready = threading.Barrier(threads_count + 1)

    def task_thread() -> None:
        ready.wait()  # Celery's pool threads run before the first task comes: none starts late
        while True:
            try:
                job = jobs.get_nowait()
            except queue.Empty:
                return
            began = time.perf_counter()
            result = loop.generate(job)
            with lock:
                results.append(result)
                durations.append(time.perf_counter() - began)
                if len(results) % max(1, args.requests // 4) == 0:
                    print(f"[pipeline] {len(results)}/{args.requests} requests", flush=True)

    engine = make_engine(args.step_ms / 1000, token_ids, args.streams, args.stream_interval)
    publisher = StreamPublisher(client, replay_ttl_seconds=60, replay_max_events=1000)
    loop = StreamLoop(engine, tokenizer, publisher, moderator, client=client)
    try:
        engine.start()
        loop.start()
        threads = [threading.Thread(target=task_thread, daemon=True) for _ in range(threads_count)]
        for thread in threads:
            thread.start()
        ready.wait()
        started, cpu_started = time.perf_counter(), time.process_time()
        for thread in threads:
            thread.join()
        wall, cpu = time.perf_counter() - started, time.process_time() - cpu_started
        steps = engine.steps
    finally:
        loop.stop()
        engine.shutdown()
        publisher.close()
    tokens = sum(r.completion_tokens for r in results)
    return {
        "offered": args.streams * 1000 / args.step_ms,
        "delivered": tokens / wall,
        "tokens_per_check": tokens / loop.windows_checked if loop.windows_checked else float("nan"),
        "windows_per_call": loop.windows_checked / loop.check_calls if loop.check_calls else float("nan"),
        "checks_per_second": loop.windows_checked / wall,
        "loop_us_per_token": loop.cpu_seconds / tokens * 1e6 if tokens else float("nan"),
        "process_us_per_token": cpu / tokens * 1e6 if tokens else float("nan"),
        "tokens_per_tick": tokens / loop.ticks if loop.ticks else float("nan"),
        "mean_duration": sum(durations) / len(durations),
        "engine_pace": args.tokens * args.step_ms / 1000,
        "step_ms": wall / steps * 1000 if steps else float("nan"),
        "outcomes": ",".join(sorted({r.outcome for r in results})),
    }


def _process_cpu_seconds(pid: int) -> float:
    """User + system CPU time of process ``pid`` so far (Linux)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def classifier_capacity(moderator, tokenizer, token_ids: list[int], batch: int, windows: int = 512) -> dict:
    """Window checks per second of the trained classifier's process, and per CPU second of it, when the
    windows come ``batch`` to a call (the stream loop's batches) against one at a time."""
    classifier = moderator.classifiers["embedding"]
    size = moderator.policy.stream.window_tokens + moderator.policy.stream.overlap_tokens
    texts = [tokenizer.decode(token_ids[i:i + size]) + f" {i}" for i in range(windows)]  # no two alike
    rows = {}
    for label, per_call in (("one window per call", 1), (f"{batch} windows per call", batch)):
        cpu_before, started = _process_cpu_seconds(classifier.pid), time.perf_counter()
        for start in range(0, len(texts), per_call):
            classifier.classify_windows([(text, None) for text in texts[start:start + per_call]])
        wall, cpu = time.perf_counter() - started, _process_cpu_seconds(classifier.pid) - cpu_before
        rows[label] = {"windows_per_second": windows / wall, "windows_per_cpu_second": windows / cpu if cpu else
                       float("nan"), "tokens_per_cpu_second": windows * size / cpu if cpu else float("nan")}
    return rows


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    import tempfile

    from sluice.settings import Settings

    if args.waiting is None:
        args.waiting = Settings(max_num_seqs=args.streams).effective_engine_queue_depth

    workdir = Path(tempfile.mkdtemp(prefix="sluice-pipeline-"))
    os.environ.setdefault("SLUICE_DATABASE_URL", f"sqlite:///{workdir / 'bench.db'}")
    expected = {"default": {"rules", "embedding"}, "rules-only": {"rules"}, "none": set()}[args.policy]
    if args.policy != "default":
        policy = (REPO / "safety" / "policy.toml").read_text()
        for name in {"rules", "embedding"} - expected:
            policy = policy.replace(f"[classifiers.{name}]\nenabled = true", f"[classifiers.{name}]\nenabled = false")
        (workdir / "policy.toml").write_text(policy)
        os.environ["SLUICE_SAFETY_POLICY"] = str(workdir / "policy.toml")

    from transformers import AutoTokenizer

    from cli.assembly import build_moderator_for
    from sluice.redis_client import redis_from_url
    from sluice.settings import get_settings

    settings = get_settings()
    tokenizer = AutoTokenizer.from_pretrained(settings.model_path)
    token_ids = tokenizer.encode(PASSAGE * 4)
    moderator = build_moderator_for(settings, isolate_trained=True)  # as a generation worker runs it
    if set(moderator.classifiers) != expected:  # the packaged policy's layout changed under the edit above
        raise SystemExit(f"policy {args.policy}: classifiers {sorted(moderator.classifiers)}, wanted {sorted(expected)}")
    moderator.check("warm up", "output", context="")
    from sluice.db import autocommit_engine_for

    autocommit_engine_for(settings.resolved_database_url).connect().close()  # as a generation worker does at start
    client = redis_from_url(settings.redis_url)
    from sluice.heap import freeze_startup_heap

    freeze_startup_heap("worker pipeline")  # as a generation worker does once it has started
    print(f"[pipeline] {args.streams} engine slots and {args.waiting} waiting, {args.requests} requests of {args.tokens} tokens, engine step "
          f"{args.step_ms} ms, policy {args.policy}, window {moderator.policy.stream.window_tokens} tokens "
          f"({moderator.policy.stream.mode}), {os.cpu_count()} CPUs", flush=True)
    row = run_variant(args, tokenizer=tokenizer, moderator=moderator, client=client, token_ids=token_ids)
    print("| engine offers tok/s | worker delivers tok/s | delivered/offered | tokens per window check "
          "| windows per classifier call | window checks/s | stream loop CPU µs/token | process CPU µs/token "
          "| tokens per tick | request time | engine's pace | engine's step, set / taken | outcomes |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |")
    print(f"| {row['offered']:,.0f} | {row['delivered']:,.0f} | {row['delivered'] / row['offered']:.2f} "
          f"| {row['tokens_per_check']:.1f} | {row['windows_per_call']:.1f} | {row['checks_per_second']:,.0f} "
          f"| {row['loop_us_per_token']:.1f} | {row['process_us_per_token']:.1f} | {row['tokens_per_tick']:.1f} "
          f"| {row['mean_duration']:.2f} s | {row['engine_pace']:.2f} s | {args.step_ms:.1f} / {row['step_ms']:.1f} ms "
          f"| {row['outcomes']} |")
    if args.policy == "default":
        batch = max(1, round(row["windows_per_call"]))
        print(f"\nThe trained classifier's process alone, {moderator.policy.stream.window_tokens}+"
              f"{moderator.policy.stream.overlap_tokens}-token windows:")
        print("| calls | window checks/s | window checks per CPU second | tokens per CPU second |")
        print("| --- | --- | --- | --- |")
        for label, capacity in classifier_capacity(moderator, tokenizer, token_ids, batch).items():
            print(f"| {label} | {capacity['windows_per_second']:,.0f} | {capacity['windows_per_cpu_second']:,.0f} "
                  f"| {capacity['tokens_per_cpu_second']:,.0f} |")
    print(f"worker pipeline tokens/s: {row['delivered']:.0f} (engine offered {row['offered']:.0f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
