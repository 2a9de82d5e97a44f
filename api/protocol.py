"""Every wire schema of the HTTP API: OpenAI-compatible requests and responses, and the native ones.

Views validate with these models and build responses only through the functions here.
"""

from __future__ import annotations

import json
import re
import time
from datetime import UTC, datetime, timedelta
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, field_validator, model_validator

MAX_STOP_SEQUENCES = 4
MAX_STOP_LENGTH = 200
MAX_MESSAGES = 1000
MAX_CONTENT_PARTS = 100

# The shape of a JSON body: deeper nesting, more values or wider objects than any valid request has
# are refused before validation even starts.
MAX_JSON_DEPTH = 16
MAX_JSON_VALUES = 50_000
MAX_OBJECT_KEYS = 64
MAX_KEY_LENGTH = 128

# C0 and C1 control characters other than tab, line feed and carriage return, and unpaired surrogates
# (JSON's "\ud800" escape): no tokenizer needs them, and a lone surrogate cannot even be encoded.
_FORBIDDEN_CHARACTERS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")


class BodyError(ValueError):
    """The request body is not a usable JSON object; the message says why."""


def json_object(raw: bytes) -> dict[str, Any]:
    """The request body as a JSON object. Raises BodyError for invalid UTF-8, malformed JSON, NaN or
    Infinity, anything but an object at the top, and nesting, size or width beyond the limits above."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise BodyError("The request body is not valid UTF-8.") from None
    try:
        value = json.loads(text, parse_constant=_reject_constant)
    except RecursionError:
        raise BodyError(f"The JSON body is nested too deeply (at most {MAX_JSON_DEPTH} levels).") from None
    except BodyError:
        raise
    except ValueError:
        raise BodyError("We could not parse the JSON body of your request. It must be a JSON object.") from None
    if not isinstance(value, dict):
        raise BodyError("We could not parse the JSON body of your request. It must be a JSON object.")
    _check_shape(value)
    return value


def _reject_constant(name: str) -> None:
    raise BodyError(f"The JSON body contains {name}, which is not a number JSON allows.")


def _check_shape(value: Any) -> None:
    pending: list[tuple[Any, int]] = [(value, 1)]
    seen = 0
    while pending:
        item, depth = pending.pop()
        seen += 1
        if depth > MAX_JSON_DEPTH:
            raise BodyError(f"The JSON body is nested too deeply (at most {MAX_JSON_DEPTH} levels).")
        if seen > MAX_JSON_VALUES:
            raise BodyError(f"The JSON body has too many values (at most {MAX_JSON_VALUES}).")
        if isinstance(item, dict):
            if len(item) > MAX_OBJECT_KEYS:
                raise BodyError(f"A JSON object in the body has too many fields (at most {MAX_OBJECT_KEYS}).")
            if any(len(key) > MAX_KEY_LENGTH for key in item):
                raise BodyError(f"A field name in the body is too long (at most {MAX_KEY_LENGTH} characters).")
            pending.extend((child, depth + 1) for child in item.values())
        elif isinstance(item, list):
            pending.extend((child, depth + 1) for child in item)


def _printable(value: str) -> str:
    if _FORBIDDEN_CHARACTERS.search(value):
        raise ValueError("control characters (other than tab and line breaks) and unpaired surrogates are not "
                         "allowed")
    return value


# Text a client sends: anything printable, with tabs and line breaks.
Text = Annotated[str, AfterValidator(_printable)]
NonEmptyText = Annotated[str, Field(min_length=1), AfterValidator(_printable)]
ModelName = Annotated[str, Field(max_length=200), AfterValidator(_printable)]
ShortText = Annotated[str, Field(max_length=256), AfterValidator(_printable)]
StopSequence = Annotated[str, Field(min_length=1, max_length=MAX_STOP_LENGTH), AfterValidator(_printable)]

# Request models are strict: "1.5" is not a number and 1 is not a boolean, as in OpenAI's API.
REQUEST_CONFIG = ConfigDict(extra="forbid", strict=True)


class TextPart(BaseModel):
    model_config = REQUEST_CONFIG
    type: Literal["text"]
    text: Text


class ChatMessage(BaseModel):
    model_config = REQUEST_CONFIG
    role: Literal["system", "developer", "user", "assistant"]
    content: Text | Annotated[list[TextPart], Field(max_length=MAX_CONTENT_PARTS)]
    name: ShortText | None = None

    def text(self) -> str:
        return self.content if isinstance(self.content, str) else "".join(p.text for p in self.content)


class StreamOptions(BaseModel):
    model_config = REQUEST_CONFIG
    include_usage: bool = False


class SamplingFields(BaseModel):
    """Fields shared by every generation request."""

    model_config = REQUEST_CONFIG

    model: Annotated[str, Field(min_length=1, max_length=200), AfterValidator(_printable)]
    max_tokens: Annotated[int, Field(ge=1, le=2**31 - 1)] | None = None
    max_completion_tokens: Annotated[int, Field(ge=1, le=2**31 - 1)] | None = None
    temperature: Annotated[float, Field(ge=0.0, le=2.0)] = 1.0
    top_p: Annotated[float, Field(gt=0.0, le=1.0)] = 1.0
    top_k: Annotated[int, Field(ge=0, le=1_000_000)] = 0
    n: Literal[1] = 1
    stop: StopSequence | Annotated[list[StopSequence], Field(max_length=MAX_STOP_SEQUENCES)] | None = None
    seed: Annotated[int, Field(ge=-(2**63), le=2**63 - 1)] | None = None
    stream: bool = False
    stream_options: StreamOptions | None = None
    user: ShortText | None = None
    # Accepted for compatibility; neutral values only.
    frequency_penalty: Literal[0] | None = None
    presence_penalty: Literal[0] | None = None

    @field_validator("stop")
    @classmethod
    def _as_list(cls, value: str | list[str] | None) -> list[str]:
        return [value] if isinstance(value, str) else list(value or [])

    @property
    def requested_max_tokens(self) -> int | None:
        return self.max_completion_tokens or self.max_tokens

    @property
    def include_usage(self) -> bool:
        return bool(self.stream_options and self.stream_options.include_usage)

    def sampling(self, max_tokens: int) -> dict[str, Any]:
        return {
            "max_tokens": max_tokens,
            "temperature": self.temperature,
            "top_p": self.top_p,
            "top_k": self.top_k,
            "stop": self.stop or [],
            "seed": self.seed,
        }


class ChatCompletionRequest(SamplingFields):
    messages: list[ChatMessage] = Field(min_length=1, max_length=MAX_MESSAGES)


class CompletionRequest(SamplingFields):
    prompt: NonEmptyText


class PromptRequest(SamplingFields):
    """The native path: chat messages (or one prompt string) in, a stream URL out."""

    model: ModelName = ""
    messages: list[ChatMessage] | None = Field(default=None, min_length=1, max_length=MAX_MESSAGES)
    prompt: NonEmptyText | None = None


_UNION_MEMBER = re.compile(r"[\[(]|^(str|int|float|bool|list|dict|none|constrained-str)$")


def _is_union_member(part: str | int) -> bool:
    """pydantic names the union member it tried in an error's location ('str', 'function-after[...]')."""
    return isinstance(part, str) and bool(_UNION_MEMBER.search(part))


