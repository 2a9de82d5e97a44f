"""OpenAI's Responses API through the real gateway, Celery and worker with the default model, read with the
official ``openai`` client: create (plain, streamed, background), retrieve, resume a stream after a dropped
connection with ``starting_after``, cancel, continue with ``previous_response_id``, delete, and tenancy."""

from __future__ import annotations

import os
import time
import uuid

import openai
import pytest

from tests.conftest import wait_until

pytestmark = pytest.mark.e2e

LONG = int(os.environ.get("SLUICE_TEST_LONG_TOKENS", "400"))
OPENING = ["response.created", "response.in_progress", "response.output_item.added", "response.content_part.added"]
UNFINISHED = {"queued", "in_progress"}
CLOSING = ["response.output_text.done", "response.content_part.done", "response.output_item.done"]


@pytest.fixture(scope="module")
def client(stack):
    return openai.OpenAI(base_url=f"{stack.base_url}/v1", api_key=stack.key, max_retries=0)


@pytest.fixture(scope="module")
def stranger(stack):
    """The official client with the key of another customer."""
    from tenants.keys import create_customer, issue_key

    customer_id = create_customer(stack.database_url, f"stranger-{uuid.uuid4().hex[:10]}")
    _, key = issue_key(stack.database_url, customer_id)
    return openai.OpenAI(base_url=f"{stack.base_url}/v1", api_key=key, max_retries=0)


def texts(events) -> str:
    return "".join(event.delta for event in events if event.type == "response.output_text.delta")


def test_a_response_is_created_streamed_and_retrieved_with_the_official_client(stack, client):
    question = "Name three colours."
    chat = client.chat.completions.create(model=stack.model, messages=[{"role": "user", "content": question}],
                                          max_tokens=12, temperature=0)

    response = client.responses.create(model=stack.model, input=question, max_output_tokens=12, temperature=0,
                                       metadata={"ticket": "42"})
    assert response.object == "response"
    assert response.output_text == chat.choices[0].message.content
    assert response.status == ("incomplete" if chat.choices[0].finish_reason == "length" else "completed")
    assert response.usage.input_tokens == chat.usage.prompt_tokens
    assert response.usage.output_tokens == chat.usage.completion_tokens
    assert response.metadata == {"ticket": "42"}

    stored = client.responses.retrieve(response.id)
    assert (stored.output_text, stored.status, stored.usage) == (response.output_text, response.status,
                                                                  response.usage)

    streamed = list(client.responses.create(model=stack.model, input=[{"role": "user", "content": question}],
                                            max_output_tokens=12, temperature=0, stream=True))
    numbers = [event.sequence_number for event in streamed]
    assert numbers == list(range(len(streamed)))
    types = [event.type for event in streamed]
    assert types[:4] == OPENING and types[-4:-1] == CLOSING
    assert set(types[4:-4]) == {"response.output_text.delta"} and len(types[4:-4]) > 1
    final = streamed[-1].response
    assert streamed[-1].type == f"response.{final.status}"
    assert texts(streamed) == final.output_text == response.output_text
    assert client.responses.retrieve(final.id).output_text == response.output_text


