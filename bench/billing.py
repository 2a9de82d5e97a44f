"""Billing benchmark: ledger ingest on PostgreSQL, and a day of usage compressed into minutes.

1. Ingest: usage records per second into a fresh PostgreSQL ledger, through ``UsageLedger.record`` (what
   every generation task calls) from one and from several processes, and through ``record_many``.
2. A compressed day: at least a billion tokens' worth of requests, finished over the past 24 hours,
   replayed hour by hour into the ledger, aggregated into one-minute windows and reported by the real
   ``stripe`` library to the local Stripe-compatible server (tests/fake_stripe.py, its own process), with
   faults injected all along: 500s, 429s, timeouts, answers lost after the event was stored, a two-hour
   outage, a reporter process killed mid-batch, duplicate and late usage deliveries, and every billing
   task delivered twice at once. It then shows ledger = generated = reported to Stripe, to the token.

Usage: .venv/bin/python bench/billing.py [--tokens 1e9] [--ingest-records 20000]
PostgreSQL: SLUICE_BENCH_POSTGRES_URL, default postgresql+psycopg://postgres@127.0.0.1:5432/postgres.
The last line is ``ledger/stripe token difference: N``.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import random
import signal
import subprocess
import sys
import threading
import time
import uuid
from collections import Counter
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import psycopg
import requests
from sqlalchemy import func, select
from tqdm import tqdm

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from billing.customers import link_stripe_customer  # noqa: E402
from billing.ledger import Usage, UsageLedger  # noqa: E402
from billing.models import REPORTED, MeterWindow, OutboxEvent, UsageRecord  # noqa: E402
from billing.reconcile import reconcile  # noqa: E402
from billing.reporter import MeterReporter, outbox_counts  # noqa: E402
from billing.windows import OutboxSettings, close_usage_windows  # noqa: E402
from sluice.db import dispose_engines, session_scope  # noqa: E402
from sluice.settings import Settings  # noqa: E402

ADMIN_URL = os.environ.get("SLUICE_BENCH_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres")
THREADS = 8  # a generation worker's task concurrency (SLUICE_MAX_NUM_SEQS)
CUSTOMERS, MODELS = 6, ("SmolLM2-135M-Instruct", "Llama-3.1-8B-Instruct")
FAULTS = {"error": 0.02, "rate_limit": 0.005, "timeout": 0.002, "lost_response": 0.01, "hold_seconds": 1.5}
OUTAGE_HOURS = (6, 7)
KILL_HOUR = 12


def log(message: str) -> None:
    tqdm.write(message, file=sys.stderr)


@contextmanager
def fresh_database(tag: str) -> Iterator[str]:
    name = f"sluice_bench_{tag}_{uuid.uuid4().hex[:8]}"
    raw = ADMIN_URL.replace("+psycopg", "")
    with psycopg.connect(raw, autocommit=True) as connection:
        connection.execute(f'CREATE DATABASE "{name}"')
    try:
        yield ADMIN_URL.rsplit("/", 1)[0] + f"/{name}"
    finally:
        dispose_engines()
        with psycopg.connect(raw, autocommit=True) as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def table(rows: list[tuple], header: tuple) -> str:
    rows = [header] + [tuple(str(c) for c in row) for row in rows]
    widths = [max(len(row[i]) for row in rows) for i in range(len(header))]
    lines = ["  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(row, widths, strict=True)))
             for row in rows]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


# -- 1. ingest -------------------------------------------------------------------------------------------


def _usages(count: int, seed: str) -> list[Usage]:
    now = datetime.now(UTC)
    return [Usage(f"ingest-{seed}-{i}", 1 + i % CUSTOMERS, 1, MODELS[i % 2], 500 + i % 3000, 50 + i % 900,
                  "completed", now) for i in range(count)]


def _record_all(url: str, usages: list[Usage], progress=None) -> int:
    ledger = UsageLedger(url)
    written = 0
    with ThreadPoolExecutor(THREADS) as pool:
        for done in pool.map(ledger.record, usages):
            written += done
            if progress is not None:
                progress.update()
    return written


def _ingest_process(url: str, count: int, seed: str, start, done) -> None:
    usages = _usages(count, seed)
    UsageLedger(url).totals()  # connect and check the schema before the clock starts
    start.wait()
    done.put(_record_all(url, usages))


def bench_ingest(records: int, processes: int) -> list[tuple]:
    results = []
    with fresh_database("ingest") as url:
        usages = _usages(records, "single")
        UsageLedger(url).totals()
        with tqdm(total=records, desc="ingest: record(), 1 process", unit="rec", file=sys.stderr) as progress:
            started = time.perf_counter()
            written = _record_all(url, usages, progress)
            seconds = time.perf_counter() - started
        results.append((f"record(), 1 process x {THREADS} threads", written, seconds))

        with tqdm(total=records, desc="ingest: redelivered, 1 process", unit="rec", file=sys.stderr) as progress:
            started = time.perf_counter()
            rewritten = _record_all(url, usages, progress)
            seconds = time.perf_counter() - started
        results.append((f"the same again (all redeliveries; {rewritten} written)", records, seconds))

        context = multiprocessing.get_context("spawn")
        start, done = context.Event(), context.Queue()
        workers = [context.Process(target=_ingest_process, args=(url, records // processes, f"p{p}", start, done))
                   for p in range(processes)]
        for worker in workers:
            worker.start()
        log(f"ingest: record(), {processes} processes x {THREADS} threads ...")
        time.sleep(5)  # every process imported and connected
        started = time.perf_counter()
        start.set()
        written = sum(done.get() for _ in workers)
        seconds = time.perf_counter() - started
        for worker in workers:
            worker.join()
        results.append((f"record(), {processes} processes x {THREADS} threads", written, seconds))

        batch = 1000
        usages = _usages(records, "batched")
        ledger = UsageLedger(url)
        started = time.perf_counter()
        written = sum(ledger.record_many(usages[i:i + batch])
                      for i in tqdm(range(0, records, batch), desc="ingest: record_many()", file=sys.stderr))
        results.append((f"record_many(), batches of {batch:,}", written, time.perf_counter() - started))
    return results


# -- 2. a compressed day ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Request:
    request_id: str
    customer_id: int
    api_key_id: int
    model: str
    prompt_tokens: int
    completion_tokens: int  # what the customer is billed for: generated, or streamed before a crash
    generated_after_redelivery: int  # a redelivered task's whole answer, reported after the request closed
    outcome: str
    finished_at: datetime

    def usage(self, completion_tokens: int | None = None) -> Usage:
        return Usage(self.request_id, self.customer_id, self.api_key_id, self.model, self.prompt_tokens,
                     self.completion_tokens if completion_tokens is None else completion_tokens, self.outcome,
                     self.finished_at - timedelta(seconds=20), self.finished_at)


def plan_day(tokens: int, day_start: datetime, keys: dict[int, list[int]], rng: random.Random) -> list[Request]:
    requests_, total = [], 0
    while total < tokens:
        customer = rng.randint(1, CUSTOMERS)
        prompt, completion = rng.randint(500, 12_000), rng.randint(100, 4_000)
        outcome = rng.choices(("completed", "cancelled", "content_filter", "error"), (90, 5, 2, 3))[0]
        billed, redelivered = completion, 0
        if outcome in ("cancelled", "content_filter"):
            billed = rng.randint(0, completion)  # stopped part-way: billed for what was generated
        elif outcome == "error":  # the worker died after streaming some; its task is redelivered
            billed, redelivered = rng.randint(0, completion), completion
        requests_.append(Request(
            f"req-{len(requests_)}", customer, rng.choice(keys[customer]), rng.choice(MODELS), prompt, billed,
            redelivered, outcome, day_start + timedelta(seconds=rng.random() * 86_400)))
        total += prompt + billed
    return sorted(requests_, key=lambda r: r.finished_at)


class FakeStripeProcess:
    def __init__(self) -> None:
        self.process = subprocess.Popen([sys.executable, "-m", "tests.fake_stripe", "--port", "0", "--seed", "1"],
                                        cwd=REPO, stdout=subprocess.PIPE, text=True)
        self.url = self.process.stdout.readline().strip()

    def set_faults(self, **faults) -> None:
        requests.post(f"{self.url}/_fake/faults", json=faults, timeout=10).raise_for_status()

    def state(self) -> dict:
        return requests.get(f"{self.url}/_fake/state", timeout=30).json()

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=10)


class Reporters:
    """Two reporters running side by side all along (a beat task delivered twice, forever)."""

    def __init__(self, url: str, settings: Settings) -> None:
        self.url, self.settings = url, settings
        self.stop = threading.Event()
        self.running = threading.Event()
        self.running.set()
        self.active = 0
        self.condition = threading.Condition()
        self.threads = [threading.Thread(target=self._run, daemon=True) for _ in range(2)]

    def _run(self) -> None:
        reporter = MeterReporter(self.url, self.settings, senders=8)
        while not self.stop.is_set():
            self.running.wait()
            with self.condition:
                if not self.running.is_set():
                    continue
                self.active += 1
            try:
                summary = reporter.report_due(time_budget=5)
            finally:
                with self.condition:
                    self.active -= 1
                    self.condition.notify_all()
            if summary.stopped:  # an outage or a rate limit: the next beat comes later
                self.stop.wait(1.0)
            elif not (summary.sent or summary.duplicates or summary.retrying):
                self.stop.wait(0.2)

    def pause(self) -> None:
        """Return once no pass is running, and start none until ``resume``."""
        with self.condition:
            self.running.clear()
            self.condition.wait_for(lambda: self.active == 0)

    def resume(self) -> None:
        self.running.set()

    def __enter__(self) -> Reporters:
        for thread in self.threads:
            thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.stop.set()
        self.running.set()
        for thread in self.threads:
            thread.join()


def kill_a_reporter_mid_batch(url: str, settings: Settings, stripe: FakeStripeProcess) -> tuple[int, int]:
    """Start `sluice billing report` as its own process, SIGKILL it once it has claimed a batch and sent
    part of it. Returns how many events it left claimed (unsettled) and how many of them Stripe got."""
    env = {**os.environ, "SLUICE_DATABASE_URL": url, "SLUICE_STRIPE_API_KEY": settings.stripe_api_key,
           "SLUICE_STRIPE_API_BASE": settings.stripe_api_base, "SLUICE_BILLING_REPORT_BATCH_SIZE": "2000",
           "SLUICE_BILLING_REPORT_LEASE_SECONDS": "30",  # its claims outlive the wait for its death
           "SLUICE_STRIPE_TIMEOUT_SECONDS": str(settings.stripe_timeout_seconds)}

    def claimed() -> int:
        with session_scope(url) as session:
            return session.scalar(select(func.count()).select_from(OutboxEvent).where(
                OutboxEvent.claimed_until.is_not(None), OutboxEvent.claimed_until > datetime.now(UTC)))

    # A fault would end its single pass early (and the process with it) before it could be caught.
    stripe.set_faults(**{name: 0.0 for name in FAULTS if name != "hold_seconds"})
    before = stripe.state()["stats"].get("accepted", 0)
    victim = subprocess.Popen([sys.executable, "-m", "cli.main", "billing", "report"], cwd=REPO, env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and victim.poll() is None and not (
            claimed() and stripe.state()["stats"].get("accepted", 0) >= before + 150):
        time.sleep(0.02)
    os.killpg(victim.pid, signal.SIGKILL)
    victim.wait()
    held, sent = claimed(), stripe.state()["stats"].get("accepted", 0) - before
    stripe.set_faults(**FAULTS)
    return held, sent


def bench_day(tokens: int) -> tuple[list[tuple], list[tuple], int]:
    rng = random.Random(2026)
    stripe = FakeStripeProcess()
    stripe.set_faults(**FAULTS)
    counts: Counter[str] = Counter()
    with fresh_database("day") as url:
        settings = Settings(database_url=url, stripe_api_key="sk_test_bench", stripe_api_base=stripe.url,
                            stripe_timeout_seconds=1.0, billing_retry_base_seconds=0.2, billing_retry_max_seconds=3,
                            billing_report_lease_seconds=5, billing_report_batch_size=500)
        outbox = OutboxSettings.from_settings(settings)
        keys = {}
        for number in range(1, CUSTOMERS + 1):
            link_stripe_customer(url, f"customer-{number}", f"cus_bench{number:03d}")
            keys[number] = [number * 10 + k for k in range(3)]
        day_end = datetime.fromtimestamp(int(time.time()) // 60 * 60, UTC) - timedelta(minutes=5)
        day_start = day_end - timedelta(days=1)
        plan = plan_day(tokens, day_start, keys, rng)
        generated_input = sum(r.prompt_tokens for r in plan)
        generated_output = sum(r.completion_tokens for r in plan)
        log(f"day: {len(plan):,} requests, {generated_input + generated_output:,} tokens, "
            f"{day_start:%Y-%m-%d %H:%M} to {day_end:%H:%M} UTC")

        ledger = UsageLedger(url)
        held_back: list = []  # deliveries that arrive an hour late (after their window closed)

        def deliver(delivery: tuple) -> None:
            kind, request = delivery
            if kind == "orphan":
                wrote = ledger.close_orphaned(
                    request.request_id, customer_id=request.customer_id, api_key_id=request.api_key_id,
                    model=request.model, prompt_tokens=request.prompt_tokens,
                    streamed_tokens=request.completion_tokens, created_at=request.finished_at - timedelta(seconds=20))
            elif kind == "redelivered":
                wrote = ledger.record(request.usage(request.generated_after_redelivery))
            else:
                wrote = ledger.record(request.usage())
            counts["usage deliveries"] += 1
            counts["ledger rows written"] += wrote

        started = time.perf_counter()
        with Reporters(url, settings) as reporters, ThreadPoolExecutor(THREADS) as pool, \
                tqdm(total=24, desc="day", unit="h", file=sys.stderr) as progress:
            for hour in range(24):
                hour_end = day_start + timedelta(hours=hour + 1)
                deliveries, late = list(held_back), []
                for request in (r for r in plan if hour_end - timedelta(hours=1) <= r.finished_at < hour_end):
                    first = ("orphan", request) if request.outcome == "error" else ("record", request)
                    roll = rng.random()
                    if roll < 0.005 and request.outcome != "error":
                        late.append(first)  # its write is delayed past its window's closing
                        counts["late first writes"] += 1
                    else:
                        deliveries.append(first)
                    if request.outcome == "error":
                        late.append(("redelivered", request))  # the redelivered task's whole answer
                    if roll > 0.97:
                        deliveries.append(("record", request) if first[0] == "record" else first)
                        counts["duplicate deliveries at once"] += 1
                    elif roll > 0.96:
                        late.append(first)
                        counts["duplicate deliveries an hour later"] += 1
                held_back = late
                rng.shuffle(deliveries)
                list(pool.map(deliver, deliveries))

                if hour == OUTAGE_HOURS[0]:
                    stripe.set_faults(outage=True)
                if hour == OUTAGE_HOURS[-1] + 1:
                    stripe.set_faults(outage=False)
                if hour == KILL_HOUR:  # a reporter process gets the hour's events to itself, then dies
                    reporters.pause()
                # The beat closes the windows; its task is delivered twice at once.
                closers = [pool.submit(close_usage_windows, url, 60, hour_end, outbox) for _ in range(2)]
                for closer in closers:
                    closer.result()
                if hour == KILL_HOUR:
                    claimed, sent = kill_a_reporter_mid_batch(url, settings, stripe)
                    counts["reporter killed mid-batch: events it held"] = claimed
                    counts["reporter killed mid-batch: of which Stripe had"] = sent
                    reporters.resume()
                state = stripe.state()
                progress.set_postfix_str(
                    f"ledger {sum(ledger.totals()):,} tok; Stripe {sum(sum(c.values()) for c in state['totals'].values()):,} "
                    f"tok; outbox {outbox_counts(url)}")
                progress.update()

            list(pool.map(deliver, held_back))
            close_usage_windows(url, 60, datetime.now(UTC) + timedelta(minutes=1), outbox)
            log("day: replayed; draining the outbox ...")
            deadline = time.monotonic() + 600
            while outbox_counts(url).get("pending") and time.monotonic() < deadline:
                time.sleep(0.5)
        seconds = time.perf_counter() - started

        state = stripe.state()
        stripe_input = sum(state["totals"].get(settings.stripe_input_event_name, {}).values())
        stripe_output = sum(state["totals"].get(settings.stripe_output_event_name, {}).values())
        ledger_input, ledger_output = ledger.totals()
        with session_scope(url) as session:
            reported_input, reported_output = (
                int(session.scalar(select(func.coalesce(func.sum(OutboxEvent.value), 0)).where(
                    OutboxEvent.status == REPORTED, OutboxEvent.meter == meter)))
                for meter in ("input", "output"))
            counts["ledger rows"] = session.scalar(select(func.count()).select_from(UsageRecord))
            counts["windows"] = session.scalar(select(func.count()).select_from(MeterWindow))
        summaries = reconcile(url, settings, day_start - timedelta(hours=1), datetime.now(UTC))
        summary_input = sum(line.stripe for line in summaries.lines if line.meter == "input")
        summary_output = sum(line.stripe for line in summaries.lines if line.meter == "output")
        counts.update({f"outbox {status}": n for status, n in outbox_counts(url).items()})
        counts["reconcile: unexplained tokens"] = summaries.unexplained
    stripe.stop()

    stats = state["stats"]
    totals = [
        ("generated (billable, per request)", generated_input, generated_output),
        ("usage ledger", ledger_input, ledger_output),
        ("outbox, reported", reported_input, reported_output),
        ("local Stripe server, events stored", stripe_input, stripe_output),
        ("Stripe meter event summaries", summary_input, summary_output),
    ]
    faults = [
        ("requests replayed", f"{len(plan):,}"),
        ("replay wall time", f"{seconds:,.0f} s"),
        ("  cancelled / content_filter (billed what was generated)",
         f"{sum(r.outcome == 'cancelled' for r in plan):,} / {sum(r.outcome == 'content_filter' for r in plan):,}"),
        ("  worker died: closed with the tokens streamed, redelivered report ignored",
         f"{sum(r.outcome == 'error' for r in plan):,}"),
        *((name, f"{counts[name]:,}") for name in (
            "usage deliveries", "duplicate deliveries at once", "duplicate deliveries an hour later",
            "late first writes", "ledger rows written", "ledger rows", "windows",
            "reporter killed mid-batch: events it held", "reporter killed mid-batch: of which Stripe had")),
        *((name, f"{value:,}") for name, value in counts.items() if name.startswith("outbox ")),
        ("reconcile: unexplained tokens", f"{counts['reconcile: unexplained tokens']:,}"),
        ("Stripe: events accepted", f"{stats.get('accepted', 0):,}"),
        ("Stripe: injected 500s", f"{stats.get('error', 0):,}"),
        ("Stripe: injected 429s", f"{stats.get('rate_limit', 0):,}"),
        ("Stripe: injected timeouts (event stored)", f"{stats.get('timeout', 0):,}"),
        ("Stripe: injected lost answers (event stored)", f"{stats.get('lost_response', 0):,}"),
        (f"Stripe: requests refused during the outage (hours {OUTAGE_HOURS[0]}-{OUTAGE_HOURS[-1] + 1})",
         f"{stats.get('outage', 0):,}"),
        ("Stripe: resends refused as duplicate identifiers", f"{stats.get('duplicates_refused', 0):,}"),
    ]
    return totals, faults, (ledger_input + ledger_output) - (stripe_input + stripe_output)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tokens", type=float, default=1e9, help="tokens in the compressed day")
    parser.add_argument("--ingest-records", type=int, default=20_000)
    parser.add_argument("--processes", type=int, default=4, help="recording processes in the parallel ingest")
    args = parser.parse_args()

    ingest = bench_ingest(args.ingest_records, args.processes)
    totals, faults, difference = bench_day(int(args.tokens))

    print("\nLedger ingest, PostgreSQL on this machine")
    print(table([(name, f"{n:,}", f"{s:.1f}", f"{n / s:,.0f}") for name, n, s in ingest],
                ("path", "records", "seconds", "records/s")))
    print(f"\nA day compressed: {int(args.tokens):,}+ tokens, faults injected")
    print(table([(name, f"{i:,}", f"{o:,}", f"{i + o:,}") for name, i, o in totals],
                ("tokens", "input", "output", "total")))
    print()
    print(table(faults, ("what happened", "count")))
    print(f"ledger/stripe token difference: {difference}")
    return 0 if difference == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