def error_fields(exc) -> tuple[str, str | None]:
    """A readable message and the offending parameter from a pydantic ValidationError."""
    errors = exc.errors()
    # Where a union was tried member by member, the member that fit the value's type says more than the
    # others' "should be a valid string".
    first = next((e for e in errors if not e.get("type", "").endswith("_type")), errors[0])
    param = ".".join(str(p) for p in first.get("loc", ()) if not _is_union_member(p)) or None
    message = first.get("msg", "invalid request")
    if first.get("type") == "extra_forbidden":
        message = f"Unrecognized request argument supplied: {param}"
    elif first.get("type") == "missing":
        message = f"Missing required parameter: '{param}'"
    else:
        message = f"Invalid value for '{param}': {message}"
    return message, param


# -- responses ------------------------------------------------------------------------------------------


def usage_body(usage: dict) -> dict:
    return {
        "prompt_tokens": int(usage.get("prompt_tokens", 0)),
        "completion_tokens": int(usage.get("completion_tokens", 0)),
        "total_tokens": int(usage.get("total_tokens", 0)),
    }


def chat_chunk(request_id: str, model: str, created: int, delta: dict, finish_reason: str | None = None,
               include_usage: bool = False) -> dict:
    chunk = {
        "id": request_id,
        "object": "chat.completion.chunk",
        "created": created,
        "model": model,
        "choices": [{"index": 0, "delta": delta, "logprobs": None, "finish_reason": finish_reason}],
    }
    if include_usage:
        chunk["usage"] = None
    return chunk


