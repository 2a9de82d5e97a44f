"""Serving benchmark: Sluice end to end over HTTP next to the same engine driven in-process.

    python bench/serve.py                                  # this machine: start both, compare, plot
    python bench/serve.py --loads 0.5,2,inf --requests 48 --max-tokens 64
    python bench/serve.py --base-url http://host:8000/v1 --api-key sk-... --no-engine   # any OpenAI server
    python bench/serve.py --engine vllm --shape llama-8b   # on a GPU: Llama-3-8B shape, generated weights
    python bench/serve.py --no-engine --loads inf --profile   # py-spy GIL profiles of the stack's processes

The prompts are bench/data/chat_prompts.jsonl (chat-shaped, from one line to a long passage). A load
point is a Poisson arrival rate in requests/s (``2``), ``inf`` (every request at once), or ``cN``
(N clients, each sending its next request when the last one ends). Both targets get the same prompts,
the same arrival times and greedy sampling, so their outputs should be the same text.

Per request it records the time to first token, every gap between streamed chunks, the end-to-end
latency, prompt and output tokens and the outcome, and checks the stream is whole (one finish reason,
usage, ``[DONE]``). It prints a table, writes bench/results/serve-<label>.json and two PNG plots, and
ends with ``sluice/engine throughput: X.XX`` (output tokens/s at the last, saturating, load point).
``--profile`` records a py-spy GIL profile of each of the stack's Python processes during each of
Sluice's load points (bench/gil_profiles.py) and prints what kept each interpreter busy.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import itertools
import json
import os
import random
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from bench.gil_profiles import GilProfiles, print_profiles, py_spy  # noqa: E402
from cli.engine_host import METRICS_PORT_STEP  # noqa: E402
from sluice.settings import Settings  # noqa: E402

PROMPTS = REPO / "bench" / "data" / "chat_prompts.jsonl"
RESULTS = REPO / "bench" / "results"
SHAPES = {
    # Llama-3-8B's layers and heads with the default model's vocabulary, so its tokenizer serves it.
    "llama-8b": dict(hidden_size=4096, intermediate_size=14336, num_hidden_layers=32, num_attention_heads=32,
                     num_key_value_heads=8, max_position_embeddings=8192),
}


@dataclass
class Outcome:
    """What one request came to, on either target."""

    index: int
    sent_at: float
    ttft: float | None = None
    e2e: float | None = None
    chunk_gaps: list[float] = field(default_factory=list)
    prompt_tokens: int = 0
    output_tokens: int = 0
    text: str = ""
    finish_reason: str | None = None
    ok: bool = False
    problem: str = ""


def say(message: str) -> None:
    print(f"[serve] {message}", flush=True)


PROMPT_LINES = [line for line in PROMPTS.read_text().splitlines() if line.strip()]


def load_prompts(count: int) -> list[list[dict]]:
    """``count`` conversations, the file's lines in turn (request i has line i modulo the file's length)."""
    conversations = [json.loads(line)["messages"] for line in PROMPT_LINES]
    return [conversations[i % len(conversations)] for i in range(count)]


def point_conversations(conversations: list[list[dict]], load: str) -> list[list[dict]]:
    """A load point's requests: ``--requests`` of them, or N for a load written ``LOAD:N`` (``inf:1024``
    keeps the engine full for several seconds: its saturated pace, where a burst of ``--requests`` mostly
    measures how fast the first tokens come)."""
    _, _, count = load.partition(":")
    return load_prompts(int(count)) if count else conversations


def load_pace(load: str) -> str:
    """How a load point sends (``inf``, a rate, ``cN``), without its request count."""
    return load.partition(":")[0]


def arrival_times(load: str, count: int, seed: int) -> list[float] | None:
    """Seconds after the start at which each request is sent; None for a closed loop (``cN``)."""
    load = load_pace(load)
    if load.startswith("c"):
        return None
    if load == "inf":
        return [0.0] * count
    rng = random.Random(seed)
    rate, now, times = float(load), 0.0, []
    for _ in range(count):
        times.append(now)
        now += rng.expovariate(rate)
    return times


def steady_output_rate(outcomes: list[Outcome], middle: float = 0.5) -> float | None:
    """Output tokens/s over the ``middle`` share of a load point's span (its first request sent to its last
    stream's end), each completed request's tokens counted as spread evenly from its first token to its end.
    With all requests sent at once, the whole-point rate also counts the engine filling at the start and
    draining at the end; on a fast GPU a point of 1,024 requests lasts a few seconds, and those weigh on it.
    The middle of the span is where the engine runs full: its sustained pace. None without a span."""
    done = [o for o in outcomes if o.ok and o.e2e is not None and o.ttft is not None and o.output_tokens > 0]
    if not done:
        return None
    start = min(o.sent_at for o in done)
    end = max(o.sent_at + o.e2e for o in done)
    margin = (end - start) * (1.0 - middle) / 2
    low, high = start + margin, end - margin
    if high <= low:
        return None
    tokens = 0.0
    for o in done:
        first, last = o.sent_at + o.ttft, o.sent_at + o.e2e
        if last <= first:  # every token at once
            tokens += o.output_tokens if low <= last <= high else 0.0
            continue
        overlap = min(high, last) - max(low, first)
        if overlap > 0:
            tokens += o.output_tokens * overlap / (last - first)
    return tokens / (high - low)


def summarize(target: str, load: str, outcomes: list[Outcome], wall: float, slo_ttft: float) -> dict:
    def pct(values: list[float], q: float) -> float | None:
        return float(np.percentile(values, q)) if values else None

    done = [o for o in outcomes if o.ok]
    ttft = [o.ttft for o in done if o.ttft is not None]
    e2e = [o.e2e for o in done if o.e2e is not None]
    gaps = [g for o in done for g in o.chunk_gaps]
    tpot = [(o.e2e - o.ttft) / (o.output_tokens - 1) for o in done if o.output_tokens > 1]
    output_tokens = sum(o.output_tokens for o in done)
    good = [o for o in done if o.ttft is not None and o.ttft <= slo_ttft]
    row = {"target": target, "load": load, "requests": len(outcomes), "completed": len(done), "wall_s": wall,
           "request_per_s": len(done) / wall, "output_tok_per_s": output_tokens / wall,
           "goodput_req_per_s": len(good) / wall, "output_tokens": output_tokens,
           "steady_output_tok_per_s": steady_output_rate(outcomes),
           "problems": sorted({o.problem for o in outcomes if o.problem}),
           # Every request that did not end with "stop" or "length": which prompt, how it ended, what it got.
           "unfinished": [{"request": o.index, "prompt": o.index % len(PROMPT_LINES), "finish_reason": o.finish_reason,
                           "problem": o.problem, "output_tokens": o.output_tokens, "text": o.text[:300]}
                          for o in outcomes if not o.ok],
           # Each completed request's gaps between content chunks, in order: where in a stream the long ones fall.
           "chunk_gaps_ms": [[round(1000 * g, 1) for g in o.chunk_gaps] for o in done]}
    row["ttft_mean_ms"] = 1000 * float(np.mean(ttft)) if ttft else None
    for name, values in (("ttft", ttft), ("e2e", e2e), ("tpot", tpot), ("chunk_gap", gaps)):
        for q in (50, 90, 99):
            row[f"{name}_p{q}_ms"] = None if not values else 1000 * pct(values, q)
    return row


WARMUP_TOKENS = 8


def warmup_conversations(conversations: list[list[dict]], count: int) -> list[list[dict]]:
    """``count`` untimed requests sent at once before the first load point, to either target: each user turn
    starts with words of its own, so neither the engine's prefix cache nor a remembered prompt verdict
    holds anything of a timed request's prompt afterwards."""
    chosen = [conversations[i % len(conversations)] for i in range(max(1, count))]
    return [[{**m, "content": "Warm-up request, please ignore: " + m["content"]} if m["role"] == "user" else m
             for m in conversation] for conversation in chosen]


