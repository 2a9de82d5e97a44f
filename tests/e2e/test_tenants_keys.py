"""Customers and keys: managed by the ``sluice`` commands or the admin endpoints, shown once, stored as a hash,
revoked at once on every gateway, each change recorded with the admin key that made it; no, wrong and revoked
keys are 401, user keys on admin endpoints 403, and one customer never sees another's requests."""

from __future__ import annotations

import hashlib
import subprocess
import time

import pytest
import requests
from sqlalchemy import create_engine, text

from tenants.keys import announce_key_change, hash_key, revoke_key
from tests.conftest import REPO, SLUICE, TEST_KEY, wait_until

pytestmark = pytest.mark.e2e

MODEL = "SmolLM2-135M-Instruct"


def sluice_command(gw, *args: str) -> subprocess.CompletedProcess:
    """``sluice ARGS`` against the stack's database and Redis."""
    result = subprocess.run([SLUICE, *args], env=gw.stack.env, cwd=REPO, capture_output=True, text=True,
                            timeout=180)
    assert result.returncode == 0, result.stderr[-2000:]
    return result


def bearer(key: str | None) -> dict:
    return {} if key is None else {"Authorization": f"Bearer {key}"}


def test_a_key_made_by_the_commands_is_shown_once_stored_as_a_hash_and_revoked_on_every_gateway(tenant_gateways):
    gw = tenant_gateways
    name = f"cli-{time.time_ns()}"
    sluice_command(gw, "create-customer", name, "--rpm", "100")
    created = sluice_command(gw, "create-key", name, "--name", "laptop")
    key = created.stdout.strip()
    gw.keys.append(key)
    assert key.startswith("sk-sluice-") and len(key) > 30

    listing = sluice_command(gw, "list-keys", "--customer", name).stdout
    assert "laptop" in listing and key[:14] in listing and key not in listing
    with create_engine(gw.stack.database_url).connect() as connection:
        rows = [tuple(row) for row in connection.execute(text("SELECT * FROM api_keys"))]
    assert not any(key in str(value) for row in rows for value in row)  # only the hash is stored
    assert any(hashlib.sha256(key.encode()).hexdigest() in row for row in rows)

    for url in gw.urls:  # both gateways now hold the key in their caches
        assert requests.get(f"{url}/v1/models", headers=bearer(key), timeout=30).status_code == 200
    key_id = next(line.split()[0] for line in listing.splitlines() if "laptop" in line)
    sluice_command(gw, "revoke-key", key_id)
    revoked_at = time.monotonic()
    for url in gw.urls:
        response = requests.get(f"{url}/v1/models", headers=bearer(key), timeout=30)
        assert response.status_code == 401, response.text
        assert response.json()["error"]["code"] == "invalid_api_key"
    assert time.monotonic() - revoked_at < 5  # well inside the cache's lifetime: the epoch told them


@pytest.mark.parametrize("key", [None, "sk-sluice-not-a-real-key", "revoked"])
@pytest.mark.parametrize("method,path", [("GET", "/v1/models"), ("POST", "/v1/chat/completions"),
                                         ("POST", "/v1/prompts"), ("GET", "/v1/usage"),
                                         ("DELETE", "/v1/prompts/prompt-x"), ("GET", "/v1/admin/keys")])
def test_no_key_a_wrong_key_and_a_revoked_key_are_401(tenant_gateways, key, method, path):
    gw = tenant_gateways
    if key == "revoked":
        customer_id, key = gw.tenant()
        requests.get(f"{gw.urls[0]}/v1/models", headers=bearer(key), timeout=30)  # cached as valid
        revoke_key(gw.stack.database_url, _key_id(gw, key))
        announce_key_change(gw.stack.redis)
    body = {"model": MODEL, "messages": [{"role": "user", "content": "hi"}]}
    response = requests.request(method, f"{gw.urls[0]}{path}", json=body, headers=bearer(key), timeout=30)
    assert response.status_code == 401, response.text
    assert response.json()["error"]["type"] == "authentication_error"