def chat_usage_chunk(request_id: str, model: str, created: int, usage: dict) -> dict:
    return {"id": request_id, "object": "chat.completion.chunk", "created": created, "model": model,
            "choices": [], "usage": usage_body(usage)}


def chat_completion(request_id: str, model: str, created: int, text: str, finish_reason: str, usage: dict) -> dict:
    return {
        "id": request_id,
        "object": "chat.completion",
        "created": created,
        "model": model,
        "choices": [{
            "index": 0,
            "message": {"role": "assistant", "content": text},
            "logprobs": None,
            "finish_reason": finish_reason,
        }],
        "usage": usage_body(usage),
    }


def completion_chunk(request_id: str, model: str, created: int, text: str, finish_reason: str | None = None,
                     include_usage: bool = False) -> dict:
    chunk = {
        "id": request_id,
        "object": "text_completion",
        "created": created,
        "model": model,
        "choices": [{"index": 0, "text": text, "logprobs": None, "finish_reason": finish_reason}],
    }
    if include_usage:
        chunk["usage"] = None
    return chunk


def completion_usage_chunk(request_id: str, model: str, created: int, usage: dict) -> dict:
    return {"id": request_id, "object": "text_completion", "created": created, "model": model, "choices": [],
            "usage": usage_body(usage)}


def completion(request_id: str, model: str, created: int, text: str, finish_reason: str, usage: dict) -> dict:
    body = completion_chunk(request_id, model, created, text, finish_reason)
    body["usage"] = usage_body(usage)
    return body


def model_list(models: list[dict]) -> dict:
    return {"object": "list", "data": [
        {"id": m["id"], "object": "model", "created": m.get("created", int(time.time())), "owned_by": "sluice",
         "max_model_len": m.get("max_model_len"), "live_workers": m.get("live_workers", 0)}
        for m in models
    ]}


def prompt_created(request_id: str, model: str, stream_url: str) -> dict:
    return {"id": request_id, "object": "prompt", "model": model, "stream_url": stream_url}


# -- usage ----------------------------------------------------------------------------------------------

DEFAULT_USAGE_DAYS = 30


class UsageQuery(BaseModel):
    """GET /v1/usage: a time range (unix seconds or ISO dates and times, UTC unless they say otherwise;
    default the last 30 days) and any of model, key, day to group by (comma-separated or repeated)."""

    model_config = ConfigDict(extra="forbid")

    start: datetime | None = None
    end: datetime | None = None
    group_by: list[Literal["model", "key", "day"]] = Field(default_factory=list)

    @field_validator("group_by", mode="before")
    @classmethod
    def _split_groupings(cls, value: str | list[str]) -> list[str]:
        parts = [value] if isinstance(value, str) else list(value)
        return list(dict.fromkeys(p.strip() for part in parts for p in part.split(",") if p.strip()))

    @field_validator("start", "end")
    @classmethod
    def _as_utc(cls, value: datetime | None) -> datetime | None:
        if value is None:
            return None
        return value.astimezone(UTC) if value.tzinfo else value.replace(tzinfo=UTC)

    @model_validator(mode="after")
    def _fill_range(self) -> UsageQuery:
        self.end = self.end or datetime.now(UTC)
        self.start = self.start or self.end - timedelta(days=DEFAULT_USAGE_DAYS)
        if self.start >= self.end:
            raise ValueError("start must be before end")
        return self


