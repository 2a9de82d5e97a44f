"""Stream relay benchmark: how many token streams one gateway process relays, and what the plumbing adds to
the time to first token.

    python bench/streams.py                                   # both parts, N = 100, 500, 1000, 2000
    python bench/streams.py --streams 100,500 --seconds 8     # relay capacity at fewer points
    python bench/streams.py --skip-capacity --requests 300    # plumbing TTFT only

Relay capacity: a private Redis, one gateway process (``sluice web``: gunicorn, one gevent worker), and
two more processes: a synthetic publisher that sends each of N streams 20 tokens/s through
workers/publisher.StreamPublisher (the generation worker's own publisher: each tick's events of every
stream in one Redis call that appends to the replay logs and publishes), and a client that reads all N
native SSE streams (GET /v1/streams/<id>) in one epoll loop over raw sockets.
Each token carries the wall time at which the publisher was handed it; the client records the delay to
its receipt. Per N: p50/p99/max delay, events received (and any gap, duplicate or reordering), and the
CPU of the gateway worker, the client and the publisher (all share this machine's cores).

Plumbing TTFT: the real gateway, the real Celery safety worker (the configured prompt check) and a
generation worker whose engine answers at once (``InstantEngine`` below, used only by this benchmark: it
returns one token per request without running a model). Sequential streamed chat completions with
max_tokens=1; the time from sending the POST to receiving the first content chunk is everything Sluice
adds around the engine. Measured with the default safety policy (what a user gets) and with the
rules-only policy (the plumbing alone, without the classifier's few milliseconds).

It prints a table per part, writes bench/results/streams.json and bench/results/streams.png, and ends
with ``plumbing ttft p50/p99 ms: X / Y`` (the default policy's figures).
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import random
import re
import secrets
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import tomllib
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from sluice.settings import Settings  # noqa: E402

RESULTS = REPO / "bench" / "results"
TOKENS_PER_SECOND = 20
MODEL = "SmolLM2-135M-Instruct"


def say(message: str) -> None:
    print(f"[streams] {message}", flush=True)


def pct(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q / 100 * (len(ordered) - 1))))]


# -- the processes ------------------------------------------------------------------------------------------


def free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Stack:
    """A private Redis plus whichever Sluice processes a part needs, all stopped on close."""

    def __init__(self, workdir: Path, model_path: Path) -> None:
        from cli.launcher import redis_server_binary

        self.workdir = workdir
        self.processes: dict[str, subprocess.Popen] = {}
        port = free_port()
        self.redis_url = f"redis://127.0.0.1:{port}/0"
        self.processes["redis"] = subprocess.Popen(
            [redis_server_binary(), "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
             "--dir", str(workdir)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        self.port = free_port()
        self.base_url = f"http://127.0.0.1:{self.port}"
        self.key = "sk-sluice-bench-" + secrets.token_hex(16)
        self.env = {
            **os.environ,
            "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}",
            "PYTHONUNBUFFERED": "1",
            "HF_HUB_OFFLINE": "1",
            "SLUICE_DATA_DIR": str(workdir / "data"),
            "SLUICE_MODEL": str(model_path),
            "SLUICE_MODEL_NAME": MODEL,
            "SLUICE_REDIS_URL": self.redis_url,
            "SLUICE_DATABASE_URL": f"sqlite:///{workdir / 'sluice.db'}",
            "SLUICE_PORT": str(self.port),
            "SLUICE_DEV_API_KEY": self.key,
            "SLUICE_WORKER_HEARTBEAT_SECONDS": "1",
            # The benchmark's own customer is not to be rate limited (0: no limit).
            "SLUICE_LIMIT_REQUESTS_PER_MINUTE": "0",
            "SLUICE_LIMIT_TOKENS_PER_MINUTE": "0",
        }
        self._wait(lambda: self.redis().ping(), "redis-server")

    def redis(self):
        import redis

        return redis.Redis.from_url(self.redis_url)

    def start(self, name: str, argv: list[str], **env: str) -> subprocess.Popen:
        log = open(self.workdir / f"{name}.log", "w")  # noqa: SIM115  (closed with the process)
        self.processes[name] = subprocess.Popen(argv, env={**self.env, **env}, stdout=log, stderr=subprocess.STDOUT,
                                                cwd=REPO, start_new_session=True)
        return self.processes[name]

    def sluice(self) -> str:
        return shutil.which("sluice", path=self.env["PATH"]) or str(Path(sys.executable).parent / "sluice")

    def start_gateway(self) -> None:
        subprocess.run([self.sluice(), "dev-key"], env=self.env, check=True, capture_output=True, cwd=REPO)
        self.start("web", [self.sluice(), "web"])

        def answers() -> bool:
            import requests

            self.check_alive("web")
            try:
                return requests.get(f"{self.base_url}/healthz", timeout=2).status_code == 200
            except requests.RequestException:
                return False

        self._wait(answers, "the gateway", 300)

    def gateway_worker_pid(self) -> int:
        """The gunicorn worker (the process that relays; its master only supervises)."""
        import psutil

        children = psutil.Process(self.processes["web"].pid).children()
        if len(children) != 1:
            raise RuntimeError(f"expected one gunicorn worker, found {len(children)}")
        return children[0].pid

    def wait_for_generation_worker(self) -> None:
        client = self.redis()

        def live() -> bool:
            self.check_alive("gpu", "safety")
            return client.zcount(f"sluice:workers:{MODEL}", time.time(), "+inf") > 0

        self._wait(live, "the generation worker", 300)

    def check_alive(self, *names: str) -> None:
        for name in names:
            if self.processes[name].poll() is not None:
                raise RuntimeError(f"{name} exited: {(self.workdir / f'{name}.log').read_text()[-3000:]}")

    def _wait(self, predicate, what: str, timeout: float = 30) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                if predicate():
                    return
            except Exception as exc:  # noqa: BLE001  (not up yet)
                if isinstance(exc, RuntimeError):
                    raise
            time.sleep(0.2)
        raise TimeoutError(f"{what} did not come up within {timeout}s")

    def close(self) -> None:
        for process in reversed(list(self.processes.values())):
            if process.poll() is None:
                process.send_signal(signal.SIGTERM)
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()


# -- part 1: relay capacity ---------------------------------------------------------------------------------


def create_streams(stack: Stack, count: int) -> list[tuple[str, str]]:
    """``count`` request ids with their stream tokens, recorded the way the gateway records a submission."""
    from sluice.streams import events

    client = stack.redis()
    pipe = client.pipeline(transaction=False)
    streams = []
    for _ in range(count):
        rid, token = events.new_request_id("bench"), secrets.token_urlsafe(16)
        pipe.hset(events.request_meta_key(rid), mapping={
            "customer_id": 0, "api_key_id": 0, "model": MODEL, "created": int(time.time()), "stream_token": token})
        pipe.expire(events.request_meta_key(rid), 600)
        streams.append((rid, token))
    pipe.execute()
    return streams


def run_publisher(redis_url: str, ids: list[str], seconds: float, start_at: float) -> None:
    """Each stream gets a token every 1/20 s (phases spread evenly) for ``seconds``, then ``done``."""
    import redis

    from sluice.heap import freeze_startup_heap
    from sluice.streams import events
    from sluice.streams.events import StreamEvent
    from sluice.streams.publisher import StreamPublisher

    publisher = StreamPublisher(redis.Redis.from_url(redis_url), replay_ttl_seconds=600, replay_max_events=2000)
    period = 1.0 / TOKENS_PER_SECOND
    slots = 50  # one slot per millisecond of the 50 ms period
    by_slot: list[list[str]] = [[] for _ in range(slots)]
    for i, rid in enumerate(random.Random(0).sample(ids, len(ids))):
        by_slot[i % slots].append(rid)
    seq = dict.fromkeys(ids, 0)
    freeze_startup_heap("publisher")  # as a generation worker does once it is ready
    time.sleep(max(0.0, start_at - time.time()))
    began = time.monotonic()
    tick = 0
    while True:
        due = began + tick * period / slots
        now = time.monotonic()
        if due > now:
            time.sleep(due - now)
        if due - began >= seconds:
            break
        for rid in by_slot[tick % slots]:
            seq[rid] += 1
            publisher.publish(StreamEvent(rid, seq[rid], events.TOKEN, {"text": " tok", "t": time.time()}))
        tick += 1
    for rid in ids:
        seq[rid] += 1
        publisher.publish(StreamEvent(rid, seq[rid], events.DONE, {"finish_reason": "length"}))
    publisher.publish_and_wait(StreamEvent(ids[0], 10**9, events.TOKEN, {"text": ""}))  # flush marker
    publisher.close()
    print(json.dumps({"published": sum(seq.values()), "dropped": publisher.events_dropped}), flush=True)


_T = re.compile(rb'"t": ?([0-9.]+)')


class _Connection:
    """One stream's HTTP/1.1 connection: its request, then a chunked SSE body decoded as it arrives."""

    __slots__ = ("rid", "sock", "raw", "sse", "headers_done", "expected", "done")

    def __init__(self, rid: str, sock) -> None:
        self.rid, self.sock = rid, sock
        self.raw = b""  # received bytes not yet de-chunked
        self.sse = b""  # de-chunked SSE text not yet split into events
        self.headers_done = False
        self.expected = 1
        self.done = False

    def feed(self, data: bytes) -> list[bytes]:
        """The complete SSE events in ``data`` (with what came before). Raises ValueError on a bad response."""
        raw = self.raw + data
        if not self.headers_done:
            end = raw.find(b"\r\n\r\n")
            if end < 0:
                self.raw = raw
                return []
            if not raw.startswith(b"HTTP/1.1 200"):
                raise ValueError(raw[:raw.find(b"\r\n")].decode(errors="replace"))
            self.headers_done = True
            raw = raw[end + 4:]
        pos, sse = 0, [self.sse]
        while True:
            line_end = raw.find(b"\r\n", pos)
            if line_end < 0:
                break
            size = int(raw[pos:line_end], 16)
            if size == 0:
                self.done = True
                break
            if len(raw) < line_end + 2 + size + 2:
                break
            sse.append(raw[line_end + 2:line_end + 2 + size])
            pos = line_end + 2 + size + 2
        self.raw = raw[pos:]
        *complete, self.sse = b"".join(sse).split(b"\n\n")
        return complete


