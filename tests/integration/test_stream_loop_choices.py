"""The stream loop with several choices per job, logprobs and tool calls, on a real Redis with the real
tokenizer and the rules classifier (the engine is test_stream_loop's SteppedEngine)."""

from __future__ import annotations

import json

from sluice.job import GenerationJob
from tests.integration import test_stream_loop as stepped
from tests.integration.test_stream_loop import (
    BENIGN,
    HARMFUL,
    SteppedEngine,
    job_for,
    run_all,
    step_until_done,
    stream_events,
)
from workers.request import EngineOutput, GenerationRequest, TokenLogprob
from workers.tools import CALL_CLOSE, CALL_OPEN, parse_answer

# The stepped engine's fixtures: a started loop over it, the real tokenizer, a Redis client.
loop_of, tokenizer, client = stepped.loop_of, stepped.tokenizer, stepped.client


def run_choices(loop, engine, job: GenerationJob, scripts: list[str], tokenizer):
    engine.script(job.request_id, tokenizer.encode(scripts[0]))
    for index, text in enumerate(scripts[1:], start=1):
        engine.script(f"{job.request_id}/{index}", tokenizer.encode(text))
    results, threads = run_all(loop, [job])
    engine.wait_submitted(len(scripts))
    step_until_done(engine, threads)
    threads[0].join(timeout=10)
    return results[job.request_id]


def texts_by_index(events) -> dict[int, str]:
    texts: dict[int, str] = {}
    for event in events:
        if event.type == "token":
            index = event.data.get("index", 0)
            texts[index] = texts.get(index, "") + event.data["text"]
    return texts


def test_n_choices_stream_on_one_channel_with_their_index_and_bill_the_prompt_once(loop_of, tokenizer, client):
    loop, engine = loop_of()
    job = job_for(tokenizer, "")
    job = GenerationJob(**{**job.to_wire(), "n": 3})
    scripts = ["The river rises in the hills.", "A lighthouse stands on the rock.", "Owls hunt at night."]
    result = run_choices(loop, engine, job, scripts, tokenizer)

    events = stream_events(client, job.request_id)
    assert [e.seq for e in events] == list(range(1, len(events) + 1))
    assert texts_by_index(events) == dict(enumerate(scripts))
    final = events[-1]
    assert final.type == "done"
    assert final.data["choices"] == [{"index": i, "finish_reason": "length"} for i in range(3)]
    tokens = sum(len(tokenizer.encode(text)) for text in scripts)
    assert final.data["usage"] == {"prompt_tokens": len(job.prompt_token_ids), "completion_tokens": tokens,
                                   "total_tokens": len(job.prompt_token_ids) + tokens}
    assert (result.prompt_tokens, result.completion_tokens) == (len(job.prompt_token_ids), tokens)
    # Token events count every choice's tokens streamed so far (a dead worker's request is billed by it).
    assert max(e.data["tokens"] for e in events if e.type == "token") == tokens


def test_cancelling_a_job_of_n_choices_stops_every_choice(loop_of, tokenizer, client):
    loop, engine = loop_of()
    job = GenerationJob(**{**job_for(tokenizer, "").to_wire(), "n": 3})
    for index in range(3):
        engine.script(job.request_id if index == 0 else f"{job.request_id}/{index}", tokenizer.encode(BENIGN * 3))
    results, threads = run_all(loop, [job])
    engine.wait_submitted(3)
    for _ in range(4):
        engine.step()
    engine.abort(job.request_id)  # what the cancel listener and the drain do: they know the job's id only
    step_until_done(engine, threads)

    assert results[job.request_id].outcome == "cancelled"
    assert sorted(engine.aborted) == sorted([job.request_id, f"{job.request_id}/1", f"{job.request_id}/2"])
    # Billed for what was generated: the other choices made a step or two more before their abort reached
    # the engine, and far fewer than their scripts.
    assert 3 * 4 <= results[job.request_id].completion_tokens < len(tokenizer.encode(BENIGN * 3))
    assert stream_events(client, job.request_id)[-1].type == "cancelled"


