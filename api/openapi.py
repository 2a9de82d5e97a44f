"""``GET /openapi.json``: an OpenAPI 3.1 description of every route the gateway serves.

The paths come from the app's own URL map, so a route cannot be served undescribed (tests/e2e/test_fuzz.py
checks that each has an entry in OPERATIONS); request and response bodies come from the pydantic models
in api/protocol.py, whose JSON Schema (2020-12) OpenAPI 3.1 takes as it is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from flask import Blueprint, Flask, current_app, jsonify
from pydantic import BaseModel
from pydantic.json_schema import models_json_schema

from api import protocol
from api.submission import PRIORITY_HEADER

bp = Blueprint("openapi", __name__)

OPENAPI_VERSION = "3.1.0"
_IGNORED_METHODS = {"HEAD", "OPTIONS"}


@dataclass(frozen=True)
class Operation:
    """What the URL map cannot say about one endpoint."""

    summary: str
    tag: str
    auth: str = "key"  # key, admin, key_or_token, none
    request: type[BaseModel] | None = None
    query: type[BaseModel] | None = None
    response: type[BaseModel] | None = None  # a JSON body on success
    media: str = "application/json"  # the success body's type when it is not a model
    status: int = 200
    streams: type[BaseModel] | None = None  # the data lines of a text/event-stream answer
    errors: tuple[int, ...] = ()
    parameters: tuple[dict, ...] = field(default_factory=tuple)


_PRIORITY = {"name": PRIORITY_HEADER, "in": "header", "required": False,
             "description": "interactive (default) or batch: batch requests wait behind every interactive one",
             "schema": {"type": "string", "enum": ["interactive", "batch"]}}
_GENERATION_ERRORS = (400, 401, 404, 413, 429, 500, 503)

OPERATIONS: dict[str, Operation] = {
    "openai.chat_completions": Operation(
        "Create a chat completion; with stream=true, server-sent events of chunks ending with data: [DONE]",
        "OpenAI", request=protocol.ChatCompletionRequest, response=protocol.ChatCompletion,
        streams=protocol.ChatCompletionChunk, errors=_GENERATION_ERRORS, parameters=(_PRIORITY,)),
    "openai.completions": Operation(
        "Create a text completion (raw prompt, no chat template); stream=true streams chunks", "OpenAI",
        request=protocol.CompletionRequest, response=protocol.Completion, streams=protocol.Completion,
        errors=_GENERATION_ERRORS, parameters=(_PRIORITY,)),
    "openai.list_models": Operation("The models at least one worker serves now", "OpenAI",
                                    response=protocol.ModelList, errors=(401,)),
    "moderations.create_moderation": Operation(
        "Classify texts with the safety policy's classifiers (OpenAI's moderation shape)", "OpenAI",
        request=protocol.ModerationRequest, response=protocol.ModerationResponse, errors=(400, 401, 413, 429, 503)),
    "prompts.create_prompt": Operation(
        "Queue a generation and get the URL of its event stream", "Streams", request=protocol.PromptRequest,
        response=protocol.PromptCreated, status=201, errors=(400, 401, 404, 413, 429, 503),
        parameters=(_PRIORITY,)),
    "prompts.cancel_prompt": Operation("Cancel a generation; the tokens generated so far are billed", "Streams",
                                       response=protocol.PromptCancelling, status=202, errors=(401, 404)),
    "prompts.read_stream": Operation(
        "Server-sent events of a generation: token events, then one of done, error, content_filter, "
        "cancelled; the SSE id is the sequence number", "Streams", auth="key_or_token", media="text/event-stream",
        errors=(400, 404, 429), parameters=(
            {"name": "token", "in": "query", "required": False, "schema": {"type": "string"},
             "description": "the stream token from stream_url (EventSource cannot send a key)"},
            {"name": "last_event_id", "in": "query", "required": False,
             "schema": {"type": "string", "pattern": "^[0-9]{1,18}$"}, "description": "resume after this event"},
            {"name": "Last-Event-ID", "in": "header", "required": False,
             "schema": {"type": "string", "pattern": "^[0-9]{1,18}$"}, "description": "resume after this event"},
        )),
    "responses.create_response": Operation(
        "Create a response (Responses API); stream=true streams numbered response.* events, background=true "
        "runs it to its end whatever the client does", "OpenAI", request=protocol.ResponseCreateRequest,
        response=protocol.ResponseObject, streams=protocol.ResponseLifecycleEvent, errors=_GENERATION_ERRORS,
        parameters=(_PRIORITY,)),
    "responses.retrieve_response": Operation(
        "A stored response as it stands; with stream=true its events after starting_after, then live ones",
        "OpenAI", query=protocol.ResponseRetrieveQuery, response=protocol.ResponseObject, errors=(400, 401, 404, 429)),
    "responses.cancel_response": Operation("Cancel a background response; billed for what it generated", "OpenAI",
                                           response=protocol.ResponseObject, errors=(400, 401, 404)),
    "responses.delete_response": Operation("Delete a stored response", "OpenAI", response=protocol.ResponseDeleted,
                                           errors=(401, 404)),
    "usage.usage": Operation("The calling customer's tokens, grouped by model, key and/or day", "Usage",
                             query=protocol.UsageQuery, response=protocol.UsageReport, errors=(400, 401)),
    "usage.usage_page": Operation("The usage page", "Pages", auth="none", media="text/html"),
    "pages.chat_page": Operation("The chat page", "Pages", auth="none", media="text/html"),
    "static": Operation("The pages' static files", "Pages", auth="none", media="*/*", errors=(404,)),
    "health.healthz": Operation("Liveness: the process answers", "Operations", auth="none",
                                response=protocol.Liveness),
    "health.readyz": Operation("Readiness: Redis, the database and a live worker for every model", "Operations",
                               auth="none", response=protocol.Readiness, errors=(503,)),
    "metrics.prometheus_metrics": Operation("Prometheus metrics of this gateway process", "Operations",
                                            auth="none", media="text/plain"),
    "openapi.openapi_json": Operation("This description", "Operations", auth="none"),
    "admin.list_customers": Operation("Customers, their stored limits and active keys", "Admin", auth="admin",
                                      query=protocol.AdminQuery, response=protocol.AdminList, errors=(400, 401, 403)),
    "admin.list_keys": Operation("API keys (prefix, name, role, limits; never the key)", "Admin", auth="admin",
                                 query=protocol.AdminQuery, response=protocol.AdminList, errors=(400, 401, 403)),
    "admin.limit_use": Operation("Each customer's and key's limits and their current use", "Admin", auth="admin",
                                 query=protocol.AdminQuery, response=protocol.AdminList, errors=(400, 401, 403)),
    "admin.create_customer": Operation("Create a customer (limits left out take the settings' defaults)", "Admin",
                                       auth="admin", request=protocol.AdminCustomerCreate,
                                       response=protocol.AdminCustomer, status=201, errors=(400, 401, 409, 413)),
    "admin.set_customer_limits": Operation("Change some of a customer's limits (null: the default)", "Admin",
                                           auth="admin", request=protocol.AdminLimitsUpdate,
                                           response=protocol.AdminCustomer, errors=(400, 401, 403, 404, 413)),
    "admin.create_key": Operation("Create an API key; the answer holds the key, the only time it is shown",
                                  "Admin", auth="admin", request=protocol.AdminKeyCreate,
                                  response=protocol.AdminKeyCreated, status=201, errors=(400, 401, 404, 413)),
    "admin.revoke_key": Operation("Revoke an API key, at once on every gateway", "Admin", auth="admin",
                                  response=protocol.AdminKey, errors=(401, 403, 404)),
    "admin.set_key_limits": Operation("Change some of a key's own limits (null: none of its own)", "Admin",
                                      auth="admin", request=protocol.AdminLimitsUpdate, response=protocol.AdminKey,
                                      errors=(400, 401, 403, 404, 413)),
    "admin.list_actions": Operation("Changes to customers, keys and limits, newest first, and who made each",
                                    "Admin", auth="admin", query=protocol.AdminActionsQuery,
                                    response=protocol.AdminList, errors=(400, 401, 403)),
}

_ERROR_MEANINGS = {
    400: "invalid request (OpenAI error shape)", 401: "no, unknown or revoked API key",
    403: "the key's role may not do this", 404: "no such resource (or another customer's)",
    409: "conflicts with what exists (a name already taken)",
    413: "request body too large", 429: "a limit refused the request (the error's type names it)",
    500: "the generation failed", 503: "not ready, or no worker serves the model now",
}
_SECURITY = {"key": [{"apiKey": []}], "admin": [{"apiKey": []}], "key_or_token": [{"apiKey": []}, {"streamToken": []}],
             "none": []}


@bp.get("/openapi.json")
def openapi_json():
    document = current_app.extensions.get("sluice-openapi")
    if document is None:
        document = current_app.extensions["sluice-openapi"] = openapi_document(current_app)
    return jsonify(document)


def openapi_document(app: Flask) -> dict:
    """The OpenAPI 3.1 document of every route in ``app``'s URL map."""
    models = {op.request for op in OPERATIONS.values() if op.request} | {
        m for op in OPERATIONS.values() for m in (op.response, op.streams) if m} | {protocol.ErrorResponse}
    refs, definitions = models_json_schema(
        [(model, "validation" if model in _request_models() else "serialization") for model in
         sorted(models, key=lambda m: m.__name__)],
        ref_template="#/components/schemas/{model}")
    schema_of = {model: refs[(model, mode)] for model, mode in refs}
    paths: dict[str, dict] = {}
    for rule in sorted(app.url_map.iter_rules(), key=lambda r: r.rule):
        operation = OPERATIONS.get(rule.endpoint) or Operation(rule.endpoint, "Other")
        path = re.sub(r"<(?:[^:<>]+:)?([^<>]+)>", r"{\1}", rule.rule)
        for method in sorted(rule.methods - _IGNORED_METHODS):
            paths.setdefault(path, {})[method.lower()] = _operation(rule, method, operation, schema_of)
    return {
        "openapi": OPENAPI_VERSION,
        "info": {"title": "Sluice", "version": "0.1.0",
                 "description": "OpenAI-compatible LLM serving: chat and text completions streamed over server-sent "
                                "events, a native prompt/stream path for browsers, usage, moderation, admin."},
        "paths": paths,
        "components": {
            "schemas": definitions.get("$defs", {}),
            "securitySchemes": {
                "apiKey": {"type": "http", "scheme": "bearer", "description": "Authorization: Bearer sk-sluice-..."},
                "streamToken": {"type": "apiKey", "in": "query", "name": "token",
                                "description": "a stream's own token, from the stream_url that created it"},
            },
        },
    }