def read_streams(base_url: str, streams: list[tuple[str, str]], out: Path, warmup: float) -> None:
    """Read every stream to its ``done``; record each token's delay after ``warmup`` seconds of tokens.

    One epoll loop over raw sockets: an asyncio + aiohttp client took 57 % of a core at 1,000 streams (the
    gateway 63 %), on the same two cores, so it could not show what the gateway can do at 2,000 streams.
    """
    import select
    import socket
    from urllib.parse import urlsplit

    url = urlsplit(base_url)
    delays: list[float] = []
    problems: list[str] = []
    received = 0
    connected = 0  # streams whose response headers arrived: the gateway relays them from now on
    first_token_at = 0.0
    poller = select.epoll()
    open_streams: dict[int, _Connection] = {}
    for rid, token in streams:
        sock = socket.create_connection((url.hostname, url.port))
        sock.sendall(f"GET /v1/streams/{rid}?token={token} HTTP/1.1\r\nHost: {url.netloc}\r\n"
                     f"Accept: text/event-stream\r\n\r\n".encode())
        sock.setblocking(False)
        open_streams[sock.fileno()] = _Connection(rid, sock)
        poller.register(sock.fileno(), select.EPOLLIN)

    def close(conn: _Connection) -> None:
        poller.unregister(conn.sock.fileno())
        del open_streams[conn.sock.fileno()]
        conn.sock.close()

    report_at = time.monotonic()
    idle_since = time.monotonic()
    while open_streams:
        ready = poller.poll(1.0)
        now = time.time()
        if not ready and time.monotonic() - idle_since > 60:
            problems += [f"{c.rid}: no event for 60 s" for c in open_streams.values()]
            break
        if ready:
            idle_since = time.monotonic()
        for fd, _ in ready:
            conn = open_streams[fd]
            try:
                data = conn.sock.recv(65536)
                if not data:
                    raise ValueError("the gateway closed the connection before done")
                was_connected = conn.headers_done
                events = conn.feed(data)
                connected += conn.headers_done and not was_connected
            except (OSError, ValueError) as exc:
                problems.append(f"{conn.rid}: {exc}")
                close(conn)
                continue
            for raw in events:
                if not raw.startswith(b"event:"):
                    continue  # the retry: line, or a heartbeat comment
                seq = int(raw[raw.rindex(b"\nid:") + 4:])
                if seq != conn.expected:
                    problems.append(f"{conn.rid}: got event {seq}, expected {conn.expected}")
                conn.expected = seq + 1
                if raw.startswith(b"event:done"):
                    conn.done = True
                    break
                received += 1
                if not first_token_at:
                    first_token_at = now
                if now - first_token_at >= warmup:
                    delays.append(now - float(_T.search(raw).group(1)))
            if conn.done:
                close(conn)
        if time.monotonic() >= report_at:
            report_at += 0.5
            print(json.dumps({"progress": {"connected": connected, "received": received}}), flush=True)
    out.write_text(json.dumps({"delays": delays, "received": received, "problems": problems[:20],
                               "problem_count": len(problems)}))


