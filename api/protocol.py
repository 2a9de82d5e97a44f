"""Every wire schema of the HTTP API: OpenAI-compatible requests and responses, and the native ones.

Views validate requests with the models here and answer with the response models here: each body has one
source, and /openapi.json (api/openapi.py) is generated from the same models.
"""

from __future__ import annotations

import json
import re
import time
from datetime import UTC, datetime, timedelta
from typing import Annotated, Any, Literal

from pydantic import MISSING, AfterValidator, BaseModel, ConfigDict, Field, field_validator, model_validator

from sluice.streams.events import new_request_id

MAX_STOP_SEQUENCES = 4
MAX_STOP_LENGTH = 200
MAX_MESSAGES = 1000
MAX_CONTENT_PARTS = 100
MAX_TOOLS = 128
MAX_TOP_LOGPROBS = 20  # chat completions' top_logprobs
MAX_COMPLETION_LOGPROBS = 5  # completions' logprobs

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


# A function's name, as OpenAI allows it.
FunctionName = Annotated[str, Field(pattern=r"^[a-zA-Z0-9_-]{1,64}$")]


class FunctionCall(BaseModel):
    model_config = REQUEST_CONFIG
    name: FunctionName
    arguments: Text  # JSON text, as the model wrote it


class ToolCallRecord(BaseModel):
    """A call an assistant message of the history made."""

    model_config = REQUEST_CONFIG
    id: ShortText
    type: Literal["function"] = "function"
    function: FunctionCall


class ChatMessage(BaseModel):
    model_config = REQUEST_CONFIG
    role: Literal["system", "developer", "user", "assistant", "tool"]
    content: Text | Annotated[list[TextPart], Field(max_length=MAX_CONTENT_PARTS)] | None = None
    name: ShortText | None = None
    tool_calls: Annotated[list[ToolCallRecord], Field(max_length=MAX_TOOLS)] | None = None  # an assistant's
    tool_call_id: ShortText | None = None  # a tool message's: the call it answers

    @model_validator(mode="after")
    def _fits_role(self) -> ChatMessage:
        if self.content is None and not (self.role == "assistant" and self.tool_calls):
            raise ValueError("content is required (only an assistant message with tool_calls may omit it)")
        if self.tool_calls is not None and self.role != "assistant":
            raise ValueError("only an assistant message may have tool_calls")
        if self.role == "tool" and not self.tool_call_id:
            raise ValueError("a tool message needs the tool_call_id of the call it answers")
        return self

    def text(self) -> str:
        if self.content is None:
            return ""
        return self.content if isinstance(self.content, str) else "".join(p.text for p in self.content)


class FunctionDefinition(BaseModel):
    model_config = REQUEST_CONFIG
    name: FunctionName
    description: Text | None = None
    parameters: dict[str, Any] | None = None  # a JSON Schema of the arguments object
    strict: bool | None = None  # accepted; calls always follow the schema here


class ToolDefinition(BaseModel):
    model_config = REQUEST_CONFIG
    type: Literal["function"]
    function: FunctionDefinition


class ToolChoiceFunction(BaseModel):
    model_config = REQUEST_CONFIG
    name: FunctionName


class NamedToolChoice(BaseModel):
    model_config = REQUEST_CONFIG
    type: Literal["function"]
    function: ToolChoiceFunction


class JsonSchemaFormat(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True, populate_by_name=True)
    name: FunctionName
    description: Text | None = None
    schema_: dict[str, Any] | None = Field(default=None, alias="schema")
    strict: bool | None = None  # accepted; the output always follows the schema here


class TextFormat(BaseModel):
    model_config = REQUEST_CONFIG
    type: Literal["text"]


class JsonObjectFormat(BaseModel):
    model_config = REQUEST_CONFIG
    type: Literal["json_object"]


class JsonSchemaResponseFormat(BaseModel):
    model_config = REQUEST_CONFIG
    type: Literal["json_schema"]
    json_schema: JsonSchemaFormat


