"""OpenAI chat messages → a trajectory.

Accepted records: a list of messages, or an object {"messages": [...]} that may also carry
`outcome`, `tags`, `agent` (or `model`) and `skills_used`. The task is the first user message;
each tool call is a step whose observation is the matching `tool` message; assistant text with no
tool call is a `respond` step whose observation is the user's reply. The outcome is unknown
unless the record says otherwise.
"""

from __future__ import annotations

import json
from typing import Any

from skillhive.importers.records import RecordError, type_name

RESPOND = "respond"
_SKIPPED_ROLES = frozenset({"system", "developer"})
_PASSED_THROUGH = ("outcome", "tags", "agent", "skills_used")


def content_text(content: Any) -> str:
    """The text of a message's content: a string, or a list of content parts."""
    if content is None:
        return ""
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        texts = []
        for part in content:
            if isinstance(part, str):
                texts.append(part)
            elif isinstance(part, dict):
                kind = str(part.get("type", ""))
                text = part.get("text", part.get("refusal"))
                if isinstance(text, str):
                    texts.append(text)
                elif "image" in kind or "audio" in kind or "file" in kind:
                    texts.append(f"[{kind}]")
        return "\n".join(texts)
    return json.dumps(content, ensure_ascii=False, default=str)


def parse_arguments(arguments: Any) -> dict[str, Any]:
    """Tool-call arguments as a dict; text that is not a JSON object is kept as {"raw": text}."""
    if isinstance(arguments, dict):
        return arguments
    if arguments is None or arguments == "":
        return {}
    if isinstance(arguments, str):
        try:
            parsed = json.loads(arguments)
        except ValueError:
            return {"raw": arguments}
        return parsed if isinstance(parsed, dict) else {"raw": arguments}
    return {"raw": json.dumps(arguments, ensure_ascii=False, default=str)}


def render_call(name: str, args: dict[str, Any]) -> str:
    """A readable action for a tool call: `name(key=value, …)`, or `name(raw text)`."""
    if set(args) == {"raw"} and isinstance(args["raw"], str):
        return f"{name}({args['raw']})"
    inner = ", ".join(f"{k}={json.dumps(v, ensure_ascii=False, default=str)}" for k, v in args.items())
    return f"{name}({inner})"


def _calls(message: dict[str, Any], where: str) -> list[tuple[str | None, str, dict[str, Any]]]:
    """(id, name, args) of each tool call in an assistant message (legacy `function_call` too)."""
    raw_calls = message.get("tool_calls") or []
    if not isinstance(raw_calls, list):
        raise RecordError(f"{where}.tool_calls: expected a list, got {type_name(raw_calls)}")
    legacy = message.get("function_call")
    if isinstance(legacy, dict):
        raw_calls = [*raw_calls, {"function": legacy}]
    calls = []
    for j, call in enumerate(raw_calls):
        function = call.get("function") if isinstance(call, dict) else None
        if not isinstance(function, dict):
            raise RecordError(f"{where}.tool_calls.{j}.function: missing")
        name = function.get("name")
        if not isinstance(name, str) or not name:
            raise RecordError(f"{where}.tool_calls.{j}.function.name: missing")
        call_id = call.get("id")
        arguments = parse_arguments(function.get("arguments"))
        calls.append((call_id if isinstance(call_id, str) else None, name, arguments))
    return calls


def _observe(step: dict[str, Any], text: str) -> None:
    """Add what came back to a step (a second reply is appended, not lost)."""
    if not text:
        return
    seen = step.get("observation", "")
    step["observation"] = f"{seen}\n\n{text}" if seen else text


def steps_from_messages(messages: list[Any], *, where: str = "messages") -> tuple[list[str], list[dict[str, Any]]]:
    """Steps from chat messages, and the user texts that came before the first assistant turn."""
    opening: list[str] = []
    steps: list[dict[str, Any]] = []
    by_call_id: dict[str, dict[str, Any]] = {}
    for i, message in enumerate(messages):
        here = f"{where}.{i}"
        if not isinstance(message, dict):
            raise RecordError(f"{here}: expected a message object, got {type_name(message)}")
        role = message.get("role")
        if role in _SKIPPED_ROLES:
            continue
        text = content_text(message.get("content"))
        if role == "assistant":
            calls = _calls(message, here)
            for j, (call_id, name, args) in enumerate(calls):
                call_step: dict[str, Any] = {
                    "thought": text if j == 0 else "",
                    "action": render_call(name, args),
                    "tool_name": name,
                    "tool_args": args,
                }
                steps.append(call_step)
                if call_id:
                    by_call_id[call_id] = call_step
            if not calls and text:
                steps.append({"thought": text, "action": RESPOND})
        elif role in ("tool", "function"):
            answered = message.get("tool_call_id")
            step = by_call_id.get(answered) if isinstance(answered, str) else None
            if step is None:
                pending = [s for s in steps if s.get("tool_name") and not s.get("observation")]
                step = pending[0] if pending else (steps[-1] if steps else None)
            if step is None:
                raise RecordError(f"{here}: a tool message before any tool call")
            _observe(step, text)
        elif role == "user":
            if steps:
                _observe(steps[-1], text)
            elif text:
                opening.append(text)
        else:
            raise RecordError(f"{here}.role: unknown role {role!r}")
    return opening, steps


def messages_of(record: Any) -> tuple[list[Any], dict[str, Any]]:
    """The messages of a record and the object around them (empty for a bare list)."""
    if isinstance(record, list):
        return record, {}
    if isinstance(record, dict):
        messages = record.get("messages")
        if not isinstance(messages, list):
            raise RecordError(f"messages: expected a list, got {type_name(messages)}")
        return messages, record
    raise RecordError(f"record: expected a list of messages or an object, got {type_name(record)}")


def convert(record: Any) -> dict[str, Any]:
    """One conversation → a TrajectoryIn-shaped dict."""
    messages, envelope = messages_of(record)
    opening, steps = steps_from_messages(messages)
    task = "\n\n".join(opening).strip()
    if not task:
        raise RecordError("task: no user message before the first assistant message")
    raw: dict[str, Any] = {"task": task, "steps": steps}
    for key in _PASSED_THROUGH:
        if key in envelope:
            raw[key] = envelope[key]
    if "agent" not in raw and isinstance(envelope.get("model"), str):
        raw["agent"] = envelope["model"]
    return raw