def cpu_seconds(pid: int) -> float:
    import psutil

    times = psutil.Process(pid).cpu_times()
    return times.user + times.system


def process_tree_cpu(stack: Stack) -> dict[str, float]:
    """CPU seconds so far of each process the stack started, its children (gunicorn's workers, the
    classifier's process) included."""
    import psutil

    used = {}
    for name, process in stack.processes.items():
        try:
            root = psutil.Process(process.pid)
            used[name] = sum(cpu_seconds(p.pid) for p in [root, *root.children(recursive=True)])
        except psutil.NoSuchProcess:
            continue
    return used


def capacity_point(stack: Stack, count: int, seconds: float, warmup: float) -> dict:
    import psutil

    streams = create_streams(stack, count)
    ids_file = stack.workdir / f"ids-{count}.json"
    ids_file.write_text(json.dumps(streams))
    out = stack.workdir / f"client-{count}.json"
    client = subprocess.Popen([sys.executable, __file__, "--role", "client", "--base-url", stack.base_url,
                               "--ids", str(ids_file), "--out", str(out), "--warmup", str(warmup)],
                              stdout=subprocess.PIPE, text=True, cwd=REPO)
    progress = {"connected": 0, "received": 0}

    def follow() -> None:
        for line in client.stdout:
            progress.update(json.loads(line).get("progress", {}))

    threading.Thread(target=follow, daemon=True).start()
    deadline = time.monotonic() + 60
    redis_client = stack.redis()

    def subscribed() -> int:  # the gateway's live channels: a stream not yet subscribed would start from its log
        return len(redis_client.pubsub_channels("sluice:live:*"))

    while (progress["connected"] < count or subscribed() < count) and time.monotonic() < deadline:
        time.sleep(0.2)
    say(f"N={count}: {progress['connected']} streams open, {subscribed()} subscribed; publishing {TOKENS_PER_SECOND} tokens/s each "
        f"for {seconds:.0f}s")
    start_at = time.time() + 1.0
    publisher = subprocess.Popen([sys.executable, __file__, "--role", "publisher", "--redis-url", stack.redis_url,
                                  "--ids", str(ids_file), "--seconds", str(seconds), "--start-at", str(start_at)],
                                 stdout=subprocess.PIPE, text=True, cwd=REPO)
    gateway = stack.gateway_worker_pid()
    time.sleep(max(0.0, start_at + warmup - time.time()))
    window_start = time.monotonic()
    cpu_before = {pid: cpu_seconds(pid) for pid in (gateway, client.pid, publisher.pid)}
    load_before = psutil.cpu_times()
    while time.monotonic() - window_start < seconds - warmup:
        time.sleep(min(2.0, seconds - warmup - (time.monotonic() - window_start)))
        say(f"N={count}: {time.monotonic() - window_start + warmup:4.1f}/{seconds:.0f}s, "
            f"{progress['received']:,} tokens received")
    window = time.monotonic() - window_start
    cpu = {pid: 100 * (cpu_seconds(pid) - before) / window for pid, before in cpu_before.items()}
    load_after = psutil.cpu_times()
    busy = sum(getattr(load_after, f) - getattr(load_before, f) for f in ("user", "system", "nice", "irq", "softirq"))
    published = json.loads(publisher.communicate(timeout=120)[0].strip().splitlines()[-1])
    client.wait(timeout=120)
    result = json.loads(out.read_text())
    delays = [d * 1000 for d in result["delays"]]
    return {
        "streams": count,
        "tokens_per_s": count * TOKENS_PER_SECOND,
        "p50_ms": pct(delays, 50), "p99_ms": pct(delays, 99), "max_ms": max(delays, default=float("nan")),
        "measured_tokens": len(delays),
        "received": result["received"], "published": published["published"] - count,
        "problems": result["problem_count"], "problem_examples": result["problems"][:3],
        "gateway_cpu": cpu[gateway], "client_cpu": cpu[client.pid], "publisher_cpu": cpu[publisher.pid],
        "machine_cpu": 100 * busy / window / (os.cpu_count() or 1),
    }


