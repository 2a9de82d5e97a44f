"""Tool calling in the Hermes format: how tools and calls are written into a prompt, the grammar that makes
the model's calls valid, and the parser that reads them back out of the generated text.

A call is written ``<tool_call>\\n{"name": ..., "arguments": {...}}\\n</tool_call>``, several calls one per
line; a tool's result is given back as ``<tool_response>\\n...\\n</tool_response>``. A chat template that
knows tools (it reads a ``tools`` variable) renders them itself; for one that does not, ``tool_prompt`` is
the system text that describes them. The grammar (``call_grammar``) admits, for ``tool_choice`` ``auto``,
either plain text (which may not start with ``<``) or calls; for ``required`` or a named function, calls
only; each call's arguments match its function's JSON schema, and the JSON is compact. The parser relies on
that shape: ``ToolCallStream`` turns the text as it is released into content and ``tool_calls`` deltas.
"""

from __future__ import annotations

import json
import secrets
from dataclasses import dataclass, field

from workers.grammar import lark_json

CALL_OPEN = "<tool_call>\n"
CALL_CLOSE = "\n</tool_call>"
_NAME_PREFIX = '{"name":"'
_ARGUMENTS_KEY = '","arguments":'

TOOL_PROMPT = """You may call one or more functions to answer the user. The functions, as JSON schemas:
<tools>
{tools}
</tools>
To call a function, answer only with, for each call, a line <tool_call>, then a JSON object with its "name" \
and its "arguments", then a line </tool_call>. A function's result comes back in <tool_response></tool_response>."""


def tool_prompt(functions: list[dict]) -> str:
    """The system text describing ``functions`` (each ``{"name", "description", "parameters"}``) for a
    chat template that cannot render tools itself."""
    return TOOL_PROMPT.format(tools="\n".join(json.dumps({"type": "function", "function": f}) for f in functions))


def call_text(name: str, arguments: str) -> str:
    """A call as the model writes it (an assistant turn of the history): ``arguments`` is a JSON string."""
    try:
        parsed = json.loads(arguments) if arguments else {}
    except ValueError:
        parsed = arguments
    return CALL_OPEN + json.dumps({"name": name, "arguments": parsed}, separators=(",", ":")) + CALL_CLOSE


def response_text(content: str) -> str:
    """A tool's result as the model reads it."""
    return f"<tool_response>\n{content}\n</tool_response>"


def call_grammar(functions: list[dict], *, only_calls: bool, parallel: bool, text_schema: dict | None = None) -> str:
    """The Lark grammar of an answer under these tools: calls whose arguments match their function's
    schema (one, or several with ``parallel``), or (unless ``only_calls``) text instead: any text that does
    not start with ``<``, or JSON matching ``text_schema`` when the request asks for a JSON answer."""
    bodies = [{"type": "object", "properties": {"name": {"const": f["name"]},
                                                "arguments": f.get("parameters") or {"type": "object"}},
               "required": ["name", "arguments"], "additionalProperties": False} for f in functions]
    body = bodies[0] if len(bodies) == 1 else {"anyOf": bodies}
    calls = 'call ("\\n" call)*' if parallel else "call"
    text = "TEXT: /[^<](?s:.*)/" if text_schema is None else f"answer: {lark_json(text_schema)}"
    start = calls if only_calls else f"{'TEXT' if text_schema is None else 'answer'} | {calls}"
    return "\n".join([
        f"start: {start}",
        text,
        f"call: {json.dumps(CALL_OPEN)} body {json.dumps(CALL_CLOSE)}",
        f"body: {lark_json(body)}",
    ])


def new_call_id() -> str:
    return "call_" + secrets.token_hex(12)


@dataclass
class CallDelta:
    """A piece of a tool call as a stream sends it: the first piece of a call has its id and name."""

    index: int
    arguments: str
    id: str | None = None
    name: str | None = None


@dataclass
class ParsedCall:
    id: str
    name: str
    arguments: str  # JSON text