ResponseFormat = Annotated[TextFormat | JsonObjectFormat | JsonSchemaResponseFormat, Field(discriminator="type")]
LogitBias = dict[Annotated[str, Field(pattern=r"^[0-9]{1,9}$")], Annotated[float, Field(ge=-100, le=100)]]


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
    n: Annotated[int, Field(ge=1, le=128)] = 1  # at most Settings.max_choices (api/submission.py)
    stop: StopSequence | Annotated[list[StopSequence], Field(max_length=MAX_STOP_SEQUENCES)] | None = None
    seed: Annotated[int, Field(ge=-(2**63), le=2**63 - 1)] | None = None
    stream: bool = False
    stream_options: StreamOptions | None = None
    user: ShortText | None = None
    frequency_penalty: Annotated[float, Field(ge=-2.0, le=2.0)] | None = None
    presence_penalty: Annotated[float, Field(ge=-2.0, le=2.0)] | None = None
    logit_bias: LogitBias | None = None  # token id (as a string) -> -100..100, added to its logit
    # Extras (vLLM's names): a penalty on every token of the prompt and the output so far (1: none), and
    # the fewest tokens before an end-of-sequence token may come.
    repetition_penalty: Annotated[float, Field(gt=0.0, le=2.0)] | None = None
    min_tokens: Annotated[int, Field(ge=0, le=2**31 - 1)] = 0

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

    @property
    def logprob_count(self) -> int | None:
        """How many most likely tokens to list beside each chosen one; None: no logprobs at all."""
        return None

    def sampling(self, max_tokens: int) -> dict[str, Any]:
        return {
            "max_tokens": max_tokens,
            "temperature": self.temperature,
            "top_p": self.top_p,
            "top_k": self.top_k,
            "stop": self.stop or [],
            "seed": self.seed,
            "presence_penalty": self.presence_penalty or 0.0,
            "frequency_penalty": self.frequency_penalty or 0.0,
            "repetition_penalty": self.repetition_penalty or 1.0,
            "logit_bias": {int(token): bias for token, bias in (self.logit_bias or {}).items()},
            "min_tokens": self.min_tokens,
            "logprobs": self.logprob_count,
        }


class ChatCompletionRequest(SamplingFields):
    messages: list[ChatMessage] = Field(min_length=1, max_length=MAX_MESSAGES)
    logprobs: bool = False
    top_logprobs: Annotated[int, Field(ge=0, le=MAX_TOP_LOGPROBS)] | None = None
    response_format: ResponseFormat | None = None
    tools: Annotated[list[ToolDefinition], Field(max_length=MAX_TOOLS)] | None = None
    tool_choice: Literal["none", "auto", "required"] | NamedToolChoice | None = None
    parallel_tool_calls: bool = True

    @model_validator(mode="after")
    def _consistent(self) -> ChatCompletionRequest:
        if self.top_logprobs is not None and not self.logprobs:
            raise RequestFieldError("top_logprobs", "logprobs must be true when top_logprobs is set")
        if self.tool_choice is not None and self.tool_choice != "none" and not self.tools:
            raise RequestFieldError("tool_choice", "tool_choice is only allowed when tools are specified")
        if isinstance(self.tool_choice, NamedToolChoice):
            name = self.tool_choice.function.name
            if name not in {tool.function.name for tool in self.tools or []}:
                raise RequestFieldError("tool_choice", f"tool_choice names the function '{name}', which is not "
                                                       "among the tools")
        names = [tool.function.name for tool in self.tools or []]
        if len(set(names)) != len(names):
            raise RequestFieldError("tools", "each tool's function needs a name of its own")
        return self

    @property
    def logprob_count(self) -> int | None:
        return (self.top_logprobs or 0) if self.logprobs else None

    @property
    def calls_tools(self) -> bool:
        """Whether the answer may be tool calls (tools given, and tool_choice not ``none``)."""
        return bool(self.tools) and self.tool_choice != "none"


class CompletionRequest(SamplingFields):
    prompt: NonEmptyText
    logprobs: Annotated[int, Field(ge=0, le=MAX_COMPLETION_LOGPROBS)] | None = None

    @property
    def logprob_count(self) -> int | None:
        return self.logprobs