def relay_capacity(args, model_path: Path) -> list[dict]:
    rows = []
    with tempfile.TemporaryDirectory(prefix="sluice-bench-streams-") as tmp:
        stack = Stack(Path(tmp), model_path)
        try:
            say("starting the gateway (gunicorn, one gevent worker) on a private Redis")
            stack.start_gateway()
            for count in args.streams:
                row = capacity_point(stack, count, args.seconds, args.warmup)
                rows.append(row)
                say(f"N={count}: p50 {row['p50_ms']:.1f} ms, p99 {row['p99_ms']:.1f} ms, "
                    f"gateway CPU {row['gateway_cpu']:.0f}%, problems {row['problems']}")
        finally:
            stack.close()
    print()
    print(f"relay capacity: one gateway process, {TOKENS_PER_SECOND} tokens/s per stream, "
          f"{os.cpu_count()} cores shared by gateway, client, publisher and Redis")
    header = (f"{'streams':>8} {'tokens/s':>9} {'p50 ms':>8} {'p99 ms':>8} {'max ms':>8} {'received':>10} "
              f"{'gaps/dups':>9} {'gateway CPU':>11} {'client CPU':>10} {'publisher CPU':>13} {'machine':>8}")
    print(header)
    print("-" * len(header))
    for r in rows:
        print(f"{r['streams']:>8} {r['tokens_per_s']:>9,} {r['p50_ms']:>8.1f} {r['p99_ms']:>8.1f} {r['max_ms']:>8.1f} "
              f"{r['received']:>10,} {r['problems']:>9} {r['gateway_cpu']:>10.0f}% {r['client_cpu']:>9.0f}% "
              f"{r['publisher_cpu']:>12.0f}% {r['machine_cpu']:>7.0f}%")
    print()
    return rows


