"""From a validated request to a queued Celery chain: check the request rate, tokenize (off the event
loop), check the length, record who owns the stream, and publish ``check_prompt | generate``."""

from __future__ import annotations

import contextlib
import hmac
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

import gevent
import redis
from flask import request
from gevent import monkey

from api.admission import release_admission
from api.errors import (
    ContextLengthExceeded,
    InvalidRequest,
    ModelNotFound,
    QuotaExceeded,
    RateLimitExceeded,
    ServiceUnavailable,
)
from api.limits import TenantLimiter
from api.protocol import ChatMessage, SamplingFields
from sluice.job import GenerationJob
from sluice.metrics import record_rejection
from sluice.model_files import context_length
from sluice.queues import INTERACTIVE, PRIORITIES
from sluice.settings import Settings
from sluice.streams import events
from tasks.chain import generation_chain
from tenants.keys import KeyOwner
from workers.tools import call_text, response_text, tool_prompt

PRIORITY_HEADER = "X-Sluice-Priority"

T = TypeVar("T")


@dataclass(frozen=True)
class Submission:
    request_id: str
    customer_id: int
    model: str
    created: int
    prompt_tokens: int
    stream_token: str


class ServedModel:
    """One model the gateway serves: its tokenizer and limits, loaded once per gateway process, and how
    many workers serve it now."""

    def __init__(self, name: str, folder: Path, settings: Settings, client: redis.Redis) -> None:
        from transformers import AutoTokenizer

        own = settings.model_copy(update={"model": str(folder), "model_name": name})
        self.settings = settings
        self.redis = client
        self.model_name = name
        self.tokenizer = AutoTokenizer.from_pretrained(folder)
        # The strings the tokenizer turns into control tokens wherever they appear (<|im_start|>, ...).
        self.control_tokens = tuple(token for token in self.tokenizer.all_special_tokens if token)
        self.max_model_len = context_length(own)
        self._live_cache: tuple[float, int] = (0.0, 0)
        self.created = int(time.time())

    def live_workers(self) -> int:
        """How many workers serve this model now. A count of some is read from Redis at most once a second;
        none is read again on every call, so a worker that has just joined is found by the next request in
        every gateway process, including one that answered a readiness probe a moment before it joined."""
        checked_at, count = self._live_cache
        now = time.time()
        if count == 0 or now - checked_at > 1.0:
            count = int(self.redis.zcount(events.worker_registry_key(self.model_name), now, "+inf"))
            self._live_cache = (now, count)
        return count

    def refuse_control_tokens(self, text: str, param: str) -> None:
        """Raise InvalidRequest (400, naming ``param``) if ``text`` holds a control token of the chat
        template: the tokenizer would turn it into the token itself, so a message could end its turn and
        forge another (a system message, an assistant's answer) that nobody sent."""
        for token in self.control_tokens:
            if token in text:
                raise InvalidRequest(f"'{param}' contains '{token}', a control token of this model's chat "
                                     "template, which message text may not contain.", param=param)

    @property
    def renders_tools(self) -> bool:
        """Whether the model's chat template renders tools and calls itself (it reads ``tools``)."""
        return "tools" in str(self.tokenizer.chat_template or "")

    def chat_prompt(self, messages: list[ChatMessage], tools: list[dict] | None = None) -> list[int]:
        """The token ids of ``messages`` (and the functions ``tools`` may call) in the model's chat template,
        ready for its answer; InvalidRequest (400) if a message holds a control token of the template.

        A template that renders tools gets them, the history's calls and the tool results as they are;
        for one that does not, the tools are described in the system message (workers/tools.py), calls
        are written into the assistant's turns and results given as user turns, in the Hermes format."""
        native = bool(tools) and self.renders_tools
        conversation = [self._turn(message, native) for message in messages]
        for index, turn in enumerate(conversation):
            self.refuse_control_tokens(turn["content"], f"messages.{index}.content")
        if tools and not native:
            if conversation[0]["role"] == "system":
                conversation[0] = {**conversation[0],
                                   "content": f"{conversation[0]['content']}\n\n{tool_prompt(tools)}"}
            else:
                conversation.insert(0, {"role": "system", "content": tool_prompt(tools)})
        return off_event_loop(self._template_ids, conversation, tools if native else None)

    @staticmethod
    def _turn(message: ChatMessage, native: bool) -> dict:
        role = "system" if message.role == "developer" else message.role
        content = message.text()
        if role == "tool":
            if native:
                return {"role": "tool", "content": content, "tool_call_id": message.tool_call_id}
            return {"role": "user", "content": response_text(content)}
        if not message.tool_calls:
            return {"role": role, "content": content}
        if native:
            return {"role": role, "content": content, "tool_calls": [
                {"id": call.id, "type": "function",
                 "function": {"name": call.function.name, "arguments": call.function.arguments}}
                for call in message.tool_calls]}
        calls = [call_text(call.function.name, call.function.arguments) for call in message.tool_calls]
        return {"role": role, "content": "\n".join(filter(None, [content, *calls]))}

    def text_prompt(self, prompt: str) -> list[int]:
        """The token ids of a raw completion prompt (which may hold control tokens: its caller writes the
        template)."""
        return off_event_loop(self._text_ids, prompt)

    def _template_ids(self, conversation: list[dict], tools: list[dict] | None = None) -> list[int]:
        return list(self.tokenizer.apply_chat_template(
            conversation, tools=[{"type": "function", "function": f} for f in tools] if tools else None,
            add_generation_prompt=True, tokenize=True, return_dict=False
        ))

    def _text_ids(self, prompt: str) -> list[int]:
        return list(self.tokenizer.encode(prompt, add_special_tokens=False))

    def completion_budget(self, prompt_ids: list[int], requested: int | None) -> int:
        """max_tokens for the request; refuses prompts that leave no room in the context and prompts or
        max_tokens beyond the configured bounds (max_prompt_tokens, max_output_tokens)."""
        prompt_cap, output_cap = self.settings.max_prompt_tokens, self.settings.max_output_tokens
        if prompt_cap and len(prompt_ids) > prompt_cap:
            raise ContextLengthExceeded(f"Prompts may have at most {prompt_cap} tokens; yours has {len(prompt_ids)}.",
                                        param="messages")
        if output_cap and requested is not None and requested > output_cap:
            raise InvalidRequest(f"max_tokens may be at most {output_cap}; you requested {requested}.",
                                 param="max_tokens")
        room = self.max_model_len - len(prompt_ids)
        if requested is not None and requested > room or room < 1:
            raise ContextLengthExceeded(
                f"This model's maximum context length is {self.max_model_len} tokens. However, you requested "
                f"{len(prompt_ids) + (requested or 1)} tokens ({len(prompt_ids)} in the messages, "
                f"{requested or 1} in the completion). Please reduce the length of the messages or completion.",
                param="messages",
            )
        return requested if requested is not None else min(self.settings.default_max_tokens, room,
                                                            output_cap or room)


