"""The stream loop: every stream's per-token work in one thread, a tick at a time, on a real Redis with the
real tokenizer and the rules classifier. ``SteppedEngine`` makes the engine's steps happen when a test says
so, all of a step's outputs at once, as a real engine's step delivers them."""

from __future__ import annotations

import itertools
import threading
import time
from collections.abc import Iterator

import pytest
import redis
from prometheus_client import REGISTRY

from safety.moderator import Moderator
from safety.policy import HOLD, SafetyPolicy
from safety.rules import RulesClassifier
from sluice.job import GenerationJob
from sluice.streams.events import StreamEvent, replay_log_key
from sluice.streams.publisher import StreamPublisher
from tests.conftest import wait_until
from workers.engine import Engine, EngineStats, RequestOutputs
from workers.request import EngineOutput, GenerationRequest
from workers.stream_loop import StreamLoop

# An operator's pattern (policy extra_patterns): answers are searched for these, not the built-in
# request patterns.
BOMB = {"illicit/weapons": [r"\bpipe bomb\b"]}

_ids = itertools.count()
BENIGN = "The river rises in the hills above the town and runs for forty miles to the sea."
HARMFUL = "Sure, here is how to build a pipe bomb at home: first get a steel pipe and end caps."


class SteppedEngine(Engine):
    """Runs a step only when ``step`` is called: one token of its script to every running request, put
    in one go; a request whose script is used up finishes with ``length``."""

    def __init__(self) -> None:
        self.outputs = RequestOutputs()
        self.scripts: dict[str, Iterator[int]] = {}
        self.submitted = threading.Condition()
        self.aborted: list[str] = []

    def script(self, request_id: str, token_ids: list[int]) -> None:
        self.scripts[request_id] = iter(token_ids)

    def start(self) -> None:
        pass

    def submit(self, request: GenerationRequest, inbox=None) -> None:
        with self.submitted:
            self.outputs.open(request.request_id, inbox)
            self.submitted.notify_all()

    def wait_submitted(self, count: int) -> None:
        with self.submitted:
            assert self.submitted.wait_for(lambda: len(self.outputs) >= count, timeout=10)

    def step(self, extra: list[EngineOutput] = ()) -> None:
        made = list(extra)
        for request_id in self.outputs.active():
            token = next(self.scripts[request_id], None)
            made.append(EngineOutput(request_id, [] if token is None else [token],
                                     "length" if token is None else None))
        self.outputs.put_many(made)

    def stream(self, request, poll_timeout: float = 1.0):
        raise NotImplementedError("the loop reads through its inbox")

    def abort(self, request_id: str) -> None:
        if self.outputs.is_active(request_id):
            self.aborted.append(request_id)
            self.outputs.put(EngineOutput(request_id, [], finish_reason="abort"))

    def stats(self) -> EngineStats:
        return EngineStats(len(self.outputs), 0, None, 0, 0)

    def shutdown(self) -> None:
        pass

    @property
    def eos_token_ids(self) -> set[int]:
        return set()


@pytest.fixture(scope="module")
def tokenizer(model_path):
    from transformers import AutoTokenizer

    return AutoTokenizer.from_pretrained(model_path)


@pytest.fixture
def client(redis_url):
    return redis.Redis.from_url(redis_url)


@pytest.fixture
def loop_of(client, tokenizer):
    """A started loop over a SteppedEngine with the rules classifier in hold mode, windows of 4 tokens."""
    made = []

    def make(**stream) -> tuple[StreamLoop, SteppedEngine]:
        policy = SafetyPolicy.from_dict({
            "classifiers": {"rules": {"enabled": True}},
            "categories": {"illicit/weapons": {"threshold": 0.5, "action": "block"}},
            "stream": {"mode": HOLD, "window_tokens": 4, "overlap_tokens": 8, "first_window_tokens": 1, **stream},
        })
        engine = SteppedEngine()
        publisher = StreamPublisher(client, replay_ttl_seconds=60, replay_max_events=1000)
        loop = StreamLoop(engine, tokenizer, publisher, Moderator(policy, {"rules": RulesClassifier(extra_patterns=BOMB)}), client=client)
        loop.start()
        made.append((loop, publisher))
        return loop, engine
    yield make
    for loop, publisher in made:
        loop.stop()
        publisher.close()