def test_a_background_response_read_halfway_dropped_and_resumed_equals_the_stored_output(client, stack):
    stream = client.responses.create(model=stack.model, input="Write a short poem about the sea.",
                                     max_output_tokens=40, temperature=0, background=True, stream=True)
    seen = []
    for event in stream:
        seen.append(event)
        if sum(e.type == "response.output_text.delta" for e in seen) == 8:
            break
    stream.close()  # the connection drops halfway
    response_id = seen[0].response.id
    assert seen[0].response.background is True and seen[0].response.status == "queued"

    asked = time.monotonic()
    resumed = client.responses.retrieve(response_id, stream=True, starting_after=seen[-1].sequence_number)
    rest = []
    for event in resumed:
        if not rest:
            first_replayed_after = time.monotonic() - asked
        rest.append(event)
    print(f"resume: first replayed event {first_replayed_after * 1000:.1f} ms after the reconnect")

    numbers = [event.sequence_number for event in seen + rest]
    assert numbers == list(range(len(numbers)))  # no gap, no duplicate
    stored = client.responses.retrieve(response_id)
    assert stored.status == rest[-1].response.status
    # It ran to its end: the client that left did not cancel it.
    assert stored.status in {"completed", "incomplete"}
    assert stored.status == "completed" or stored.incomplete_details.reason == "max_output_tokens"
    assert texts(seen + rest) == stored.output_text and stored.output_text
    assert stored.usage.output_tokens > 8

    # The whole stream again, from its first event, is the same events.
    asked = time.monotonic()
    again = []
    for event in client.responses.retrieve(response_id, stream=True, starting_after=0):
        if not again:
            print(f"replay of an ended response: first event {(time.monotonic() - asked) * 1000:.1f} ms")
        again.append(event)
    assert [e.sequence_number for e in again] == numbers[1:]
    assert texts(again) == stored.output_text

    with pytest.raises(openai.BadRequestError) as past_the_end:
        client.responses.retrieve(response_id, stream=True, starting_after=numbers[-1] + 1)
    assert past_the_end.value.body["param"] == "starting_after"


def test_a_background_response_runs_to_its_end_without_a_client(client, stack):
    created = client.responses.create(model=stack.model, input="Say hello.", max_output_tokens=8, temperature=0,
                                      background=True)
    assert created.status in {"queued", "in_progress"} and created.background is True

    done = wait_until(lambda: (r := client.responses.retrieve(created.id)).status not in UNFINISHED
                      and r, 120, interval=0.2, what="the background response to end")
    assert done.status in {"completed", "incomplete"} and done.output_text
    assert done.usage.output_tokens >= 1


def test_a_streamed_response_whose_client_leaves_is_cancelled_and_stored_so(client, stack):
    stream = client.responses.create(model=stack.model, input="Write a long story about a lighthouse keeper.",
                                     max_output_tokens=LONG, temperature=0, stream=True)
    seen = []
    for event in stream:
        seen.append(event)
        if event.type == "response.output_text.delta":
            break
    stream.close()

    ended = wait_until(lambda: (r := client.responses.retrieve(seen[0].response.id)).status not in UNFINISHED
                       and r,
                       60, interval=0.2, what="the abandoned response to end")
    assert ended.status == "cancelled"
    assert 1 <= ended.usage.output_tokens < LONG


def test_cancelling_a_background_response_stops_it_and_bills_what_it_generated(client, stack):
    from billing.ledger import UsageLedger

    created = client.responses.create(model=stack.model, input="Write a long story about a lighthouse keeper.",
                                      max_output_tokens=LONG, temperature=0, background=True)
    wait_until(lambda: client.responses.retrieve(created.id).output_text, 120, interval=0.1,
               what="the first tokens")

    cancelled = client.responses.cancel(created.id)
    assert cancelled.status == "cancelled"
    assert 1 <= cancelled.usage.output_tokens < LONG
    assert client.responses.cancel(created.id).usage == cancelled.usage  # idempotent
    assert client.responses.retrieve(created.id).output_text == cancelled.output_text

    record = wait_until(lambda: UsageLedger(stack.database_url).get(created.id), 10, what="the usage record")
    assert record.outcome == "cancelled"
    assert record.completion_tokens == cancelled.usage.output_tokens


def test_previous_response_id_continues_the_conversation_and_delete_removes_it(client, stack, reference):
    _, tokenizer = reference
    first = client.responses.create(model=stack.model, input="My name is Ada.", instructions="Be brief.",
                                    max_output_tokens=8, temperature=0)
    second = client.responses.create(model=stack.model, input="What is my name?", previous_response_id=first.id,
                                     max_output_tokens=8, temperature=0)

    conversation = [{"role": "user", "content": "My name is Ada."},
                    {"role": "assistant", "content": first.output_text},
                    {"role": "user", "content": "What is my name?"}]
    chat = client.chat.completions.create(model=stack.model, messages=conversation, max_tokens=8, temperature=0)
    assert second.output_text == chat.choices[0].message.content
    # The earlier turns are the new response's input tokens, and billed as such.
    prompt = tokenizer.apply_chat_template(conversation, add_generation_prompt=True, tokenize=True,
                                           return_dict=False)
    assert second.usage.input_tokens == len(prompt) == chat.usage.prompt_tokens
    assert second.previous_response_id == first.id

    assert client.responses.delete(first.id) is None
    with pytest.raises(openai.NotFoundError):
        client.responses.retrieve(first.id)
    with pytest.raises(openai.NotFoundError):
        client.responses.delete(first.id)
    with pytest.raises(openai.NotFoundError) as gone:
        client.responses.create(model=stack.model, input="And again?", previous_response_id=first.id)
    assert gone.value.body["param"] == "previous_response_id"


