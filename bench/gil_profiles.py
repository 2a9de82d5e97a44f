"""GIL profiles of a running stack's Python processes over one stretch of time, with py-spy.

``bench/serve.py --profile`` records one per process for each of Sluice's load points: py-spy samples
each process 100 times a second and keeps the samples in which a thread holds the interpreter's lock
(``--gil``), so a process's samples over the stretch's length say how much of the time its interpreter
was busy, and the frames say with what. The summary gives, per part of the stack, that busy share and
the functions that held the lock most, each named by its innermost frame in Sluice's own code (or the
innermost frame, where no Sluice code is on the stack)."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

RATE = 100  # samples per second
SLUICE_PACKAGES = ("api", "billing", "cli", "safety", "sluice", "tasks", "tenants", "workers")


def py_spy() -> str:
    """The py-spy executable: on PATH or beside this Python; SystemExit if there is none."""
    found = shutil.which("py-spy") or shutil.which("py-spy", path=str(Path(sys.executable).parent))
    if not found:
        raise SystemExit("--profile needs py-spy (pip install py-spy) and permission to read other processes")
    return found


def _ours(frame: str) -> bool:
    """Whether a py-spy frame, ``function (path:line)``, is in Sluice's code (not a library's)."""
    _, _, where = frame.rpartition(" (")
    path = where.rsplit(":", 1)[0]
    if "site-packages" in path or "dist-packages" in path:
        return False
    parts = Path(path).parts
    return any(part in SLUICE_PACKAGES for part in parts[-3:-1])


def summarize(path: Path, seconds: float, top: int = 8) -> dict:
    """One raw py-spy file (``frames... count`` per line) as: samples, the share of ``seconds`` in which a
    thread held the lock, and the ``top`` functions and threads that held it most, as shares of samples."""
    functions: Counter[str] = Counter()
    threads: Counter[str] = Counter()
    samples = 0
    if path.exists():
        for line in path.read_text(errors="replace").splitlines():
            stack, _, count = line.rpartition(" ")
            if not stack or not count.isdigit():
                continue
            frames = stack.split(";")
            thread = frames[0] if frames[0].startswith("thread ") else ""
            calls = frames[1:] if thread else frames
            if not calls:
                continue
            own = [frame for frame in calls if _ours(frame)]
            functions[(own[-1] if own else calls[-1])] += int(count)
            threads[thread.split(": ", 1)[-1] or "?"] += int(count)
            samples += int(count)
    share = {name: count / samples for name, count in functions.most_common(top)} if samples else {}
    by_thread = {name: count / samples for name, count in threads.most_common(top)} if samples else {}
    return {"samples": samples, "busy": samples / (RATE * seconds) if seconds > 0 else 0.0,
            "functions": share, "threads": by_thread}


@dataclass
class GilProfiles:
    """py-spy on each (part, pid) from ``start`` until ``stop``; raw files under ``folder``."""

    folder: Path
    running: list[tuple[str, int, Path, subprocess.Popen, IO]] = field(default_factory=list)
    started: float = 0.0

    def start(self, parts: list[tuple[str, int]], label: str) -> None:
        executable = py_spy()
        self.folder.mkdir(parents=True, exist_ok=True)
        self.started = time.monotonic()
        for part, pid in parts:
            path = self.folder / f"{label}-{part.replace(' ', '-')}-{pid}.txt"
            log = open(self.folder / f"{label}-{part.replace(' ', '-')}-{pid}.log", "w")  # noqa: SIM115  (closed in stop)
            process = subprocess.Popen([executable, "record", "--gil", "--threads", "--nonblocking", "-r", str(RATE),
                                        "-f", "raw", "-o", str(path), "-p", str(pid)],
                                       stdout=log, stderr=subprocess.STDOUT)
            self.running.append((part, pid, path, process, log))

    def stop(self) -> list[dict]:
        """Stop every recorder (py-spy writes its file on an interrupt) and summarize each process."""
        seconds = time.monotonic() - self.started
        for _, _, _, process, _ in self.running:
            if process.poll() is None:
                os.kill(process.pid, signal.SIGINT)
        summaries = []
        for part, pid, path, process, log in self.running:
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
            log.close()
            summaries.append({"part": part, "pid": pid, "seconds": seconds, **summarize(path, seconds)})
        self.running = []
        return summaries


def print_profiles(load: str, summaries: list[dict]) -> None:
    """The summary of one load point's profiles: per process, its busy share and what held the lock."""
    print(f"\nGIL profile at {load} (share of the load point in which the process's interpreter was busy, "
          f"and what held it, as shares of those samples):")
    for summary in sorted(summaries, key=lambda s: -s["busy"]):
        print(f"  {summary['part']} (pid {summary['pid']}): busy {summary['busy']:.2f} "
              f"({summary['samples']} samples over {summary['seconds']:.1f} s)")
        for name, share in summary["threads"].items():
            print(f"      thread {share:5.1%}  {name}")
        for name, share in summary["functions"].items():
            print(f"      {share:5.1%}  {name}")