def test_tool_call_arguments_pass_the_streaming_safety_check_like_text(loop_of, tokenizer, client):
    loop, engine = loop_of()
    call = CALL_OPEN + json.dumps({"name": "post_message", "arguments": {"text": HARMFUL}},
                                  separators=(",", ":")) + CALL_CLOSE
    job = job_for(tokenizer, call)
    result = run_choices(loop, engine, job, [call], tokenizer)

    assert result.outcome == "content_filter"
    assert engine.aborted == [job.request_id]
    released = texts_by_index(stream_events(client, job.request_id)).get(0, "")
    assert "bomb" not in released
    assert parse_answer(released)[1] == [] or "bomb" not in parse_answer(released)[1][0].arguments


def test_only_the_choice_that_tripped_the_check_ends_in_content_filter(loop_of, tokenizer, client):
    loop, engine = loop_of()
    job = GenerationJob(**{**job_for(tokenizer, "").to_wire(), "n": 2})
    result = run_choices(loop, engine, job, [BENIGN, HARMFUL], tokenizer)

    events = stream_events(client, job.request_id)
    assert result.outcome == "completed"
    assert events[-1].data["choices"] == [{"index": 0, "finish_reason": "length"},
                                          {"index": 1, "finish_reason": "content_filter"}]
    assert texts_by_index(events)[0] == BENIGN
    assert "bomb" not in texts_by_index(events).get(1, "")


def test_logprobs_entries_carry_the_text_each_token_released_and_join_to_the_stream(loop_of, tokenizer, client):
    loop, engine = loop_of()
    text = "Café au lait, s'il vous plaît: 3½ euros."
    ids = tokenizer.encode(text)

    class WithLogprobs(SteppedEngine):
        def step(self, extra=()):
            made = list(extra)
            for request_id in self.outputs.active():
                token = next(self.scripts[request_id], None)
                made.append(EngineOutput(request_id, [] if token is None else [token],
                                         "length" if token is None else None,
                                         logprobs=None if token is None else [
                                             TokenLogprob(token, -0.5, ((token, -0.5), (13, -1.5)))]))
            self.outputs.put_many(made)

    loop.engine = engine = WithLogprobs()
    job = GenerationJob(**{**job_for(tokenizer, text).to_wire(),
                           "sampling": {"max_tokens": 200, "temperature": 0, "logprobs": 2}})
    engine.script(job.request_id, ids)
    results, threads = run_all(loop, [job])
    engine.wait_submitted(1)
    step_until_done(engine, threads)

    tokens = [e for e in stream_events(client, job.request_id) if e.type == "token"]
    entries = [entry for event in tokens for entry in event.data["logprobs"]]
    assert "".join(entry["token"] for entry in entries) == "".join(e.data["text"] for e in tokens) == text
    assert len(entries) == len(ids)
    assert all(entry["logprob"] == -0.5 and len(entry["top_logprobs"]) == 2 for entry in entries)
    assert all(bytes(entry["bytes"]) == entry["token"].encode() for entry in entries)
    assert entries[0]["top_logprobs"][1]["token"] == tokenizer.decode([13])


def test_a_request_submits_with_its_sampling_controls(loop_of, tokenizer):
    loop, engine = loop_of()
    submitted: list[GenerationRequest] = []

    class Recording(SteppedEngine):
        def submit(self, request, inbox=None):
            submitted.append(request)
            super().submit(request, inbox)

    loop.engine = engine = Recording()
    job = GenerationJob(**{**job_for(tokenizer, "").to_wire(), "n": 2, "sampling": {
        "max_tokens": 4, "temperature": 0.8, "seed": 11, "presence_penalty": 0.5, "logit_bias": {"17": 3},
        "min_tokens": 2, "structured": {"json_object": True}}})
    run_choices(loop, engine, job, ["Hi.", "Yo."], tokenizer)
    assert [request.sampling.seed for request in submitted] == [11, 12]  # each choice draws its own
    assert all(request.sampling.presence_penalty == 0.5 and request.sampling.logit_bias == ((17, 3.0),)
               and request.sampling.min_tokens == 2 and request.sampling.structured == {"json_object": True}
               for request in submitted)