# -- part 2: plumbing TTFT ----------------------------------------------------------------------------------


def run_echo_worker() -> int:
    """A real generation worker (Celery, runtime, publisher, stream check) whose engine answers at once."""
    from collections.abc import Iterator

    from transformers import AutoTokenizer

    from cli.main import serve_generation
    from sluice.settings import get_settings
    from workers.engine import Engine, EngineStats, RequestOutputs
    from workers.request import EngineOutput, GenerationRequest

    token_id = AutoTokenizer.from_pretrained(get_settings().model_path).encode(" Hello")[0]

    class InstantEngine(Engine):
        """Answers every request at once with one token: no model runs (benchmark only)."""

        def __init__(self) -> None:
            self.outputs = RequestOutputs()
            self.finished = 0

        def start(self) -> None:
            pass

        def submit(self, request: GenerationRequest, inbox=None) -> None:
            self.outputs.open(request.request_id, inbox)
            self.finished += 1
            self.outputs.put(EngineOutput(request.request_id, [token_id], "length"))

        def stream(self, request: GenerationRequest, poll_timeout: float = 1.0) -> Iterator[EngineOutput]:
            return self.outputs.follow(request.request_id, poll_timeout=poll_timeout, alive=lambda: True, dead="",
                                       abort=self.abort)

        def abort(self, request_id: str) -> None:
            pass

        def stats(self) -> EngineStats:
            return EngineStats(0, 0, None, self.finished, self.finished)

        def shutdown(self) -> None:
            pass

        @property
        def eos_token_ids(self) -> set[int]:
            return set()

    return serve_generation(get_settings(), engine_factory=lambda settings, max_model_len: InstantEngine())


def rules_only_policy(workdir: Path) -> Path:
    packaged = (REPO / "safety" / "policy.toml").read_text()
    policy, changed = re.subn(r"(\[classifiers\.embedding\]\s*\nenabled\s*=\s*)true", r"\1false", packaged)
    if changed != 1 or tomllib.loads(policy)["classifiers"]["embedding"]["enabled"]:
        raise RuntimeError("could not switch the embedding classifier off in safety/policy.toml")
    path = workdir / "rules-only.toml"
    path.write_text(policy)
    return path


_GUESTS = itertools.count(1)