def job_for(tokenizer, text: str) -> GenerationJob:
    return GenerationJob(request_id=f"loop-{next(_ids)}", model="test", prompt_text="Tell me something.",
                         prompt_token_ids=tokenizer.encode("Tell me something."),
                         sampling={"max_tokens": 200, "temperature": 0})


def run_all(loop: StreamLoop, jobs: list[GenerationJob]) -> tuple[dict, list[threading.Thread]]:
    results: dict[str, object] = {}

    def run(job: GenerationJob) -> None:
        results[job.request_id] = loop.generate(job)

    threads = [threading.Thread(target=run, args=(job,), daemon=True) for job in jobs]
    for thread in threads:
        thread.start()
    return results, threads


def stream_events(client: redis.Redis, request_id: str) -> list[StreamEvent]:
    return [StreamEvent.from_json(fields[b"e"]) for _, fields in client.xrange(replay_log_key(request_id))]


def generate_all(loop: StreamLoop, engine: SteppedEngine, tokenizer, texts: list[str]) -> tuple[list, dict]:
    """A request per text, each generating exactly its text's tokens, run to their ends step by step."""
    jobs = [job_for(tokenizer, text) for text in texts]
    for job, text in zip(jobs, texts, strict=True):
        engine.script(job.request_id, tokenizer.encode(text))
    results, threads = run_all(loop, jobs)
    engine.wait_submitted(len(jobs))
    step_until_done(engine, threads)
    for thread in threads:
        thread.join(timeout=10)
    return jobs, results


def step_until_done(engine: SteppedEngine, threads: list[threading.Thread], limit: int = 400) -> None:
    for _ in range(limit):
        if not any(thread.is_alive() for thread in threads):
            return
        engine.step()
        time.sleep(0.002)
    raise AssertionError("the streams did not end")


def test_many_streams_tokens_of_one_step_are_handled_in_one_tick_and_each_stream_gets_exactly_its_text(
        loop_of, tokenizer, client):
    loop, engine = loop_of()
    texts = [f"{BENIGN} Stream number {n} says hello." for n in range(24)]
    submitted, first = (REGISTRY.get_sample_value(f"{name}_count", {"model": "test"}) or 0.0
                        for name in ("sluice_engine_submit_seconds", "sluice_engine_first_token_seconds"))
    jobs, results = generate_all(loop, engine, tokenizer, texts)
    # Each job's hand-off to the engine is timed once, as its first token is.
    assert REGISTRY.get_sample_value("sluice_engine_submit_seconds_count", {"model": "test"}) - submitted == 24
    assert REGISTRY.get_sample_value("sluice_engine_first_token_seconds_count", {"model": "test"}) - first == 24

    for job, text in zip(jobs, texts, strict=True):
        events = stream_events(client, job.request_id)
        assert [e.seq for e in events] == list(range(1, len(events) + 1))  # no gap, no repeat
        assert [e.type for e in events].count("done") == 1 and events[-1].type == "done"
        assert "".join(e.data["text"] for e in events if e.type == "token") == tokenizer.decode(
            tokenizer.encode(text), skip_special_tokens=True)
        assert results[job.request_id].outcome == "completed"
    steps = max(len(tokenizer.encode(text)) for text in texts) + 1
    assert loop.windows_checked / loop.check_calls > 4  # the streams' windows share classifier calls
    assert loop.ticks < 3 * steps  # ticks follow the engine's steps, not its 24 x steps outputs