class ModelCatalog:
    """Every model the gateway serves (``Settings.gateway_models``); the first is the default."""

    def __init__(self, settings: Settings, client: redis.Redis) -> None:
        self.models = {name: ServedModel(name, folder, settings, client)
                       for name, folder in settings.gateway_models.items()}
        self.default = next(iter(self.models.values()))

    @property
    def model_name(self) -> str:
        """The default model's name (the chat page's model)."""
        return self.default.model_name

    def resolve(self, requested: str) -> ServedModel:
        """The model a request names (the default when it names none); ModelNotFound (404) otherwise."""
        if not requested:
            return self.default
        if requested not in self.models:
            raise ModelNotFound(f"The model '{requested}' does not exist", param="model")
        return self.models[requested]

    def live_models(self) -> list[ServedModel]:
        """The models at least one worker serves now."""
        return [model for model in self.models.values() if model.live_workers() > 0]


def off_event_loop(work: Callable[..., T], *args: object) -> T:
    """``work(*args)`` on a thread of gevent's pool when this process runs on gevent's event loop (gunicorn's
    gevent worker), so that a long computation (tokenizing a large body) does not stop the greenlet of
    every other connection; called right here otherwise. Raises what ``work`` raises."""
    if not monkey.is_module_patched("socket"):
        return work(*args)
    return gevent.get_hub().threadpool.apply(work, args)


def refuse_spent_request_rate(limits: TenantLimiter, owner: KeyOwner, model: str) -> None:
    """Refuse (RateLimitExceeded, 429) a request whose customer or key has no request left in the current
    window, before its body is templated and tokenized: a caller over its rate costs the gateway one Redis
    read, not a tokenization. Admission (``submit_generation``) still counts the request and checks every
    limit at once. Raises redis.RedisError when Redis does not answer."""
    refusal = limits.requests_refusal(owner)
    if refusal is not None:
        record_rejection(model, "requests")
        raise refusal


def request_priority() -> str:
    """The request's priority from its ``X-Sluice-Priority`` header: ``interactive`` (the default) or
    ``batch`` (waits behind every interactive request and never fills a worker's last slots)."""
    value = (request.headers.get(PRIORITY_HEADER) or INTERACTIVE).strip().lower()
    if value not in PRIORITIES:
        raise InvalidRequest(f"{PRIORITY_HEADER} must be one of: {', '.join(PRIORITIES)}.", param=PRIORITY_HEADER)
    return value


