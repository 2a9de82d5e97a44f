"""A large body costs the gateway nothing before the caller's request rate is checked, and tokenizing it
never stalls the gateway's other streams (gunicorn's gevent worker: one event loop for every connection).

The stack is its own: its generation worker runs torch on one thread and its policy has no trained
classifier, so that on a machine of two cores the gateway's tokenizing thread and the generation share the
CPU without starving each other (torch's default of a thread per core stalls for seconds when a core is
taken, whoever takes it). What is measured is then the gateway alone.
"""

from __future__ import annotations

import random
import string
import threading
import time
import uuid

import pytest
import requests

from tenants.keys import Limits, create_customer, issue_key
from tests.conftest import wait_until
from tests.ops_stack import OpsStack
from tests.sse import read_events

pytestmark = pytest.mark.e2e

MODEL = "SmolLM2-135M-Instruct"
# Greedy counting goes on for hundreds of tokens: the stream outlasts the large bodies.
LONG = {"model": MODEL, "stream": True, "max_tokens": 400, "temperature": 0,
        "messages": [{"role": "user", "content": "Count from 1 to 500, separated by commas."}]}


@pytest.fixture(scope="module")
def lean_stack(tmp_path_factory, model_path) -> OpsStack:
    stack = OpsStack(tmp_path_factory.mktemp("admission-stack"), model_path, {MODEL: str(model_path)})
    try:
        stack.start_serving(gpu_env={"OMP_NUM_THREADS": "1"})
        yield stack
    finally:
        stack.close()


@pytest.fixture(scope="module")
def large_content() -> str:
    """About 900 KB of random printable ASCII: about 780,000 tokens, the slowest text per byte to tokenize
    of those tried, and far more than the model's context."""
    rng = random.Random(7)
    return "".join(rng.choices(string.ascii_letters + string.digits + string.punctuation + " ", k=900_000))


@pytest.fixture(scope="module")
def tokenizing_seconds(model_path, large_content) -> float:
    """How long rendering and tokenizing ``large_content`` as a chat takes on this machine."""
    from transformers import AutoTokenizer

    tokenizer = AutoTokenizer.from_pretrained(model_path)
    started = time.perf_counter()
    tokenizer.apply_chat_template([{"role": "user", "content": large_content}], add_generation_prompt=True,
                                  tokenize=True, return_dict=False)
    seconds = time.perf_counter() - started
    assert seconds > 0.4, "the body must be slow enough to tokenize for the timings below to mean anything"
    return seconds


@pytest.mark.parametrize(("whose", "customer_limits", "key_limits"), [
    ("your customer account", Limits(rpm_limit=1), None),
    ("this API key", Limits(), Limits(rpm_limit=1)),
], ids=["customer", "key"])
def test_a_caller_over_its_request_rate_gets_a_429_for_a_large_body_without_the_gateway_tokenizing_it(
        lean_stack, large_content, tokenizing_seconds, whose, customer_limits, key_limits):
    stack = lean_stack
    customer_id = create_customer(stack.database_url, f"rpm-{uuid.uuid4().hex[:10]}", customer_limits)
    _, key = issue_key(stack.database_url, customer_id, limits=key_limits)
    url = f"{stack.base_url}/v1/chat/completions"
    first = requests.post(url, headers={"Authorization": f"Bearer {key}"}, timeout=60,
                          json={"model": MODEL, "max_tokens": 1, "messages": [{"role": "user", "content": "Hi"}]})
    assert first.status_code == 200, first.text

    large = {"model": MODEL, "messages": [{"role": "user", "content": large_content}]}
    started = time.perf_counter()
    refused = requests.post(url, headers={"Authorization": f"Bearer {key}"}, json=large, timeout=60)
    elapsed = time.perf_counter() - started

    assert refused.status_code == 429, refused.text
    error = refused.json()["error"]
    assert (error["type"], error["code"]) == ("requests", "rate_limit_exceeded") and whose in error["message"]
    assert int(refused.headers["Retry-After"]) >= 1
    # Uploading and parsing the body is all it cost: a tokenization of it would take tokenizing_seconds.
    assert elapsed < tokenizing_seconds / 4, (elapsed, tokenizing_seconds)


def test_tokenizing_large_bodies_does_not_stall_another_streams_tokens(lean_stack, large_content,
                                                                       tokenizing_seconds):
    stack = lean_stack
    stream = requests.post(f"{stack.base_url}/v1/chat/completions", headers=stack.headers(), json=LONG,
                           stream=True, timeout=120)
    assert stream.status_code == 200
    arrivals: list[float] = []
    started_generating, done = threading.Event(), threading.Event()

    def read() -> None:
        for event in read_events(stream):
            if event.data == "[DONE]" or done.is_set():
                return
            if event.json()["choices"] and event.json()["choices"][0]["delta"].get("content"):
                arrivals.append(event.arrived)
                if len(arrivals) >= 10:
                    started_generating.set()

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    assert started_generating.wait(120), "the stream never started"

    # One after the other: a machine with few cores keeps a core for the generation worker.
    sent = time.monotonic()
    answers = [requests.post(f"{stack.base_url}/v1/chat/completions", headers=stack.headers(), timeout=120,
                             json={"model": MODEL, "messages": [{"role": "user", "content": large_content}]})
               for _ in range(2)]
    answered = time.monotonic()
    went_on = wait_until(lambda: any(t > answered for t in arrivals), 30, interval=0.05,
                         what="a token after the large requests")
    done.set()
    reader.join(10)
    stream.close()

    # Both bodies were tokenized in full (each is refused for its length only once it is counted) ...
    assert [a.status_code for a in answers] == [400, 400], [a.text[:200] for a in answers]
    assert all(a.json()["error"]["code"] == "context_length_exceeded" for a in answers)
    # ... while the stream's tokens kept coming: its largest gap is a fraction of one tokenization.
    assert went_on and any(sent <= t <= answered for t in arrivals), "the stream must span the large requests"
    gaps = [later - earlier for earlier, later in zip(arrivals, arrivals[1:], strict=False)
            if later >= sent and earlier <= answered]
    assert max(gaps) < tokenizing_seconds / 2, (max(gaps), tokenizing_seconds, answered - sent)