def test_a_batched_window_check_cuts_exactly_the_stream_that_tripped(loop_of, tokenizer, client):
    loop, engine = loop_of()
    texts = [BENIGN] * 7 + [HARMFUL]
    jobs, results = generate_all(loop, engine, tokenizer, texts)

    harmful = jobs[-1].request_id
    assert results[harmful].outcome == "content_filter"
    assert engine.aborted == [harmful]  # its generation stopped at the cut; nobody else's did
    released = "".join(e.data["text"] for e in stream_events(client, harmful) if e.type == "token")
    assert "bomb" not in released  # hold mode: the tripping window never reached the client
    assert stream_events(client, harmful)[-1].type == "content_filter"
    for job in jobs[:-1]:
        assert results[job.request_id].outcome == "completed"
        assert stream_events(client, job.request_id)[-1].type == "done"


def test_quiet_windows_check_quiet_streams_less_and_still_cut_the_one_that_turns_harmful(loop_of, tokenizer, client):
    long_benign = " ".join([BENIGN] * 5)
    texts = [long_benign] * 6 + [f"{long_benign} {HARMFUL}"]
    checked = {}
    for quiet in (0, 12):
        loop, engine = loop_of(quiet_window_tokens=quiet, quiet_score=0.05)
        jobs, results = generate_all(loop, engine, tokenizer, texts)
        checked[quiet] = loop.windows_checked
        harmful = jobs[-1].request_id
        assert results[harmful].outcome == "content_filter" and engine.aborted == [harmful]
        released = "".join(e.data["text"] for e in stream_events(client, harmful) if e.type == "token")
        assert "bomb" not in released and released.startswith(long_benign[:200])
        for job in jobs[:-1]:
            assert results[job.request_id].outcome == "completed"
            assert "".join(e.data["text"] for e in stream_events(client, job.request_id)
                           if e.type == "token") == tokenizer.decode(tokenizer.encode(long_benign))
    assert checked[12] < 0.75 * checked[0]


def test_an_abort_inside_a_tick_ends_that_stream_alone_and_bills_what_it_generated(loop_of, tokenizer, client):
    loop, engine = loop_of()
    jobs = [job_for(tokenizer, BENIGN) for _ in range(4)]
    for job in jobs:
        engine.script(job.request_id, tokenizer.encode(BENIGN))
    results, threads = run_all(loop, jobs)
    engine.wait_submitted(len(jobs))
    for _ in range(6):
        engine.step()
    cancelled = jobs[1].request_id
    # The abort arrives in the same delivery as a step's tokens for every stream (its own included).
    engine.step(extra=[EngineOutput(cancelled, [], finish_reason="abort")])
    step_until_done(engine, threads)
    for thread in threads:
        thread.join(timeout=10)

    assert results[cancelled].outcome == "cancelled"
    assert results[cancelled].completion_tokens == 6  # billed for what it generated before the abort
    assert stream_events(client, cancelled)[-1].type == "cancelled"
    for job in jobs:
        if job.request_id != cancelled:
            assert results[job.request_id].outcome == "completed"


def test_a_request_that_ends_before_its_task_waits_still_streams_all_of_it(loop_of, tokenizer, client):
    loop, engine = loop_of()

    class EndsAtOnce(SteppedEngine):
        def submit(self, request: GenerationRequest, inbox=None) -> None:
            super().submit(request, inbox)
            ids = tokenizer.encode("Hello there.")
            self.outputs.put_many([EngineOutput(request.request_id, ids[:2]),
                                   EngineOutput(request.request_id, ids[2:], "stop")])

    loop.engine = EndsAtOnce()
    job = job_for(tokenizer, "Hello there.")
    result = loop.generate(job)
    events = stream_events(client, job.request_id)
    assert result.outcome == "completed" and result.completion_tokens == len(tokenizer.encode("Hello there."))
    assert "".join(e.data["text"] for e in events if e.type == "token") == "Hello there."
    assert events[-1].type == "done"


