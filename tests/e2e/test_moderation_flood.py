"""/v1/moderations runs on the safety worker, not in the gateway: a flood of large moderation requests from
several callers leaves another customer's stream, relayed by the same gateway, flowing; each call counts
against its caller's request and token limits (429 in OpenAI's shape past them), and its tokens show in the
caller's usage."""

from __future__ import annotations

import json
import secrets
import threading
import time

import pytest
import requests
from transformers import AutoTokenizer

from sluice.streams import events
from sluice.streams.events import StreamEvent, new_request_id
from sluice.streams.publisher import StreamPublisher
from tests.conftest import wait_until
from tests.sse import read_events

pytestmark = pytest.mark.e2e

MODEL = "SmolLM2-135M-Instruct"
MODERATION_MODEL = "sluice-moderation"
CALLERS = 4
INPUTS = 6
INPUT_CHARS = 6_000
TICK = 0.05
# Each caller sends as many inputs as the safety worker would take this long to classify for all callers
# two at a time (measured first). Batched, the flood lasts a few seconds on a CPU whose classifier runs
# bfloat16 and on one that runs float32, several times slower, and no call nears the moderation timeout.
FLOOD_SECONDS = 10.0


def large_inputs(caller: int, count: int = INPUTS) -> list[str]:
    sentence = f"Caller {caller} describes the harbour, the boats and the weather of the morning. "
    return [(f"Input {n}. " + sentence * (INPUT_CHARS // len(sentence) + 1))[:INPUT_CHARS] for n in range(count)]


def inputs_per_caller(url: str, key: str) -> int:
    """How many large inputs each caller sends: enough for all callers' to take the safety worker about
    FLOOD_SECONDS, from the time two of them take it now (which also warms the classifier up)."""
    started = time.monotonic()
    assert moderate(url, key, large_inputs(8, 2)).status_code == 200
    per_input = (time.monotonic() - started) / 2
    return max(2, min(32, round(FLOOD_SECONDS / (CALLERS * per_input))))


def moderate(url: str, key: str, texts: list[str]) -> requests.Response:
    return post_moderation(url, key, json.dumps({"input": texts}).encode())


def post_moderation(url: str, key: str, body: bytes) -> requests.Response:
    return requests.post(f"{url}/v1/moderations", data=body, timeout=120,
                         headers={"Authorization": f"Bearer {key}", "Content-Type": "application/json"})


def test_a_moderation_flood_leaves_other_streams_flowing_is_limited_and_billed(tenant_gateways, model_path):
    gw = tenant_gateways
    url = gw.urls[0]
    tokenizer = AutoTokenizer.from_pretrained(model_path)
    flooders = [gw.tenant() for _ in range(CALLERS)]
    _, one_request_key = gw.tenant(rpm_limit=1)
    _, small_tpm_key = gw.tenant(tpm_limit=4_000)
    count = inputs_per_caller(url, gw.tenant()[1])

    # Another customer's stream, relayed by the same gateway, gets a token every TICK seconds (published
    # here, so that what is measured is the gateway's relay, not how fast a worker on a busy machine generates).
    rid, token = new_request_id("bench"), secrets.token_urlsafe(16)
    gw.stack.redis.hset(events.request_meta_key(rid), mapping={
        "customer_id": 0, "api_key_id": 0, "model": MODEL, "created": int(time.time()), "stream_token": token})
    stream = requests.get(f"{url}/v1/streams/{rid}", params={"token": token}, stream=True, timeout=60)
    assert stream.status_code == 200
    publisher = StreamPublisher(gw.stack.redis, replay_ttl_seconds=120, replay_max_events=10_000)
    flood_over = threading.Event()

    def tick() -> None:
        seq = 0
        while not flood_over.is_set():
            seq += 1
            publisher.publish(StreamEvent(rid, seq, events.TOKEN, {"text": "x", "t": time.time()}))
            time.sleep(TICK)
        publisher.publish_and_wait(StreamEvent(rid, seq + 1, events.DONE, {"finish_reason": "stop"}))

    answers: dict[str, requests.Response] = {}

    def flood(name: str, key: str, body: bytes) -> None:
        answers[name] = post_moderation(url, key, body)

    # Bodies encoded beforehand: this process's own work must not delay its reading of the stream.
    bodies = {i: json.dumps({"input": large_inputs(i, count)}).encode() for i in range(CALLERS)}
    bodies[9] = json.dumps({"input": large_inputs(9)}).encode()  # over the 4,000 tokens a minute it may send
    callers = [threading.Thread(target=flood, args=(f"flood-{i}", key, bodies[i]))
               for i, (_, key) in enumerate(flooders)]
    callers.append(threading.Thread(target=flood, args=("too-many-tokens", small_tpm_key, bodies[9])))
    ticker = threading.Thread(target=tick)
    ticker.start()
    reader = read_events(stream)
    next(reader)
    flood_started = time.monotonic()
    for caller in callers:
        caller.start()
    arrivals, delays = [], []
    try:
        for event in reader:
            if event.event != "token":
                break
            arrivals.append(time.monotonic())
            delays.append(time.time() - event.json()["t"])
            if not flood_over.is_set() and not any(caller.is_alive() for caller in callers):
                flood_over.set()
    finally:
        flood_over.set()
        ticker.join(timeout=30)
        publisher.close()
        stream.close()
    flood_seconds = max(arrival - flood_started for arrival in arrivals)
    for caller in callers:
        caller.join(timeout=120)

    assert all(answers[f"flood-{i}"].status_code == 200 for i in range(CALLERS)), {
        name: (answer.status_code, answer.text[:200]) for name, answer in answers.items()}
    assert all(len(answers[f"flood-{i}"].json()["results"]) == count for i in range(CALLERS))
    gaps = [later - earlier for earlier, later in zip(arrivals, arrivals[1:], strict=False)]
    print(f"flood of {CALLERS} x {count} x {INPUT_CHARS} chars: {flood_seconds:.1f}s, {len(arrivals)} tokens "
          f"of the other stream meanwhile, largest gap {max(gaps):.3f}s, largest delay {max(delays):.3f}s")
    assert flood_seconds > 2 and max(gaps) < 1.0 and max(delays) < 1.0

    # Past its token limit a moderation is refused before any classifier runs; past its request limit too.
    too_large = answers["too-many-tokens"]
    assert too_large.status_code == 429
    assert set(too_large.json()["error"]) == {"message", "type", "param", "code"}
    assert (too_large.json()["error"]["type"], too_large.json()["error"]["code"]) == ("tokens", "rate_limit_exceeded")
    assert moderate(url, one_request_key, ["Is this fine?"]).status_code == 200
    refused = moderate(gw.urls[1], one_request_key, ["Is this fine?"])
    assert refused.status_code == 429 and refused.json()["error"]["type"] == "requests"
    assert int(refused.headers["Retry-After"]) >= 1

    # Each flooder's usage holds its moderation's tokens, counted by the served model's tokenizer.
    customer_id, key = flooders[0]
    expected = sum(len(tokenizer.encode(text, add_special_tokens=False)) for text in large_inputs(0, count))

    def moderation_usage() -> list[dict]:
        report = requests.get(f"{url}/v1/usage", params={"group_by": "model"},
                              headers={"Authorization": f"Bearer {key}"}, timeout=30).json()
        return [row for row in report["data"] if row["model"] == MODERATION_MODEL]

    [row] = wait_until(moderation_usage, 30, interval=0.5, what="the moderation's usage")
    assert (row["prompt_tokens"], row["completion_tokens"], row["requests"]) == (expected, 0, 1)
