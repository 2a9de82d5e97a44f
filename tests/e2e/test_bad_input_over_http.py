"""Bad input that only the real server sees: a chunked body without a length, a gateway's configured bound,
a stream's Last-Event-ID, and no stack trace in the gateway's log. The validation of request bodies
itself is tests/unit/test_bad_input.py."""

from __future__ import annotations

import pytest
import requests

from tests.unit.test_bad_input import BAD_BODIES, GOOD

pytestmark = pytest.mark.e2e


def assert_openai_error(response: requests.Response, status: int, code: str | None = None) -> dict:
    assert response.status_code == status, response.text
    error = response.json()["error"]
    assert set(error) == {"message", "type", "param", "code"}
    assert error["message"] and "Traceback" not in error["message"]
    if code is not None:
        assert error["code"] == code
    return error


@pytest.fixture(scope="module")
def gateway_log(stack):
    """The gateway's log from this point on."""
    path = stack.logs / "web.log"
    start = path.stat().st_size
    return lambda: path.read_bytes()[start:].decode(errors="replace")


def post(stack, raw: bytes) -> requests.Response:
    return requests.post(f"{stack.base_url}/v1/chat/completions", data=raw, timeout=30,
                         headers={**stack.headers(), "Content-Type": "application/json"})


def test_tabs_and_line_breaks_are_text(stack):
    body = {**GOOD, "messages": [{"role": "user", "content": "a\tb\nc\r\nd"}], "max_tokens": 1}
    response = requests.post(f"{stack.base_url}/v1/chat/completions", json=body, headers=stack.headers(), timeout=60)
    assert response.status_code == 200, response.text


def test_an_oversized_chunked_body_without_a_length_is_a_413(stack):
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
    for raw in BAD_BODIES:
        assert_openai_error(post(stack, raw), 400)
    assert "Traceback" not in gateway_log()