class RequestFieldError(ValueError):
    """A request whose fields disagree with each other: the message says why, ``param`` names the field."""

    def __init__(self, param: str, message: str) -> None:
        super().__init__(message)
        self.param = param


class PromptRequest(SamplingFields):
    """The native path: chat messages (or one prompt string) in, a stream URL out."""

    model: ModelName = ""
    messages: list[ChatMessage] | None = Field(default=None, min_length=1, max_length=MAX_MESSAGES)
    prompt: NonEmptyText | None = None


class ModerationRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    input: str | list[str] = Field(min_length=1)
    model: str | None = Field(default=None, max_length=200)  # accepted for compatibility; one model serves

    def texts(self) -> list[str]:
        return [self.input] if isinstance(self.input, str) else list(self.input)


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
    parts = [str(p) for p in first.get("loc", ()) if not _is_union_member(p)]
    # A tagged union repeats its member's tag in the location (response_format.json_schema.json_schema).
    param = ".".join(p for i, p in enumerate(parts) if i == 0 or p != parts[i - 1]) or None
    message = first.get("msg", "invalid request")
    disagreement = (first.get("ctx") or {}).get("error")
    if isinstance(disagreement, RequestFieldError):
        return str(disagreement), ".".join(filter(None, (param, disagreement.param)))
    if first.get("type") == "extra_forbidden":
        message = f"Unrecognized request argument supplied: {param}"
    elif first.get("type") == "missing":
        message = f"Missing required parameter: '{param}'"
    else:
        message = f"Invalid value for '{param}': {message}"
    return message, param


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


# -- admin ----------------------------------------------------------------------------------------------


class AdminQuery(BaseModel):
    """The admin listings' query string: one customer's entries only, by id."""

    model_config = ConfigDict(extra="forbid")

    customer_id: Annotated[int, Field(ge=1, le=2**31 - 1)] | None = None


class AdminActionsQuery(AdminQuery):
    """GET /v1/admin/actions: the newest ``limit`` changes (of one customer with ``customer_id``)."""

    limit: Annotated[int, Field(ge=1, le=1000)] = 100


# A stored limit: null takes the default (a customer) or sets none (a key); 0 means no limit. Counts of
# requests and streams are 32-bit columns, token counts 64-bit.
CountLimit = Annotated[int, Field(ge=0, le=2**31 - 1)] | None
TokenLimit = Annotated[int, Field(ge=0, le=2**62)] | None
# A name shown in listings: printable text without control characters.
DisplayName = Annotated[str, Field(max_length=200), AfterValidator(_printable)]


class LimitFields(BaseModel):
    """The four limits of a customer or key, each optional."""

    model_config = REQUEST_CONFIG

    rpm_limit: CountLimit = None
    tpm_limit: TokenLimit = None
    stream_limit: CountLimit = None
    monthly_token_budget: TokenLimit = None

    def limit_values(self) -> dict[str, int | None]:
        return {name: getattr(self, name) for name in LimitFields.model_fields}


