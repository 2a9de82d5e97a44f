"""How fast a generation worker takes tasks from its queue: the real worker (Celery's consumer and thread
pool, the stream loop, the safety check, the publisher, the usage record) around the worker pipeline's paced
engine, fed a queue that already holds every task. Nothing reads the streams, nothing else runs: whatever
keeps the engine's slots empty is the worker's own.

Every 0.1 s it samples the worker's gauges (requests running and waiting in the engine, generations its task
threads hold) and counters (requests finished, tokens delivered). The steady part of the run, from the
tenth of the requests done to nine tenths, gives the tokens/s delivered against what the engine offers
(slots x 1000 / step ms x tokens a request: all of them generate ``--tokens`` tokens) and the occupancy
means: an engine whose waiting queue is empty while tasks wait in the broker is starved by the intake.

    python bench/worker_intake.py                               # 128 slots, 8 ms steps, rules only
    python bench/worker_intake.py --stream-interval 4 --requests 4096

Last line: ``worker intake tokens/s: X (engine offered Y)``.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--slots", type=int, default=128, help="engine slots (SLUICE_MAX_NUM_SEQS)")
    parser.add_argument("--step-ms", type=float, default=8.0, help="engine step time (one token per request)")
    parser.add_argument("--requests", type=int, default=2048, help="tasks queued before the worker starts")
    parser.add_argument("--tokens", type=int, default=64, help="output tokens per request")
    parser.add_argument("--stream-interval", type=int, default=1, help="SLUICE_STREAM_INTERVAL for the paced engine")
    parser.add_argument("--switch-interval-ms", type=float, default=0.0,
                        help="SLUICE_GENERATION_SWITCH_INTERVAL_MS for the worker (0: Python's 5 ms)")
    parser.add_argument("--fetch-batch", type=int, default=None,
                        help="SLUICE_BROKER_FETCH_BATCH for the worker (default: the setting's, 32; 1: one task per fetch)")
    parser.add_argument("--policy", choices=["default", "rules-only"], default="rules-only",
                        help="the packaged policy (trained classifier in its process) or rules only")
    parser.add_argument("--timeout", type=float, default=600.0, help="seconds for the whole run")
    return parser.parse_args(argv)


def gauges(samples: list) -> dict[str, float]:
    """The run's figures from one scrape: engine running/waiting, active generations, requests done, tokens."""
    wanted = {"sluice_engine_running_requests": "running", "sluice_engine_waiting_requests": "waiting",
              "sluice_worker_active_generations": "generating", "sluice_requests_total": "done",
              "sluice_generation_tokens_total": "tokens"}
    found = dict.fromkeys(wanted.values(), 0.0)
    for sample in samples:
        name = wanted.get(sample.name)
        if name is not None:
            found[name] += sample.value
    return found


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    from bench.serve import free_port, scrape
    from bench.streams import rules_only_policy
    from cli.launcher import start_embedded_redis
    from sluice.job import GenerationJob
    from sluice.settings import Settings

    settings = Settings()
    data = Path(tempfile.mkdtemp(prefix="sluice-intake-"))
    trained = settings.data_dir / "safety"
    if trained.is_dir():  # the cached trained classifier: no retraining
        shutil.copytree(trained, data / "safety")
    redis_url = f"redis://127.0.0.1:{free_port()}/0"
    env = {**os.environ, "PYTHONUNBUFFERED": "1", "HF_HUB_OFFLINE": "1", "SLUICE_DATA_DIR": str(data),
           "SLUICE_REDIS_URL": redis_url, "SLUICE_MAX_NUM_SEQS": str(args.slots),
           "SLUICE_STREAM_INTERVAL": str(args.stream_interval),
           "SLUICE_GENERATION_SWITCH_INTERVAL_MS": str(args.switch_interval_ms),
           "SLUICE_MODEL": str(settings.model_path.resolve()), "SLUICE_MODEL_NAME": settings.served_model_name}
    if args.fetch_batch is not None:
        env["SLUICE_BROKER_FETCH_BATCH"] = str(args.fetch_batch)
    if args.policy == "rules-only":
        env["SLUICE_SAFETY_POLICY"] = str(rules_only_policy(data))
    redis_process = start_embedded_redis(redis_url, data / "redis")
    worker = None
    log = open(data / "worker.log", "w")  # noqa: SIM115  (closed with the worker, below)
    try:
        os.environ.update({k: env[k] for k in ("SLUICE_REDIS_URL", "SLUICE_DATA_DIR", "SLUICE_MODEL",
                                                 "SLUICE_MODEL_NAME")})
        from sluice.settings import get_settings

        get_settings.cache_clear()
        from tasks.generate import generate

        prompt = "Tell me about the river and the town."
        for _ in range(args.requests):
            job = GenerationJob(request_id=f"intake-{uuid.uuid4().hex}", model=settings.served_model_name,
                                prompt_token_ids=list(range(100, 116)), prompt_text=prompt,
                                sampling={"max_tokens": args.tokens, "temperature": 0.0},
                                submitted_at=time.time())
            generate.apply_async((job.to_wire(),))
        port = free_port()
        worker = subprocess.Popen([sys.executable, str(REPO / "bench" / "paced_worker.py"), "--step-ms",
                                   str(args.step_ms), "--metrics-port", str(port)], env=env, stdout=log,
                                  stderr=subprocess.STDOUT, cwd=REPO, start_new_session=True)
        print(f"[intake] {args.requests} tasks queued; worker: {args.slots} slots every {args.step_ms} ms, "
              f"{args.tokens} tokens a request, stream interval {args.stream_interval}, switch interval "
              f"{args.switch_interval_ms or 5} ms, fetch batch {env.get('SLUICE_BROKER_FETCH_BATCH', 'default')}, "
              f"policy {args.policy}, "
              f"{os.cpu_count()} CPUs (log {data / 'worker.log'})", flush=True)
        timeline: list[tuple[float, dict[str, float]]] = []
        deadline = time.monotonic() + args.timeout
        while time.monotonic() < deadline:
            if worker.poll() is not None:
                raise SystemExit(f"the worker exited; see {data / 'worker.log'}")
            samples = scrape(port)
            if samples is not None:
                now = gauges(samples)
                timeline.append((time.monotonic(), now))
                if now["done"] >= args.requests:
                    break
            time.sleep(0.1)
        else:
            raise SystemExit("the run did not finish in time")
    finally:
        if worker is not None:
            worker.terminate()
            try:
                worker.wait(30)
            except subprocess.TimeoutExpired:
                worker.kill()
        log.close()
        redis_process.terminate()
        redis_process.wait(10)
    low, high = args.requests * 0.1, args.requests * 0.9
    steady = [(t, g) for t, g in timeline if low <= g["done"] <= high]
    if len(steady) < 3:
        raise SystemExit("too few samples in the steady part: raise --requests")
    (t0, first), (t1, last) = steady[0], steady[-1]
    delivered = (last["tokens"] - first["tokens"]) / (t1 - t0)
    offered = args.slots * 1000 / args.step_ms

    def mean(key: str) -> float:
        return sum(g[key] for _, g in steady) / len(steady)

    print("| engine offers tok/s | worker delivers tok/s | delivered/offered | engine running | engine waiting "
          "| task threads generating | requests/s |")
    print("| --- | --- | --- | --- | --- | --- | --- |")
    print(f"| {offered:,.0f} | {delivered:,.0f} | {delivered / offered:.2f} | {mean('running'):.1f} "
          f"| {mean('waiting'):.1f} | {mean('generating'):.1f} | {(last['done'] - first['done']) / (t1 - t0):.1f} |")
    print(f"worker intake tokens/s: {delivered:.0f} (engine offered {offered:.0f})")
    shutil.rmtree(data, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
