"""What the KV cache buys: time per generated token as the sequence grows, with and without the cache.

    python bench/kv_cache.py                       # the default model, positions 1..1024, ~4 minutes here
    python bench/kv_cache.py --length 2048 --device cuda --model /models/some-model

Both modes decode greedily from a one-token prompt with transformers' own model:

* with the cache: normal incremental decoding; each step feeds only the newest token and the past keys
  and values (``past_key_values``), so a step's work grows only with the attention over the cache;
* without it: each step feeds the whole sequence so far with ``use_cache=False``, recomputing every
  layer for every earlier position, so a step's work grows with the sequence length.

Every step of the cached run is timed (the best of ``--repeats`` runs). Without the cache a step is
independent of the others, so it is timed at sampled positions (the first and last few, then a grid) and
its predicted token is checked against the cached run's. Prints a table, writes
bench/results/kv_cache.json and bench/results/kv_cache.png, and ends with
``per-token time growth, with cache / without: X.XX / Y.YY`` (time at the last positions over time at
the first, each the mean of ``--ends`` positions).
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

import torch

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from sluice.settings import Settings  # noqa: E402

RESULTS = REPO / "bench" / "results"


def sync(device: str) -> None:
    if device.startswith("cuda"):
        torch.cuda.synchronize()


@torch.inference_mode()
def decode_with_cache(model, first_token: int, length: int, device: str) -> tuple[list[int], list[float]]:
    """Greedy incremental decoding to ``length`` positions; the sequence and the seconds of each step
    (step ``i`` reads position ``i + 1`` and predicts the token after it)."""
    sequence = [first_token]
    seconds = []
    cache = None
    next_input = torch.tensor([[first_token]], device=device)
    for _ in range(length):
        sync(device)
        began = time.perf_counter()
        out = model(input_ids=next_input, past_key_values=cache, use_cache=True)
        token = int(out.logits[0, -1].argmax())
        sync(device)
        seconds.append(time.perf_counter() - began)
        cache = out.past_key_values
        sequence.append(token)
        next_input = torch.tensor([[token]], device=device)
    return sequence, seconds


@torch.inference_mode()
def step_without_cache(model, sequence: list[int], position: int, device: str) -> tuple[int, float]:
    """One step without the cache at ``position``: the whole prefix through every layer; its token and seconds."""
    inputs = torch.tensor([sequence[:position]], device=device)
    sync(device)
    began = time.perf_counter()
    out = model(input_ids=inputs, use_cache=False)
    token = int(out.logits[0, -1].argmax())
    sync(device)
    return token, time.perf_counter() - began


def sampled_positions(length: int, ends: int) -> list[int]:
    """The first and last ``ends`` positions, powers of two, and every eighth of the length."""
    grid = {p for p in range(1, ends + 1)} | {p for p in range(length - ends + 1, length + 1)}
    grid |= {2 ** k for k in range(length.bit_length()) if 2 ** k <= length}
    grid |= {length * k // 8 for k in range(1, 9)}
    return sorted(p for p in grid if 1 <= p <= length)


def plot(cached: list[float], uncached: dict[int, float], path: Path, title: str) -> bool:
    """Per-token time against position (both modes) and the total time to generate n tokens."""
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
        import numpy as np
    except ImportError:
        return False
    positions = np.arange(1, len(cached) + 1)
    sampled = np.array(sorted(uncached))
    uncached_ms = np.array([uncached[p] * 1000 for p in sampled])
    figure, (left, right) = plt.subplots(1, 2, figsize=(13, 5))
    left.plot(positions, np.array(cached) * 1000, color="tab:blue", linewidth=0.8, label="with KV cache")
    left.plot(sampled, uncached_ms, "o-", color="tab:red", markersize=3, label="without (full recomputation)")
    left.set_yscale("log")
    left.set_xlabel("position of the token read (sequence length)")
    left.set_ylabel("ms per generated token (log)")
    left.grid(alpha=0.3, which="both")
    left.legend()
    # The uncached total is interpolated between the sampled positions (each step is independent).
    right.plot(positions, np.cumsum(cached), color="tab:blue", label="with KV cache")
    right.plot(positions, np.cumsum(np.interp(positions, sampled, uncached_ms / 1000)), color="tab:red",
               label="without (interpolated between sampled positions)")
    right.set_xlabel("tokens generated")
    right.set_ylabel("seconds in total")
    right.grid(alpha=0.3)
    right.legend()
    figure.suptitle(title)
    figure.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    figure.savefig(path, dpi=110)
    plt.close(figure)
    return True


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--model", default="", help="a model folder (default: the prepared default model)")
    parser.add_argument("--length", type=int, default=1024, help="the last position (>= 16)")
    parser.add_argument("--repeats", type=int, default=2, help="runs per measurement; the best one counts")
    parser.add_argument("--ends", type=int, default=4, help="positions averaged at each end for the growth")
    parser.add_argument("--device", default="auto")
    args = parser.parse_args()
    if args.length < 16 or args.ends * 2 > args.length:
        parser.error("--length must be at least 16 and at least twice --ends")

    from transformers import AutoModelForCausalLM, AutoTokenizer

    settings = Settings()
    model_path = Path(args.model) if args.model else settings.model_path
    device = ("cuda" if torch.cuda.is_available() else "cpu") if args.device == "auto" else args.device
    dtype = torch.bfloat16 if device.startswith("cuda") else torch.float32
    model = AutoModelForCausalLM.from_pretrained(model_path, dtype=dtype).to(device).eval()
    tokenizer = AutoTokenizer.from_pretrained(model_path)
    first_token = tokenizer.bos_token_id if tokenizer.bos_token_id is not None else tokenizer.eos_token_id
    print(f"[bench] {model_path.name} on {device} ({dtype}), positions 1..{args.length}, "
          f"best of {args.repeats}, {torch.get_num_threads()} threads", flush=True)

    # Warm-up: the first calls allocate and pick kernels.
    decode_with_cache(model, first_token, 16, device)
    step_without_cache(model, [first_token] * 64, 64, device)

    cached: list[float] = []
    sequence: list[int] = []
    for run in range(args.repeats):
        began = time.monotonic()
        sequence, seconds = decode_with_cache(model, first_token, args.length, device)
        cached = seconds if not cached else [min(a, b) for a, b in zip(cached, seconds, strict=True)]
        print(f"[with cache] run {run + 1}/{args.repeats}: {args.length} tokens in {time.monotonic() - began:.1f}s",
              flush=True)

    positions = sampled_positions(args.length, args.ends)
    uncached: dict[int, float] = {}
    agree = 0
    began = time.monotonic()
    # Longest first, so progress is honest about the time left.
    for done, position in enumerate(reversed(positions), 1):
        timings = []
        for _ in range(args.repeats):
            token, seconds = step_without_cache(model, sequence, position, device)
            timings.append(seconds)
        uncached[position] = min(timings)
        agree += token == sequence[position]
        if done % 4 == 0 or done == len(positions):
            print(f"[without cache] {done}/{len(positions)} positions  (position {position}: "
                  f"{uncached[position] * 1000:.0f} ms)  {time.monotonic() - began:.0f}s", flush=True)

    def with_cache_at(position: int) -> float:
        return cached[position - 1]

    print(f"[bench] {model_path.name} on {device}: ms per generated token at each position")
    print("| position | with KV cache (ms) | without cache (ms) | without / with |")
    print("| --- | --- | --- | --- |")
    rows = []
    for position in positions:
        with_ms, without_ms = with_cache_at(position) * 1000, uncached[position] * 1000
        rows.append({"position": position, "with_cache_ms": round(with_ms, 2), "without_cache_ms": round(without_ms, 2)})
        print(f"| {position} | {with_ms:.1f} | {without_ms:.1f} | {without_ms / with_ms:.1f}x |")

    first, last = range(1, args.ends + 1), range(args.length - args.ends + 1, args.length + 1)
    growth_with = statistics.mean(with_cache_at(p) for p in last) / statistics.mean(with_cache_at(p) for p in first)
    growth_without = statistics.mean(uncached[p] for p in last) / statistics.mean(uncached[p] for p in first)
    total_with = sum(cached)
    print(f"[bench] {args.length} tokens with the cache: {total_with:.1f}s in total "
          f"({args.length / total_with:.1f} tok/s); without it the step at position {args.length} alone takes "
          f"{uncached[args.length]:.2f}s")
    print(f"[bench] the uncached steps predicted the cached run's token at {agree}/{len(positions)} positions")

    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "kv_cache.json").write_text(json.dumps({
        "model": model_path.name, "device": device, "length": args.length, "repeats": args.repeats,
        "growth_with_cache": round(growth_with, 3), "growth_without_cache": round(growth_without, 3),
        "rows": rows, "with_cache_s": cached, "without_cache_s": {str(p): s for p, s in uncached.items()},
    }, indent=1))
    plotted = plot(cached, uncached, RESULTS / "kv_cache.png",
                   f"Per-token decode time, {model_path.name} on {device}")
    print("[bench] wrote bench/results/kv_cache.json" + (" and bench/results/kv_cache.png" if plotted else ""))
    print(f"per-token time growth, with cache / without: {growth_with:.2f} / {growth_without:.2f}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
