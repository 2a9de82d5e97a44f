"""The transformers engine itself, with the real default model and no HTTP in between: concurrent
requests share its steps, a newcomer joins a running batch, an abort frees the slot at once, and greedy
output is transformers' own greedy output. (tests/test_end_to_end.py covers the same promises as a
client sees them through the gateway; these pin them on the engine the worker holds.)"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field

import pytest
import redis
import torch

from safety.classifier import Classifier
from safety.moderator import Moderator
from safety.policy import SafetyPolicy
from safety.rules import RulesClassifier
from safety.verdict import Verdict
from sluice.job import GenerationJob
from sluice.settings import Settings
from sluice.streams.events import StreamEvent, replay_log_key
from sluice.streams.publisher import StreamPublisher
from tests.conftest import wait_until
from workers.engine import Engine, EngineError
from workers.request import GenerationRequest, SamplingParams
from workers.runtime import create_engine
from workers.stream_loop import StreamLoop

# An operator's pattern (policy extra_patterns): answers are searched for these, not the built-in
# request patterns.
BOMB = {"illicit/weapons": [r"\bpipe bomb\b"]}

SLOTS = 8
_ids = iter(range(1_000_000))


@pytest.fixture(scope="module")
def engine(model_path) -> Engine:
    """One engine for the module, built as the generation worker builds it."""
    engine = create_engine(Settings(model=str(model_path), max_num_seqs=SLOTS, device="cpu"), max_model_len=1024)
    engine.start()
    yield engine
    engine.shutdown()


@pytest.fixture(scope="module")
def tokenizer(model_path):
    from transformers import AutoTokenizer

    return AutoTokenizer.from_pretrained(model_path)


def chat_prompt(tokenizer, text: str) -> list[int]:
    return tokenizer.apply_chat_template([{"role": "user", "content": text}], add_generation_prompt=True,
                                         tokenize=True, return_dict=False)


@dataclass
class Stream:
    """A request submitted to the engine and read on its own thread, as a worker's task thread reads it."""

    request: GenerationRequest
    arrivals: list[float] = field(default_factory=list)  # when each output carrying tokens arrived
    tokens: list[int] = field(default_factory=list)
    finish_reason: str | None = None
    finished_at: float | None = None
    done: threading.Event = field(default_factory=threading.Event)

    @property
    def first_at(self) -> float:
        return self.arrivals[0]


def start_stream(engine: Engine, prompt: list[int], max_tokens: int) -> Stream:
    request = GenerationRequest(f"test-{next(_ids)}", prompt, SamplingParams(max_tokens=max_tokens, temperature=0))
    stream = Stream(request)

    def read() -> None:
        for output in engine.stream(request):
            if output.new_token_ids:
                stream.arrivals.append(time.monotonic())
                stream.tokens.extend(output.new_token_ids)
            if output.finish_reason is not None:
                stream.finish_reason = output.finish_reason
        stream.finished_at = time.monotonic()
        stream.done.set()

    engine.submit(request)
    threading.Thread(target=read, daemon=True).start()
    return stream


def finish(streams: list[Stream], timeout: float = 120) -> None:
    for stream in streams:
        assert stream.done.wait(timeout), f"{stream.request.request_id} did not finish in {timeout}s"


def test_eight_concurrent_requests_share_each_step(engine, tokenizer):
    tokens = 24
    began = time.monotonic()
    single = start_stream(engine, chat_prompt(tokenizer, "Write a story about a lighthouse."), tokens)
    finish([single])
    single_time = single.finished_at - began

    began = time.monotonic()
    streams = [start_stream(engine, chat_prompt(tokenizer, f"Write a story about lighthouse number {i}."), tokens)
               for i in range(8)]
    finish(streams)
    wall = max(s.finished_at for s in streams) - began

    assert all(s.finish_reason == "length" and len(s.tokens) == tokens for s in streams)
    assert wall < 8 * single_time * 0.5, (wall, single_time)
    # Interleaved, not one after another: each request streamed in many pieces, and every one had its first
    # token before any had its last.
    assert all(len(s.arrivals) >= 5 for s in streams)
    assert max(s.first_at for s in streams) < min(s.arrivals[-1] for s in streams)