# --- the engine alone, in this process --------------------------------------------------------------

def engine_core_processes() -> list:
    """Every vLLM engine core this process started (the engine alone's), as psutil processes."""
    import psutil

    return [child for child in psutil.Process().children(recursive=True)
            if _worker_child_part(child) == "engine core"]


def cpu_seconds_of(process) -> float:
    """A psutil process's user and system CPU seconds so far (0 once it has exited)."""
    import psutil

    try:
        times = process.cpu_times()
        return times.user + times.system
    except psutil.NoSuchProcess:
        return 0.0


# A neighbour that spins in place on one core, and one that also takes the host's shared caches and memory
# bandwidth: it copies a buffer of argv[1] MB over itself, again and again.
SPIN = "while True: pass"
COPY = "import sys; a = bytearray(int(sys.argv[1]) << 20); b = bytes(len(a))\nwhile True: a[:] = b"


@contextlib.contextmanager
def host_load(processes: int, memory_mb: int = 0) -> Iterator[list[int]]:
    """``processes`` Python processes busy on the host's CPUs for as long as the block runs (none for 0):
    whether other work on the host slows the engine's steps, as the rest of Sluice's stack might. Each spins
    in place, or with ``memory_mb`` copies a buffer of that size over and over (a core, its share of the
    last-level cache and of the memory bandwidth). The block gets their process ids."""
    command = [sys.executable, "-c", COPY, str(memory_mb)] if memory_mb else [sys.executable, "-c", SPIN]
    spinners = [subprocess.Popen(command) for _ in range(processes)]
    try:
        yield [spinner.pid for spinner in spinners]
    finally:
        for spinner in spinners:
            spinner.kill()
        for spinner in spinners:
            spinner.wait()


def run_engine_alone(settings: Settings, conversations: list[list[dict]], loads: list[str], args,
                     profiles: GilProfiles | None = None) -> tuple[list, dict]:
    from transformers import AutoTokenizer

    from sluice.model_files import context_length
    from workers.detokenizer import IncrementalDetokenizer
    from workers.request import GenerationRequest, SamplingParams
    from workers.runtime import create_engine

    tokenizer = AutoTokenizer.from_pretrained(settings.model_path)
    def prompt_ids(conversation: list[dict]) -> list[int]:
        return list(tokenizer.apply_chat_template(conversation, add_generation_prompt=True, tokenize=True,
                                                  return_dict=False))

    engine = create_engine(settings, context_length(settings))
    say(f"engine alone: starting the {settings.engine} engine")
    started = time.monotonic()
    engine.start()
    say(f"engine alone: ready in {time.monotonic() - started:.1f}s; warming up")
    sampling = SamplingParams(max_tokens=args.max_tokens, temperature=0.0)
    warm = [GenerationRequest(f"warm-{i}", prompt_ids(c), SamplingParams(max_tokens=WARMUP_TOKENS, temperature=0.0))
            for i, c in enumerate(warmup_conversations(conversations, args.warmup))]
    for request in warm:  # all at once, then read
        engine.submit(request)
    for request in warm:
        for _ in engine.stream(request):
            pass

    def finish(outcome: Outcome, sent: float, arrivals: list[tuple[float, list[int]]], prompt: list[int],
               ended: float) -> None:
        outcome.sent_at = sent
        outcome.e2e = ended - sent
        # A chunk is what a client of any OpenAI server could be sent: new complete text. A token that
        # ends inside a character, or decodes to nothing (EOS), adds its text to the next one's, as the
        # gateway's stream does; decoded after the stream, so the engine's pace is not touched.
        detokenizer = IncrementalDetokenizer(tokenizer)
        tokens: list[int] = []
        last = sent
        for now, new_ids in arrivals:
            tokens.extend(new_ids)
            if not detokenizer.add(new_ids):
                continue
            if outcome.ttft is None:
                outcome.ttft = now - sent
            else:
                outcome.chunk_gaps.append(now - last)
            last = now
        outcome.prompt_tokens = len(prompt)
        # EOS ends the sequence without being text; the gateway leaves it out of its count too.
        content = [t for t in tokens if t not in engine.eos_token_ids]
        outcome.output_tokens = len(content)
        outcome.text = tokenizer.decode(content, skip_special_tokens=True)
        outcome.ok = outcome.finish_reason in ("stop", "length")
        outcome.problem = "" if outcome.ok else f"finish {outcome.finish_reason}"

    def one(index: int, request_id: str, outcome: Outcome, prompts: list[list[int]]) -> None:
        request = GenerationRequest(request_id, prompts[index], sampling)
        sent = time.monotonic()
        arrivals: list[tuple[float, list[int]]] = []
        engine.submit(request)
        for output in engine.stream(request):
            if output.new_token_ids:
                arrivals.append((time.monotonic(), output.new_token_ids))
            if output.finish_reason:
                outcome.finish_reason = output.finish_reason
        finish(outcome, sent, arrivals, prompts[index], time.monotonic())

    # vLLM alone as its own OpenAI server drives it: one asyncio coroutine per request, each reading its
    # request's outputs from AsyncLLM.generate, on the loop its output handler runs on. The threaded
    # client (one thread per request, through Sluice's engine interface) is itself a limit on a fast GPU.
    vllm_async = settings.engine == "vllm" and args.engine_client == "asyncio"
    if vllm_async:
        from workers.vllm_backend import sampling_params as vllm_sampling

        llm = engine._engine
        params = vllm_sampling(GenerationRequest("params", [0], sampling), engine.eos_token_ids)

        # What each request's stream brought, decoded after the load point, off the engine's event loop.
        streamed: dict[int, tuple[float, list[tuple[float, list[int]]], float]] = {}

        async def one_async(index: int, request_id: str, outcome: Outcome, prompts: list[list[int]]) -> None:
            sent = time.monotonic()
            arrivals: list[tuple[float, list[int]]] = []
            async for output in llm.generate({"prompt_token_ids": prompts[index]}, params, request_id):
                completion = output.outputs[0]
                if completion.token_ids:
                    arrivals.append((time.monotonic(), list(completion.token_ids)))
                if output.finished:
                    outcome.finish_reason = {"stop": "stop", "length": "length"}.get(
                        completion.finish_reason or "", "abort")
            streamed[index] = (sent, arrivals, time.monotonic())

        async def point_async(point: int, load: str, outcomes: list[Outcome], prompts: list[list[int]],
                              times: list[float] | None, progress: Progress) -> None:
            async def send(i: int) -> None:
                await one_async(i, f"p{point}-{i}", outcomes[i], prompts)
                progress.tick()

            began = time.monotonic()
            if times is None:
                pending = list(range(len(prompts)))

                async def client() -> None:
                    while pending:
                        await send(pending.pop(0))

                await asyncio.gather(*(client() for _ in range(int(load_pace(load)[1:]))))
                return
            tasks = []
            for i, at in enumerate(times):
                delay = began + at - time.monotonic()
                if delay > 0:
                    await asyncio.sleep(delay)
                tasks.append(asyncio.create_task(send(i)))
            await asyncio.gather(*tasks)

    rows, texts = [], {}
    for point, load in enumerate(loads):
        prompts = [prompt_ids(c) for c in point_conversations(conversations, load)]
        outcomes = [Outcome(i, 0.0) for i in range(len(prompts))]
        times = arrival_times(load, len(prompts), seed=point)
        progress = Progress(f"engine  {load:>5}", len(prompts))
        began = time.monotonic()

        def send(i: int, outcomes=outcomes, point=point, progress=progress, prompts=prompts) -> None:
            one(i, f"p{point}-{i}", outcomes[i], prompts)
            progress.tick()

        # vLLM's engine core, a process of its own: the cores it kept busy (and with --profile what held its
        # interpreter), to set beside the same figures for the engine core inside Sluice's generation worker.
        cores = engine_core_processes()
        core_before = sum(map(cpu_seconds_of, cores))
        if profiles and cores:
            profiles.start([("engine core", core.pid) for core in cores], f"engine-alone-{load}")
        with host_load(args.host_load, args.host_load_memory), StepSampler(engine.stats, args.sample_interval) as steps:
            if vllm_async:
                streamed.clear()
                engine._call(point_async(point, load, outcomes, prompts, times, progress))
                wall = time.monotonic() - began
            else:
                for thread in drive_threads(send, times, load, len(prompts), began):
                    thread.join()
                wall = time.monotonic() - began
        if vllm_async:
            for index, (sent, arrivals, ended) in streamed.items():
                finish(outcomes[index], sent, arrivals, prompts[index], ended)
        rows.append(summarize("engine", load, outcomes, wall, args.slo_ttft))
        rows[-1].update(steps.step_figures())
        if cores:
            rows[-1]["cpu_cores"] = {"engine core": (sum(map(cpu_seconds_of, cores)) - core_before) / wall}
        if profiles and cores:
            rows[-1]["gil_profiles"] = profiles.stop()
        texts[load] = [o.text for o in outcomes]
    engine.shutdown()
    return rows, texts