def _key_id(gw, key: str) -> int:
    with create_engine(gw.stack.database_url).connect() as connection:
        return connection.execute(text("SELECT id FROM api_keys WHERE key_hash = :h"), {"h": hash_key(key)}).scalar()


@pytest.mark.parametrize("path", ["/v1/admin/customers", "/v1/admin/keys", "/v1/admin/limits"])
def test_a_user_key_on_admin_endpoints_is_403_and_an_admin_key_lists_without_secrets(tenant_gateways, path):
    gw = tenant_gateways
    _, user_key = gw.tenant()
    refused = requests.get(f"{gw.urls[0]}{path}", headers=bearer(user_key), timeout=30)
    assert refused.status_code == 403
    assert refused.json()["error"]["type"] == "permission_error"

    listing = requests.get(f"{gw.urls[0]}{path}", headers=bearer(TEST_KEY), timeout=30)
    assert listing.status_code == 200, listing.text
    assert listing.json()["object"] == "list" and listing.json()["data"]
    assert user_key not in listing.text and TEST_KEY not in listing.text
    assert hash_key(user_key) not in listing.text and hash_key(TEST_KEY) not in listing.text


def test_the_development_key_is_an_admin_key_stored_like_any_other(tenant_gateways):
    keys = requests.get(f"{tenant_gateways.urls[0]}/v1/admin/keys", headers=bearer(TEST_KEY), timeout=30).json()
    dev = [k for k in keys["data"] if k["customer"] == "dev" and k["name"] == "development key"]
    assert [(k["role"], k["prefix"], k["revoked_at"]) for k in dev] == [("admin", TEST_KEY[:14], None)]


def test_the_admin_listing_shows_the_current_use_of_each_limit(tenant_gateways):
    gw = tenant_gateways
    customer_id, key = gw.tenant(rpm_limit=50, stream_limit=5)
    created = requests.post(f"{gw.urls[0]}/v1/prompts", headers=bearer(key), timeout=30,
                            json={"model": MODEL, "prompt": "Count from 1 to 500.", "max_tokens": 300})
    assert created.status_code == 201
    try:
        use = requests.get(f"{gw.urls[1]}/v1/admin/limits", params={"customer_id": customer_id},
                           headers=bearer(TEST_KEY), timeout=30).json()
        customer = next(e for e in use["data"] if e["scope"] == "customer")
        assert customer["requests"] == {"limit": 50, "used": 1}
        assert customer["streams"] == {"limit": 5, "used": 1}
        assert customer["tokens"]["used"] > 300
        assert [e["scope"] for e in use["data"]] == ["customer", "key"]
    finally:
        requests.delete(f"{gw.urls[0]}/v1/prompts/{created.json()['id']}", headers=bearer(key), timeout=30)


def test_another_customers_request_id_is_404_on_stream_cancel_and_usage(tenant_gateways):
    gw = tenant_gateways
    _, owner_key = gw.tenant()
    _, other_key = gw.tenant()
    created = requests.post(f"{gw.urls[0]}/v1/prompts", headers=bearer(owner_key), timeout=30,
                            json={"model": MODEL, "prompt": "Say yes.", "max_tokens": 3})
    assert created.status_code == 201
    request_id = created.json()["id"]

    stream = requests.get(f"{gw.urls[0]}/v1/streams/{request_id}", headers=bearer(other_key), timeout=30)
    cancel = requests.delete(f"{gw.urls[0]}/v1/prompts/{request_id}", headers=bearer(other_key), timeout=30)
    assert (stream.status_code, cancel.status_code) == (404, 404)
    assert stream.json()["error"]["code"] == cancel.json()["error"]["code"] == "not_found"

    # The owner's usage reaches the ledger; the other customer's usage never shows it.
    def owner_usage() -> int:
        return requests.get(f"{gw.urls[0]}/v1/usage", headers=bearer(owner_key),
                            timeout=30).json()["total"]["requests"]

    wait_until(owner_usage, 60, interval=0.5, what="the owner's usage in the ledger")
    other = requests.get(f"{gw.urls[0]}/v1/usage", params={"group_by": "key"}, headers=bearer(other_key),
                         timeout=30).json()
    assert other["total"] == {"prompt_tokens": 0, "completion_tokens": 0, "total_tokens": 0, "requests": 0}
    assert other["data"] == []