def usage_report(query: UsageQuery, rows: list) -> dict:
    """The caller's usage: one entry per group (``billing.ledger.UsageRow``), each with its token counts,
    and the total over the range."""

    def entry(row) -> dict:
        body: dict[str, Any] = {"object": "usage.bucket"}
        if "model" in query.group_by:
            body["model"] = row.model
        if "key" in query.group_by:
            body.update(api_key_id=row.api_key_id, key_prefix=row.key_prefix, key_name=row.key_name)
        if "day" in query.group_by:
            body["day"] = row.day
        body.update(prompt_tokens=row.prompt_tokens, completion_tokens=row.completion_tokens,
                    total_tokens=row.prompt_tokens + row.completion_tokens, requests=row.requests)
        return body

    prompt = sum(row.prompt_tokens for row in rows)
    completion = sum(row.completion_tokens for row in rows)
    return {
        "object": "list",
        "start": int(query.start.timestamp()),
        "end": int(query.end.timestamp()),
        "group_by": query.group_by,
        "data": [entry(row) for row in rows],
        "total": {"prompt_tokens": prompt, "completion_tokens": completion, "total_tokens": prompt + completion,
                  "requests": sum(row.requests for row in rows)},
    }


# -- admin ----------------------------------------------------------------------------------------------


class AdminQuery(BaseModel):
    """The admin listings' query string: one customer's entries only, by id."""

    model_config = ConfigDict(extra="forbid")

    customer_id: Annotated[int, Field(ge=1, le=2**31 - 1)] | None = None


class LimitValues(BaseModel):
    """Limits as stored: null takes the default (a customer) or sets none (a key); 0 means no limit."""

    model_config = ConfigDict(extra="forbid")

    rpm_limit: int | None
    tpm_limit: int | None
    stream_limit: int | None
    monthly_token_budget: int | None


class AdminCustomer(BaseModel):
    model_config = ConfigDict(extra="forbid")

    object: Literal["customer"] = "customer"
    id: int
    name: str
    stripe_customer_id: str | None
    created_at: int
    active_keys: int
    limits: LimitValues


class AdminKey(BaseModel):
    """An API key as an operator sees it: never the key, never its hash."""

    model_config = ConfigDict(extra="forbid")

    object: Literal["api_key"] = "api_key"
    id: int
    customer_id: int
    customer: str
    prefix: str
    name: str
    role: Literal["user", "admin"]
    created_at: int
    revoked_at: int | None
    limits: LimitValues


class LimitUse(BaseModel):
    """One limit: what is in force (0: none) and what is used now (null: not counted, as nothing limits it)."""

    model_config = ConfigDict(extra="forbid")

    limit: int
    used: int | None


class ScopeUseReport(BaseModel):
    """The current use of one customer (``scope`` customer) or one of its keys (``scope`` key)."""

    model_config = ConfigDict(extra="forbid")

    object: Literal["limit_use"] = "limit_use"
    scope: Literal["customer", "key"]
    customer_id: int
    customer: str
    api_key_id: int | None
    key_prefix: str | None
    requests: LimitUse
    tokens: LimitUse
    streams: LimitUse
    monthly_tokens: LimitUse


class AdminList(BaseModel):
    model_config = ConfigDict(extra="forbid")

    object: Literal["list"] = "list"
    data: list[AdminCustomer] | list[AdminKey] | list[ScopeUseReport]
    window_seconds: float | None = None


def _unix(moment: datetime | None) -> int | None:
    if moment is None:
        return None
    return int((moment if moment.tzinfo else moment.replace(tzinfo=UTC)).timestamp())


def admin_customers(customers: list) -> dict:
    """``tenants.keys.CustomerInfo`` rows as the admin listing."""
    return AdminList(data=[AdminCustomer(
        id=c.id, name=c.name, stripe_customer_id=c.stripe_customer_id, created_at=_unix(c.created_at),
        active_keys=c.active_keys, limits=LimitValues(**c.limits.as_dict()),
    ) for c in customers]).model_dump(exclude_none=False, exclude={"window_seconds"})


def admin_keys(keys: list) -> dict:
    """``tenants.keys.KeyInfo`` rows as the admin listing."""
    return AdminList(data=[AdminKey(
        id=k.id, customer_id=k.customer_id, customer=k.customer, prefix=k.prefix, name=k.name, role=k.role,
        created_at=_unix(k.created_at), revoked_at=_unix(k.revoked_at), limits=LimitValues(**k.limits.as_dict()),
    ) for k in keys]).model_dump(exclude={"window_seconds"})


def admin_limit_use(entries: list[dict], window_seconds: float) -> dict:
    """Current limit use, one entry per customer and key (each a dict of ScopeUseReport's fields)."""
    return AdminList(data=[ScopeUseReport(**entry) for entry in entries], window_seconds=window_seconds).model_dump()