def drive_threads(send, times: list[float] | None, load: str, count: int, began: float) -> list[threading.Thread]:
    """Start ``send(i)`` for every request at its arrival time, or as N closed-loop clients."""
    if times is None:
        clients = int(load_pace(load)[1:])
        queue = list(range(count))
        lock = threading.Lock()

        def client() -> None:
            while True:
                with lock:
                    if not queue:
                        return
                    i = queue.pop(0)
                send(i)

        threads = [threading.Thread(target=client, daemon=True) for _ in range(clients)]
        for thread in threads:
            thread.start()
        return threads
    threads = []
    for i, at in enumerate(times):
        delay = began + at - time.monotonic()
        if delay > 0:
            time.sleep(delay)
        thread = threading.Thread(target=send, args=(i,), daemon=True)
        thread.start()
        threads.append(thread)
    return threads


class Progress:
    def __init__(self, label: str, total: int) -> None:
        self.label, self.total, self.done, self.lock = label, total, 0, threading.Lock()
        self.step = max(1, total // 4)

    def tick(self) -> None:
        with self.lock:
            self.done += 1
            if self.done % self.step == 0 or self.done == self.total:
                say(f"{self.label}: {self.done}/{self.total} requests done")


# --- Sluice over HTTP ---------------------------------------------------------------------------------

async def stream_chat(session, url: str, key: str, model: str, messages: list[dict], max_tokens: int,
                      outcome: Outcome, timeout: float) -> None:
    import aiohttp

    body = {"model": model, "messages": messages, "max_tokens": max_tokens, "temperature": 0,
            "stream": True, "stream_options": {"include_usage": True}}
    sent = time.monotonic()
    outcome.sent_at = sent
    last = sent
    pieces: list[str] = []
    finishes: list[str] = []
    usage = None
    done = False
    try:
        async with session.post(f"{url}/chat/completions", json=body, headers={"Authorization": f"Bearer {key}"},
                                timeout=aiohttp.ClientTimeout(total=timeout)) as response:
            if response.status != 200:
                outcome.problem = f"HTTP {response.status}"
                return
            async for raw in response.content:
                line = raw.decode().strip()
                if not line.startswith("data:"):
                    continue
                data = line[5:].strip()
                if data == "[DONE]":
                    done = True
                    break
                chunk = json.loads(data)
                if chunk.get("usage"):
                    usage = chunk["usage"]
                for choice in chunk.get("choices", []):
                    text = (choice.get("delta") or {}).get("content") or ""
                    if text:
                        now = time.monotonic()
                        if outcome.ttft is None:
                            outcome.ttft = now - sent
                        else:
                            outcome.chunk_gaps.append(now - last)
                        last = now
                        pieces.append(text)
                    if choice.get("finish_reason"):
                        finishes.append(choice["finish_reason"])
    except (TimeoutError, aiohttp.ClientError) as exc:
        outcome.problem = f"{type(exc).__name__}"
        return
    outcome.e2e = time.monotonic() - sent
    outcome.text = "".join(pieces)
    outcome.finish_reason = finishes[-1] if finishes else None
    if usage:
        outcome.prompt_tokens, outcome.output_tokens = usage["prompt_tokens"], usage["completion_tokens"]
    problems = [p for p, bad in (("no [DONE]", not done), ("no usage", usage is None),
                                 (f"{len(finishes)} finish reasons", len(finishes) != 1)) if bad]
    outcome.problem = ", ".join(problems)
    outcome.ok = not problems and outcome.finish_reason in ("stop", "length")


async def run_http_point(url: str, key: str, model: str, conversations: list[list[dict]], load: str, seed: int,
                         args, indices: list[int] | None = None, start_at: float | None = None
                         ) -> tuple[list[Outcome], float]:
    """Send the load point's requests (those of ``indices``, default all) and read their streams; with
    ``start_at`` (wall-clock), its arrival times count from then. Returns every request's outcome (those
    not in ``indices`` untouched) and the seconds from the start to the last stream's end."""
    import aiohttp

    outcomes = [Outcome(i, 0.0) for i in range(len(conversations))]
    mine = list(range(len(conversations))) if indices is None else indices
    times = arrival_times(load, len(conversations), seed)
    # A client process counts its own share: its progress lines name it (its first request's index is its place).
    share = f" [client process {indices[0] + 1}]" if indices else ""
    progress = Progress(f"sluice  {load:>5}{share}", len(mine))
    connector = aiohttp.TCPConnector(limit=0)
    async with aiohttp.ClientSession(connector=connector) as session:
        async def one(i: int) -> None:
            await stream_chat(session, url, key, model, conversations[i], args.max_tokens, outcomes[i], args.timeout)
            progress.tick()

        if start_at is not None:
            await asyncio.sleep(max(0.0, start_at - time.time()))
        began = time.monotonic()
        if times is None:
            pending = list(mine)

            async def client() -> None:
                while pending:
                    await one(pending.pop(0))

            await asyncio.gather(*(client() for _ in range(int(load_pace(load)[1:]))))
        else:
            tasks = []
            for i in mine:
                delay = began + times[i] - time.monotonic()
                if delay > 0:
                    await asyncio.sleep(delay)
                tasks.append(asyncio.create_task(one(i)))
            await asyncio.gather(*tasks)
        return outcomes, time.monotonic() - began


def _client_process(url: str, key: str, model: str, conversations: list[list[dict]], load: str, seed: int,
                    options: dict, indices: list[int], start_at: float) -> tuple[list[Outcome], float, float]:
    """One of ``--client-processes``: its share of a load point's requests; with its CPU seconds."""
    cpu = time.process_time()
    outcomes, wall = asyncio.run(run_http_point(url, key, model, conversations, load, seed,
                                                argparse.Namespace(**options), indices, start_at))
    return [outcomes[i] for i in indices], wall, time.process_time() - cpu


def run_http_load(url: str, key: str, model: str, conversations: list[list[dict]], load: str, seed: int,
                  args, pool, parts: int) -> tuple[list[Outcome], float, float]:
    """``run_http_point``, its requests dealt round-robin over ``pool``'s ``parts`` client processes when there
    is a pool and the load is open-loop (one client process parsing every stream can fall behind them). Returns
    the outcomes, the seconds from the start to the last stream's end, and the clients' CPU seconds."""
    if pool is None or load.startswith("c"):
        cpu = time.process_time()
        outcomes, wall = asyncio.run(run_http_point(url, key, model, conversations, load, seed, args))
        return outcomes, wall, time.process_time() - cpu
    start_at = time.time() + 0.5
    options = {"max_tokens": args.max_tokens, "timeout": args.timeout}
    futures = [pool.submit(_client_process, url, key, model, conversations, load, seed, options,
                           list(range(part, len(conversations), parts)), start_at) for part in range(parts)]
    outcomes = [Outcome(i, 0.0) for i in range(len(conversations))]
    wall = cpu = 0.0
    for future in futures:
        share, part_wall, part_cpu = future.result()
        for outcome in share:
            outcomes[outcome.index] = outcome
        wall, cpu = max(wall, part_wall), cpu + part_cpu
    return outcomes, wall, cpu


# A request's way to its first token as the workers measure it, in order; the time the gateway took to queue
# it and the relay of the token back to the client are the client's time to first token less "worker TTFT".
STAGES = ("safety queue", "prompt check", "generation queue", "worker hand-off to engine", "engine to first token",
          "worker TTFT")


def _stage(metric: str, labels: dict[str, str]) -> str | None:
    """Which of ``STAGES`` a worker histogram (its name without _sum/_count) measures, or None."""
    if metric == "sluice_queue_wait_seconds":
        queue = labels.get("queue", "")
        if queue.startswith("safety"):
            return "safety queue"
        return "generation queue" if queue.startswith("gpu.") else None
    return {"sluice_prompt_check_seconds": "prompt check",
            "sluice_engine_submit_seconds": "worker hand-off to engine",
            "sluice_engine_first_token_seconds": "engine to first token",
            "sluice_time_to_first_token_seconds": "worker TTFT"}.get(metric)


def stage_means(before: dict[str, list[float]], after: dict[str, list[float]]) -> dict[str, float]:
    """Each stage's mean in ms over the requests of one load point (between two ``stage_totals``)."""
    means = {}
    for stage in STAGES:
        (seconds, count), (seconds_before, count_before) = after.get(stage, (0.0, 0.0)), before.get(stage, (0.0, 0.0))
        if count > count_before:
            means[stage] = (seconds - seconds_before) / (count - count_before) * 1000
    return means


def _worker_child_part(child, host: int | None = None) -> str | None:
    """What a child process of the generation worker is: vLLM's engine core, a front-end of an engine it
    shares (``SLUICE_ENGINE_FRONTENDS``, counted as the generation worker), or a classifier's process; None
    for multiprocessing's resource tracker, or one that has exited. ``host``: the engine host's pid when the
    worker runs front-ends. Its direct children other than the engine core are the front-ends; their command
    lines are no guide, since vLLM retitles the processes it runs in."""
    import psutil

    try:
        command = " ".join(child.cmdline())
        if "resource_tracker" in command:
            return None
        if "EngineCore" in child.name() or "EngineCore" in command:
            return "engine core"
        if "cli.main worker gpu" in command or (host is not None and child.ppid() == host):
            return "generation worker"
        return "classifier process"
    except psutil.NoSuchProcess:
        return None


def scrape(port: int, names: Iterable[str] = ()) -> list | None:
    """Every sample a worker's Prometheus endpoint shows now, or only those of the sample ``names`` (the
    endpoint's ``name[]`` filter); None when it does not answer."""
    import urllib.parse
    import urllib.request

    from prometheus_client.parser import text_string_to_metric_families

    query = urllib.parse.urlencode([("name[]", name) for name in names])
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/metrics{'?' + query if query else ''}",
                                    timeout=5) as answer:
            text = answer.read().decode()
    except OSError:
        return None
    return [sample for family in text_string_to_metric_families(text) for sample in family.samples]


