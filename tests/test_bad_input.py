"""Bad requests get the right status and an OpenAI-shaped error, and nothing is queued for them."""

from __future__ import annotations

import pytest
import requests

pytestmark = pytest.mark.e2e


def assert_openai_error(response: requests.Response, status: int, code: str | None = None) -> dict:
    assert response.status_code == status, response.text
    error = response.json()["error"]
    assert set(error) == {"message", "type", "param", "code"}
    assert error["message"] and "Traceback" not in error["message"]
    if code is not None:
        assert error["code"] == code
    return error


REQUEST_KEY_PATTERNS = ("sluice:req:*", "sluice:log:*", "sluice:cancelled:*", "celery-task-meta-*")


def request_keys(stack) -> set[bytes]:
    """Keys that exist only because a request was admitted (workers' own presence keys come and go)."""
    return {key for pattern in REQUEST_KEY_PATTERNS for key in stack.redis.scan_iter(match=pattern)}


@pytest.fixture
def nothing_enqueued(stack):
    before = request_keys(stack)
    yield
    assert stack.queue_lengths() == {"safety": 0, f"gpu.{stack.model}": 0}
    assert request_keys(stack) == before


def post(stack, body, key=None, raw=None):
    headers = stack.headers(key) if key != "" else {}
    if raw is not None:
        return requests.post(f"{stack.base_url}/v1/chat/completions", data=raw, headers=headers, timeout=30)
    return requests.post(f"{stack.base_url}/v1/chat/completions", json=body, headers=headers, timeout=30)


GOOD = {"model": "SmolLM2-135M-Instruct", "messages": [{"role": "user", "content": "hi"}]}


def test_malformed_json_is_a_400(stack, nothing_enqueued):
    assert_openai_error(post(stack, None, raw=b'{"model": "x", "messages": ['), 400)


def test_a_json_array_body_is_a_400(stack, nothing_enqueued):
    assert_openai_error(post(stack, None, raw=b"[1, 2]"), 400)


def test_missing_messages_is_a_400_naming_the_parameter(stack, nothing_enqueued):
    error = assert_openai_error(post(stack, {"model": GOOD["model"]}), 400)
    assert error["param"] == "messages"


def test_empty_messages_is_a_400(stack, nothing_enqueued):
    assert_openai_error(post(stack, {**GOOD, "messages": []}), 400)


def test_unknown_model_is_a_404(stack, nothing_enqueued):
    assert_openai_error(post(stack, {**GOOD, "model": "gpt-17"}), 404, "model_not_found")


@pytest.mark.parametrize("value", [0, -5, "ten", 1.5])
def test_max_tokens_out_of_range_is_a_400(stack, nothing_enqueued, value):
    error = assert_openai_error(post(stack, {**GOOD, "max_tokens": value}), 400)
    assert error["param"] == "max_tokens"


def test_max_tokens_beyond_the_context_is_a_400(stack, nothing_enqueued):
    assert_openai_error(post(stack, {**GOOD, "max_tokens": 10**6}), 400, "context_length_exceeded")


def test_too_long_a_prompt_is_a_400_before_any_gpu_work(stack, nothing_enqueued):
    long_text = "river " * 5000
    body = {**GOOD, "messages": [{"role": "user", "content": long_text}]}
    assert_openai_error(post(stack, body), 400, "context_length_exceeded")


@pytest.mark.parametrize("body", [
    {**GOOD, "temperature": 3},
    {**GOOD, "top_p": 0},
    {**GOOD, "n": 2},
    {**GOOD, "stop": ["a", "b", "c", "d", "e"]},
    {**GOOD, "messages": [{"role": "wizard", "content": "hi"}]},
    {**GOOD, "unknown_field": 1},
])
def test_invalid_parameters_are_a_400(stack, nothing_enqueued, body):
    assert_openai_error(post(stack, body), 400)


def test_no_key_is_a_401(stack, nothing_enqueued):
    assert_openai_error(post(stack, GOOD, key=""), 401)


def test_a_wrong_key_is_a_401(stack, nothing_enqueued):
    assert_openai_error(post(stack, GOOD, key="sk-sluice-not-a-real-key"), 401, "invalid_api_key")


def test_an_oversized_body_is_a_413(stack, nothing_enqueued):
    huge = b'{"model": "m", "messages": [{"role": "user", "content": "' + b"x" * 2_000_000 + b'"}]}'
    assert_openai_error(post(stack, None, raw=huge), 413)


# -- hardening: encodings, shapes, types and sizes a client should never get past validation ------------------


@pytest.fixture(scope="module", autouse=True)
def gateway_log(stack):
    """The gateway's log from this point on (for 'no stack trace in any log line')."""
    path = stack.logs / "web.log"
    start = path.stat().st_size
    return lambda: path.read_bytes()[start:].decode(errors="replace")


