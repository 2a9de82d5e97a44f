"""The engine host of a generation worker with several front-ends (cli/engine_host.py): real front-end
processes (small Python programs that behave as a generation worker does on SIGTERM) around a stand-in for
vLLM's engine core, which needs a GPU."""

from __future__ import annotations

import json
import sys
import threading
import time
from pathlib import Path

import pytest

from cli.engine_host import METRICS_PORT_STEP, EngineHost, frontend_command
from sluice.settings import Settings
from workers.vllm_backend import FrontendClient

# A front-end: writes what it was given, then drains on SIGTERM (writes "drained", exits 0) or exits with the
# code in its file "exit" when that appears.
FRONTEND = """
import json, os, signal, sys, time
from pathlib import Path
folder = Path(sys.argv[1])
client = json.loads(os.environ["SLUICE_ENGINE_CLIENT"])
mine = folder / f"frontend-{client['index']}"
def drain(*_):
    time.sleep(0.2)
    mine.write_text("drained")
    sys.exit(0)
signal.signal(signal.SIGTERM, drain)
mine.write_text("running " + sys.argv[2])
while True:
    code = folder / f"exit-{client['index']}"
    if code.exists():
        sys.exit(int(code.read_text()))
    time.sleep(0.05)
"""


class StandInEngine:
    """Calls ``start_frontends`` as vLLM's launcher would while its core starts, and records when it was shut
    down and which front-ends were still running then."""

    def __init__(self, count: int) -> None:
        self.count = count
        self.alive = True
        self.running_at_shutdown: list[bool] | None = None
        self.host: EngineHost | None = None

    def start(self, start_frontends) -> None:
        start_frontends([FrontendClient(i, self.count, f"ipc:///tmp/in-{i}", f"ipc:///tmp/out-{i}", None)
                         for i in range(self.count)])

    def is_alive(self) -> bool:
        return self.alive

    def shutdown(self) -> None:
        self.running_at_shutdown = [process.poll() is None for process in self.host.frontends]


def _host(tmp_path: Path, count: int = 2) -> tuple[EngineHost, StandInEngine]:
    engine = StandInEngine(count)

    def command(frontend, metrics_port):
        argv, env = frontend_command(frontend, metrics_port)
        return [sys.executable, "-c", FRONTEND, str(tmp_path), argv[-1]], env

    host = EngineHost(engine, metrics_port=9101, drain_seconds=5, command=command)
    engine.host = host
    return host, engine


def _wait_for(predicate, timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.05)


def _run(host: EngineHost) -> tuple[threading.Thread, list[int]]:
    result: list[int] = []
    thread = threading.Thread(target=lambda: result.append(host.run(poll_seconds=0.05)))
    thread.start()
    return thread, result


def test_each_front_end_gets_its_part_and_its_own_metrics_port(tmp_path):
    host, _ = _host(tmp_path, count=3)
    thread, result = _run(host)
    _wait_for(lambda: all((tmp_path / f"frontend-{i}").exists() for i in range(3)))
    ports = [(tmp_path / f"frontend-{i}").read_text().split()[1] for i in range(3)]
    host.stop()
    thread.join(30)
    assert result == [0]
    assert ports == [str(9101 + METRICS_PORT_STEP * i) for i in range(3)]


def test_a_stop_drains_every_front_end_before_the_engine_stops(tmp_path):
    host, engine = _host(tmp_path)
    thread, result = _run(host)
    _wait_for(lambda: all((tmp_path / f"frontend-{i}").exists() for i in range(2)))
    host.stop()
    thread.join(30)
    assert result == [0]
    assert [(tmp_path / f"frontend-{i}").read_text() for i in range(2)] == ["drained", "drained"]
    assert engine.running_at_shutdown == [False, False]


def test_a_front_end_that_exits_stops_the_others_and_the_host_fails(tmp_path):
    host, engine = _host(tmp_path)
    thread, result = _run(host)
    _wait_for(lambda: all((tmp_path / f"frontend-{i}").exists() for i in range(2)))
    (tmp_path / "exit-1").write_text("3")
    thread.join(30)
    assert result == [1]
    assert host.frontends[1].returncode == 3
    assert (tmp_path / "frontend-0").read_text() == "drained"
    assert engine.running_at_shutdown == [False, False]


def test_an_engine_that_dies_stops_the_front_ends(tmp_path):
    host, engine = _host(tmp_path)
    thread, result = _run(host)
    _wait_for(lambda: all((tmp_path / f"frontend-{i}").exists() for i in range(2)))
    engine.alive = False
    thread.join(30)
    assert result == [1]
    assert [(tmp_path / f"frontend-{i}").read_text() for i in range(2)] == ["drained", "drained"]


def test_a_stop_before_the_engine_is_ready_starts_no_front_end(tmp_path):
    host, engine = _host(tmp_path)
    host.stop()
    assert host.run(poll_seconds=0.05) == 0
    assert host.frontends == []
    assert engine.running_at_shutdown == []


def test_a_front_end_reads_its_part_from_the_environment():
    client = FrontendClient(1, 4, "ipc:///tmp/a", "ipc:///tmp/b", "/tmp/tokenizer")
    _, env = frontend_command(client, 0)
    assert FrontendClient.from_json(env["SLUICE_ENGINE_CLIENT"]) == client
    assert json.loads(env["SLUICE_ENGINE_CLIENT"])["count"] == 4
    with pytest.raises(ValueError):
        FrontendClient.from_json(json.dumps({**json.loads(client.to_json()), "index": 4}))


def test_front_ends_share_the_engine_s_slots():
    one = Settings(engine="vllm", max_num_seqs=128, _env_file=None)
    four = Settings(engine="vllm", max_num_seqs=128, engine_frontends=4, _env_file=None)
    assert one.generation_threads == 160
    assert four.generation_threads == 40
    assert four.effective_batch_slots == 24
    # Shares round up: three front-ends of 160 take 54 each, never fewer than the engine's slots together.
    three = Settings(engine="vllm", max_num_seqs=128, engine_frontends=3, _env_file=None)
    assert (three.generation_threads, three.effective_batch_slots) == (54, 32)
    # The CPU engine has no shared engine: the setting means nothing there.
    cpu = Settings(engine="transformers", max_num_seqs=128, engine_frontends=4, _env_file=None)
    assert cpu.generation_threads == 160
