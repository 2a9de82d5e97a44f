"""Continuous batching against static batching: one mixed workload, the same engine, one run.

    python bench/batching.py                                   # this CPU: default model, ~5 minutes
    python bench/batching.py --requests 128 --rate 8 --output-tokens 16 1024 --max-num-seqs 64 --device cuda
    python bench/batching.py --engine vllm --model /models/llama-8b --requests 512 --rate 50 --max-num-seqs 128

The workload is ``--requests`` requests with Poisson arrivals at ``--rate`` requests/s; each has random
prompt token ids and a ``max_tokens``, both drawn log-uniformly from their ranges (seeded, so every run
and both policies see the same workload). Prompts are random token ids, on which the model does not
stop early, so a request generates its ``max_tokens``. Decoding is greedy.

Both policies drive the one engine object that a generation worker uses (``workers.runtime.create_engine``),
with at most ``--max-num-seqs`` requests in it. The only difference is admission:

* continuous: a waiting request is submitted as soon as a slot frees (what the Celery worker does), and
  the engine's loop adds it to the running batch at its next step;
* static: a batch of up to ``--max-num-seqs`` waiting requests is submitted only when every request of the
  previous batch has finished, so slots of early finishers stay empty until the longest one ends.

Time to first token and latency are measured from a request's arrival, so queueing counts. Throughput is
output tokens over the time from the first arrival to the last finish. Prints a table, writes
bench/results/batching.json and bench/results/batching.png (per-request timelines and latency CDFs), and
ends with ``continuous/static throughput: X.XX``.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import sys
import threading
import time
from collections import deque
from dataclasses import asdict, dataclass
from pathlib import Path

import numpy as np
import torch

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from sluice.settings import Settings  # noqa: E402
from workers.engine import Engine  # noqa: E402
from workers.request import GenerationRequest, SamplingParams  # noqa: E402
from workers.runtime import create_engine  # noqa: E402

RESULTS = REPO / "bench" / "results"
POLICIES = ("continuous", "static")
# Token ids below this are the tokenizer's special and byte tokens; random prompts avoid them.
FIRST_ORDINARY_TOKEN = 100


@dataclass(frozen=True)
class WorkItem:
    """One request of the workload: when it arrives (seconds after the start), its prompt and output length."""

    index: int
    arrival: float
    prompt_token_ids: list[int]
    max_tokens: int


@dataclass
class Record:
    """What happened to one request under one policy; times in seconds after the run's start."""

    index: int
    arrival: float
    prompt_tokens: int
    max_tokens: int
    submitted: float | None = None
    first_token: float | None = None
    finished: float | None = None
    output_tokens: int = 0
    finish_reason: str | None = None

    @property
    def ttft(self) -> float:
        return self.first_token - self.arrival

    @property
    def latency(self) -> float:
        return self.finished - self.arrival


def log_uniform(rng: random.Random, low: int, high: int) -> int:
    """An integer in [low, high], uniform in log space: many short ones, a long tail of long ones."""
    return min(high, max(low, round(math.exp(rng.uniform(math.log(low), math.log(high))))))


def make_workload(requests: int, rate: float, prompt_range: tuple[int, int], output_range: tuple[int, int],
                  vocab_size: int, seed: int) -> list[WorkItem]:
    """The seeded workload: Poisson arrivals at ``rate`` per second, log-uniform prompt and output lengths."""
    rng = random.Random(seed)
    items, clock = [], 0.0
    for index in range(requests):
        clock += rng.expovariate(rate)
        prompt = [rng.randrange(FIRST_ORDINARY_TOKEN, vocab_size) for _ in range(log_uniform(rng, *prompt_range))]
        items.append(WorkItem(index, clock, prompt, log_uniform(rng, *output_range)))
    return items