def test_a_request_submitted_mid_generation_streams_before_the_running_ones_finish(engine, tokenizer):
    running = [start_stream(engine, chat_prompt(tokenizer, f"Tell a long tale number {i}."), 60) for i in range(3)]
    wait_until(lambda: all(len(s.tokens) >= 5 for s in running), 60, what="the running requests to be mid-generation")

    newcomer = start_stream(engine, chat_prompt(tokenizer, "Say hello."), 4)
    finish([newcomer])
    finish(running)

    assert newcomer.finish_reason in {"stop", "length"} and newcomer.tokens
    # It joined the running batch: it streamed, and even finished, while the others were still generating.
    assert newcomer.first_at < min(s.arrivals[-1] for s in running)
    assert newcomer.finished_at < min(s.finished_at for s in running)
    assert all(s.finish_reason == "length" and len(s.tokens) == 60 for s in running)


def test_an_aborted_request_stops_within_one_step_and_frees_its_slot(engine, tokenizer):
    prompts = [chat_prompt(tokenizer, f"Write a very long essay on topic {i}.") for i in range(SLOTS + 1)]
    running = [start_stream(engine, prompt, 400) for prompt in prompts[:SLOTS]]
    wait_until(lambda: all(s.tokens for s in running), 60, what="every slot to be generating")
    queued = start_stream(engine, prompts[SLOTS], 400)
    wait_until(lambda: engine.stats().running == SLOTS and engine.stats().waiting == 1, 10,
               what="a full batch and one request waiting for a slot")
    assert not queued.tokens

    victim, witness = running[0], running[1]
    witness_at_abort = len(witness.tokens)
    engine.abort(victim.request.request_id)

    # The aborted stream ends at once, with what it had.
    assert victim.done.wait(2)
    assert victim.finish_reason == "abort"
    tokens_at_abort = len(victim.tokens)
    # The freed slot goes to the waiting request at the next step: it streams while the others have moved on
    # by a step or two only.
    wait_until(lambda: queued.tokens, 30, what="the waiting request to take the freed slot")
    assert len(witness.tokens) - witness_at_abort <= 3
    stats = engine.stats()
    assert (stats.running, stats.waiting) == (SLOTS, 0)
    assert len(victim.tokens) == tokens_at_abort

    usage_full = engine.stats().kv_cache_usage
    for stream in [*running[1:], queued]:
        engine.abort(stream.request.request_id)
    finish([*running, queued], timeout=5)
    # Every slot and every KV block comes back.
    wait_until(lambda: engine.stats().running == 0 and engine.stats().waiting == 0, 5, what="an idle engine")
    assert usage_full is not None and usage_full > 0
    wait_until(lambda: engine.stats().kv_cache_usage < usage_full / 4, 5, what="the KV cache to be released")
    assert all(s.finish_reason == "abort" and len(s.tokens) < 400 for s in [*running, queued])


def test_greedy_output_equals_transformers_generate(engine, reference):
    model, tokenizer = reference
    texts = ["Say hello.", "What is the capital of France?", "List three colours."]
    prompts = [chat_prompt(tokenizer, text) for text in texts]
    max_tokens = 24

    # All three at once: greedy decoding inside a shared batch is still each prompt's own greedy output.
    streams = [start_stream(engine, prompt, max_tokens) for prompt in prompts]
    finish(streams)

    for prompt, stream in zip(prompts, streams, strict=True):
        with torch.no_grad():
            out = model.generate(torch.tensor([prompt]), max_new_tokens=max_tokens, do_sample=False)
        # Both end with the end-of-sequence token where the model chose to stop before max_tokens.
        assert stream.tokens == out[0, len(prompt):].tolist()
        assert stream.finish_reason == ("stop" if stream.tokens[-1] in engine.eos_token_ids else "length")


