"""Engine throughput and time to first token, through Sluice's Engine interface, for either backend.

    python bench/engine_throughput.py --engine vllm --requests 256 --concurrency 64 --in 256 --out 256
    python bench/engine_throughput.py --engine transformers --device cuda ...
    python bench/engine_throughput.py --engine vllm --shape llama-8b    (generated weights, vLLM's dummy load)

Each request is random prompt token ids of --in tokens asking for --out tokens; --concurrency requests
are in flight at once (a new one is submitted as soon as one finishes). Prints a table and writes JSON to
bench/results/engine_throughput-<engine>-<shape>.json. Used on the GPU machine (see README, GPU section).
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sluice.settings import Settings  # noqa: E402
from workers.request import GenerationRequest, SamplingParams  # noqa: E402
from workers.runtime import create_engine  # noqa: E402

SHAPES = {
    # Llama-3-8B's shape: heads (32, 8 KV) divide by 2, 4 and 8 for tensor parallelism.
    "llama-8b": dict(hidden_size=4096, intermediate_size=14336, num_hidden_layers=32, num_attention_heads=32,
                     num_key_value_heads=8, vocab_size=128256, max_position_embeddings=8192),
}


def generated_model_folder(shape: str) -> Path:
    """A config-only model folder; vLLM's load_format=dummy fills the weights with generated values."""
    folder = Path(tempfile.mkdtemp(prefix=f"sluice-{shape}-"))
    config = dict(architectures=["LlamaForCausalLM"], model_type="llama", hidden_act="silu", rms_norm_eps=1e-5,
                  rope_theta=500000.0, torch_dtype="bfloat16", tie_word_embeddings=False, bos_token_id=1,
                  eos_token_id=2, **SHAPES[shape])
    (folder / "config.json").write_text(json.dumps(config))
    return folder


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--engine", choices=["transformers", "vllm"], default="transformers")
    parser.add_argument("--shape", default="default", help="'default' (the prepared model) or llama-8b")
    parser.add_argument("--model", default="", help="a model folder (overrides --shape default)")
    parser.add_argument("--requests", type=int, default=128)
    parser.add_argument("--concurrency", type=int, default=32)
    parser.add_argument("--in", dest="in_len", type=int, default=256)
    parser.add_argument("--out", dest="out_len", type=int, default=256)
    parser.add_argument("--device", default="auto")
    parser.add_argument("--dtype", default="auto")
    parser.add_argument("--tp", type=int, default=1, help="tensor_parallel_size (vLLM)")
    parser.add_argument("--gpu-memory-utilization", type=float, default=0.85)
    args = parser.parse_args()

    overrides = dict(
        engine=args.engine, max_num_seqs=args.concurrency, max_model_len=args.in_len + args.out_len + 16,
        max_num_batched_tokens=max(8192 if args.engine == "vllm" else 2048, args.in_len * 4), device=args.device,
        dtype=args.dtype,
        tensor_parallel_size=args.tp, gpu_memory_utilization=args.gpu_memory_utilization,
    )
    vocab = 49152
    if args.shape != "default":
        if args.engine != "vllm":
            parser.error("generated-weight shapes need --engine vllm (load_format=dummy)")
        overrides.update(model=str(generated_model_folder(args.shape)), load_format="dummy")
        vocab = SHAPES[args.shape]["vocab_size"]
    elif args.model:
        overrides["model"] = args.model
    settings = Settings(**overrides)
    engine = create_engine(settings, overrides["max_model_len"])
    print(f"[bench] starting the {args.engine} engine ({args.shape})", flush=True)
    started = time.monotonic()
    engine.start()
    print(f"[bench] engine ready in {time.monotonic() - started:.1f}s", flush=True)

    rng = random.Random(0)
    prompts = [[rng.randrange(10, vocab) for _ in range(args.in_len)] for _ in range(args.requests)]
    sampling = SamplingParams(max_tokens=args.out_len, temperature=0.0)

    def warm() -> None:
        request = GenerationRequest("warm", prompts[0][:32], SamplingParams(max_tokens=8, temperature=0.0))
        engine.submit(request)
        for _ in engine.stream(request):
            pass

    warm()
    ttfts: list[float] = []
    latencies: list[float] = []
    tokens = [0]
    lock = threading.Lock()
    next_index = [0]

    def client() -> None:
        while True:
            with lock:
                index = next_index[0]
                next_index[0] += 1
            if index >= args.requests:
                return
            request = GenerationRequest(f"r{index}", prompts[index], sampling)
            submitted = time.monotonic()
            first = None
            count = 0
            engine.submit(request)
            for output in engine.stream(request):
                if output.new_token_ids and first is None:
                    first = time.monotonic() - submitted
                count += len(output.new_token_ids)
            with lock:
                ttfts.append(first if first is not None else float("nan"))
                latencies.append(time.monotonic() - submitted)
                tokens[0] += count
                done = len(latencies)
            if done % max(1, args.requests // 8) == 0:
                print(f"[bench] {done}/{args.requests} requests done", flush=True)

    began = time.monotonic()
    threads = [threading.Thread(target=client) for _ in range(args.concurrency)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    wall = time.monotonic() - began
    engine.shutdown()

    result = {
        "engine": args.engine, "shape": args.shape, "requests": args.requests, "concurrency": args.concurrency,
        "in": args.in_len, "out": args.out_len, "tp": args.tp, "wall_s": round(wall, 2),
        "output_tokens": tokens[0], "output_tok_per_s": round(tokens[0] / wall, 1),
        "ttft_p50_ms": round(1000 * statistics.median(ttfts), 1), "ttft_p99_ms": round(1000 * percentile(ttfts, 0.99), 1),
        "latency_p50_s": round(statistics.median(latencies), 2), "latency_p99_s": round(percentile(latencies, 0.99), 2),
    }
    out = Path(__file__).resolve().parent / "results"
    out.mkdir(exist_ok=True)
    (out / f"engine_throughput-{args.engine}-{args.shape}-tp{args.tp}.json").write_text(json.dumps(result, indent=2))
    print("| engine | shape | tp | requests | conc | in/out | output tok/s | TTFT p50 | TTFT p99 | latency p50 |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |")
    print(f"| {args.engine} | {args.shape} | {args.tp} | {args.requests} | {args.concurrency} | {args.in_len}/{args.out_len} "
          f"| {result['output_tok_per_s']:,.0f} | {result['ttft_p50_ms']:.0f} ms | {result['ttft_p99_ms']:.0f} ms "
          f"| {result['latency_p50_s']:.2f} s |")
    print("RESULT " + json.dumps(result), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