def first_token_times(stack: Stack, count: int, label: str) -> list[float]:
    """Seconds from sending each POST to reading its first content chunk, one request at a time."""
    import http.client

    def body() -> str:  # a new prompt each time: no prompt check is answered from a remembered verdict
        return json.dumps({"model": MODEL, "messages": [{"role": "user", "content": f"Say hello to guest "
                           f"{next(_GUESTS)}, who has just arrived"}], "max_tokens": 1, "temperature": 0,
                           "stream": True})

    headers = {"Authorization": f"Bearer {stack.key}", "Content-Type": "application/json"}
    connection = http.client.HTTPConnection("127.0.0.1", stack.port, timeout=30)
    times = []
    for i in range(count):
        started = time.perf_counter()
        connection.request("POST", "/v1/chat/completions", body=body(), headers=headers)
        response = connection.getresponse()
        if response.status != 200:
            raise RuntimeError(f"HTTP {response.status}: {response.read()[:300]!r}")
        first, lines = None, []
        while line := response.readline():
            lines.append(line)
            if first is None and b'"content":"' in line and b'"content":""' not in line:
                first = time.perf_counter() - started
        if first is None:
            raise RuntimeError(f"a stream ended without a content chunk: {b''.join(lines[-4:])!r}")
        times.append(first)
        if (i + 1) % 50 == 0:
            say(f"{label}: {i + 1}/{count} requests, p50 so far {pct(times, 50) * 1000:.1f} ms")
    connection.close()
    return times


def plumbing_ttft(args, model_path: Path) -> dict[str, list[float]]:
    results = {}
    for label, policy in (("default safety policy", None), ("rules-only prompt check", "rules")):
        with tempfile.TemporaryDirectory(prefix="sluice-bench-ttft-") as tmp:
            stack = Stack(Path(tmp), model_path)
            if policy == "rules":
                stack.env["SLUICE_SAFETY_POLICY"] = str(rules_only_policy(Path(tmp)))
            try:
                say(f"{label}: starting gateway, safety worker and instant-engine worker")
                stack.start_gateway()
                stack.start("safety", [stack.sluice(), "worker", "safety"])
                stack.start("gpu", [sys.executable, __file__, "--role", "echo-worker"])
                stack.wait_for_generation_worker()
                first_token_times(stack, args.warmup_requests, f"{label} (warm-up)")
                results[label] = first_token_times(stack, args.requests, label)
            finally:
                stack.close()
    print()
    print("plumbing share of TTFT: POST to first content chunk, engine answers at once, real gateway, Celery "
          "(safety + generation workers) and Redis, one request at a time")
    header = f"{'configuration':<26} {'requests':>8} {'p50 ms':>8} {'p90 ms':>8} {'p99 ms':>8} {'max ms':>8}"
    print(header)
    print("-" * len(header))
    for label, times in results.items():
        ms = [t * 1000 for t in times]
        print(f"{label:<26} {len(ms):>8} {pct(ms, 50):>8.1f} {pct(ms, 90):>8.1f} {pct(ms, 99):>8.1f} {max(ms):>8.1f}")
    print()
    return results


def burst_first_tokens(stack: Stack, count: int) -> tuple[list[float], float]:
    """``count`` streamed chat completions sent at the same moment, each on its own connection: the seconds
    from the common start to the first content chunk of each one that had one (the others are reported),
    and the seconds until the last one ended."""
    import http.client

    headers = {"Authorization": f"Bearer {stack.key}", "Content-Type": "application/json"}
    bodies = [json.dumps({"model": MODEL, "messages": [{"role": "user", "content": f"Say hello to guest "
                          f"{next(_GUESTS)}, who has just arrived"}], "max_tokens": 1, "temperature": 0,
                          "stream": True}) for _ in range(count)]
    connections = [http.client.HTTPConnection("127.0.0.1", stack.port, timeout=120) for _ in range(count)]
    for connection in connections:
        connection.connect()
    times: list[float | None] = [None] * count
    endings: list[str | None] = [None] * count
    start = threading.Barrier(count + 1)
    began = 0.0

    def one(i: int) -> None:
        start.wait()
        connections[i].request("POST", "/v1/chat/completions", body=bodies[i], headers=headers)
        response = connections[i].getresponse()
        if response.status != 200:
            raise RuntimeError(f"HTTP {response.status}: {response.read()[:300]!r}")
        while line := response.readline():
            if times[i] is None and b'"content":"' in line and b'"content":""' not in line:
                times[i] = time.perf_counter() - began
            if b'"finish_reason":"' in line:
                endings[i] = line.split(b'"finish_reason":"', 1)[1].split(b'"', 1)[0].decode()

    threads = [threading.Thread(target=one, args=(i,)) for i in range(count)]
    for thread in threads:
        thread.start()
    began = time.perf_counter()
    start.wait()
    for thread in threads:
        thread.join()
    wall = time.perf_counter() - began
    for connection in connections:
        connection.close()
    silent = [endings[i] for i, t in enumerate(times) if t is None]
    if silent:
        say(f"{len(silent)} of {count} streams ended without a content chunk (finish reasons: {silent})")
    return [t for t in times if t is not None], wall