OCCUPANCY = {"sluice_engine_running_requests": "engine running", "sluice_engine_waiting_requests": "engine waiting",
             "sluice_worker_active_generations": "task threads generating"}
# The engine's step counter and, with vLLM, its own step time and the worker's lag behind it, summed over steps.
STEP_COUNTERS = ("sluice_engine_steps_total", "sluice_engine_step_seconds_total", "sluice_engine_output_lag_seconds_total")
SAMPLED = (*OCCUPANCY, *STEP_COUNTERS)


class PeriodicSampler:
    """A thread that calls ``sample`` every ``interval`` seconds while the ``with`` block runs (a load point)."""

    def __init__(self, interval: float, name: str) -> None:
        self.interval = interval
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name=name, daemon=True)

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *_) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        while not self._stop.wait(self.interval):
            self.sample()

    def sample(self) -> None:
        raise NotImplementedError


class Occupancy(PeriodicSampler):
    """The generation worker's gauges sampled every ``interval`` seconds through a load point: requests running
    and waiting in its engine, generations its task threads hold. Their means say whether the engine was
    kept full (a worker whose task threads are busy while its engine runs fewer requests than it has
    slots spends their time outside the engine). With them, the engine's step counters (``STEP_COUNTERS``):
    ``step_figures``."""

    def __init__(self, ports: list[int], interval: float = 0.1) -> None:
        super().__init__(interval, "occupancy")
        self.ports = ports  # the first front-end's reports the engine's gauges; every one its task threads
        self.samples: dict[str, list[float]] = {name: [] for name in OCCUPANCY.values()}
        self.steps: list[tuple[float, ...]] = []

    def sample(self) -> None:
        # Only the samples read here: a whole exposition (every histogram's buckets) ten times a second costs
        # the worker, and the benchmark's process parsing it, CPU the engine alone never pays.
        scraped = [scrape(port, SAMPLED) for port in self.ports]
        if scraped[0] is None:
            return
        now = time.monotonic()
        values = dict.fromkeys(OCCUPANCY.values(), 0.0)
        counters = {sample.name: sample.value for sample in scraped[0] if sample.name in STEP_COUNTERS}
        if STEP_COUNTERS[0] in counters:
            self.steps.append((now, *(counters.get(name, 0.0) for name in STEP_COUNTERS)))
        for position, samples in enumerate(scraped):
            for sample in samples or []:
                if sample.name not in OCCUPANCY or sample.value != sample.value:  # NaN: not known yet
                    continue
                if position == 0 or sample.name == "sluice_worker_active_generations":
                    values[OCCUPANCY[sample.name]] += sample.value
        for name, value in values.items():
            self.samples[name].append(value)

    def means(self) -> dict[str, float]:
        """Each gauge's mean over the load point, and the median of the engine's running requests (the
        load point's steady part, without its start and its last requests' end)."""
        means = {name: float(np.mean(values)) for name, values in self.samples.items() if values}
        if self.samples["engine running"]:
            means["engine running, median"] = float(np.median(self.samples["engine running"]))
        return means

    def step_figures(self) -> dict[str, float]:
        return step_figures(self.steps)