def test_another_customers_response_is_not_found(client, stranger, stack):
    mine = client.responses.create(model=stack.model, input="Hi", max_output_tokens=4, background=True)

    for attempt in (lambda: stranger.responses.retrieve(mine.id),
                    lambda: stranger.responses.retrieve(mine.id, stream=True, starting_after=0),
                    lambda: stranger.responses.cancel(mine.id),
                    lambda: stranger.responses.delete(mine.id),
                    lambda: stranger.responses.create(model=stack.model, input="Go on",
                                                      previous_response_id=mine.id)):
        with pytest.raises(openai.NotFoundError):
            attempt()
    assert client.responses.retrieve(mine.id).id == mine.id


def test_bad_requests_get_openai_errors_naming_the_parameter(client, stack):
    def refused(**body) -> dict:
        with pytest.raises(openai.BadRequestError) as error:
            client.responses.create(**{"model": stack.model, "input": "Hi", **body})
        return error.value.body

    assert refused(background=True, store=False)["param"] == "background"
    assert refused(input=[])["param"] == "input"
    assert refused(temperature=3)["param"] == "temperature"
    assert refused(tools=[{"type": "function", "name": "f", "parameters": {}}])["param"] == "tools"

    with pytest.raises(openai.NotFoundError):
        client.responses.retrieve("resp-unknown")
    plain = client.responses.create(model=stack.model, input="Hi", max_output_tokens=2)
    with pytest.raises(openai.BadRequestError):
        client.responses.cancel(plain.id)  # only a background response can be cancelled
    unstored = client.responses.create(model=stack.model, input="Hi", max_output_tokens=2, store=False)
    with pytest.raises(openai.NotFoundError):
        client.responses.retrieve(unstored.id)


def test_a_gateway_that_dies_mid_response_loses_nothing(client, stack, tmp_path):
    from tests.tenant_stack import _gateway

    url, process = _gateway("responses-doomed", stack, tmp_path)
    try:
        wait_until(lambda: _ready(url, process), 180, interval=0.5, what="the second gateway")
        doomed = openai.OpenAI(base_url=f"{url}/v1", api_key=stack.key, max_retries=0)
        stream = doomed.responses.create(model=stack.model, input="Write a short poem about the sea.",
                                         max_output_tokens=24, temperature=0, background=True, stream=True)
        seen = []
        for event in stream:
            seen.append(event)
            if sum(e.type == "response.output_text.delta" for e in seen) == 4:
                break
        process.kill()  # the gateway that created it, and followed it, dies mid-response
        process.wait(timeout=10)
        stream.close()
    finally:
        if process.poll() is None:
            process.kill()

    rest = list(client.responses.retrieve(seen[0].response.id, stream=True, starting_after=seen[-1].sequence_number))
    numbers = [event.sequence_number for event in seen + rest]
    assert numbers == list(range(len(numbers)))
    stored = client.responses.retrieve(seen[0].response.id)
    assert stored.status == rest[-1].response.status
    assert stored.status == "completed" or stored.incomplete_details.reason == "max_output_tokens"
    assert texts(seen + rest) == stored.output_text


def _ready(url: str, process) -> bool:
    import requests

    assert process.poll() is None, "the second gateway exited"
    try:
        return requests.get(f"{url}/readyz", timeout=5).status_code == 200
    except requests.RequestException:
        return False