@dataclass
class ToolCallStream:
    """Reads an answer's text piece by piece: ``feed`` returns the new content and call pieces, ``close``
    what was held back. Text that starts with ``<tool_call>`` is calls; any other is content."""

    mode: str | None = None  # None (undecided), "content" or "calls"
    calls: list[ParsedCall] = field(default_factory=list)
    _buffer: str = ""  # call text not yet turned into deltas
    _sent_arguments: int = 0  # characters of the current call's arguments already sent
    _in_call: bool = False

    def feed(self, text: str) -> tuple[str, list[CallDelta]]:
        if self.mode == "content":
            return text, []
        self._buffer += text
        if self.mode is None:
            if CALL_OPEN.startswith(self._buffer) and len(self._buffer) < len(CALL_OPEN):
                return "", []  # could still become a call
            if not self._buffer.startswith(CALL_OPEN):
                self.mode = "content"
                content, self._buffer = self._buffer, ""
                return content, []
            self.mode = "calls"
        return "", self._calls(final=False)

    def close(self) -> tuple[str, list[CallDelta]]:
        """The end of the answer: undecided text is content; an unfinished call is sent as it stands."""
        if self.mode is None:
            self.mode = "content"
            content, self._buffer = self._buffer, ""
            return content, []
        if self.mode == "content":
            return "", []
        return "", self._calls(final=True)

    def _calls(self, final: bool) -> list[CallDelta]:
        deltas: list[CallDelta] = []
        while True:
            if not self._in_call:
                self._buffer = self._buffer.lstrip("\n")
                if not self._buffer.startswith(CALL_OPEN):
                    return deltas
                head = self._buffer[len(CALL_OPEN):]
                if not head.startswith(_NAME_PREFIX) or _ARGUMENTS_KEY not in head:
                    if final and head:
                        deltas.extend(self._whole_call(head))
                        self._buffer = ""
                    return deltas
                name, _, rest = head[len(_NAME_PREFIX):].partition(_ARGUMENTS_KEY)
                call = ParsedCall(new_call_id(), json.loads(f'"{name}"'), "")
                self.calls.append(call)
                deltas.append(CallDelta(len(self.calls) - 1, "", call.id, call.name))
                self._in_call, self._buffer, self._sent_arguments = True, rest, 0
            end = self._buffer.find(CALL_CLOSE)
            call = self.calls[-1]
            if end == -1:
                # The wrapper object's closing brace and the closing tag follow the arguments: hold back
                # what could be their start.
                ready = self._buffer[:len(self._buffer) - _terminator_start(self._buffer)] if not final \
                    else self._buffer.rstrip().removesuffix("}")
                if len(ready) > self._sent_arguments:
                    deltas.append(CallDelta(len(self.calls) - 1, ready[self._sent_arguments:]))
                    self._sent_arguments = len(ready)
                call.arguments = ready
                if final:
                    self._buffer = ""
                return deltas
            arguments = self._buffer[:end].rstrip().removesuffix("}")
            if len(arguments) > self._sent_arguments:
                deltas.append(CallDelta(len(self.calls) - 1, arguments[self._sent_arguments:]))
            call.arguments = arguments
            self._buffer = self._buffer[end + len(CALL_CLOSE):]
            self._in_call = False

    def _whole_call(self, body: str) -> list[CallDelta]:
        """A call whose text did not have the expected shape (no grammar held it): parsed whole, if it can
        be."""
        try:
            parsed = json.loads(body.removesuffix(CALL_CLOSE))
            name, arguments = str(parsed["name"]), json.dumps(parsed.get("arguments", {}))
        except (ValueError, KeyError, TypeError):
            return []
        self.calls.append(ParsedCall(new_call_id(), name, arguments))
        return [CallDelta(len(self.calls) - 1, arguments, self.calls[-1].id, name)]


def _terminator_start(text: str) -> int:
    """The length of the longest end of ``text`` that could begin the call's end (``}`` and the close tag)."""
    terminator = "}" + CALL_CLOSE
    for length in range(min(len(text), len(terminator)), 0, -1):
        if terminator.startswith(text[-length:]):
            return length
    return 0


def parse_answer(text: str) -> tuple[str, list[ParsedCall]]:
    """A whole answer as (content, calls)."""
    reader = ToolCallStream()
    content, _ = reader.feed(text)
    more, _ = reader.close()
    return content + more, reader.calls