class StepSampler(PeriodicSampler):
    """An in-process engine's step counters (``EngineStats``: steps, the engine's own step seconds, the output
    lag) read every ``interval`` seconds through a load point: the engine alone's counterpart of
    ``Occupancy.step_figures``."""

    def __init__(self, read: Callable, interval: float = 0.1) -> None:
        super().__init__(interval, "engine-steps")
        self.read = read
        self.samples: list[tuple[float, ...]] = []

    def sample(self) -> None:
        stats = self.read()
        self.samples.append((time.monotonic(), stats.steps_total, stats.step_seconds_total,
                             stats.output_lag_seconds_total))

    def step_figures(self) -> dict[str, float]:
        return step_figures(self.samples)


def step_figures(samples: list[tuple[float, ...]]) -> dict[str, float]:
    """Medians, over consecutive samples (time, steps, engine step seconds, output lag seconds) between which
    the engine stepped (like the median of running requests, the point's steady part), per step:
    ``engine_step_ms``, the time between steps as the worker received them; with vLLM ``engine_own_step_ms``,
    the engine core's own, and ``output_lag_ms``, how long a step's outputs waited for the worker. With
    tokens/s and running requests they say whether the engine's steps or what feeds and reads them set the
    pace: a received step slower than the engine's own, with a lag that grows, is the worker falling behind."""
    figures: dict[str, list[float]] = {"engine_step_ms": [], "engine_own_step_ms": [], "output_lag_ms": []}
    for (t0, s0, e0, l0), (t1, s1, e1, l1) in itertools.pairwise(samples):
        if s1 <= s0:
            continue
        figures["engine_step_ms"].append(1000 * (t1 - t0) / (s1 - s0))
        if e1 > e0:  # an engine that does not time its steps (in-process) leaves both sums at 0
            figures["engine_own_step_ms"].append(1000 * (e1 - e0) / (s1 - s0))
            figures["output_lag_ms"].append(1000 * (l1 - l0) / (s1 - s0))
    return {name: float(np.median(values)) for name, values in figures.items() if values}


class LocalStack:
    """Redis, the gateway and both Celery workers as subprocesses, configured like ``make run``."""

    def __init__(self, settings: Settings, settings_env: dict[str, str], logs: Path, *, gateway_workers: int = 1,
                 safety_workers: int = 1, paced_step_ms: float = 0.0) -> None:
        self.logs = logs
        self.paced_step_ms = paced_step_ms  # > 0: the generation worker runs bench/paced_worker.py's engine
        self.safety_workers = safety_workers
        self.port = free_port()
        self.redis_port = free_port()
        self.data = Path(tempfile.mkdtemp(prefix="sluice-serve-"))
        trained = settings.data_dir / "safety"
        if trained.is_dir():  # the trained classifier `make run` / `sluice safety train` cached: no retraining
            shutil.copytree(trained, self.data / "safety")
        self.key = "sk-sluice-bench-" + os.urandom(12).hex()
        scripts = str(Path(sys.executable).parent)  # gunicorn lives beside this Python
        # The benchmark's key is one customer sending every request: no tenant limit of its own (the
        # default 256 concurrent streams would refuse most of a 1024-request load point).
        unlimited = {"SLUICE_LIMIT_CONCURRENT_STREAMS": "0", "SLUICE_LIMIT_REQUESTS_PER_MINUTE": "0",
                     "SLUICE_LIMIT_TOKENS_PER_MINUTE": "0"}
        self.env = {**unlimited, **os.environ, **settings_env, "PYTHONUNBUFFERED": "1", "HF_HUB_OFFLINE": "1",
                    "PATH": f"{scripts}{os.pathsep}{os.environ.get('PATH', '')}",
                    "SLUICE_MODEL": str(settings.model_path.resolve()), "SLUICE_MODEL_NAME": settings.served_model_name,
                    "SLUICE_DATA_DIR": str(self.data), "SLUICE_PORT": str(self.port),
                    "SLUICE_REDIS_URL": f"redis://127.0.0.1:{self.redis_port}/0", "SLUICE_DEV_API_KEY": self.key,
                    "SLUICE_GATEWAY_WORKERS": str(gateway_workers)}
        self.processes: dict[str, subprocess.Popen] = {}
        self.metrics_ports: dict[str, int] = {}  # each worker's Prometheus endpoint
        self.frontends = settings.frontends  # generation worker front-ends sharing the engine (vLLM only)

    def generation_ports(self) -> list[int]:
        """The Prometheus endpoints of the generation worker's front-ends, the first one first."""
        return [self.metrics_ports["gpu"], *(self.metrics_ports[f"gpu{i}"] for i in range(1, self.frontends))]

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    def start(self, timeout: float) -> None:
        from cli.launcher import start_embedded_redis

        self.redis = start_embedded_redis(self.env["SLUICE_REDIS_URL"], self.data / "redis")
        cli = [sys.executable, "-m", "cli.main"]
        subprocess.run(cli + ["dev-key"], env=self.env, check=True, capture_output=True, cwd=REPO)
        safety = [(f"safety{i}" if i else "safety", ["worker", "safety"]) for i in range(self.safety_workers)]
        for name, argv in (("web", ["web"]), ("gpu", ["worker", "gpu"]), *safety):
            command = cli + argv
            if name == "gpu" and self.paced_step_ms > 0:
                command = [sys.executable, str(REPO / "bench" / "paced_worker.py"), "--step-ms", str(self.paced_step_ms)]
            if name != "web":
                self.metrics_ports[name] = free_port()
                command = [*command, "--metrics-port", str(self.metrics_ports[name])]
            if name == "gpu" and self.paced_step_ms <= 0:
                for index in range(1, self.frontends):  # cli/engine_host.py: front-end i on the port + 100 i
                    self.metrics_ports[f"gpu{index}"] = self.metrics_ports["gpu"] + METRICS_PORT_STEP * index
            log = open(self.logs / f"serve-{name}.log", "w")  # noqa: SIM115  (closed with the process)
            self.processes[name] = subprocess.Popen(command, env=self.env, stdout=log, stderr=subprocess.STDOUT,
                                                    cwd=REPO, start_new_session=True)
        say(f"sluice: starting the gateway and workers (logs: {self.logs}/serve-*.log)")
        import urllib.request

        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for name, process in self.processes.items():
                if process.poll() is not None:
                    raise SystemExit(f"{name} exited; see {self.logs}/serve-{name}.log")
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{self.port}/readyz", timeout=2) as answer:
                    if answer.status == 200:
                        return
            except OSError:
                pass
            time.sleep(0.5)
        raise SystemExit("the stack did not become ready in time")

    def cpu_seconds(self) -> dict[str, float]:
        """CPU seconds so far of each part of the stack: the gateway processes, the generation worker's own
        process, its engine core (vLLM) and its classifier process, the safety workers, Redis."""
        import psutil

        used: dict[str, float] = {}
        roots = [(name, process.pid) for name, process in self.processes.items()]
        if getattr(self, "redis", None) is not None:
            roots.append(("redis", self.redis.pid))
        for name, pid in roots:
            try:
                root = psutil.Process(pid)
                children = root.children(recursive=True)
            except psutil.NoSuchProcess:
                continue
            if name == "gpu":
                used["generation worker"] = cpu_seconds_of(root)
                for child in children:
                    part = _worker_child_part(child, root.pid if self.frontends > 1 else None)
                    if part:
                        used[part] = used.get(part, 0.0) + cpu_seconds_of(child)
                continue
            part = {"web": "gateways"}.get(name, "safety workers" if name.startswith("safety") else name)
            used[part] = used.get(part, 0.0) + cpu_seconds_of(root) + sum(map(cpu_seconds_of, children))
        return used

    def safety_blocks(self) -> list[dict]:
        """Every decision of the stack's safety checks that blocked (a refused prompt, a cut stream), from its
        moderation record: the stage, the categories that tripped, the classifiers that judged, the windows a
        stream had checked and the three highest scores. The benchmark's prompts are benign, so each one
        is a false positive to look into (the policy keeps no text of it)."""
        import sqlite3

        database = self.data / "sluice.db"
        if not database.exists():
            return []
        with contextlib.closing(sqlite3.connect(database)) as connection:
            rows = connection.execute(
                "SELECT request_id, stage, categories, classifiers, windows, scores FROM moderation_records "
                "WHERE action = 'block' ORDER BY id").fetchall()
        blocks = []
        for request_id, stage, categories, classifiers, windows, scores in rows:
            top = sorted(json.loads(scores).items(), key=lambda kv: -kv[1])[:3]
            blocks.append({"request_id": request_id, "stage": stage, "categories": categories,
                           "classifiers": classifiers, "windows": windows,
                           "top_scores": {name: round(score, 4) for name, score in top}})
        return blocks

    def stage_totals(self) -> dict[str, list[float]]:
        """[seconds, count] so far of each stage of a request's way to its first token, summed over the
        workers' Prometheus endpoints (``STAGES``); an endpoint that does not answer is left out."""
        totals: dict[str, list[float]] = {}
        for port in self.metrics_ports.values():
            for sample in scrape(port) or []:
                if not sample.name.endswith(("_sum", "_count")):
                    continue
                stage = _stage(sample.name.rsplit("_", 1)[0], sample.labels)
                if stage is not None:
                    pair = totals.setdefault(stage, [0.0, 0.0])
                    pair[0 if sample.name.endswith("_sum") else 1] += sample.value
        return totals

    def python_processes(self) -> list[tuple[str, int]]:
        """(part, pid) of every Python process of the stack that serves requests: each gateway process
        (gunicorn's workers, not its master), the generation worker, its classifier process and vLLM's
        engine core, each safety worker."""
        import psutil

        found: list[tuple[str, int]] = []
        for name, process in self.processes.items():
            try:
                root = psutil.Process(process.pid)
                children = root.children(recursive=True)
                if name == "web":
                    found += [("gateway", child.pid) for child in children] or [("gateway", root.pid)]
                elif name == "gpu":
                    found.append(("generation worker", root.pid))
                    host = root.pid if self.frontends > 1 else None
                    found += [(part, child.pid) for child in children if (part := _worker_child_part(child, host))]
                else:
                    found.append(("safety worker", root.pid))
            except psutil.NoSuchProcess:
                continue
        return found

    def stop(self) -> None:
        for process in [*self.processes.values(), getattr(self, "redis", None)]:
            if process is not None and process.poll() is None:
                process.terminate()
        for process in [*self.processes.values(), getattr(self, "redis", None)]:
            if process is None:
                continue
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()
        shutil.rmtree(self.data, ignore_errors=True)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def generated_model_folder(shape: str, tokenizer_from: Path) -> Path:
    """A config and tokenizer folder; vLLM's load_format=dummy fills in generated weights."""
    folder = Path(tempfile.mkdtemp(prefix=f"sluice-{shape}-"))
    for item in tokenizer_from.iterdir():
        if item.name.startswith(("tokenizer", "special_tokens", "generation_config")):
            shutil.copy(item, folder / item.name)
    base = json.loads((tokenizer_from / "config.json").read_text())
    config = dict(architectures=["LlamaForCausalLM"], model_type="llama", hidden_act="silu", rms_norm_eps=1e-5,
                  rope_theta=500000.0, torch_dtype="bfloat16", tie_word_embeddings=False,
                  bos_token_id=base.get("bos_token_id"), eos_token_id=base.get("eos_token_id"),
                  vocab_size=base["vocab_size"], **SHAPES[shape])
    (folder / "config.json").write_text(json.dumps(config))
    return folder