def checked_texts(messages: list[ChatMessage]) -> tuple[str, list[str]]:
    """What the safety checks read of a conversation: its user turns, one per line (``prompt_text``), and
    the text of every other turn that has some (``other_turns``)."""
    users = "\n".join(m.text() for m in messages if m.role == "user")
    return users, [text for m in messages if m.role != "user" and (text := m.text())]


def submit_generation(
    *, settings: Settings, client: redis.Redis, limits: TenantLimiter, served: ServedModel, owner: KeyOwner,
    body: SamplingFields, prompt_ids: list[int], prompt_text: str, request_id: str, priority: str = INTERACTIVE,
    structured: dict | None = None, other_turns: list[str] | None = None,
) -> Submission:
    """Admit the request under its customer's and key's limits, record the stream's owner and queue the
    chain on the model's queues of ``priority``; ``structured`` is the grammar its output must follow
    (workers/grammar.py). Raises InvalidRequest (400) for ``n`` above the configured maximum, ``logit_bias``
    outside the vocabulary or ``min_tokens`` above max_tokens, ServiceUnavailable (503, at once) if no
    worker serves the model, RateLimitExceeded or QuotaExceeded (429) if a limit refuses it (``n`` choices
    reserve n x max_tokens): nothing is queued then."""
    model = served.model_name
    if body.n > settings.max_choices:
        raise InvalidRequest(f"n may be at most {settings.max_choices}; you requested {body.n}.", param="n")
    vocabulary = len(served.tokenizer)
    outside = [token for token in body.logit_bias or {} if int(token) >= vocabulary]
    if outside:
        raise InvalidRequest(f"logit_bias names token {outside[0]}, outside this model's vocabulary "
                             f"(0 to {vocabulary - 1}).", param="logit_bias")
    if served.live_workers() == 0:
        record_rejection(model, "no_live_worker")
        raise ServiceUnavailable(f"No worker is serving the model '{model}' right now; try again shortly.",
                                 code="model_unavailable", headers={"Retry-After": "5"})
    max_tokens = served.completion_budget(prompt_ids, body.requested_max_tokens)
    if body.min_tokens > max_tokens:
        raise InvalidRequest(f"min_tokens ({body.min_tokens}) may not exceed max_tokens ({max_tokens}).",
                             param="min_tokens")
    try:
        limits.admit(owner, request_id, len(prompt_ids) + body.n * max_tokens)
    except (RateLimitExceeded, QuotaExceeded) as refusal:
        record_rejection(model, refusal.type)
        raise
    created = int(time.time())
    stream_token = secrets.token_urlsafe(24)
    job = GenerationJob(
        request_id=request_id,
        model=model,
        prompt_token_ids=prompt_ids,
        prompt_text=prompt_text,
        other_turns=list(other_turns or []),
        sampling={**body.sampling(max_tokens), "structured": structured},
        customer_id=owner.customer_id,
        api_key_id=owner.api_key_id,
        created=created,
        priority=priority,
        submitted_at=time.time(),
        n=body.n,
    )
    try:
        generation_chain(job).apply_async()
    except Exception:
        limits.release_unqueued(owner.customer_id, request_id)
        raise
    release_admission()  # queued: the next request may be tokenized
    # Written once the chain is queued, while the prompt check runs: nobody asks for the stream before this
    # function returns its id, and the write is not part of the request's time to first token.
    meta_key = events.request_meta_key(request_id)
    record = client.pipeline(transaction=False)
    record.hset(meta_key, mapping={
        "customer_id": owner.customer_id,
        "api_key_id": owner.api_key_id,
        "model": model,
        "created": created,
        "stream_token": stream_token,
    })
    record.expire(meta_key, settings.replay_ttl_seconds)
    try:
        record.execute()
    except redis.RedisError:
        with contextlib.suppress(redis.RedisError):  # best effort: with no owner recorded, nobody could read it
            cancel(client, settings, request_id)
        raise
    return Submission(request_id, owner.customer_id, model, created, len(prompt_ids), stream_token)


def stream_owner(client: redis.Redis, request_id: str) -> dict[str, str] | None:
    raw = client.hgetall(events.request_meta_key(request_id))
    return {k.decode(): v.decode() for k, v in raw.items()} if raw else None


def may_read(meta: dict[str, str] | None, owner: KeyOwner | None, stream_token: str | None) -> bool:
    """The creating customer (by key) or the holder of the stream's token may read a stream."""
    if meta is None:
        return False
    if owner is not None and str(owner.customer_id) == meta["customer_id"]:
        return True
    return bool(stream_token) and hmac.compare_digest(stream_token, meta["stream_token"])


def cancel(client: redis.Redis, settings: Settings, request_id: str) -> None:
    """Ask whichever worker holds the request to abort it; a worker that has not started it will skip it."""
    client.set(events.cancel_flag_key(request_id), 1, ex=settings.replay_ttl_seconds)
    client.publish(events.CANCEL_CHANNEL, request_id)
