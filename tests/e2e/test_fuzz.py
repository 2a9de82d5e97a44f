"""/openapi.json describes every route, and a fuzzer driven by it (schemathesis + hypothesis, valid and
invalid data) finds no 5xx, no undocumented status or shape and no hang, within about a minute; no key ever
reaches a log line."""

from __future__ import annotations

import base64
import time

import pytest
import requests
import schemathesis
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis.errors import Unsatisfiable
from schemathesis import GenerationMode
from schemathesis.checks import (
    content_type_conformance,
    not_a_server_error,
    response_schema_conformance,
    status_code_conformance,
)

from api.openapi import OPERATIONS
from tests.conftest import TEST_KEY

pytestmark = pytest.mark.e2e

MODEL = "SmolLM2-135M-Instruct"
# negative_data_rejection is left out: the key these requests carry undoes schemathesis' "missing Authorization"
# mutation, so it would flag the admitted request as accepted invalid data. Invalid data is still sent.
CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance]
EXAMPLES_PER_MODE = 40
FUZZ_BUDGET_SECONDS = 75.0
EXAMPLES_PAST_DEADLINE = 2
REQUEST_TIMEOUT_SECONDS = 30.0  # a hang fails the test


def document(url: str) -> dict:
    response = requests.get(f"{url}/openapi.json", timeout=30)
    assert response.status_code == 200
    return response.json()


def test_the_description_is_openapi_3_1_and_describes_every_route(tenant_gateways):
    described = document(tenant_gateways.fuzz_url)
    assert described["openapi"] == "3.1.0"
    operations = {op["operationId"]: op for path in described["paths"].values() for op in path.values()}
    # Routes the URL map has but OPERATIONS lacks get the tag "Other": there must be none.
    assert [op_id for op_id, op in operations.items() if op["tags"] == ["Other"]] == []
    assert {op_id.replace("_", ".", 1) for op_id in operations} == set(OPERATIONS)
    assert described["paths"]["/v1/chat/completions"]["post"]["requestBody"]["content"]["application/json"]
    assert {"ChatCompletionRequest", "ChatCompletion", "ErrorResponse"} <= set(described["components"]["schemas"])
    schemathesis.openapi.from_dict(described)  # loads as a valid 3.1 document


def fuzz_operation(operation, mode: GenerationMode, url: str, session: requests.Session, headers: dict,
                   deadline: float, statuses: dict[int, int]) -> int:
    """Up to EXAMPLES_PER_MODE generated requests against one operation, each response checked; returns how
    many were sent. Past the deadline it sends no more than EXAMPLES_PAST_DEADLINE, so every operation is
    fuzzed however slow the machine."""
    sent = 0

    @given(case=operation.as_strategy(generation_mode=mode))
    @settings(max_examples=EXAMPLES_PER_MODE, deadline=None, database=None, phases=[Phase.generate],
              suppress_health_check=list(HealthCheck))
    def fuzz(case) -> None:
        nonlocal sent
        if sent >= EXAMPLES_PAST_DEADLINE and time.monotonic() > deadline:
            return  # the operation's share of the budget is spent: the remaining examples are skipped, not failed
        response = case.call(base_url=url, session=session, headers=headers, timeout=REQUEST_TIMEOUT_SECONDS)
        sent += 1
        statuses[response.status_code] = statuses.get(response.status_code, 0) + 1
        case.validate_response(response, checks=CHECKS, headers=headers)

    try:
        fuzz()
    except Unsatisfiable:
        if mode is GenerationMode.POSITIVE:
            raise
        # An operation without parameters or body has no invalid input to make.
    return sent


def test_fuzzing_every_operation_finds_no_server_error_and_no_hang(tenant_gateways):
    url = tenant_gateways.fuzz_url
    schema = schemathesis.openapi.from_dict(document(url))
    session = requests.Session()
    headers = {"Authorization": f"Bearer {TEST_KEY}"}
    started = time.monotonic()
    statuses: dict[int, int] = {}
    reached = {}
    operations = [result.ok() for result in schema.get_all_operations()]
    share = FUZZ_BUDGET_SECONDS / len(operations) / 2  # each operation and mode gets an equal part of the budget
    for operation in operations:
        reached[operation.label] = sum(
            fuzz_operation(operation, mode, url, session, headers, time.monotonic() + share, statuses)
            for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE))
    print(f"fuzzed {sum(statuses.values())} requests in {time.monotonic() - started:.1f}s: "
          f"statuses {dict(sorted(statuses.items()))}")
    assert not [status for status in statuses if status >= 500]
    assert len(reached) == len(OPERATIONS) and all(reached.values()), reached  # every one fuzzed
    assert tenant_gateways.processes["fuzz"].poll() is None
    assert "Traceback" not in (tenant_gateways.logs / "fuzz.log").read_text()


def test_no_key_reaches_any_log_line(tenant_gateways):
    gw = tenant_gateways
    _, key = gw.tenant(rpm_limit=1)
    _, admin_key = gw.tenant(role="admin")
    body = {"model": MODEL, "messages": [{"role": "user", "content": "Say yes."}], "max_tokens": 2}
    bearer = {"Authorization": f"Bearer {key}"}
    url = gw.urls[0]
    created = requests.post(f"{url}/v1/prompts", json={"model": MODEL, "prompt": "Say yes.", "max_tokens": 2},
                            headers=bearer, timeout=30)
    assert created.status_code == 201
    attempts = [
        requests.post(f"{url}/v1/chat/completions", json=body, headers=bearer, timeout=60),  # 429: limit 1
        requests.get(f"{url}{created.json()['stream_url']}", timeout=60),  # the stream token in the query
        requests.get(f"{url}/v1/streams/{created.json()['id']}", params={"token": key}, timeout=30),
        requests.get(f"{url}/v1/admin/keys", headers=bearer, timeout=30),  # 403
        requests.get(f"{url}/v1/admin/keys", headers={"Authorization": f"Bearer {admin_key}"}, timeout=30),
        requests.get(f"{url}/v1/models", headers={"Authorization": "Basic " + base64.b64encode(
            f"{key}:x".encode()).decode()}, timeout=30),  # 401, the key as a Basic user name
        requests.get(f"{url}/v1/models", headers={"Authorization": f"Bearer {key}x"}, timeout=30),  # 401
        requests.post(f"{url}/v1/chat/completions", json={**body, "model": key}, headers=bearer, timeout=30),
        requests.post(f"{url}/v1/chat/completions", data=key.encode() + b"\xff", headers=bearer, timeout=30),
    ]
    assert [a.status_code for a in attempts] == [429, 200, 404, 403, 200, 401, 401, 404, 400]
    stream_token = created.json()["stream_url"].split("token=")[1]
    logs = gw.log_text()
    assert logs  # the stack and the gateways did log
    for secret in [TEST_KEY, key, admin_key, stream_token, *gw.keys]:
        assert secret not in logs
    gateway_logs = "".join(path.read_text() for path in gw.logs.glob("*.log"))
    assert "Traceback" not in gateway_logs