# --- report ---------------------------------------------------------------------------------------------

def fmt(value: float | None, digits: int = 0) -> str:
    return "-" if value is None else f"{value:,.{digits}f}"


def print_table(rows: list[dict]) -> None:
    print("| target | load | done | req/s | out tok/s | steady out tok/s | goodput req/s | TTFT p50/p90/p99 ms "
          "| TPOT p50/p99 ms | chunk gap p50/p99 ms | e2e p50/p99 s |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |")
    for r in rows:
        e2e = "/".join(fmt(None if r[f"e2e_p{q}_ms"] is None else r[f"e2e_p{q}_ms"] / 1000, 2) for q in (50, 99))
        print(f"| {r['target']} | {r['load']} | {r['completed']}/{r['requests']} | {r['request_per_s']:.2f} "
              f"| {r['output_tok_per_s']:,.1f} | {fmt(r.get('steady_output_tok_per_s'), 1)} "
              f"| {r['goodput_req_per_s']:.2f} "
              f"| {'/'.join(fmt(r[f'ttft_p{q}_ms']) for q in (50, 90, 99))} "
              f"| {'/'.join(fmt(r[f'tpot_p{q}_ms'], 1) for q in (50, 99))} "
              f"| {'/'.join(fmt(r[f'chunk_gap_p{q}_ms'], 1) for q in (50, 99))} | {e2e} |")


def print_cpu(rows: list[dict]) -> None:
    """Cores each part of the local stack (and the engine alone's engine core) kept busy during each load
    point: a part near one core is a Python process that cannot go faster."""
    measured = [r for r in rows if r.get("cpu_cores")]
    if not measured:
        return
    parts = sorted({part for r in measured for part in r["cpu_cores"]})
    print()
    print("| CPU cores busy | load | " + " | ".join(parts) + " |")
    print("| --- | --- | " + " | ".join("---" for _ in parts) + " |")
    for r in measured:
        print(f"| {r['target']} | {r['load']} | "
              + " | ".join(fmt(r['cpu_cores'].get(part), 2) for part in parts) + " |")


def print_stages(rows: list[dict]) -> None:
    """Where Sluice's time to first token goes, per load point (means over its requests): the workers' own
    measures, and the rest of the client's TTFT (the gateway's intake before queueing, the relay back)."""
    measured = [r for r in rows if r.get("stage_ms")]
    if not measured:
        return
    print()
    print("| TTFT mean ms (sluice) | " + " | ".join(STAGES) + " | client TTFT | gateway and relay |")
    print("| --- | " + " | ".join("---" for _ in STAGES) + " | --- | --- |")
    for r in measured:
        stages = r["stage_ms"]
        client = r.get("ttft_mean_ms")
        rest = None if client is None or "worker TTFT" not in stages else client - stages["worker TTFT"]
        print(f"| load {r['load']} | " + " | ".join(fmt(stages.get(stage), 1) for stage in STAGES)
              + f" | {fmt(client, 1)} | {fmt(rest, 1)} |")