class AdminCustomerCreate(LimitFields):
    """POST /v1/admin/customers: a new customer; limits left out take the settings' defaults."""

    name: Annotated[DisplayName, Field(min_length=1)]

    @field_validator("name")
    @classmethod
    def _not_blank(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("a customer needs a name")
        return value.strip()


class AdminKeyCreate(LimitFields):
    """POST /v1/admin/keys: a new key of a customer; limits left out: none of the key's own."""

    customer_id: Annotated[int, Field(ge=1, le=2**31 - 1)]
    role: Literal["user", "admin"] = "user"
    name: DisplayName = ""


class AdminLimitsUpdate(LimitFields):
    """PATCH .../limits: the limits named change (null: back to the default, or no limit of the key's
    own); those left out stay as they are. At least one must be named."""

    @model_validator(mode="after")
    def _names_one(self) -> AdminLimitsUpdate:
        if not self.model_fields_set:
            raise ValueError(f"name at least one of {', '.join(LimitFields.model_fields)}")
        return self

    def changes(self) -> dict[str, int | None]:
        return {name: value for name, value in self.limit_values().items() if name in self.model_fields_set}


# -- responses ------------------------------------------------------------------------------------------
# Views build these models and send ``model_dump()`` (a stream's chunks: ``compact_json``); /openapi.json is
# their schema. Each field is in the body (its default too), except a field left MISSING: that key is absent
# until it is set, to a value or to null (a chunk's ``usage`` unless stream_options asks for it, a usage
# bucket's ungrouped fields).


def _unix_now() -> int:
    return int(time.time())


def _request_id(prefix: str) -> Any:
    return Field(default_factory=lambda: new_request_id(prefix))


def _absent_fields_optional(schema: dict[str, Any], model: type[BaseModel]) -> None:
    # Defaults are always in the body, so the description requires them; pydantic then requires MISSING too.
    missing = {name for name, info in model.model_fields.items() if info.default is MISSING}
    required = [name for name in schema.pop("required", []) if name not in missing]
    if required:
        schema["required"] = required


class ResponseModel(BaseModel):
    """A response body, or a part of one: no keys but its fields, each required but for MISSING ones."""

    model_config = ConfigDict(extra="forbid", json_schema_serialization_defaults_required=True,
                              json_schema_extra=_absent_fields_optional)


FinishReason = Literal["stop", "length", "tool_calls", "content_filter", "cancelled", "error", "abort"]


class ErrorDetail(ResponseModel):
    message: str
    type: str
    param: str | None
    code: str | None


class ErrorResponse(ResponseModel):
    """Every error: OpenAI's shape."""

    error: ErrorDetail


class UsageCounts(ResponseModel):
    prompt_tokens: int
    completion_tokens: int
    total_tokens: int

    @classmethod
    def from_event(cls, usage: dict[str, Any]) -> UsageCounts:
        """The counts of a terminal event's ``usage`` (a count it lacks is 0)."""
        return cls(prompt_tokens=int(usage.get("prompt_tokens", 0)),
                   completion_tokens=int(usage.get("completion_tokens", 0)),
                   total_tokens=int(usage.get("total_tokens", 0)))


class FunctionCallOut(ResponseModel):
    name: str
    arguments: str  # JSON text


class ToolCall(ResponseModel):
    id: str
    type: Literal["function"] = "function"
    function: FunctionCallOut


class AssistantMessage(ResponseModel):
    role: Literal["assistant"] = "assistant"
    content: str | None
    tool_calls: list[ToolCall] | MISSING = MISSING  # only when the answer is tool calls


class TopLogprob(ResponseModel):
    token: str
    logprob: float
    bytes: list[int] | None


class TokenLogprobOut(TopLogprob):
    top_logprobs: list[TopLogprob]


class ChoiceLogprobs(ResponseModel):
    """A chat choice's logprobs: one entry per generated token, whose ``token`` texts join to the content."""

    content: list[TokenLogprobOut] | None
    refusal: None = None


class ChatChoice(ResponseModel):
    index: int = 0
    message: AssistantMessage
    logprobs: ChoiceLogprobs | None = None
    finish_reason: FinishReason


class ChatCompletion(ResponseModel):
    id: str = _request_id("chatcmpl")
    object: Literal["chat.completion"] = "chat.completion"
    created: int = Field(default_factory=_unix_now)
    model: str
    choices: list[ChatChoice]
    usage: UsageCounts


class FunctionCallDelta(ResponseModel):
    name: str | MISSING = MISSING  # in a call's first chunk
    arguments: str


class ToolCallDelta(ResponseModel):
    """A piece of a streamed tool call: its first piece has the id, type and name, later ones add to its
    arguments."""

    index: int
    id: str | MISSING = MISSING
    type: Literal["function"] | MISSING = MISSING
    function: FunctionCallDelta


class ChunkDelta(ResponseModel):
    """What a chunk adds to the message: only the keys that change."""

    role: Literal["assistant"] | MISSING = MISSING
    content: str | MISSING = MISSING
    tool_calls: list[ToolCallDelta] | MISSING = MISSING


class ChatChunkChoice(ResponseModel):
    index: int = 0
    delta: ChunkDelta
    logprobs: ChoiceLogprobs | None = None
    finish_reason: FinishReason | None = None


class ChatCompletionChunk(ResponseModel):
    """One ``data:`` line of a streamed chat completion (the stream ends with ``data: [DONE]``); ``usage``
    is null in each (and set in an extra last one) only when stream_options.include_usage asks for it."""

    id: str = _request_id("chatcmpl")
    object: Literal["chat.completion.chunk"] = "chat.completion.chunk"
    created: int = Field(default_factory=_unix_now)
    model: str
    choices: list[ChatChunkChoice]
    usage: UsageCounts | None | MISSING = MISSING


class CompletionLogprobs(ResponseModel):
    """A text completion's logprobs, in the legacy shape: parallel lists, one entry per generated token."""

    tokens: list[str]
    token_logprobs: list[float]
    top_logprobs: list[dict[str, float]]
    text_offset: list[int]


class CompletionChoice(ResponseModel):
    index: int = 0
    text: str
    logprobs: CompletionLogprobs | None = None
    finish_reason: FinishReason | None = None


class Completion(ResponseModel):
    """A text completion, and (``usage`` absent, or null unless in the extra last one) one ``data:`` line
    of a streamed one."""

    id: str = _request_id("cmpl")
    object: Literal["text_completion"] = "text_completion"
    created: int = Field(default_factory=_unix_now)
    model: str
    choices: list[CompletionChoice]
    usage: UsageCounts | None | MISSING = MISSING


def compact_json(body: ResponseModel) -> str:
    """A body as the compact JSON of an SSE ``data:`` line: what ``model_dump_json`` gives, except that
    non-ASCII text is escaped as ``json.dumps`` escapes it (as the streams always have)."""
    return json.dumps(body.model_dump(), separators=(",", ":"))


class TokenChunks:
    """The JSON of every token chunk of one stream, without a model per token: ``compact_json`` of a sample
    chunk whose text is TEXT_SLOT, split there once, then joined around each token's JSON string."""

    TEXT_SLOT = "\x00token\x00"

    def __init__(self, sample: ResponseModel) -> None:
        head, slot, tail = compact_json(sample).partition(json.dumps(self.TEXT_SLOT))
        if not slot:
            raise ValueError("the sample chunk holds no TEXT_SLOT")
        self._head = head
        self._tail = tail

    def render(self, text: str) -> str:
        return f"{self._head}{json.dumps(text)}{self._tail}"


class ModelCard(ResponseModel):
    id: str
    object: Literal["model"] = "model"
    created: int = Field(default_factory=_unix_now)
    owned_by: str = "sluice"
    max_model_len: int | None
    live_workers: int


class ModelList(ResponseModel):
    object: Literal["list"] = "list"
    data: list[ModelCard]


class PromptCreated(ResponseModel):
    id: str = _request_id("prompt")
    object: Literal["prompt"] = "prompt"
    model: str
    stream_url: str


class PromptCancelling(ResponseModel):
    id: str
    object: Literal["prompt"] = "prompt"
    status: Literal["cancelling"] = "cancelling"


class ModerationResult(ResponseModel):
    """One entry of ``results`` in OpenAI's shape: every category as a boolean and a score."""

    flagged: bool
    categories: dict[str, bool]
    category_scores: dict[str, float]
    category_applied_input_types: dict[str, list[Literal["text"]]]

    @classmethod
    def from_decision(cls, decision, categories: tuple[str, ...]) -> ModerationResult:
        """A ``safety.policy.Decision`` over the policy's ``categories``."""
        return cls(flagged=decision.flagged,
                   categories={c: c in decision.categories for c in categories},
                   category_scores={c: round(decision.scores.get(c, 0.0), 6) for c in categories},
                   category_applied_input_types={c: ["text"] for c in categories})


class ModerationResponse(ResponseModel):
    id: str = _request_id("modr")
    model: str
    results: list[ModerationResult]


class UsageBucket(ResponseModel):
    """One group of the caller's usage: only the fields it is grouped by are in it."""

    object: Literal["usage.bucket"] = "usage.bucket"
    model: str | None | MISSING = MISSING
    api_key_id: int | None | MISSING = MISSING
    key_prefix: str | None | MISSING = MISSING
    key_name: str | None | MISSING = MISSING
    day: str | None | MISSING = MISSING
    prompt_tokens: int
    completion_tokens: int
    total_tokens: int
    requests: int

    @classmethod
    def from_row(cls, row, group_by: list[str]) -> UsageBucket:
        """A ``billing.ledger.UsageRow`` of a summary grouped by ``group_by``."""
        grouped: dict[str, Any] = {}
        if "model" in group_by:
            grouped["model"] = row.model
        if "key" in group_by:
            grouped.update(api_key_id=row.api_key_id, key_prefix=row.key_prefix, key_name=row.key_name)
        if "day" in group_by:
            grouped["day"] = row.day
        return cls(**grouped, prompt_tokens=row.prompt_tokens, completion_tokens=row.completion_tokens,
                   total_tokens=row.prompt_tokens + row.completion_tokens, requests=row.requests)


class UsageTotal(ResponseModel):
    prompt_tokens: int
    completion_tokens: int
    total_tokens: int
    requests: int


class UsageReport(ResponseModel):
    object: Literal["list"] = "list"
    start: int
    end: int
    group_by: list[Literal["model", "key", "day"]]
    data: list[UsageBucket]
    total: UsageTotal

    @classmethod
    def from_rows(cls, query: UsageQuery, rows: list) -> UsageReport:
        """The ``billing.ledger.UsageRow`` groups of ``query``'s range, and their total."""
        prompt = sum(row.prompt_tokens for row in rows)
        completion = sum(row.completion_tokens for row in rows)
        return cls(start=int(query.start.timestamp()), end=int(query.end.timestamp()), group_by=query.group_by,
                   data=[UsageBucket.from_row(row, query.group_by) for row in rows],
                   total=UsageTotal(prompt_tokens=prompt, completion_tokens=completion,
                                    total_tokens=prompt + completion, requests=sum(row.requests for row in rows)))


def _unix(moment: datetime | None) -> int | None:
    if moment is None:
        return None
    return int((moment if moment.tzinfo else moment.replace(tzinfo=UTC)).timestamp())


class LimitValues(ResponseModel):
    """Limits as stored: null takes the default (a customer) or sets none (a key); 0 means no limit."""

    rpm_limit: int | None
    tpm_limit: int | None
    stream_limit: int | None
    monthly_token_budget: int | None


class AdminCustomer(ResponseModel):
    object: Literal["customer"] = "customer"
    id: int
    name: str
    stripe_customer_id: str | None
    created_at: int
    active_keys: int
    limits: LimitValues

    @classmethod
    def from_info(cls, customer) -> AdminCustomer:
        """A ``tenants.keys.CustomerInfo``."""
        return cls(id=customer.id, name=customer.name, stripe_customer_id=customer.stripe_customer_id,
                   created_at=_unix(customer.created_at), active_keys=customer.active_keys,
                   limits=LimitValues(**customer.limits.as_dict()))


class AdminKey(ResponseModel):
    """An API key as an operator sees it: never the key, never its hash."""

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

    @classmethod
    def from_info(cls, key) -> AdminKey:
        """A ``tenants.keys.KeyInfo``."""
        return cls(id=key.id, customer_id=key.customer_id, customer=key.customer, prefix=key.prefix, name=key.name,
                   role=key.role, created_at=_unix(key.created_at), revoked_at=_unix(key.revoked_at),
                   limits=LimitValues(**key.limits.as_dict()))


class AdminKeyCreated(AdminKey):
    """A key just created: the only answer that holds the key itself. Store it now; it is not shown again."""

    key: str


class AdminActionRecord(ResponseModel):
    """One recorded change to customers, keys or limits, and the admin key that made it (null: the
    ``sluice`` command line)."""

    object: Literal["admin_action"] = "admin_action"
    id: int
    at: int
    admin_key_id: int | None
    action: Literal["customer.create", "key.create", "key.revoke", "limits.set"]
    customer_id: int | None
    api_key_id: int | None
    detail: dict[str, Any]

    @classmethod
    def from_info(cls, action) -> AdminActionRecord:
        """A ``tenants.keys.AdminActionInfo``."""
        return cls(id=action.id, at=_unix(action.at), admin_key_id=action.admin_key_id, action=action.action,
                   customer_id=action.customer_id, api_key_id=action.api_key_id, detail=action.detail)


class LimitUse(ResponseModel):
    """One limit: what is in force (0: none) and what is used now (null: not counted, as nothing limits it)."""

    limit: int
    used: int | None


class ScopeUseReport(ResponseModel):
    """The current use of one customer (``scope`` customer) or one of its keys (``scope`` key)."""

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


class AdminList(ResponseModel):
    """An admin listing; ``window_seconds`` (the requests and tokens limits' window) only in the limits'."""

    object: Literal["list"] = "list"
    data: list[AdminCustomer] | list[AdminKey] | list[ScopeUseReport] | list[AdminActionRecord]
    window_seconds: float | MISSING = MISSING


class Liveness(ResponseModel):
    status: Literal["ok"] = "ok"


class Readiness(ResponseModel):
    status: Literal["ready", "not_ready"]
    checks: dict[str, Any]


# -- the Responses API (/v1/responses) ------------------------------------------------------------------

MAX_METADATA_KEYS = 16


class ResponseInputText(BaseModel):
    """A text part of an input message; ``output_text`` is an earlier answer's part sent back as history."""

    model_config = REQUEST_CONFIG
    type: Literal["input_text", "output_text"]
    text: Text
    annotations: list[Any] | None = None  # an output_text part's, as the API returned it; ignored
    logprobs: list[Any] | None = None


class ResponseInputMessage(BaseModel):
    """One message of ``input``: a role and its text (a string or text parts)."""

    model_config = REQUEST_CONFIG
    type: Literal["message"] = "message"
    role: Literal["user", "assistant", "system", "developer"]
    content: Text | Annotated[list[ResponseInputText], Field(min_length=1, max_length=MAX_CONTENT_PARTS)]
    id: ShortText | None = None  # an output message's, sent back as history
    status: Literal["in_progress", "completed", "incomplete"] | None = None

    def text(self) -> str:
        return self.content if isinstance(self.content, str) else "".join(part.text for part in self.content)


class ResponseCreateRequest(BaseModel):
    """POST /v1/responses: text in (a string or messages), text out; tools and text.format are not served."""

    model_config = REQUEST_CONFIG
    model: Annotated[str, Field(min_length=1, max_length=200), AfterValidator(_printable)]
    input: NonEmptyText | Annotated[list[ResponseInputMessage], Field(min_length=1, max_length=MAX_MESSAGES)]
    instructions: Text | None = None
    max_output_tokens: Annotated[int, Field(ge=1, le=2**31 - 1)] | None = None
    temperature: Annotated[float, Field(ge=0.0, le=2.0)] | None = None
    top_p: Annotated[float, Field(gt=0.0, le=1.0)] | None = None
    stream: bool = False
    background: bool = False
    store: bool = True
    previous_response_id: ShortText | None = None
    metadata: Annotated[dict[Annotated[str, Field(max_length=64)], Annotated[str, Field(max_length=512)]],
                        Field(max_length=MAX_METADATA_KEYS)] | None = None

    @model_validator(mode="after")
    def _consistent(self) -> ResponseCreateRequest:
        if self.background and not self.store:
            raise RequestFieldError("background", "background responses must be stored: store may not be false")
        return self

    def messages(self) -> list[dict[str, str]]:
        """The input as chat turns (``{"role", "content"}``); a string is one user message."""
        if isinstance(self.input, str):
            return [{"role": "user", "content": self.input}]
        return [{"role": message.role, "content": message.text()} for message in self.input]


class ResponseRetrieveQuery(BaseModel):
    """GET /v1/responses/{id}: with stream=true, its events after ``starting_after`` and then live ones."""

    model_config = ConfigDict(extra="ignore")
    stream: bool = False
    starting_after: Annotated[int, Field(ge=0, le=2**53)] | None = None
    include_obfuscation: bool | None = None  # accepted; no delta is padded here


ResponseStatus = Literal["queued", "in_progress", "completed", "incomplete", "failed", "cancelled"]


class ResponseOutputText(ResponseModel):
    type: Literal["output_text"] = "output_text"
    text: str
    annotations: list[Any] = Field(default_factory=list)
    logprobs: list[Any] = Field(default_factory=list)


class ResponseOutputMessage(ResponseModel):
    id: str
    type: Literal["message"] = "message"
    status: Literal["in_progress", "completed", "incomplete"]
    role: Literal["assistant"] = "assistant"
    content: list[ResponseOutputText]


class ResponseUsage(ResponseModel):
    input_tokens: int
    input_tokens_details: dict[str, int] = Field(default_factory=lambda: {"cached_tokens": 0})
    output_tokens: int
    output_tokens_details: dict[str, int] = Field(default_factory=lambda: {"reasoning_tokens": 0})
    total_tokens: int


class ResponseErrorInfo(ResponseModel):
    code: str
    message: str


class ResponseIncompleteDetails(ResponseModel):
    reason: Literal["max_output_tokens", "content_filter"]


class ResponseObject(ResponseModel):
    """A response, as POST /v1/responses answers and GET /v1/responses/{id} reads it. ``output_text`` is
    every output text part joined (the official clients compute it; it is here for everyone else)."""

    id: str
    object: Literal["response"] = "response"
    created_at: int
    status: ResponseStatus
    background: bool
    error: ResponseErrorInfo | None = None
    incomplete_details: ResponseIncompleteDetails | None = None
    instructions: str | None = None
    max_output_tokens: int | None = None
    metadata: dict[str, str] = Field(default_factory=dict)
    model: str
    output: list[ResponseOutputMessage]
    output_text: str
    parallel_tool_calls: bool = True
    previous_response_id: str | None = None
    store: bool
    temperature: float | None = None
    top_p: float | None = None
    text: dict[str, Any] = Field(default_factory=lambda: {"format": {"type": "text"}})
    tool_choice: Literal["auto"] = "auto"
    tools: list[Any] = Field(default_factory=list)
    truncation: Literal["disabled"] = "disabled"
    usage: ResponseUsage | None = None
    completed_at: int | None = None


class ResponseLifecycleEvent(ResponseModel):
    """response.created, .in_progress, .completed, .incomplete, .failed: the whole response as it stands."""

    type: Literal["response.created", "response.in_progress", "response.completed", "response.incomplete",
                  "response.failed"]
    sequence_number: int
    response: ResponseObject


class ResponseOutputItemEvent(ResponseModel):
    type: Literal["response.output_item.added", "response.output_item.done"]
    sequence_number: int
    output_index: int = 0
    item: ResponseOutputMessage


class ResponseContentPartEvent(ResponseModel):
    type: Literal["response.content_part.added", "response.content_part.done"]
    sequence_number: int
    item_id: str
    output_index: int = 0
    content_index: int = 0
    part: ResponseOutputText


class ResponseTextDeltaEvent(ResponseModel):
    type: Literal["response.output_text.delta"] = "response.output_text.delta"
    sequence_number: int
    item_id: str
    output_index: int = 0
    content_index: int = 0
    delta: str
    logprobs: list[Any] = Field(default_factory=list)


class ResponseTextDoneEvent(ResponseModel):
    type: Literal["response.output_text.done"] = "response.output_text.done"
    sequence_number: int
    item_id: str
    output_index: int = 0
    content_index: int = 0
    text: str
    logprobs: list[Any] = Field(default_factory=list)


ResponseStreamEvent = (ResponseLifecycleEvent | ResponseOutputItemEvent | ResponseContentPartEvent
                       | ResponseTextDeltaEvent | ResponseTextDoneEvent)


class ResponseDeleted(ResponseModel):
    id: str
    object: Literal["response"] = "response"
    deleted: Literal[True] = True