def admission_rate(args, model_path: Path) -> list[dict]:
    """Requests/s the plumbing admits in a burst (engine answers at once), per gateway x safety processes."""
    rows = []
    for shape in args.admission.split(","):
        gateways, safeties = (int(n) for n in shape.split("x"))
        with tempfile.TemporaryDirectory(prefix="sluice-bench-burst-") as tmp:
            stack = Stack(Path(tmp), model_path)
            stack.env["SLUICE_GATEWAY_WORKERS"] = str(gateways)
            stack.env["SLUICE_MAX_NUM_SEQS"] = str(max(args.burst, 8))
            if args.admission_policy == "rules-only":
                stack.env["SLUICE_SAFETY_POLICY"] = str(rules_only_policy(Path(tmp)))
            try:
                say(f"admission {shape}: {gateways} gateway process(es), {safeties} safety worker(s)")
                stack.start_gateway()
                for i in range(safeties):
                    stack.start(f"safety{i}", [stack.sluice(), "worker", "safety"])
                stack.processes["safety"] = stack.processes["safety0"]
                stack.start("gpu", [sys.executable, __file__, "--role", "echo-worker"])
                stack.wait_for_generation_worker()
                first_token_times(stack, args.warmup_requests, f"admission {shape} (warm-up)")
                before = process_tree_cpu(stack)
                bursts = [burst_first_tokens(stack, args.burst) for _ in range(args.bursts)]
                used = {name: cpu - before.get(name, 0.0) for name, cpu in process_tree_cpu(stack).items()}
            finally:
                stack.close()
            checks = []
            for i in range(safeties):
                log = (Path(tmp) / f"safety{i}.log").read_text()
                checks += [float(t) for t in re.findall(r"check_prompt\[[^\]]+\] succeeded in ([0-9.]+)s", log)]
        ttft = [t * 1000 for times, _ in bursts for t in times]
        rate = sum(len(times) for times, _ in bursts) / sum(wall for _, wall in bursts)
        served = sum(len(times) for times, _ in bursts)
        say(f"admission {shape}: CPU ms per request: " + ", ".join(
            f"{name} {seconds * 1000 / served:.1f}" for name, seconds in sorted(used.items())))
        rows.append({"shape": shape, "burst": args.burst, "bursts": args.bursts, "requests_per_s": rate,
                     "cpu_ms_per_request": {name: seconds * 1000 / served for name, seconds in used.items()},
                     "ttft_p50_ms": pct(ttft, 50), "ttft_p99_ms": pct(ttft, 99),
                     "prompt_check_p50_ms": pct(checks, 50) * 1000, "prompt_check_p99_ms": pct(checks, 99) * 1000})
    print()
    print(f"admission: bursts of {args.burst} streamed requests (max_tokens 1, engine answers at once), "
          f"{args.admission_policy} safety policy")
    header = (f"{'gateway x safety':<17} {'req/s':>7} {'TTFT p50 ms':>12} {'TTFT p99 ms':>12} "
              f"{'check p50 ms':>13} {'check p99 ms':>13}")
    print(header)
    print("-" * len(header))
    for r in rows:
        print(f"{r['shape']:<17} {r['requests_per_s']:>7.1f} {r['ttft_p50_ms']:>12.1f} {r['ttft_p99_ms']:>12.1f} "
              f"{r['prompt_check_p50_ms']:>13.1f} {r['prompt_check_p99_ms']:>13.1f}")
    print()
    return rows


