"""A generation worker whose engine is ``bench/worker_pipeline.py``'s paced engine: the real worker (Celery,
stream loop, safety check, publisher, usage) around an engine that adds one token to every running request
each ``--step-ms``, as a GPU steps the default model, with no model. ``bench/serve.py --paced-step-ms``
starts it in place of ``sluice worker gpu``, so the whole stack meets a GPU's pace on a machine without one.

    python bench/paced_worker.py --step-ms 8 [--metrics-port PORT]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--step-ms", type=float, required=True, help="engine step time (one token per request)")
    parser.add_argument("--metrics-port", type=int, default=0, help="serve Prometheus metrics on this port")
    args = parser.parse_args(argv)

    from transformers import AutoTokenizer

    from bench.worker_pipeline import PASSAGE, make_engine
    from cli.main import _serve_metrics, serve_generation
    from sluice.settings import get_settings

    settings = get_settings()
    token_ids = AutoTokenizer.from_pretrained(settings.model_path).encode(PASSAGE * 4)
    _serve_metrics(args.metrics_port, "127.0.0.1")

    def paced(settings, max_model_len):  # the worker's engine factory: its slots are max_num_seqs
        return make_engine(args.step_ms / 1000, token_ids, settings.max_num_seqs, settings.stream_interval)

    return serve_generation(settings, paced)


if __name__ == "__main__":
    raise SystemExit(main())