def print_steps(rows: list[dict]) -> None:
    """The engine's step, per target and load point (``step_figures``): the median time between steps as the
    worker (or the engine alone's client) received them, with vLLM the engine core's own and how long a step's
    outputs waited to be taken, and the requests a step advanced on average (steady tokens/s times the
    received step): against the engine alone's, a slower step at the same batch says the engine's own pace
    differs; a received step slower than the engine's own, the reader falling behind."""
    measured = [r for r in rows if r.get("engine_step_ms")]
    if not measured:
        return
    print()
    print("| engine step | load | median step ms, received | the engine's own | output lag ms | requests a step advances |")
    print("| --- | --- | --- | --- | --- | --- |")
    for r in measured:
        steady = r.get("steady_output_tok_per_s")
        advanced = None if steady is None else steady * r["engine_step_ms"] / 1000
        print(f"| {r['target']} | {r['load']} | {fmt(r['engine_step_ms'], 2)} | {fmt(r.get('engine_own_step_ms'), 2)} "
              f"| {fmt(r.get('output_lag_ms'), 2)} | {fmt(advanced, 1)} |")


def print_occupancy(rows: list[dict]) -> None:
    """How full the generation worker kept its engine during each of Sluice's load points (means of its
    gauges, sampled every 0.1 s)."""
    measured = [r for r in rows if r.get("occupancy")]
    if not measured:
        return
    names = [*OCCUPANCY.values(), "engine running, median"]
    print()
    print("| generation worker, mean (sluice) | " + " | ".join(names) + " |")
    print("| --- | " + " | ".join("---" for _ in names) + " |")
    for r in measured:
        print(f"| load {r['load']} | " + " | ".join(fmt(r["occupancy"].get(name), 1) for name in names) + " |")


def plot(rows: list[dict], loads: list[str], label: str) -> list[Path]:
    try:
        import matplotlib
    except ImportError:  # the offline GPU image has no matplotlib; the JSON holds every figure
        say("matplotlib is not installed: no plots")
        return []

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    paths = []
    x = range(len(loads))
    targets = sorted({r["target"] for r in rows})
    for name, metrics, ylabel in (
        ("latency", [("ttft_p50_ms", "TTFT p50"), ("ttft_p99_ms", "TTFT p99")], "time to first token (ms)"),
        ("throughput", [("output_tok_per_s", "output tokens/s")], "output tokens/s"),
    ):
        figure, axes = plt.subplots(figsize=(7, 4))
        for target in targets:
            by_load = {r["load"]: r for r in rows if r["target"] == target}
            for key, title in metrics:
                axes.plot(list(x), [by_load.get(load, {}).get(key) or np.nan for load in loads], marker="o",
                          label=f"{target}: {title}")
        axes.set_xticks(list(x), [f"{load} req/s" if load[0].isdigit() else load for load in loads])
        axes.set_xlabel("load")
        axes.set_ylabel(ylabel)
        axes.set_title(f"{name} vs load ({label})")
        axes.grid(alpha=0.3)
        axes.legend()
        figure.tight_layout()
        path = RESULTS / f"serve-{label}-{name}.png"
        figure.savefig(path, dpi=120)
        plt.close(figure)
        paths.append(path)
    return paths


