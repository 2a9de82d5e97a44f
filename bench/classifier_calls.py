"""What one call of the streaming check's trained classifier costs on the CPU beside the encoder's forward pass.

    python bench/classifier_calls.py                 # calls of 1, 16 and 128 windows
    python bench/classifier_calls.py --batches 1,64,256 --repeats 100

On a GPU worker the classifier's process runs the encoder on the GPU, where a forward pass over a tick's
windows takes well under a millisecond of the GPU; what the process spends on its one CPU core per call is
the rest: tokenizing, gathering the remembered rows, the linear heads, the highest score of a text's chunks
and the verdicts. That core is what limits window checks at a GPU's pace. This benchmark loads the packaged
policy's classifier in this process (on the CPU), embeds each batch once to time the forward pass here, then
calls ``classify_windows`` ``--repeats`` times with the encoder's output for those windows handed back at once
(the same tensor), so the CPU time measured is everything else. Each window is a stream's window as the
loop sends it: text from a real passage, with its prompt. Its last line:
``classifier CPU per call beside the forward pass, N windows: X ms``.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from bench.worker_pipeline import PASSAGE  # noqa: E402  (after the path insert)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--batches", default="1,16,128", help="windows per call")
    parser.add_argument("--repeats", type=int, default=50, help="calls per batch size")
    args = parser.parse_args(argv)
    batches = [int(b) for b in args.batches.split(",")]

    from transformers import AutoTokenizer

    from safety.policy import SafetyPolicy
    from safety.trained import classifier_options, load_classifier
    from sluice.settings import get_settings

    settings = get_settings()
    policy = SafetyPolicy.load(settings.safety_policy)
    classifier = load_classifier(cache_dir=settings.data_dir / "safety",
                                 **classifier_options(policy.classifiers["embedding"].options))
    tokenizer = AutoTokenizer.from_pretrained(settings.model_path)
    token_ids = tokenizer.encode(PASSAGE * 8)
    size = policy.stream.window_tokens + policy.stream.overlap_tokens
    prompt = "Explain how a river's delta forms, with an example."
    classifier.classify_windows([("warm up", prompt)])
    encoder_embed = classifier.encoder.embed_chunks
    print(f"[classifier] {size}-token windows with their prompt, weights {classifier.encoder.weights}, "
          f"{args.repeats} calls per size", flush=True)
    print("| windows per call | forward pass on this CPU, ms | CPU per call beside it, ms | per window, µs |")
    print("| --- | --- | --- | --- |")
    beside = {}
    for batch in batches:
        windows = [(tokenizer.decode(token_ids[i:i + size]) + f" {i}", prompt) for i in range(batch)]  # no two alike
        texts = [text for text, _ in windows]
        started = time.process_time()
        embedded = encoder_embed(texts)
        forward = time.process_time() - started
        classifier.encoder.embed_chunks = lambda _texts, embedded=embedded: embedded
        try:
            started = time.process_time()
            for _ in range(args.repeats):
                classifier.forget_texts()  # each call embeds its windows, as new windows are
                classifier.classify_windows(windows)
            per_call = (time.process_time() - started) / args.repeats
        finally:
            classifier.encoder.embed_chunks = encoder_embed
        beside[batch] = per_call
        print(f"| {batch} | {1000 * forward:.1f} | {1000 * per_call:.2f} | {1e6 * per_call / batch:.0f} |")
    largest = max(batches)
    print(f"classifier CPU per call beside the forward pass, {largest} windows: {1000 * beside[largest]:.2f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