# -- response schemas: what the builders above return, for /openapi.json and the tests that hold the ----
# -- builders to them ------------------------------------------------------------------------------------

RESPONSE_CONFIG = ConfigDict(extra="forbid")
FinishReason = Literal["stop", "length", "content_filter", "cancelled", "error", "abort"]


class ErrorDetail(BaseModel):
    model_config = RESPONSE_CONFIG
    message: str
    type: str
    param: str | None
    code: str | None


class ErrorResponse(BaseModel):
    """Every error: OpenAI's shape."""

    model_config = RESPONSE_CONFIG
    error: ErrorDetail


class UsageCounts(BaseModel):
    model_config = RESPONSE_CONFIG
    prompt_tokens: int
    completion_tokens: int
    total_tokens: int


class AssistantMessage(BaseModel):
    model_config = RESPONSE_CONFIG
    role: Literal["assistant"]
    content: str


class ChatChoice(BaseModel):
    model_config = RESPONSE_CONFIG
    index: int
    message: AssistantMessage
    logprobs: None
    finish_reason: FinishReason


class ChatCompletion(BaseModel):
    model_config = RESPONSE_CONFIG
    id: str
    object: Literal["chat.completion"]
    created: int
    model: str
    choices: list[ChatChoice]
    usage: UsageCounts


class ChunkDelta(BaseModel):
    model_config = RESPONSE_CONFIG
    role: Literal["assistant"] | None = None
    content: str | None = None


class ChatChunkChoice(BaseModel):
    model_config = RESPONSE_CONFIG
    index: int
    delta: ChunkDelta
    logprobs: None
    finish_reason: FinishReason | None


class ChatCompletionChunk(BaseModel):
    """One ``data:`` line of a streamed chat completion (the stream ends with ``data: [DONE]``)."""

    model_config = RESPONSE_CONFIG
    id: str
    object: Literal["chat.completion.chunk"]
    created: int
    model: str
    choices: list[ChatChunkChoice]
    usage: UsageCounts | None = None


class CompletionChoice(BaseModel):
    model_config = RESPONSE_CONFIG
    index: int
    text: str
    logprobs: None
    finish_reason: FinishReason | None


class Completion(BaseModel):
    """A text completion, and (with ``usage`` null or absent) one ``data:`` line of a streamed one."""

    model_config = RESPONSE_CONFIG
    id: str
    object: Literal["text_completion"]
    created: int
    model: str
    choices: list[CompletionChoice]
    usage: UsageCounts | None = None


class ModelCard(BaseModel):
    model_config = RESPONSE_CONFIG
    id: str
    object: Literal["model"]
    created: int
    owned_by: str
    max_model_len: int | None
    live_workers: int


class ModelList(BaseModel):
    model_config = RESPONSE_CONFIG
    object: Literal["list"]
    data: list[ModelCard]


class PromptCreated(BaseModel):
    model_config = RESPONSE_CONFIG
    id: str
    object: Literal["prompt"]
    model: str
    stream_url: str


class PromptCancelling(BaseModel):
    model_config = RESPONSE_CONFIG
    id: str
    object: Literal["prompt"]
    status: Literal["cancelling"]


class UsageBucket(BaseModel):
    model_config = RESPONSE_CONFIG
    object: Literal["usage.bucket"]
    model: str | None = None
    api_key_id: int | None = None
    key_prefix: str | None = None
    key_name: str | None = None
    day: str | None = None
    prompt_tokens: int
    completion_tokens: int
    total_tokens: int
    requests: int


class UsageTotal(BaseModel):
    model_config = RESPONSE_CONFIG
    prompt_tokens: int
    completion_tokens: int
    total_tokens: int
    requests: int


class UsageReport(BaseModel):
    model_config = RESPONSE_CONFIG
    object: Literal["list"]
    start: int
    end: int
    group_by: list[Literal["model", "key", "day"]]
    data: list[UsageBucket]
    total: UsageTotal


class Liveness(BaseModel):
    model_config = RESPONSE_CONFIG
    status: Literal["ok"]


class Readiness(BaseModel):
    model_config = RESPONSE_CONFIG
    status: Literal["ready", "not_ready"]
    checks: dict[str, Any]
