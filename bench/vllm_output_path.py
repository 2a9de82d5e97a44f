"""What vLLM's own handling of each engine step's outputs costs the generation worker, per token.

    python bench/vllm_output_path.py                        # 128 requests, 2,000 steps, stream interval 4

vLLM's engine core sends the front-end every running request's new token at every step, whatever the
stream interval: the front-end (``AsyncLLM``, in the generation worker's process) decodes the step's
message, and its ``OutputProcessor`` updates each request's state, holds the tokens back until the
stream interval has passed and then puts a ``RequestOutput`` in the request's collector, from which
Sluice's step listener (``VllmEngine._take``) makes its own ``EngineOutput``. This benchmark runs exactly
that path (vLLM's decoder, ``OutputProcessor`` with ``output_kind`` DELTA and no detokenizing, its
collectors, Sluice's ``_take``) over encoded steps of ``--requests`` requests, and, against it, the least
a worker could do with the same messages: decode them and turn each request's tokens into an
``EngineOutput`` at the same stream interval. No engine core and no GPU: it needs vLLM's Python modules
only. The process's CPU time per token of each path, alternating, is the table; the last line is
``vllm output path: X us/token (direct: Y us/token)``.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from types import SimpleNamespace

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--requests", type=int, default=128, help="requests running, each a token per step")
    parser.add_argument("--steps", type=int, default=2000, help="engine steps per run")
    parser.add_argument("--stream-interval", type=int, default=4, help="vLLM's stream_interval")
    parser.add_argument("--runs", type=int, default=3, help="runs of each path, alternating")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    try:
        from vllm import SamplingParams
        from vllm.sampling_params import RequestOutputKind
        from vllm.v1.engine import EngineCoreOutput, EngineCoreOutputs, EngineCoreRequest
        from vllm.v1.engine.output_processor import OutputProcessor, RequestOutputCollector
        from vllm.v1.serial_utils import MsgpackDecoder, MsgpackEncoder
    except ImportError as exc:
        raise SystemExit(f"needs vLLM's Python modules ({exc})") from exc

    from workers.request import EngineOutput
    from workers.vllm_backend import VllmEngine

    count, interval = args.requests, args.stream_interval
    ids = [f"r{i}-0123abcd" for i in range(count)]  # vLLM's internal ids: the request's own and 8 characters
    encoder, decoder = MsgpackEncoder(), MsgpackDecoder(EngineCoreOutputs)
    # Distinct steps' messages, each every request's one new token, as the engine core sends them.
    frames = [encoder.encode(EngineCoreOutputs(outputs=[EngineCoreOutput(rid, [1000 + step]) for rid in ids]))
              for step in range(16)]

    def vllm_path() -> tuple[float, int]:
        processor = OutputProcessor(None, log_stats=False, stream_interval=interval)
        collectors = {}
        for rid in ids:
            params = SamplingParams(max_tokens=10**6, temperature=0.0, detokenize=False, stop_token_ids=[2],
                                    output_kind=RequestOutputKind.DELTA)
            request = EngineCoreRequest(rid, list(range(100)), None, params, None, time.time(), None, None, None)
            request.external_req_id = rid.rsplit("-", 1)[0]
            collector = RequestOutputCollector(RequestOutputKind.DELTA, rid)
            processor.add_request(request, None, None, 0, collector)
            collectors[request.external_req_id] = collector
        listener = SimpleNamespace(_collectors=collectors, _top_logprobs={})
        delivered = 0
        began = time.process_time()
        for step in range(args.steps):
            outputs = decoder.decode(frames[step % len(frames)])
            processor.process_outputs(outputs.outputs, outputs.timestamp, None)
            for output in VllmEngine._take(listener, collectors):
                delivered += len(output.new_token_ids)
        return time.process_time() - began, delivered

    def direct_path() -> tuple[float, int]:
        held: dict[str, list[int]] = {rid: [] for rid in ids}
        delivered = 0
        began = time.process_time()
        for step in range(args.steps):
            outputs = decoder.decode(frames[step % len(frames)])
            batch = []
            for output in outputs.outputs:
                tokens = held.get(output.request_id)
                if tokens is None:
                    continue
                tokens.extend(output.new_token_ids)
                if len(tokens) >= interval or output.finish_reason is not None:
                    batch.append(EngineOutput(output.request_id.rsplit("-", 1)[0], tokens))
                    held[output.request_id] = []
            delivered += sum(len(output.new_token_ids) for output in batch)
        return time.process_time() - began, delivered

    tokens = args.steps * count
    through_vllm, direct = "vLLM's output path", "direct"
    results: dict[str, list[float]] = {through_vllm: [], direct: []}
    for _ in range(args.runs):
        for name, path in ((through_vllm, vllm_path), (direct, direct_path)):
            cpu, delivered = path()
            if delivered < tokens - count * interval:
                raise SystemExit(f"{name}: delivered {delivered} of {tokens} tokens")
            results[name].append(cpu / tokens * 1e6)
    print(f"{count} requests, {args.steps} steps, stream interval {interval}; CPU time per token, {args.runs} runs each")
    print("| path | us/token (each run) | us/token (best) |")
    print("| --- | --- | --- |")
    for name, runs in results.items():
        print(f"| {name} | {', '.join(f'{value:.2f}' for value in runs)} | {min(runs):.2f} |")
    print(f"vllm output path: {min(results[through_vllm]):.2f} us/token (direct: {min(results[direct]):.2f} us/token)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
