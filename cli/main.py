"""The ``sluice`` command, one for everything an operator does: prepare the model, start each process,
manage customers, keys and limits, report billing, watch the queues, train and try the safety check."""

from __future__ import annotations

import argparse
import logging
import os
import secrets
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from cli import tenants
from sluice.settings import Settings, get_settings

if TYPE_CHECKING:
    from workers.runtime import EngineFactory


def _say(message: str) -> None:
    sys.stderr.write(f"[sluice] {message}\n")  # one write: lines from two threads never interleave
    sys.stderr.flush()


def cmd_prepare_model(args: argparse.Namespace) -> int:
    from sluice.model_files import ModelPreparationError, prepare_default_model

    try:
        folder = prepare_default_model(get_settings())
    except ModelPreparationError as exc:
        _say(f"error: {exc}")
        return 1
    _say(f"model folder: {folder}")
    return 0


def cmd_dev_key(args: argparse.Namespace) -> int:
    from tenants.keys import ensure_dev_key

    print(ensure_dev_key(get_settings()))
    return 0


def cmd_web(args: argparse.Namespace) -> int:
    settings = get_settings()
    argv = [
        "gunicorn", "--worker-class", "gevent", "--workers", str(settings.gateway_workers),
        "--worker-connections", "4000", "--bind", f"{settings.host}:{settings.port}",
        "--graceful-timeout", "30", "--keep-alive", str(settings.gateway_keepalive_seconds),
        "--access-logfile", "-",
        # No query string (a stream's token travels in it) and no user name (a key sent as Basic auth).
        "--access-logformat", '%(h)s %(t)s "%(m)s %(U)s %(H)s" %(s)s %(B)s %(M)sms', "api.wsgi:app",
    ]
    os.execvp(argv[0], argv)
    return 1


def _serve_metrics(port: int, host: str) -> None:
    """This worker's Prometheus endpoint (http://host:port/metrics); a busy port is logged, not fatal."""
    if port <= 0:
        return
    from prometheus_client import start_http_server

    try:
        start_http_server(port, addr=host)
        _say(f"metrics at http://{host}:{port}/metrics")
    except OSError as exc:
        _say(f"warning: no metrics endpoint on {host}:{port}: {exc}")


def cmd_worker(args: argparse.Namespace) -> int:
    settings = get_settings()
    _log_to_stderr()
    metrics_port = settings.metrics_port if args.metrics_port is None else args.metrics_port
    if args.role == "gpu" and settings.frontends > 1 and not settings.engine_client:
        from cli.engine_host import serve_engine_host

        _say(f"starting the {settings.engine} engine for {settings.served_model_name} with "
             f"{settings.frontends} generation worker front-ends")
        return serve_engine_host(settings, metrics_port)
    _serve_metrics(metrics_port, settings.host)
    if args.role == "gpu":
        return serve_generation(settings)
    return serve_prompt_check(settings)


def serve_generation(settings: Settings, engine_factory: EngineFactory | None = None) -> int:
    """A generation worker: its parts built (the engine on ``engine_factory``, default the configured
    backend), then Celery consuming the model's queues with a thread per engine slot and per request that may
    wait in the engine's queue (``Settings.generation_threads``)."""
    from cli.assembly import build_generation_worker
    from sluice.queues import BATCH, INTERACTIVE
    from sluice.settings import generation_queue
    from tasks.celery_app import app, attach_generation
    from workers.runtime import create_engine

    _log_to_stderr()
    _generation_task_logs(settings.generation_task_logs)
    if settings.generation_switch_interval_ms > 0:
        # How long a thread that holds the interpreter keeps it from one that waits: Celery's consumer waits
        # for it after each of its Redis round trips while the stream loop computes.
        sys.setswitchinterval(settings.generation_switch_interval_ms / 1000)
    _say(f"loading the {settings.engine} engine for {settings.served_model_name} and the streaming safety check")
    attach_generation(build_generation_worker(settings, engine_factory or create_engine))
    # Listed in priority order: a free slot takes an interactive task before any batch task.
    queues = [generation_queue(settings.served_model_name, INTERACTIVE),
              generation_queue(settings.served_model_name, BATCH)]
    return _run_celery_worker(app, queues, settings.generation_threads, "gpu")


def serve_prompt_check(settings: Settings) -> int:
    """A safety worker: its classifiers loaded, then Celery consuming the prompt checks and billing."""
    from cli.assembly import build_prompt_check
    from sluice.queues import BILLING_QUEUE, SAFETY_BATCH_QUEUE, SAFETY_QUEUE
    from tasks.celery_app import app, attach_prompt_check

    _say("loading the safety classifiers")
    attach_prompt_check(build_prompt_check(settings))
    return _run_celery_worker(app, [SAFETY_QUEUE, BILLING_QUEUE, SAFETY_BATCH_QUEUE], settings.safety_worker_threads,
                              "safety")