def test_a_vanishing_temperature_decodes_greedily_and_the_engine_serves_on(engine, tokenizer):
    prompt = chat_prompt(tokenizer, "Say hello.")
    greedy = start_stream(engine, prompt, 12)
    finish([greedy])

    # 5e-324 once overflowed the logits to infinity: NaN probabilities stopped the engine for everyone.
    request = GenerationRequest(f"test-{next(_ids)}", prompt,
                                SamplingParams(max_tokens=12, temperature=5e-324, top_p=5e-324))
    engine.submit(request)
    tokens = [t for output in engine.stream(request) for t in output.new_token_ids]
    after = start_stream(engine, prompt, 12)
    finish([after])

    assert tokens == greedy.tokens
    assert after.tokens == greedy.tokens and after.finish_reason in {"stop", "length"}


def test_a_request_read_only_after_it_finished_still_gets_every_token(engine, tokenizer):
    # A short answer can end before the worker's task thread starts reading it (on a GPU, within
    # milliseconds of the submit): its outputs wait for the reader instead of vanishing.
    prompt = chat_prompt(tokenizer, "Say yes.")
    request = GenerationRequest(f"test-{next(_ids)}", prompt, SamplingParams(max_tokens=3, temperature=0))
    finished_before = engine.stats().requests_finished_total
    engine.submit(request)
    wait_until(lambda: engine.stats().requests_finished_total > finished_before, 30,
               what="the request to finish before anyone reads it")
    outputs = list(engine.stream(request))
    assert sum(len(o.new_token_ids) for o in outputs) == 3
    assert outputs[-1].finish_reason == "length"
    # Once read to the end, the engine forgets it: a second read is refused, and nothing stays in flight.
    with pytest.raises(EngineError):
        next(iter(engine.stream(request)))
    assert engine.stats().waiting == 0


def test_a_reader_that_fell_behind_takes_the_whole_backlog_in_one_output():
    # On a GPU the engine steps faster than a task thread detokenizes, checks and publishes. A reader
    # that fell behind takes everything waiting at once (one window check, one event for the lot), not
    # one step's output at a time; a reader that keeps up still gets each step as it comes.
    from workers.engine import RequestOutputs
    from workers.request import EngineOutput

    outputs = RequestOutputs()
    outputs.open("behind")
    for token in (1, 2, 3):
        outputs.put(EngineOutput("behind", [token]))
    read = outputs.follow("behind", poll_timeout=0.1, alive=lambda: True, dead="", abort=lambda _: None)
    assert next(read) == EngineOutput("behind", [1, 2, 3])
    outputs.put(EngineOutput("behind", [4]))
    assert next(read) == EngineOutput("behind", [4])
    outputs.put(EngineOutput("behind", [5]))
    outputs.put(EngineOutput("behind", [6], finish_reason="length"))
    assert next(read) == EngineOutput("behind", [5, 6], finish_reason="length")
    assert list(read) == []
    assert not outputs.is_active("behind")


def test_a_late_reader_gets_the_whole_answer_in_one_output_and_a_live_one_step_by_step(engine, tokenizer):
    late = GenerationRequest(f"test-{next(_ids)}", chat_prompt(tokenizer, "Count to ten."),
                             SamplingParams(max_tokens=8, temperature=0))
    finished_before = engine.stats().requests_finished_total
    engine.submit(late)
    wait_until(lambda: engine.stats().requests_finished_total > finished_before, 30, what="the request to finish")
    outputs = list(engine.stream(late))
    assert [(len(o.new_token_ids), o.finish_reason) for o in outputs] == [(8, "length")]

    live = GenerationRequest(f"test-{next(_ids)}", chat_prompt(tokenizer, "Count to ten."),
                             SamplingParams(max_tokens=8, temperature=0))
    engine.submit(live)
    steps = list(engine.stream(live))
    assert [t for o in steps for t in o.new_token_ids] == outputs[0].new_token_ids  # greedy: the same answer
    assert len(steps) >= 4  # a reader waiting on the engine sees its steps (tens of ms apart here) one by one