def _record_arrivals(client, request_id: str, generating: threading.Thread, *, only_tokens: bool):
    """The times at which the stream's live events (or only its token events) arrive, recorded by a
    listener thread while ``generating`` runs."""
    arrivals: list[float] = []
    pubsub = client.pubsub(ignore_subscribe_messages=True)
    pubsub.subscribe(f"sluice:live:{request_id}")
    wait_until(lambda: pubsub.get_message(timeout=0.01) is None, 1)

    def listen() -> None:
        while generating.is_alive():
            message = pubsub.get_message(timeout=0.05)
            if message is not None and (not only_tokens or StreamEvent.from_json(message["data"]).type == "token"):
                arrivals.append(time.monotonic())

    listener = threading.Thread(target=listen, daemon=True)
    listener.start()
    return arrivals, listener


def test_hold_mode_spreads_a_cleared_window_over_the_time_it_was_generated(loop_of, tokenizer, client):
    loop, engine = loop_of(window_tokens=8)
    job = job_for(tokenizer, BENIGN)
    engine.script(job.request_id, tokenizer.encode(BENIGN))
    results, threads = run_all(loop, [job])
    engine.wait_submitted(1)
    arrivals, listener = _record_arrivals(client, job.request_id, threads[0], only_tokens=False)
    for _ in range(len(tokenizer.encode(BENIGN)) + 1):
        engine.step()
        time.sleep(0.02)  # an engine step every 20 ms
    threads[0].join(timeout=10)
    listener.join(timeout=2)
    gaps = [later - earlier for earlier, later in zip(arrivals, arrivals[1:], strict=False)]
    # A window of 8 tokens is cleared at once; without pacing its text would arrive as one event.
    assert len(arrivals) > len(tokenizer.encode(BENIGN)) // 2
    assert sorted(gaps)[len(gaps) // 2] > 0.01  # the typical gap is the engine's step, not ~0
    assert results[job.request_id].outcome == "completed"


def test_hold_mode_releases_text_at_its_generation_pace_while_the_windows_grow(loop_of, tokenizer, client):
    """Windows of six of 1, three of 2, two of 3, then 4 tokens: as they grow, each token waits longer for its check,
    and the released text must not stall at a window's start (nor arrive a window later than made)."""
    loop, engine = loop_of(window_tokens=4, first_window_tokens=1)
    job = job_for(tokenizer, BENIGN)
    tokens = tokenizer.encode(BENIGN)
    engine.script(job.request_id, tokens)
    results, threads = run_all(loop, [job])
    engine.wait_submitted(1)
    arrivals, listener = _record_arrivals(client, job.request_id, threads[0], only_tokens=True)
    step = 0.1
    stepped: list[float] = []
    for _ in range(len(tokens)):
        stepped.append(time.monotonic())
        engine.step()
        time.sleep(step)
    engine.step()  # the end
    threads[0].join(timeout=10)
    listener.join(timeout=2)

    assert results[job.request_id].outcome == "completed"
    assert len(arrivals) > len(tokens) // 2
    # The wait behind generation grows by at most a sixth of a step per token: no gap reaches the two steps
    # a window one token longer than the last would leave if each window's text were released as cleared.
    gaps = [later - earlier for earlier, later in zip(arrivals, arrivals[1:], strict=False)]
    assert max(gaps) < (1 + 1 / 6) * step + 0.03
    # No text arrives more than a window (four steps) after it was made.
    assert all(arrived - made < 4 * step + 0.05 for made, arrived in zip(stepped, arrivals, strict=False))


class _FakeClock:
    """The loop's ``time`` module with a monotonic clock the test sets: engine steps exactly a second apart."""

    def __init__(self) -> None:
        self.now = 1000.0

    def monotonic(self) -> float:
        return self.now

    def __getattr__(self, name: str):
        return getattr(time, name)


def test_text_cleared_earlier_goes_out_before_another_streams_window_is_checked(client, tokenizer, monkeypatch):
    """Two streams a step apart, windows of 4 (each token may wait 3 steps for its check). When the second
    stream's window is checked, the first stream's text that an earlier check cleared and that is due now
    has already been handed to the publisher: a classifier call, however long, never delays it."""
    import workers.stream_loop as stream_loop

    clock = _FakeClock()
    monkeypatch.setattr(stream_loop, "time", clock)
    order: list[tuple] = []

    class RecordingRules(RulesClassifier):
        def classify_windows(self, windows):
            order.append(("check", clock.now))
            return super().classify_windows(windows)

    class RecordingPublisher(StreamPublisher):
        def publish_many(self, events):
            order.extend(("token", clock.now, event.request_id) for event in events if event.type == "token")
            super().publish_many(events)

    policy = SafetyPolicy.from_dict({"classifiers": {"rules": {"enabled": True}},
                                     "stream": {"mode": HOLD, "window_tokens": 4, "overlap_tokens": 8,
                                                "first_window_tokens": 4}})
    engine = SteppedEngine()
    publisher = RecordingPublisher(client, replay_ttl_seconds=60, replay_max_events=1000)
    loop = StreamLoop(engine, tokenizer, publisher, Moderator(policy, {"rules": RecordingRules()}), client=client)
    loop.start()
    first, second = job_for(tokenizer, BENIGN), job_for(tokenizer, BENIGN)
    for job in (first, second):
        engine.script(job.request_id, tokenizer.encode(BENIGN))
    try:
        _, threads = run_all(loop, [first])
        engine.wait_submitted(1)

        def step(at: int, fed: dict[str, int]) -> None:
            clock.now = 1000.0 + at
            engine.step()
            wait_until(lambda: all(loop._streams[request_id].generated_tokens == count
                                   for request_id, count in fed.items()), 10, interval=0.001,
                       what=f"the loop to take step {at}")

        step(0, {first.request_id: 1})
        threads += run_all(loop, [second])[1]
        engine.wait_submitted(2)
        for at in range(1, 9):
            step(at, {first.request_id: at + 1, second.request_id: at})
        # The second stream's first window (its tokens 1-4, made at steps 1-4) is checked at step 4, alone;
        # the first stream's token 2 (made at step 1, cleared at step 3) is due then.
        at_four = [entry for entry in order if entry[1] == 1004.0]
        assert ("check", 1004.0) in at_four
        assert at_four.index(("token", 1004.0, first.request_id)) < at_four.index(("check", 1004.0))
    finally:
        loop.stop()
        publisher.close()


def test_a_stop_string_inside_several_tokens_of_one_output_ends_the_text_and_the_bill_there(
        loop_of, tokenizer, client):
    """vLLM's stream interval (or steps that came between two ticks) hands the loop several tokens of a
    stream at once: a stop string inside them ends the text there, and the tokens the engine generated past
    it are neither streamed nor billed."""
    loop, engine = loop_of()
    job = job_for(tokenizer, BENIGN)
    job.sampling["stop"] = ["town"]
    tokens = tokenizer.encode(BENIGN)
    completing = next(k for k in range(1, len(tokens) + 1) if "town" in tokenizer.decode(tokens[:k]))
    assert completing < len(tokens) - 3  # tokens follow the stop string in the same output
    engine.script(job.request_id, [])
    results, threads = run_all(loop, [job])
    engine.wait_submitted(1)
    engine.outputs.put_many([EngineOutput(job.request_id, tokens, None)])  # the whole answer in one output
    threads[0].join(timeout=10)

    result = results[job.request_id]
    assert (result.outcome, result.finish_reason) == ("completed", "stop")
    assert result.completion_tokens == completing
    events = stream_events(client, job.request_id)
    assert "".join(e.data["text"] for e in events if e.type == "token") == BENIGN[:BENIGN.index("town")]
    assert events[-1].data["usage"]["completion_tokens"] == completing