CELERY_TASK_LOGGERS = ("celery.worker.strategy", "celery.app.trace")  # "received", "succeeded in"


def _generation_task_logs(keep: bool) -> None:
    """Whether a generation worker logs Celery's two lines per task (received, succeeded). The first is
    written by the consumer's thread, the one that hands tasks to the pool, and each write is one more wait
    for the interpreter there. A failed task is logged either way (at ERROR)."""
    for name in CELERY_TASK_LOGGERS:
        logging.getLogger(name).setLevel(logging.NOTSET if keep else logging.WARNING)


def _log_to_stderr() -> None:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")


def _run_celery_worker(app, queues: list[str], threads: int, role: str) -> int:
    app.worker_main(["worker", "-Q", ",".join(queues), "-P", "threads", "-c", str(threads),
                     "-n", f"{role}-{secrets.token_hex(3)}@%h", "--loglevel", "INFO", "--prefetch-multiplier", "1",
                     "--without-gossip", "--without-mingle"])
    return 0


def cmd_beat(args: argparse.Namespace) -> int:
    from tasks.celery_app import app

    settings = get_settings()
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    app.start(["beat", "--schedule", str(settings.data_dir / "celerybeat-schedule"), "--loglevel", "INFO"])
    return 0


def cmd_billing_report(args: argparse.Namespace) -> int:
    from billing.reporter import MeterReporter, outbox_counts
    from billing.windows import OutboxSettings, close_usage_windows

    settings = get_settings()
    url = settings.resolved_database_url
    windows = close_usage_windows(url, settings.billing_window_seconds, outbox=OutboxSettings.from_settings(settings))
    summary = MeterReporter(url, settings).report_due()
    print(f"windows closed: {windows}")
    print(f"meter events sent: {summary.sent}, already in Stripe: {summary.duplicates}, "
          f"to retry: {summary.retrying}, flagged for an operator: {summary.flagged}")
    if summary.stopped:
        print(f"stopped: {summary.stopped}")
    print("outbox: " + (", ".join(f"{status} {count}" for status, count in sorted(outbox_counts(url).items()))
                        or "empty"))
    return 0


def _moment(text: str) -> datetime:
    """Unix seconds or an ISO date/time (UTC unless it says otherwise)."""
    moment = datetime.fromtimestamp(float(text), UTC) if text.replace(".", "", 1).isdigit() \
        else datetime.fromisoformat(text)
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def cmd_billing_reconcile(args: argparse.Namespace) -> int:
    import stripe

    from billing.reconcile import reconcile

    settings = get_settings()
    if not settings.stripe_api_key:
        _say("ledger-only mode (no SLUICE_STRIPE_API_KEY): there is no Stripe side to compare with")
        return 2
    end = _moment(args.until) if args.until else datetime.now(UTC)
    start = _moment(args.since) if args.since else end - timedelta(days=settings.stripe_max_event_age_days)
    try:
        result = reconcile(settings.resolved_database_url, settings, start, end)
    except (LookupError, stripe.StripeError) as exc:
        _say(f"error: {exc}")
        return 2
    print(f"ledger and Stripe, {result.start.isoformat()} to {result.end.isoformat()}")
    print(result.table())
    differing = [line for line in result.lines if line.difference]
    print(f"{len(differing)} of {len(result.lines)} lines differ; unexplained tokens: {result.unexplained:,}")
    return 1 if result.unexplained else 0


def cmd_billing_link_customer(args: argparse.Namespace) -> int:
    from billing.customers import link_stripe_customer

    link_stripe_customer(get_settings().resolved_database_url, args.customer, args.stripe_customer_id)
    _say(f"customer {args.customer} is billed as Stripe customer {args.stripe_customer_id}")
    return 0


def cmd_queues(args: argparse.Namespace) -> int:
    import json
    import time

    import redis

    from sluice.queues import format_table, known_queues, queue_stats
    from sluice.redis_client import redis_from_url

    settings = get_settings()
    client = redis_from_url(settings.redis_url)
    while True:
        try:
            stats = queue_stats(client, known_queues(settings))
        except redis.RedisError as exc:
            _say(f"error: Redis at {settings.redis_url} does not answer: {exc}")
            return 1
        if args.json:
            print(json.dumps([s.__dict__ for s in stats]), flush=True)
        else:
            print(format_table(stats), flush=True)
        if not args.watch:
            return 0
        time.sleep(args.watch)
        print(flush=True)