# -- tenants over HTTP ---------------------------------------------------------------------------------------


def _admin_call(method: str, url: str, key: str, json: dict | None = None) -> requests.Response:
    return requests.request(method, url, json=json, headers=bearer(key), timeout=30)


def test_an_admin_manages_customers_keys_and_limits_over_http_and_each_change_is_recorded_with_its_admin_key(
        tenant_gateways):
    gw = tenant_gateways
    _, admin_key = gw.tenant(role="admin")
    admin_key_id = _key_id(gw, admin_key)
    first, second = gw.urls
    name = f"http-{time.time_ns()}"

    created = _admin_call("POST", f"{first}/v1/admin/customers", admin_key, {"name": name, "rpm_limit": 50})
    assert created.status_code == 201, created.text
    customer = created.json()
    assert (customer["object"], customer["name"], customer["active_keys"]) == ("customer", name, 0)
    assert customer["limits"] == {"rpm_limit": 50, "tpm_limit": None, "stream_limit": None,
                                  "monthly_token_budget": None}
    again = _admin_call("POST", f"{second}/v1/admin/customers", admin_key, {"name": name})
    assert again.status_code == 409 and again.json()["error"]["code"] == "conflict"

    issued = _admin_call("POST", f"{first}/v1/admin/keys", admin_key,
                         {"customer_id": customer["id"], "name": "ci runner"})
    assert issued.status_code == 201, issued.text
    key = issued.json()["key"]
    gw.keys.append(key)
    assert key.startswith("sk-sluice-") and issued.json()["prefix"] == key[:14]
    assert issued.json()["role"] == "user" and issued.json()["revoked_at"] is None
    listing = _admin_call("GET", f"{second}/v1/admin/keys?customer_id={customer['id']}", admin_key)
    assert [k["name"] for k in listing.json()["data"]] == ["ci runner"] and key not in listing.text
    body = {"model": MODEL, "prompt": "Say yes.", "max_tokens": 2}
    assert requests.post(f"{second}/v1/prompts", json=body, headers=bearer(key), timeout=30).status_code == 201

    # A budget set on one gateway holds on the other at once.
    budget = _admin_call("PATCH", f"{first}/v1/admin/customers/{customer['id']}/limits", admin_key,
                         {"monthly_token_budget": 1, "rpm_limit": None})
    assert budget.status_code == 200, budget.text
    assert budget.json()["limits"]["monthly_token_budget"] == 1 and budget.json()["limits"]["rpm_limit"] is None
    refused = requests.post(f"{second}/v1/prompts", json=body, headers=bearer(key), timeout=30)
    assert refused.status_code == 429 and refused.json()["error"]["code"] == "insufficient_quota"
    key_id = issued.json()["id"]
    narrowed = _admin_call("PATCH", f"{second}/v1/admin/keys/{key_id}/limits", admin_key, {"rpm_limit": 5})
    assert narrowed.status_code == 200 and narrowed.json()["limits"]["rpm_limit"] == 5

    revoked = _admin_call("DELETE", f"{second}/v1/admin/keys/{key_id}", admin_key)
    assert revoked.status_code == 200 and revoked.json()["revoked_at"] is not None
    for url in gw.urls:
        assert requests.get(f"{url}/v1/models", headers=bearer(key), timeout=30).status_code == 401

    actions = _admin_call("GET", f"{first}/v1/admin/actions?customer_id={customer['id']}", admin_key).json()
    assert [a["action"] for a in actions["data"]] == ["key.revoke", "limits.set", "limits.set", "key.create",
                                                      "customer.create"]
    assert {a["admin_key_id"] for a in actions["data"]} == {admin_key_id}
    assert all(abs(a["at"] - time.time()) < 120 for a in actions["data"])
    assert actions["data"][2]["detail"]["after"]["monthly_token_budget"] == 1
    assert key not in str(actions) and hash_key(key) not in str(actions)


