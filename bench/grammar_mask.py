"""The per-step cost of a grammar's token mask: llguidance, xgrammar and outlines-core on one vocabulary.

    python bench/grammar_mask.py                       # the default model's vocabulary, batch 1 and 8
    python bench/grammar_mask.py --batch 1 8 16 --repeat 10
    python bench/grammar_mask.py --engine          # whole decode steps on the CPU engine, constrained or not

Each library gets the same JSON schema and the same valid document, tokenized by the model's tokenizer. A
"step" is what a constrained decoding step adds for a batch of ``--batch`` requests: compute each request's
allowed-token mask, apply the masks to a ``[batch, vocab]`` logits tensor, and advance each request's matcher
by its next token. Compile time (schema to grammar, once per request) is measured apart. Libraries that are
not installed are skipped. Prints a table, writes bench/results/grammar_mask.json, and ends with
``fastest per step at batch 8: NAME (X.XX ms)``.

With ``--engine``, the transformers engine itself (continuous batching, the default model) decodes ``--batch``
requests at once under SCHEMA (at most ``--tokens`` tokens each, greedy), then the same number of steps free;
the step time is the wall time (prefill included) over the steps, and the line ends
``constrained/free step time at batch 8: X.XX``.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from pathlib import Path

import torch

SCHEMA = {
    "type": "object",
    "properties": {
        "name": {"type": "string"},
        "age": {"type": "integer", "minimum": 0},
        "email": {"type": "string"},
        "tags": {"type": "array", "items": {"type": "string"}, "maxItems": 8},
        "address": {"type": "object", "properties": {"city": {"type": "string"}, "zip": {"type": "string"}},
                    "required": ["city", "zip"], "additionalProperties": False},
        "active": {"type": "boolean"},
    },
    "required": ["name", "age", "email", "tags", "address", "active"],
    "additionalProperties": False,
}
DOCUMENT = {"name": "Ada Lovelace", "age": 36, "email": "ada@example.org",
            "tags": ["mathematics", "engines", "poetry", "notes"],
            "address": {"city": "London", "zip": "W1 1AA"}, "active": True}


_BITS = torch.arange(32, dtype=torch.int32)


def apply_bitmask(logits: torch.Tensor, bitmask: torch.Tensor) -> None:
    """The same mask application for every library (each ships its own kernel; llguidance's is compiled by
    torch.compile on first use, which would dominate a short run): bit i of word w allows token 32 w + i."""
    allowed = ((bitmask.unsqueeze(-1) >> _BITS) & 1).bool().view(bitmask.size(0), -1)[:, : logits.size(-1)]
    logits.masked_fill_(~allowed, float("-inf"))


def llguidance_case(tokenizer, vocab: int, batch: int):
    import llguidance
    import llguidance.hf
    import llguidance.torch as llt

    started = time.perf_counter()
    lltok = llguidance.hf.from_tokenizer(tokenizer, n_vocab=vocab)
    tokenizer_s = time.perf_counter() - started
    started = time.perf_counter()
    grammar = llguidance.LLMatcher.grammar_from_json_schema(SCHEMA, defaults={"whitespace_flexible": False})
    matchers = [llguidance.LLMatcher(lltok, grammar) for _ in range(batch)]
    compile_s = (time.perf_counter() - started) / batch
    bitmask = llt.allocate_token_bitmask(batch, vocab)

    def step(logits: torch.Tensor, tokens: list[int]) -> None:
        for row, matcher in enumerate(matchers):
            llt.fill_next_token_bitmask(matcher, bitmask, row)
        apply_bitmask(logits, bitmask)
        for matcher, token in zip(matchers, tokens, strict=True):
            matcher.consume_token(token)

    return tokenizer_s, compile_s, step


def xgrammar_case(tokenizer, vocab: int, batch: int):
    import xgrammar

    started = time.perf_counter()
    info = xgrammar.TokenizerInfo.from_huggingface(tokenizer, vocab_size=vocab)
    compiler = xgrammar.GrammarCompiler(info)
    tokenizer_s = time.perf_counter() - started
    started = time.perf_counter()
    compiled = compiler.compile_json_schema(json.dumps(SCHEMA), any_whitespace=False)
    matchers = [xgrammar.GrammarMatcher(compiled) for _ in range(batch)]
    compile_s = (time.perf_counter() - started) / batch
    bitmask = xgrammar.allocate_token_bitmask(batch, vocab)

    def step(logits: torch.Tensor, tokens: list[int]) -> None:
        for row, matcher in enumerate(matchers):
            matcher.fill_next_token_bitmask(bitmask, row)
        apply_bitmask(logits, bitmask)
        for matcher, token in zip(matchers, tokens, strict=True):
            matcher.accept_token(token)

    return tokenizer_s, compile_s, step


def outlines_case(tokenizer, vocab: int, batch: int):
    from outlines_core import Guide, Index, Vocabulary
    from outlines_core.json_schema import build_regex_from_schema
    from outlines_core.kernels.torch import allocate_token_bitmask, fill_next_token_bitmask

    started = time.perf_counter()
    vocabulary = Vocabulary.from_pretrained_tokenizer(tokenizer) if hasattr(Vocabulary, "from_pretrained_tokenizer") \
        else None
    if vocabulary is None:
        eos = tokenizer.eos_token_id
        tokens: dict[str, list[int]] = {}
        for token, token_id in tokenizer.get_vocab().items():
            if token_id != eos:
                tokens.setdefault(token, []).append(token_id)
        vocabulary = Vocabulary(eos, tokens)
    tokenizer_s = time.perf_counter() - started
    started = time.perf_counter()
    index = Index(build_regex_from_schema(json.dumps(SCHEMA)), vocabulary)
    guides = [Guide(index) for _ in range(batch)]
    compile_s = (time.perf_counter() - started) / batch
    bitmask = allocate_token_bitmask(vocab)
    bitmask = bitmask.repeat(batch, 1) if bitmask.dim() == 1 or bitmask.size(0) == 1 else bitmask

    def step(logits: torch.Tensor, tokens: list[int]) -> None:
        for row, guide in enumerate(guides):
            fill_next_token_bitmask(guide, bitmask[row : row + 1])
        apply_bitmask(logits, bitmask)
        for guide, token in zip(guides, tokens, strict=True):
            guide.advance(token)

    return tokenizer_s, compile_s, step


CASES = {"llguidance": llguidance_case, "xgrammar": xgrammar_case, "outlines-core": outlines_case}


def engine_steps(model: str, batches: list[int], tokens: int) -> None:
    from transformers import AutoTokenizer

    from workers.request import GenerationRequest, SamplingParams
    from workers.transformers_backend import TransformersEngine

    tokenizer = AutoTokenizer.from_pretrained(model)
    engine = TransformersEngine(Path(model), max_num_seqs=max(batches), max_model_len=1024)
    engine.start()
    prompt = tokenizer.apply_chat_template([{"role": "user", "content": "Describe a famous person as JSON."}],
                                           add_generation_prompt=True, tokenize=True, return_dict=False)
    rows = {}
    try:
        for batch in batches:
            steps = tokens
            for kind in ("json_schema", "free", "json_schema", "free"):  # twice each: the first warms up
                # The free requests run as many steps as the constrained ones took (min_tokens holds them).
                structured = {"json_schema": SCHEMA} if kind == "json_schema" else None
                length = tokens if structured else steps
                requests = [GenerationRequest(f"{kind}-{batch}-{i}-{time.monotonic_ns()}", list(prompt), SamplingParams(
                    max_tokens=length, min_tokens=0 if structured else length, temperature=0,
                    structured=structured)) for i in range(batch)]
                started = time.perf_counter()
                for request in requests:
                    engine.submit(request)
                generated = [sum(len(out.new_token_ids) for out in engine.stream(request)) for request in requests]
                elapsed = time.perf_counter() - started
                if structured:
                    steps = max(generated)
                rows[(batch, kind)] = elapsed / max(generated) * 1e3
    finally:
        engine.shutdown()
    print(f"{'batch':>5} {'free ms/step':>12} {'json_schema ms/step':>19} {'ratio':>6}")
    for batch in batches:
        free, constrained = rows[(batch, "free")], rows[(batch, "json_schema")]
        print(f"{batch:>5} {free:>12.1f} {constrained:>19.1f} {constrained / free:>6.2f}")
    last = batches[-1]
    print(f"constrained/free step time at batch {last}: {rows[(last, 'json_schema')] / rows[(last, 'free')]:.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--model", default=".sluice/models/SmolLM2-135M-Instruct")
    parser.add_argument("--batch", type=int, nargs="+", default=[1, 8])
    parser.add_argument("--repeat", type=int, default=5, help="passes over the document per library and batch")
    parser.add_argument("--engine", action="store_true", help="time whole decode steps on the CPU engine")
    parser.add_argument("--tokens", type=int, default=48, help="tokens per request with --engine")
    args = parser.parse_args()
    if args.engine:
        engine_steps(args.model, args.batch, args.tokens)
        return

    from transformers import AutoConfig, AutoTokenizer

    tokenizer = AutoTokenizer.from_pretrained(args.model)
    vocab = AutoConfig.from_pretrained(args.model).vocab_size
    document = tokenizer.encode(json.dumps(DOCUMENT, separators=(",", ":")), add_special_tokens=False)
    print(f"vocabulary {vocab}, document {len(document)} tokens")
    rows = []
    for name, case in CASES.items():
        for batch in args.batch:
            try:
                step_times = []
                compile_times = []
                for attempt in range(args.repeat + 1):
                    tokenizer_s, compile_s, step = case(tokenizer, vocab, batch)
                    logits = torch.zeros(batch, vocab)
                    times = []
                    for token in document:
                        started = time.perf_counter()
                        step(logits, [token] * batch)
                        times.append(time.perf_counter() - started)
                    if attempt:  # the first pass warms caches up and is not counted
                        compile_times.append(compile_s)
                        step_times.extend(times)
            except ImportError as exc:
                print(f"{name}: not installed ({exc})")
                break
            step_times.sort()
            rows.append({"library": name, "batch": batch, "tokenizer_s": tokenizer_s,
                         "compile_ms": statistics.median(compile_times) * 1e3,
                         "step_ms_p50": statistics.median(step_times) * 1e3,
                         "step_ms_p99": step_times[int(len(step_times) * 0.99) - 1] * 1e3,
                         "step_ms_mean": statistics.fmean(step_times) * 1e3})
    print(f"{'library':<14} {'batch':>5} {'tokenizer s':>11} {'compile ms':>10} {'step p50 ms':>11} "
          f"{'step p99 ms':>11} {'step mean ms':>12}")
    for row in rows:
        print(f"{row['library']:<14} {row['batch']:>5} {row['tokenizer_s']:>11.2f} {row['compile_ms']:>10.2f} "
              f"{row['step_ms_p50']:>11.3f} {row['step_ms_p99']:>11.3f} {row['step_ms_mean']:>12.3f}")
    out = Path("bench/results")
    out.mkdir(parents=True, exist_ok=True)
    (out / "grammar_mask.json").write_text(json.dumps(rows, indent=2))
    at_eight = [row for row in rows if row["batch"] == 8] or rows
    if at_eight:
        best = min(at_eight, key=lambda row: row["step_ms_mean"])
        print(f"fastest per step at batch {best['batch']}: {best['library']} ({best['step_ms_mean']:.2f} ms)")


if __name__ == "__main__":
    main()