def main() -> int:
    # SIGTERM (a timeout, a kill) ends the run through its cleanup, so the Sluice processes it started stop too.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--loads", default="0.5,2,inf", help="comma list: req/s, inf, or cN (closed loop); LOAD:N sends N requests at that point")
    parser.add_argument("--requests", type=int, default=48, help="requests per load point")
    parser.add_argument("--max-tokens", type=int, default=64)
    parser.add_argument("--slo-ttft", type=float, default=1.0, help="seconds; goodput counts requests within it")
    parser.add_argument("--timeout", type=float, default=600.0, help="seconds per request")
    parser.add_argument("--base-url", default="", help="benchmark this OpenAI-compatible server instead of a local Sluice")
    parser.add_argument("--api-key", default=os.environ.get("OPENAI_API_KEY", ""))
    parser.add_argument("--model", default="", help="model name to request (default: the served model)")
    parser.add_argument("--no-engine", action="store_true", help="skip the engine-alone comparison")
    parser.add_argument("--engine-only", action="store_true",
                        help="run the engine alone's load points only, not Sluice's (with --profile: its engine core's)")
    parser.add_argument("--paced-step-ms", type=float, default=0.0,
                        help="the generation worker's engine is a paced one (bench/paced_worker.py): one token per "
                             "running request every this many ms, no model; implies --no-engine")
    parser.add_argument("--engine", choices=["transformers", "vllm"], default=None, help="backend (default: settings)")
    parser.add_argument("--engine-client", choices=["asyncio", "threads"], default="asyncio",
                        help="how the engine alone is driven with vLLM: one asyncio coroutine per request on "
                             "AsyncLLM (as vLLM's server does), or one thread per request through Sluice's engine "
                             "interface (the transformers engine always uses threads)")
    parser.add_argument("--shape", default="", help="llama-8b: generated weights (vLLM load_format=dummy)")
    parser.add_argument("--gateway-workers", type=int, default=1, help="gateway processes (gunicorn workers)")
    parser.add_argument("--safety-workers", type=int, default=1, help="safety worker processes (prompt checks)")
    parser.add_argument("--label", default="", help="names the result files (default: engine and model)")
    parser.add_argument("--warmup", type=int, default=1,
                        help="untimed requests sent at once to each target before the first load point")
    parser.add_argument("--host-load", type=int, default=0, metavar="N",
                        help="N processes spinning on the host's CPUs through every load point (both targets): "
                             "whether other work on the host slows the engine's steps")
    parser.add_argument("--host-load-memory", type=int, default=0, metavar="MB",
                        help="with --host-load: each process copies a buffer of MB megabytes over and over "
                             "instead of spinning in place (the host's caches and memory bandwidth too)")
    parser.add_argument("--sample-interval", type=float, default=0.1,
                        help="seconds between reads of the engine's gauges and step counter (each a scrape of "
                             "every generation worker)")
    parser.add_argument("--client-processes", type=int, default=1,
                        help="processes sending Sluice's requests and reading its streams (open-loop loads)")
    parser.add_argument("--profile", action="store_true",
                        help="py-spy GIL profiles of the stack's processes during each of Sluice's load points")
    args = parser.parse_args()
    loads = [load.strip() for load in args.loads.split(",") if load.strip()]
    if args.paced_step_ms > 0:
        args.no_engine = True  # there is no model to run alone
    if args.engine_only and (args.no_engine or args.base_url):
        raise SystemExit("--engine-only runs the engine alone: not with --no-engine, --paced-step-ms or --base-url")
    if args.host_load_memory and not args.host_load:
        raise SystemExit("--host-load-memory sets what the --host-load processes do: give --host-load N too")

    overrides: dict[str, str] = {}
    if args.engine:
        overrides["SLUICE_ENGINE"] = args.engine
    if args.shape:
        base = Settings(**({"engine": args.engine} if args.engine else {}))
        overrides.update(SLUICE_MODEL=str(generated_model_folder(args.shape, base.model_path)),
                         SLUICE_MODEL_NAME=f"{args.shape}-generated", SLUICE_LOAD_FORMAT="dummy")
    os.environ.update(overrides)
    settings = Settings()
    model = args.model or settings.served_model_name
    label = args.label or f"{settings.engine}-{args.shape or model}"
    RESULTS.mkdir(exist_ok=True)
    conversations = load_prompts(args.requests)
    busy = f"copying {args.host_load_memory} MB" if args.host_load_memory else "spinning"
    say(f"{len(conversations)} requests per load point at {', '.join(loads)}; max_tokens={args.max_tokens}; "
        f"engine {settings.engine}; model {model}"
        + (f"; {settings.frontends} generation worker front-ends" if settings.frontends > 1 else "")
        + (f"; {args.host_load} processes {busy} on the host through each load point" if args.host_load else ""))

    rows: list[dict] = []
    engine_texts: dict[str, list[str]] = {}
    profiles = None
    if args.profile:
        if args.base_url:
            raise SystemExit("--profile profiles the local stack; it cannot be used with --base-url")
        profiles = GilProfiles(RESULTS / f"profiles-{label}")
        py_spy()  # fail now, not after the engine alone's run
    if not args.no_engine and not args.base_url:
        engine_rows, engine_texts = run_engine_alone(settings, conversations, loads, args, profiles)
        rows += engine_rows

    stack = None
    url, key = args.base_url, args.api_key
    if not url and not args.engine_only:
        stack = LocalStack(settings, overrides, RESULTS, gateway_workers=args.gateway_workers,
                           safety_workers=args.safety_workers, paced_step_ms=args.paced_step_ms)
    matches: dict[str, str] = {}
    blocks: list[dict] = []
    pool = None
    if args.client_processes > 1:
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        pool = ProcessPoolExecutor(args.client_processes, mp_context=multiprocessing.get_context("spawn"))
        list(pool.map(abs, range(args.client_processes)))  # started and imported before any load point
    try:
        if stack:
            stack.start(timeout=900)
            url, key = stack.url, stack.key
        # Untimed requests first, as the engine alone gets: the first loads lazy imports on every hop; a
        # burst of them (--warmup) also opens the connections, threads and pools a burst needs.
        warm = warmup_conversations(conversations, args.warmup)
        if url:
            asyncio.run(run_http_point(url, key, model, warm, "inf", 0,
                                       argparse.Namespace(max_tokens=WARMUP_TOKENS, timeout=args.timeout)))
        for point, load in enumerate([] if args.engine_only else loads):
            before = stack.cpu_seconds() if stack else {}
            stages_before = stack.stage_totals() if stack else {}
            if profiles:
                profiles.start(stack.python_processes(), f"{label}-{load}")
            with contextlib.ExitStack() as watching:
                watching.enter_context(host_load(args.host_load, args.host_load_memory))
                occupancy = watching.enter_context(Occupancy(stack.generation_ports(), args.sample_interval)) if stack else None
                outcomes, wall, client_cpu = run_http_load(url, key, model, point_conversations(conversations, load),
                                                           load, point, args, pool, args.client_processes)
            rows.append(summarize("sluice", load, outcomes, wall, args.slo_ttft))
            if profiles:
                rows[-1]["gil_profiles"] = profiles.stop()
            if stack:  # cores each part of the stack kept busy while the load point ran
                rows[-1]["cpu_cores"] = {part: (seconds - before.get(part, 0.0)) / wall
                                         for part, seconds in stack.cpu_seconds().items()}
                rows[-1]["stage_ms"] = stage_means(stages_before, stack.stage_totals())
                rows[-1]["occupancy"] = occupancy.means()
                rows[-1]["engine_running_samples"] = occupancy.samples["engine running"]  # every 0.1 s
                rows[-1].update(occupancy.step_figures())
            # The client sends the requests and parses every streamed chunk: near one core a process, it is the limit.
            rows[-1].setdefault("cpu_cores", {})["benchmark client"] = client_cpu / wall
            if load in engine_texts:
                same = sum(o.text == t for o, t in zip(outcomes, engine_texts[load], strict=True))
                for unfinished in rows[-1]["unfinished"]:  # what the engine alone wrote there: a cut to replay
                    unfinished["engine_text"] = engine_texts[load][unfinished["request"]]
                matches[load] = f"{same}/{len(outcomes)}"
    finally:
        if stack:
            blocks = stack.safety_blocks()
            stack.stop()
        if pool is not None:
            pool.shutdown()

    print_table(rows)
    print_cpu(rows)
    print_stages(rows)
    print_occupancy(rows)
    print_steps(rows)
    for row in rows:
        if row.get("gil_profiles"):
            print_profiles(f"{row['load']} ({row['target']})", row["gil_profiles"])
    for row in rows:
        if row["problems"]:
            print(f"problems ({row['target']} at {row['load']}): {', '.join(row['problems'])}")
        for u in row["unfinished"]:
            print(f"unfinished ({row['target']} at {row['load']}): request {u['request']} (prompt line "
                  f"{u['prompt'] + 1}), finish reason {u['finish_reason']}, {u['output_tokens']} tokens"
                  f"{', ' + u['problem'] if u['problem'] else ''}: {u['text'][:120]!r}")
    for block in blocks:
        print(f"safety block ({block['stage']}, {block['request_id']}): {block['categories']} by "
              f"{block['classifiers']} after {block['windows']} windows; scores {block['top_scores']}")
    if matches:
        print("greedy text identical to the engine alone: " + ", ".join(f"{k}: {v}" for k, v in matches.items()))
    result = {"label": label, "engine": settings.engine, "model": model, "shape": args.shape or None,
              "max_tokens": args.max_tokens, "requests": args.requests, "loads": loads, "rows": rows,
              "host_load": args.host_load, "host_load_memory_mb": args.host_load_memory,
              "text_matches": matches, "safety_blocks": blocks, "machine": machine_description()}
    (RESULTS / f"serve-{label}.json").write_text(json.dumps(result, indent=2))
    for path in plot(rows, loads, label):
        say(f"plot: {path.relative_to(REPO)}")
    by = {(r["target"], r["load"]): r for r in rows}
    light, saturated = loads[0], loads[-1]
    if args.paced_step_ms > 0 and ("sluice", saturated) in by:
        offered = settings.max_num_seqs * 1000 / args.paced_step_ms
        delivered = by[("sluice", saturated)]["output_tok_per_s"]
        steady = by[("sluice", saturated)].get("steady_output_tok_per_s")
        print(f"paced engine: {settings.max_num_seqs} slots every {args.paced_step_ms:g} ms offer {offered:,.0f} tokens/s; "
              f"sluice/paced engine throughput at {saturated}: {delivered / offered:.2f}"
              + ("" if steady is None else f" (steady: {steady / offered:.2f})"))
    if ("engine", saturated) in by and ("sluice", saturated) in by:
        e, s = by[("engine", light)], by[("sluice", light)]
        if e["ttft_p50_ms"] is not None and s["ttft_p50_ms"] is not None:
            print(f"ttft p50 at {light}: sluice {s['ttft_p50_ms']:.0f} ms, engine alone {e['ttft_p50_ms']:.0f} ms "
                  f"(+{s['ttft_p50_ms'] - e['ttft_p50_ms']:.0f} ms)")
        for load in dict.fromkeys(loads[1:-1]):
            if ("engine", load) in by and ("sluice", load) in by:
                ratio = by[("sluice", load)]["output_tok_per_s"] / by[("engine", load)]["output_tok_per_s"]
                print(f"sluice/engine throughput at {load}: {ratio:.2f}")
        steady = by[("sluice", saturated)].get("steady_output_tok_per_s"), by[("engine", saturated)].get(
            "steady_output_tok_per_s")
        if None not in steady and steady[1] > 0:
            print(f"sluice/engine steady throughput at {saturated} (the middle half of the point): "
                  f"{steady[0] / steady[1]:.2f}")
        ratio = by[("sluice", saturated)]["output_tok_per_s"] / by[("engine", saturated)]["output_tok_per_s"]
        print(f"sluice/engine throughput: {ratio:.2f}")
    return 0


def machine_description() -> dict:
    described = {"cpus": os.cpu_count()}
    try:
        import torch

        if torch.cuda.is_available():
            described["gpu"] = torch.cuda.get_device_name(0)
            described["gpus"] = torch.cuda.device_count()
    except ImportError:
        pass
    return described


if __name__ == "__main__":
    sys.exit(main())