def drive(engine: Engine, workload: list[WorkItem], policy: str, max_num_seqs: int) -> list[Record]:
    """Replay ``workload`` through ``engine`` under ``policy`` (``continuous`` or ``static``) and record it.

    An arrival thread releases requests at their arrival times into a waiting line; this thread admits
    them by the policy; one reader thread per admitted request consumes its stream (as a Celery task's
    thread does in the worker)."""
    records = [Record(w.index, w.arrival, len(w.prompt_token_ids), w.max_tokens) for w in workload]
    waiting: deque[WorkItem] = deque()
    changed = threading.Condition()
    in_flight = [0]
    finished = [0]
    readers: list[threading.Thread] = []
    started = time.monotonic()
    progress_every = max(1, len(workload) // 8)

    def now() -> float:
        return time.monotonic() - started

    def arrive() -> None:
        for item in workload:
            delay = item.arrival - now()
            if delay > 0:
                time.sleep(delay)
            with changed:
                waiting.append(item)
                changed.notify_all()

    def read(item: WorkItem, request: GenerationRequest) -> None:
        record = records[item.index]
        for output in engine.stream(request):
            if output.new_token_ids and record.first_token is None:
                record.first_token = now()
            record.output_tokens += len(output.new_token_ids)
            if output.finish_reason is not None:
                record.finish_reason = output.finish_reason
                if output.error:
                    print(f"[{policy}] request {item.index} failed: {output.error}", flush=True)
        record.finished = now()
        with changed:
            in_flight[0] -= 1
            finished[0] += 1
            done = finished[0]
            changed.notify_all()
        if done % progress_every == 0 or done == len(workload):
            tokens = sum(r.output_tokens for r in records)
            print(f"[{policy}] {done:>4}/{len(workload)} finished  {tokens:>6} tokens  {now():6.1f}s  "
                  f"({tokens / now():.1f} tok/s so far)", flush=True)

    arrivals = threading.Thread(target=arrive, name="arrivals", daemon=True)
    arrivals.start()
    admitted = 0
    while admitted < len(workload):
        with changed:
            if policy == "continuous":
                # A slot is free and someone waits: admit at once.
                changed.wait_for(lambda: waiting and in_flight[0] < max_num_seqs)
                room = max_num_seqs - in_flight[0]
            else:
                # Only when the whole previous batch has finished: then everyone waiting, up to a full batch.
                changed.wait_for(lambda: waiting and in_flight[0] == 0)
                room = max_num_seqs
            batch = [waiting.popleft() for _ in range(min(room, len(waiting)))]
            in_flight[0] += len(batch)
        for item in batch:
            request = GenerationRequest(f"{policy}-{item.index}", list(item.prompt_token_ids),
                                        SamplingParams(max_tokens=item.max_tokens, temperature=0.0))
            records[item.index].submitted = now()
            engine.submit(request)
            reader = threading.Thread(target=read, args=(item, request), name=f"read-{item.index}", daemon=True)
            reader.start()
            readers.append(reader)
        admitted += len(batch)
    for reader in readers:
        reader.join()
    arrivals.join()
    return records


def summarize(records: list[Record]) -> dict:
    """Throughput, time to first token and latency percentiles of one policy's run."""
    ttft = np.array([r.ttft for r in records if r.first_token is not None])
    latency = np.array([r.latency for r in records])
    tokens = sum(r.output_tokens for r in records)
    makespan = max(r.finished for r in records) - min(r.arrival for r in records)
    return {
        "requests": len(records),
        "output_tokens": tokens,
        "makespan_s": round(makespan, 2),
        "throughput_tok_s": round(tokens / makespan, 2),
        "ttft_p50_s": round(float(np.percentile(ttft, 50)), 3),
        "ttft_p99_s": round(float(np.percentile(ttft, 99)), 3),
        "latency_p50_s": round(float(np.percentile(latency, 50)), 3),
        "latency_p99_s": round(float(np.percentile(latency, 99)), 3),
        "stopped_early": sum(1 for r in records if r.output_tokens < r.max_tokens),
        "errors": sum(1 for r in records if r.finish_reason not in {"stop", "length"}),
    }


def plot(runs: dict[str, list[Record]], summaries: dict[str, dict], path: Path, title: str) -> bool:
    """Per-request timelines of both policies and CDFs of TTFT and latency; False where matplotlib is absent."""
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        return False
    colors = {"continuous": "tab:blue", "static": "tab:orange"}
    figure, axes = plt.subplots(2, 2, figsize=(14, 9))
    horizon = max(r.finished for records in runs.values() for r in records)
    for axis, policy in zip(axes[0], POLICIES, strict=True):
        for r in runs[policy]:
            axis.hlines(r.index, r.arrival, r.first_token, color="0.75", linewidth=2)
            axis.hlines(r.index, r.first_token, r.finished, color=colors[policy], linewidth=2)
        summary = summaries[policy]
        axis.set_title(f"{policy}: {summary['throughput_tok_s']:.1f} tok/s, TTFT p99 {summary['ttft_p99_s']:.1f}s")
        axis.set_xlim(0, horizon * 1.02)
        axis.set_xlabel("seconds since the first arrival (grey: waiting for the first token, colour: streaming)")
        axis.set_ylabel("request (by arrival)")
        axis.invert_yaxis()
    for axis, metric, label in ((axes[1][0], "ttft", "time to first token (s)"),
                                (axes[1][1], "latency", "request latency (s)")):
        for policy in POLICIES:
            values = np.sort([getattr(r, metric) for r in runs[policy]])
            axis.step(values, np.arange(1, len(values) + 1) / len(values), where="post", color=colors[policy],
                      label=policy)
        axis.set_xlabel(label)
        axis.set_ylabel("fraction of requests")
        axis.grid(alpha=0.3)
        axis.legend()
    figure.suptitle(title)
    figure.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    figure.savefig(path, dpi=110)
    plt.close(figure)
    return True


def print_table(summaries: dict[str, dict]) -> None:
    print("| admission | requests | output tokens | makespan | throughput (tok/s) | TTFT p50 | TTFT p99 "
          "| latency p50 | latency p99 |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- | --- |")
    for policy in POLICIES:
        s = summaries[policy]
        print(f"| {policy} | {s['requests']} | {s['output_tokens']} | {s['makespan_s']:.1f} s "
              f"| {s['throughput_tok_s']:.1f} | {s['ttft_p50_s']:.2f} s | {s['ttft_p99_s']:.2f} s "
              f"| {s['latency_p50_s']:.2f} s | {s['latency_p99_s']:.2f} s |")


def token_range(text: str) -> tuple[int, int]:
    low, _, high = text.partition(":")
    low_value, high_value = int(low), int(high or low)
    if not 1 <= low_value <= high_value:
        raise argparse.ArgumentTypeError(f"expected LOW:HIGH with 1 <= LOW <= HIGH, got {text!r}")
    return low_value, high_value


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--engine", choices=["transformers", "vllm"], default="transformers")
    parser.add_argument("--model", default="", help="a model folder (default: the prepared default model)")
    # 128: a finite workload ends with a drain that no admission can fill (the last requests decode with
    # empty slots beside them); at 64 requests it was a fifth of the continuous run and swung its throughput.
    parser.add_argument("--requests", type=int, default=128)
    parser.add_argument("--rate", type=float, default=4.0, help="Poisson arrival rate, requests/s (saturating)")
    parser.add_argument("--prompt-tokens", type=token_range, default=(4, 256), metavar="LOW:HIGH")
    parser.add_argument("--output-tokens", type=token_range, default=(1, 256), metavar="LOW:HIGH")
    parser.add_argument("--max-num-seqs", type=int, default=Settings.model_fields["max_num_seqs"].default,
                        help="slots of the engine: the batch size of both policies")
    parser.add_argument("--max-num-batched-tokens", type=int, default=0, help="0: the settings' default")
    parser.add_argument("--device", default="auto")
    parser.add_argument("--dtype", default="auto")
    parser.add_argument("--tp", type=int, default=1, help="tensor_parallel_size (vLLM)")
    parser.add_argument("--gpu-memory-utilization", type=float, default=0.85)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()

    max_model_len = args.prompt_tokens[1] + args.output_tokens[1] + 16
    overrides = dict(engine=args.engine, max_num_seqs=args.max_num_seqs, max_model_len=max_model_len,
                     device=args.device, dtype=args.dtype, tensor_parallel_size=args.tp,
                     gpu_memory_utilization=args.gpu_memory_utilization)
    if args.model:
        overrides["model"] = args.model
    if args.max_num_batched_tokens:
        overrides["max_num_batched_tokens"] = args.max_num_batched_tokens
    settings = Settings(**overrides)

    from transformers import AutoConfig

    vocab_size = AutoConfig.from_pretrained(settings.model_path).vocab_size
    workload = make_workload(args.requests, args.rate, args.prompt_tokens, args.output_tokens, vocab_size, args.seed)
    print(f"[bench] workload: {len(workload)} requests over {workload[-1].arrival:.1f}s ({args.rate}/s Poisson), "
          f"prompts {args.prompt_tokens[0]}-{args.prompt_tokens[1]} tokens "
          f"(sum {sum(len(w.prompt_token_ids) for w in workload)}), outputs {args.output_tokens[0]}-"
          f"{args.output_tokens[1]} (sum {sum(w.max_tokens for w in workload)}), max_num_seqs {args.max_num_seqs}",
          flush=True)

    engine = create_engine(settings, max_model_len)
    print(f"[bench] starting the {args.engine} engine on {settings.model_path}", flush=True)
    began = time.monotonic()
    engine.start()
    print(f"[bench] engine ready in {time.monotonic() - began:.1f}s ({type(engine).__name__})", flush=True)
    # The first steps of a fresh engine are slower (allocation, lazy initialisation): not part of either run.
    warm = GenerationRequest("warm", workload[0].prompt_token_ids[:16], SamplingParams(max_tokens=4, temperature=0.0))
    engine.submit(warm)
    for _ in engine.stream(warm):
        pass

    runs: dict[str, list[Record]] = {}
    try:
        for policy in POLICIES:
            print(f"[bench] {policy} batching: {len(workload)} requests", flush=True)
            runs[policy] = drive(engine, workload, policy, args.max_num_seqs)
    finally:
        engine.shutdown()

    summaries = {policy: summarize(records) for policy, records in runs.items()}
    device = settings.device if settings.device != "auto" else getattr(engine, "device", "cuda")
    if str(device).startswith("cuda") and torch.cuda.is_available():
        device = torch.cuda.get_device_name(0)  # the plot and the table name the GPU, not "cuda"
    label = f"{args.engine} on {device}, {settings.model_path.name}, max_num_seqs {args.max_num_seqs}"
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "batching.json").write_text(json.dumps({
        "label": label, "arguments": {k: v for k, v in vars(args).items()}, "summaries": summaries,
        "records": {policy: [asdict(r) for r in records] for policy, records in runs.items()},
    }, indent=1))
    plotted = plot(runs, summaries, RESULTS / "batching.png", f"Continuous vs static batching — {label}")
    print(f"[bench] {label}")
    print_table(summaries)
    for policy, summary in summaries.items():
        if summary["errors"] or summary["stopped_early"]:
            print(f"[bench] note: {policy}: {summary['errors']} requests failed, {summary['stopped_early']} "
                  f"stopped before max_tokens")
    print("[bench] wrote bench/results/batching.json" + (" and bench/results/batching.png" if plotted else ""))
    ratio = summaries["continuous"]["throughput_tok_s"] / summaries["static"]["throughput_tok_s"]
    print(f"continuous/static throughput: {ratio:.2f}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