def _request_models() -> set[type[BaseModel]]:
    return {op.request for op in OPERATIONS.values() if op.request}


def _operation(rule, method: str, op: Operation, schema_of: dict) -> dict:
    parameters = [{"name": name, "in": "path", "required": True, "schema": {"type": "string"}}
                  for name in sorted(rule.arguments)]
    if op.query is not None:
        parameters += _query_parameters(op.query)
    parameters += list(op.parameters)
    success: dict = {"description": "OK" if op.status == 200 else "accepted"}
    if op.response is not None:
        success["content"] = {"application/json": {"schema": schema_of[op.response]}}
    elif op.media == "application/json":
        success["content"] = {"application/json": {"schema": {"type": "object"}}}
    else:
        success["content"] = {op.media: {"schema": {"type": "string"}}}
    if op.streams is not None:
        success["content"]["text/event-stream"] = {
            "schema": {"type": "string",
                       "description": f"data: lines, each one {op.streams.__name__} as JSON, then data: [DONE]"}}
    responses = {str(op.status): success}
    for status in sorted(set(op.errors) | ({403} if op.auth == "admin" else set())):
        error = {"description": _ERROR_MEANINGS[status],
                 "content": {"application/json": {"schema": schema_of[protocol.ErrorResponse]}}}
        if status in (429, 503):
            error["headers"] = {"Retry-After": {"description": "seconds to wait", "schema": {"type": "string"}}}
        responses[str(status)] = error
    # gunicorn answers a request line over its 4,094-byte limit itself, before the application sees it.
    responses["414"] = {"description": "request line too long (the HTTP server's own HTML page)",
                        "content": {"text/html": {"schema": {"type": "string"}}}}
    body: dict = {
        "operationId": rule.endpoint.replace(".", "_"),
        "summary": op.summary,
        "tags": [op.tag],
        "security": _SECURITY[op.auth],
        "parameters": parameters,
        "responses": responses,
    }
    if op.request is not None:
        body["requestBody"] = {"required": True, "content": {"application/json": {"schema": schema_of[op.request]}}}
    if not parameters:
        del body["parameters"]
    return body


def _query_parameters(model: type[BaseModel]) -> list[dict]:
    schema = model.model_json_schema()
    required = set(schema.get("required", []))
    parameters = []
    for name, prop in schema["properties"].items():
        prop = {k: v for k, v in prop.items() if k not in ("title", "default")}
        members = [m for m in prop.pop("anyOf", []) if m != {"type": "null"}]  # a query value is never null
        if len(members) == 1:
            prop.update(members[0])
        elif members:
            prop["anyOf"] = members
        parameter = {"name": name, "in": "query", "required": name in required, "schema": prop}
        if prop.get("type") == "array":
            parameter.update(style="form", explode=True)
        parameters.append(parameter)
    return parameters
