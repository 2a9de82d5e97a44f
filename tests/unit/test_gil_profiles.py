"""bench/gil_profiles.py: a py-spy raw profile summed up per function and thread."""

from __future__ import annotations

from bench.gil_profiles import summarize


def test_samples_are_named_by_their_innermost_frame_in_sluice_code_and_busy_is_their_share_of_the_time(tmp_path):
    raw = tmp_path / "worker.txt"
    raw.write_text(
        "thread (0x1): stream-loop;_run (/repo/workers/stream_loop.py:283);_tick (/repo/workers/stream_loop.py:380);"
        "dumps (/usr/lib/python3.12/json/__init__.py:231) 30\n"
        "thread (0x2): Thread-1 (_run_generation_loop);forward (/venv/lib/python3.12/site-packages/torch/nn/"
        "modules/linear.py:134) 60\n"
        "thread (0x1): stream-loop;_run (/repo/workers/stream_loop.py:283) 10\n"
    )
    summary = summarize(raw, seconds=2.0)
    assert summary["samples"] == 100
    assert summary["busy"] == 0.5  # 100 samples at 100 a second over 2 s
    assert summary["functions"] == {
        "forward (/venv/lib/python3.12/site-packages/torch/nn/modules/linear.py:134)": 0.6,
        "_tick (/repo/workers/stream_loop.py:380)": 0.3,  # the library frame under it is charged to it
        "_run (/repo/workers/stream_loop.py:283)": 0.1,
    }
    assert summary["threads"] == {"Thread-1 (_run_generation_loop)": 0.6, "stream-loop": 0.4}


def test_a_process_that_never_held_the_lock_or_left_no_file_is_idle(tmp_path):
    assert summarize(tmp_path / "missing.txt", seconds=5.0) == {"samples": 0, "busy": 0.0, "functions": {},
                                                                   "threads": {}}
