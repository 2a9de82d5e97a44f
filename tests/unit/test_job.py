"""The generation job the gateway sends through Celery: one typed shape on both sides of the wire."""

from __future__ import annotations

import json

import pytest

from api.protocol import ChatMessage
from api.submission import checked_texts
from sluice.job import GenerationJob
from sluice.queues import BATCH, INTERACTIVE
from tasks.celery_app import route_task


def a_job(**changes) -> GenerationJob:
    values = dict(request_id="req-1", model="SmolLM2-135M-Instruct", prompt_token_ids=[1, 2, 3],
                  sampling={"max_tokens": 8, "temperature": 0.0}, prompt_text="Say hi.", customer_id=7,
                  api_key_id=9, created=1_700_000_000, submitted_at=1_700_000_000.5)
    return GenerationJob(**{**values, **changes})


def test_a_job_survives_the_json_wire_unchanged():
    job = a_job(priority=BATCH, other_turns=["You are terse.", "Hello."])
    assert GenerationJob.from_wire(json.loads(json.dumps(job.to_wire()))) == job


def test_the_safety_checks_read_a_chats_user_turns_together_and_every_other_turn_apart():
    messages = [ChatMessage(role="system", content="You are a helpful assistant."),
                ChatMessage(role="user", content="My neighbour's dog barks all night."),
                ChatMessage(role="assistant", content="That sounds tiring."),
                ChatMessage(role="assistant", content=None,
                            tool_calls=[{"id": "c1", "type": "function", "function": {"name": "f", "arguments": "{}"}}]),
                ChatMessage(role="tool", content="no noise rules found", tool_call_id="c1"),
                ChatMessage(role="user", content=[{"type": "text", "text": "What can I do about it?"}])]
    prompt_text, other_turns = checked_texts(messages)
    assert prompt_text == "My neighbour's dog barks all night.\nWhat can I do about it?"
    assert other_turns == ["You are a helpful assistant.", "That sounds tiring.", "no noise rules found"]
    assert checked_texts([ChatMessage(role="system", content="Be brief.")]) == ("", ["Be brief."])


def test_a_job_without_a_priority_is_interactive_and_unknown_keys_are_ignored():
    wire = {**a_job().to_wire(), "added_by_a_newer_gateway": 1}
    del wire["priority"]
    assert GenerationJob.from_wire(wire).priority == INTERACTIVE


def test_a_message_that_is_not_a_job_is_refused():
    with pytest.raises(TypeError):
        GenerationJob.from_wire({"request_id": "req-1"})
    with pytest.raises(ValueError):
        a_job(priority="urgent")


def test_a_jobs_repr_never_shows_its_prompt():
    assert "Say hi" not in repr(a_job()) and "req-1" in repr(a_job())


@pytest.mark.parametrize("priority,safety,generation", [
    (INTERACTIVE, "safety", "gpu.SmolLM2-135M-Instruct"),
    (BATCH, "safety.batch", "gpu.SmolLM2-135M-Instruct.batch"),
])
def test_tasks_are_routed_by_the_jobs_model_and_priority(priority, safety, generation):
    wire = a_job(priority=priority).to_wire()
    assert route_task("sluice.check_prompt", (wire,), {}, {}) == {"queue": safety}
    assert route_task("sluice.generate", (wire,), {}, {}) == {"queue": generation}
    assert route_task("sluice.billing.report_meter_events", (), {}, {}) == {"queue": "billing"}