def plot(rows: list[dict], ttft: dict[str, list[float]]) -> Path | None:
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        return None
    figure, axes = plt.subplots(1, 2, figsize=(12, 4.5))
    if rows:
        n = [r["streams"] for r in rows]
        axes[0].plot(n, [r["p50_ms"] for r in rows], "o-", label="p50 delay")
        axes[0].plot(n, [r["p99_ms"] for r in rows], "o-", label="p99 delay")
        axes[0].axhline(50, color="grey", linestyle=":", label="p99 target")
        axes[0].set_xlabel(f"concurrent streams ({TOKENS_PER_SECOND} tokens/s each)")
        axes[0].set_ylabel("publish → client delay (ms)")
        axes[0].set_yscale("log")
        twin = axes[0].twinx()
        twin.plot(n, [r["gateway_cpu"] for r in rows], "s--", color="tab:red", label="gateway CPU %")
        twin.set_ylabel("gateway CPU (%)")
        axes[0].legend(loc="upper left")
        axes[0].set_title("relay capacity, one gateway process")
    for label, times in ttft.items():
        ms = sorted(t * 1000 for t in times)
        axes[1].plot(ms, [i / len(ms) for i in range(len(ms))], label=label)
    axes[1].axvline(10, color="grey", linestyle=":")
    axes[1].axvline(25, color="grey", linestyle="--")
    axes[1].set_xlabel("POST → first content chunk (ms)")
    axes[1].set_ylabel("fraction of requests")
    axes[1].set_title("plumbing TTFT (instant engine)")
    if ttft:
        axes[1].legend()
    figure.tight_layout()
    RESULTS.mkdir(parents=True, exist_ok=True)
    path = RESULTS / "streams.png"
    figure.savefig(path, dpi=110)
    return path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--streams", default="100,500,1000,2000", help="concurrent stream counts to measure")
    parser.add_argument("--seconds", type=float, default=10.0, help="publishing time per point")
    parser.add_argument("--warmup", type=float, default=2.0, help="seconds of each point left out of the figures")
    parser.add_argument("--requests", type=int, default=300, help="measured requests per TTFT configuration")
    parser.add_argument("--warmup-requests", type=int, default=30)
    parser.add_argument("--skip-capacity", action="store_true")
    parser.add_argument("--skip-ttft", action="store_true")
    parser.add_argument("--admission", default="",
                        help="admission bursts per GATEWAYSxSAFETY process counts, e.g. 1x1,2x2 (default: skipped)")
    parser.add_argument("--admission-policy", choices=["default", "rules-only"], default="default",
                        help="the admission bursts' safety policy (rules-only: the plumbing without the classifier, "
                             "as on a GPU host whose classifier runs on the GPU)")
    parser.add_argument("--burst", type=int, default=128, help="requests sent at once per admission burst")
    parser.add_argument("--bursts", type=int, default=3, help="bursts per admission configuration")
    # Internal: the processes this benchmark starts.
    parser.add_argument("--role", choices=["client", "publisher", "echo-worker"], help=argparse.SUPPRESS)
    parser.add_argument("--base-url", help=argparse.SUPPRESS)
    parser.add_argument("--redis-url", help=argparse.SUPPRESS)
    parser.add_argument("--ids", help=argparse.SUPPRESS)
    parser.add_argument("--out", help=argparse.SUPPRESS)
    parser.add_argument("--start-at", type=float, help=argparse.SUPPRESS)
    args = parser.parse_args()

    if args.role == "client":
        read_streams(args.base_url, [tuple(s) for s in json.loads(Path(args.ids).read_text())], Path(args.out),
                     args.warmup)
        return 0
    if args.role == "publisher":
        ids = [rid for rid, _ in json.loads(Path(args.ids).read_text())]
        run_publisher(args.redis_url, ids, args.seconds, args.start_at)
        return 0
    if args.role == "echo-worker":
        return run_echo_worker()

    from sluice.model_files import prepare_default_model

    args.streams = [int(n) for n in args.streams.split(",") if n]
    model_path = prepare_default_model(Settings(data_dir=REPO / ".sluice")).resolve()
    rows = [] if args.skip_capacity else relay_capacity(args, model_path)
    ttft = {} if args.skip_ttft else plumbing_ttft(args, model_path)
    admission = admission_rate(args, model_path) if args.admission else []
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "streams.json").write_text(json.dumps({
        "capacity": rows, "ttft_ms": {k: [t * 1000 for t in v] for k, v in ttft.items()}, "admission": admission},
        indent=1))
    path = plot(rows, ttft)
    if path:
        say(f"chart: {path.relative_to(REPO)}")
    if ttft:
        ms = [t * 1000 for t in ttft["default safety policy"]]
        print(f"plumbing ttft p50/p99 ms: {pct(ms, 50):.1f} / {pct(ms, 99):.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