class CrashingClassifier(Classifier):
    """A classifier that breaks (not a SafetyError: a bug, a lost GPU) on the first window it sees."""

    name = "rules"

    def classify(self, text: str, context: str | None = None) -> Verdict:
        raise RuntimeError("classifier crashed")


def test_a_generation_that_breaks_mid_stream_ends_with_one_error_event_and_frees_its_slot(
        engine, tokenizer, redis_url):
    client = redis.Redis.from_url(redis_url)
    publisher = StreamPublisher(client, replay_ttl_seconds=60, replay_max_events=1000)
    policy = SafetyPolicy.from_dict({"classifiers": {"rules": {"enabled": True}}})
    request_id = f"test-{next(_ids)}"
    job = GenerationJob(request_id=request_id, model="test", prompt_text="Write a long story.",
                        prompt_token_ids=chat_prompt(tokenizer, "Write a long story."),
                        sampling={"max_tokens": 200, "temperature": 0})
    loop = StreamLoop(engine, tokenizer, publisher, Moderator(policy, {"rules": CrashingClassifier()}), client=client)
    loop.start()
    try:
        result = loop.generate(job)
    finally:
        loop.stop()
        publisher.close()
    assert result.outcome == "error"
    assert 0 < result.completion_tokens < 200  # what was generated before the crash is billed
    types = [StreamEvent.from_json(fields[b"e"]).type for _, fields in client.xrange(replay_log_key(request_id))]
    assert types == ["error"]  # hold mode released nothing unchecked; one terminal event, at once
    wait_until(lambda: engine.stats().running == 0 and engine.stats().waiting == 0, 5,
               what="the broken request to leave the batch")


def test_usage_is_recorded_before_the_stream_ends_and_a_failed_record_still_ends_it(engine, tokenizer, redis_url):
    client = redis.Redis.from_url(redis_url)
    publisher = StreamPublisher(client, replay_ttl_seconds=60, replay_max_events=1000)
    policy = SafetyPolicy.from_dict({"classifiers": {"rules": {"enabled": True}}})

    def job() -> GenerationJob:
        return GenerationJob(request_id=f"test-{next(_ids)}", model="test", prompt_text="Say hi.",
                             prompt_token_ids=chat_prompt(tokenizer, "Say hi."),
                             sampling={"max_tokens": 6, "temperature": 0})

    def event_types(request_id: str) -> list[str]:
        return [StreamEvent.from_json(fields[b"e"]).type for _, fields in client.xrange(replay_log_key(request_id))]

    seen_at_record: list[list[str]] = []
    recorded = []

    def record_usage(result) -> None:
        seen_at_record.append(event_types(result.request_id))
        recorded.append(result)

    first = job()
    loop = StreamLoop(engine, tokenizer, publisher, Moderator(policy, {"rules": RulesClassifier(extra_patterns=BOMB)}), client=client)
    loop.start()
    try:
        result = loop.generate(first, record_usage=record_usage)
        # The usage was recorded while the stream had no terminal event yet; then the stream ended.
        assert recorded == [result] and result.completion_tokens == 6
        assert "done" not in seen_at_record[0]
        assert event_types(first.request_id)[-1] == "done"

        def broken_ledger(result) -> None:
            raise OSError("the database is away")

        second = job()
        with pytest.raises(OSError):
            loop.generate(second, record_usage=broken_ledger)
        assert event_types(second.request_id)[-1] == "done"  # the client's stream ended all the same
    finally:
        loop.stop()
        publisher.close()