@pytest.mark.parametrize("method,path,body,status,param", [
    ("POST", "/v1/admin/customers", {"name": " "}, 400, "name"),
    ("POST", "/v1/admin/customers", {"name": "x", "rpm_limit": -1}, 400, "rpm_limit"),
    ("POST", "/v1/admin/customers", {"name": "x", "tpm_limit": "1000"}, 400, "tpm_limit"),
    ("POST", "/v1/admin/customers", {"name": "x", "plan": "gold"}, 400, "plan"),
    ("POST", "/v1/admin/keys", {"customer_id": 2**31 - 1}, 404, None),
    ("POST", "/v1/admin/keys", {"customer_id": 1, "role": "root"}, 400, "role"),
    ("PATCH", "/v1/admin/customers/2147483647/limits", {"rpm_limit": 1}, 404, None),
    ("PATCH", "/v1/admin/customers/2147483646/limits", {}, 400, None),
    ("PATCH", "/v1/admin/keys/99999999999999999999/limits", {"rpm_limit": 1}, 404, None),
    ("DELETE", "/v1/admin/keys/2147483647", None, 404, None),
])
def test_bad_admin_input_is_refused_in_openai_error_shape_and_changes_nothing(tenant_gateways, method, path, body,
                                                                             status, param):
    gw = tenant_gateways
    before = _admin_call("GET", f"{gw.urls[0]}/v1/admin/actions?limit=1", TEST_KEY).json()["data"]
    response = _admin_call(method, f"{gw.urls[0]}{path}", TEST_KEY, body)
    assert response.status_code == status, response.text
    assert set(response.json()["error"]) == {"message", "type", "param", "code"}
    assert response.json()["error"]["param"] == param
    assert _admin_call("GET", f"{gw.urls[0]}/v1/admin/actions?limit=1", TEST_KEY).json()["data"] == before


def test_an_admin_key_cannot_lock_itself_out_over_http(tenant_gateways):
    gw = tenant_gateways
    customer_id, admin_key = gw.tenant(role="admin")
    admin_key_id = _key_id(gw, admin_key)
    for method, path, body in [("DELETE", f"/v1/admin/keys/{admin_key_id}", None),
                               ("PATCH", f"/v1/admin/keys/{admin_key_id}/limits", {"rpm_limit": 1}),
                               ("PATCH", f"/v1/admin/customers/{customer_id}/limits", {"stream_limit": 1})]:
        response = _admin_call(method, f"{gw.urls[0]}{path}", admin_key, body)
        assert response.status_code == 403, (path, response.text)
        assert response.json()["error"]["code"] == "own_access"
    # Another admin key may.
    revoked = _admin_call("DELETE", f"{gw.urls[0]}/v1/admin/keys/{admin_key_id}", TEST_KEY)
    assert revoked.status_code == 200 and revoked.json()["revoked_at"] is not None


def test_a_user_key_cannot_change_tenants(tenant_gateways):
    gw = tenant_gateways
    customer_id, user_key = gw.tenant()
    for method, path, body in [("POST", "/v1/admin/customers", {"name": f"u-{time.time_ns()}"}),
                               ("POST", "/v1/admin/keys", {"customer_id": customer_id, "role": "admin"}),
                               ("PATCH", f"/v1/admin/customers/{customer_id}/limits", {"rpm_limit": 0}),
                               ("DELETE", f"/v1/admin/keys/{_key_id(gw, user_key)}", None)]:
        response = _admin_call(method, f"{gw.urls[0]}{path}", user_key, body)
        assert response.status_code == 403, (path, response.text)
        assert response.json()["error"]["type"] == "permission_error"
    # Only the tenant's own making is recorded, by the command line's functions (no admin key).
    actions = _admin_call("GET", f"{gw.urls[0]}/v1/admin/actions?customer_id={customer_id}", TEST_KEY).json()
    assert [(a["action"], a["admin_key_id"]) for a in actions["data"]] == [("key.create", None),
                                                                          ("customer.create", None)]