def cmd_safety_train(args: argparse.Namespace) -> int:
    from safety.classifier import SafetyError
    from safety.policy import SafetyPolicy
    from safety.trained import classifier_options, load_or_train, ship

    settings = get_settings()
    try:
        policy = SafetyPolicy.load(settings.safety_policy)
        config = policy.classifiers.get("embedding")
        if config is None or not config.enabled:
            _say("the safety policy does not enable the embedding classifier: nothing to train")
            return 0
        classifier, report = load_or_train(settings.data_dir / "safety", **classifier_options(config.options),
                                           device=args.device)
    except SafetyError as exc:
        _say(f"error: {exc}")
        return 1
    state = "cached" if report.cached else f"trained on {report.examples} examples in {report.seconds:.1f}s"
    _say(f"safety classifier {state}: {report.path}")
    if args.ship:
        _say(f"shipped weights written: {ship(classifier, report)}")
    return 0


def cmd_safety_check(args: argparse.Namespace) -> int:
    import json

    from cli.assembly import build_moderator_for

    decision = build_moderator_for(get_settings()).check(args.text, args.stage, context=args.prompt)
    print(json.dumps({"stage": decision.stage, "action": decision.action, "categories": decision.categories,
                      "scores": {c: round(s, 3) for c, s in decision.scores.items()}}, indent=2))
    return 1 if decision.blocked else 0


def cmd_run(args: argparse.Namespace) -> int:
    from cli.launcher import run_all

    return run_all(Path(args.procfile))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="sluice", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("prepare-model", help="convert the packaged model once").set_defaults(func=cmd_prepare_model)
    sub.add_parser("dev-key", help="print (creating if needed) the development API key").set_defaults(
        func=cmd_dev_key)
    tenants.add_commands(sub)
    sub.add_parser("web", help="the HTTP gateway (gunicorn + gevent)").set_defaults(func=cmd_web)
    worker = sub.add_parser("worker", help="a Celery worker")
    worker.add_argument("role", choices=["gpu", "safety"])
    worker.add_argument("--metrics-port", type=int, default=None,
                        help="serve Prometheus metrics on this port (default SLUICE_METRICS_PORT; 0: none)")
    worker.set_defaults(func=cmd_worker)
    queues = sub.add_parser("queues", help="depth, consumers and oldest waiting age of every queue")
    queues.add_argument("--watch", type=float, default=0, metavar="SECONDS", help="print again every SECONDS")
    queues.add_argument("--json", action="store_true", help="one JSON list per print")
    queues.set_defaults(func=cmd_queues)
    sub.add_parser("beat", help="the Celery beat (billing windows)").set_defaults(func=cmd_beat)
    billing = sub.add_parser("billing", help="usage billing: report to Stripe, reconcile, link customers")
    billing_sub = billing.add_subparsers(dest="billing_command", required=True)
    billing_sub.add_parser("report", help="close ended windows and run one Stripe report pass").set_defaults(
        func=cmd_billing_report)
    reconcile = billing_sub.add_parser("reconcile", help="compare the ledger with Stripe's meter event summaries")
    reconcile.add_argument("--since", help="unix seconds or ISO date/time (default: the oldest Stripe accepts)")
    reconcile.add_argument("--until", help="unix seconds or ISO date/time (default: now)")
    reconcile.set_defaults(func=cmd_billing_reconcile)
    link = billing_sub.add_parser("link-customer", help="bill a customer as a Stripe customer (cus_...)")
    link.add_argument("customer")
    link.add_argument("stripe_customer_id")
    link.set_defaults(func=cmd_billing_link_customer)
    safety = sub.add_parser("safety", help="the safety classifiers: train the embedding classifier, check a text")
    safety_sub = safety.add_subparsers(dest="safety_command", required=True)
    train = safety_sub.add_parser("train", help="train the embedding classifier once (cached under SLUICE_DATA_DIR; "
                                  "the repository's shipped weights are used when they fit)")
    train.add_argument("--ship", action="store_true",
                       help="also write the trained classifier as the repository's shipped weights")
    train.add_argument("--device", default="cpu",
                       help="where fine-tuning runs when it must: cpu (default) or cuda (seconds on a GPU)")
    train.set_defaults(func=cmd_safety_train)
    check = safety_sub.add_parser("check", help="print the policy's decision on a text (exit 1 if blocked)")
    check.add_argument("text")
    check.add_argument("--stage", choices=["prompt", "output"], default="prompt")
    check.add_argument("--prompt", default=None, help="for --stage output: the prompt that produced the text")
    check.set_defaults(func=cmd_safety_check)
    run = sub.add_parser("run", help="everything: Redis if needed, model, dev key, every Procfile process")
    run.add_argument("--procfile", default="Procfile")
    run.set_defaults(func=cmd_run)
    args = parser.parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