@pytest.mark.parametrize("raw", [
    b'{"model": "SmolLM2-135M-Instruct", "messages": [{"role": "user", "content": "caf\xe9"}]}',  # Latin-1
    b'{"model": "SmolLM2-135M-Instruct", "messages": [{"role": "user", "content": "hi"}], "temperature": NaN}',
    b'{"model": "SmolLM2-135M-Instruct", "messages": [], "top_p": Infinity}',
    b'{"model": "SmolLM2-135M-Instruct", "messages": [{"role": "user", "content": "hi"}], "seed": 1' + b"0" * 5000
    + b"}",
    b"[" * 100_000 + b"]" * 100_000,
    b'{"a": ' * 40 + b"1" + b"}" * 40,
    b"{" + b",".join(b'"f%d": 1' % i for i in range(500)) + b"}",
    b"",
    b"\xef\xbb\xbf{}",
], ids=["invalid-utf8", "nan", "infinity", "5000-digit-number", "deep-array", "deep-object", "500-fields", "empty",
        "bom"])
def test_bodies_that_are_not_usable_json_are_a_400(stack, nothing_enqueued, raw):
    assert_openai_error(post(stack, None, raw=raw), 400)


@pytest.mark.parametrize("content", ["nul\x00byte", "bell\x07", "escape\x1b[31m", "c1\x85", "\ud800"],
                         ids=["nul", "bell", "escape", "c1", "lone-surrogate"])
def test_control_characters_and_unpaired_surrogates_in_text_are_a_400(stack, nothing_enqueued, content):
    for body in ({**GOOD, "messages": [{"role": "user", "content": content}]},
                 {**GOOD, "messages": [{"role": "user", "content": [{"type": "text", "text": content}]}]},
                 {**GOOD, "stop": [content]}):
        error = assert_openai_error(post(stack, body), 400)
        assert error["param"].split(".")[0] in ("messages", "stop")


def test_tabs_and_line_breaks_are_text(stack):
    body = {**GOOD, "messages": [{"role": "user", "content": "a\tb\nc\r\nd"}], "max_tokens": 1}
    assert post(stack, body).status_code == 200


@pytest.mark.parametrize("stop", [["x"] * 10_000, ["y" * 1000], [""]], ids=["10000-stops", "long-stop", "empty"])
def test_huge_or_empty_stop_sequences_are_a_400(stack, nothing_enqueued, stop):
    assert assert_openai_error(post(stack, {**GOOD, "stop": stop}), 400)["param"].startswith("stop")


@pytest.mark.parametrize("field,value", [
    ("temperature", "0.5"), ("top_p", "1"), ("max_tokens", "10"), ("max_tokens", 10.0), ("max_tokens", True),
    ("seed", "7"), ("seed", 2**64), ("top_k", 10**7), ("stream", "true"), ("stream", 1), ("n", "1"),
    ("messages", "hi"), ("messages", {"role": "user"}), ("model", 5), ("stop", 5), ("user", 5),
])
def test_parameters_of_the_wrong_type_are_a_400_naming_the_parameter(stack, nothing_enqueued, field, value):
    error = assert_openai_error(post(stack, {**GOOD, field: value}), 400)
    assert error["param"].split(".")[0] == field


def test_unknown_fields_are_refused_as_openai_does(stack, nothing_enqueued):
    error = assert_openai_error(post(stack, {**GOOD, "logit_bias_x": {}}), 400)
    assert error["message"] == "Unrecognized request argument supplied: logit_bias_x"
    assert error["param"] == "logit_bias_x"


def test_an_oversized_chunked_body_without_a_length_is_a_413(stack, nothing_enqueued):
    def chunks():
        yield b'{"model": "m", "messages": [{"role": "user", "content": "'
        for _ in range(40):
            yield b"x" * 50_000
        yield b'"}]}'

    response = requests.post(f"{stack.base_url}/v1/chat/completions", data=chunks(), headers=stack.headers(),
                             timeout=30)
    assert_openai_error(response, 413)


def test_max_tokens_beyond_the_configured_bound_is_a_400(tenant_gateways):
    from tests.tenant_stack import FUZZ_MAX_TOKENS

    response = requests.post(f"{tenant_gateways.fuzz_url}/v1/chat/completions", headers=tenant_gateways.stack.headers(),
                             json={**GOOD, "max_tokens": FUZZ_MAX_TOKENS + 1}, timeout=30)
    assert assert_openai_error(response, 400)["param"] == "max_tokens"


@pytest.mark.parametrize("last_id", ["²", "9" * 30, "-1", "abc"])
def test_a_bad_last_event_id_is_a_400(stack, last_id):
    created = requests.post(f"{stack.base_url}/v1/prompts", headers=stack.headers(), timeout=30,
                            json={"model": GOOD["model"], "prompt": "hi", "max_tokens": 1})
    assert created.status_code == 201
    response = requests.get(f"{stack.base_url}/v1/streams/{created.json()['id']}", params={"last_event_id": last_id},
                            headers=stack.headers(), timeout=30)
    assert_openai_error(response, 400)


def test_no_bad_input_left_a_stack_trace_in_the_log(stack, gateway_log):
    assert_openai_error(post(stack, None, raw=b"\xff\xfe"), 400)
    assert "Traceback" not in gateway_log()
