"""Codex CLI sessions → one run per session.

Codex writes `~/.codex/sessions/YYYY/MM/DD/rollout-<time>-<id>.jsonl`: one record a line, each
`{"timestamp", "type", "payload"}` with type `session_meta` (id, cwd, instructions),
`response_item` (a `message` of the user, the developer or the assistant; a `function_call` with
JSON `arguments` and its `function_call_output`; a `custom_tool_call` such as `apply_patch` and its
output; a `local_shell_call`; `reasoning`), `event_msg` (`user_message`, `agent_message`,
`exec_command_end` with the exit code, …), `turn_context` (the model) and `compacted`. Older
rollouts wrote the items bare, without the envelope; both are read.

The run: the task is the first user message that is not the client's injected AGENTS.md
instructions or environment block; each tool call is a step (a non-zero exit marks it an error);
the outcome is inferred by sessions.infer_outcome.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any, Final

from skillhive.importers import sessions
from skillhive.importers.openai_messages import content_text, parse_arguments, render_call
from skillhive.importers.records import RecordError

FORMAT: Final = "codex"
_ENVELOPES: Final = frozenset({"session_meta", "response_item", "event_msg", "turn_context", "compacted"})
_ITEMS: Final = frozenset(
    {"message", "function_call", "function_call_output", "custom_tool_call", "custom_tool_call_output",
     "local_shell_call", "reasoning"}
)  # fmt: skip
_EDIT_TOOLS: Final = frozenset({"apply_patch", "write_file", "edit_file"})
_EXIT = re.compile(r"(?:^Exit code:|Process exited with code)\s*(-?\d+)", re.MULTILINE)


def is_record(value: Any) -> bool:
    """Whether one JSONL line is a Codex rollout record (enveloped)."""
    return isinstance(value, dict) and value.get("type") in _ENVELOPES and isinstance(value.get("payload"), dict)


def _unwrap(record: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    """(envelope type, payload); a bare item of an older rollout reads as a response_item."""
    payload = record.get("payload")
    if isinstance(payload, dict):
        return str(record.get("type")), payload
    if record.get("type") in _ITEMS:
        return "response_item", record
    if "instructions" in record and "id" in record:
        return "session_meta", record
    return "", record


def _shell_command(args: dict[str, Any]) -> str | None:
    command = args.get("command", args.get("cmd"))
    if isinstance(command, list) and command:
        parts = [str(c) for c in command]
        return parts[-1] if len(parts) >= 3 and parts[1] in ("-lc", "-c") else " ".join(parts)
    return command if isinstance(command, str) else None


def _output(raw: Any) -> tuple[str, int | None]:
    """A tool's output text and its exit code, where it says one."""
    text, code = content_text(raw) if not isinstance(raw, str) else raw, None
    if text.lstrip().startswith("{"):
        try:
            doc = json.loads(text)
        except ValueError:
            doc = None
        if isinstance(doc, dict) and "output" in doc:
            meta = doc.get("metadata")
            if isinstance(meta, dict) and isinstance(meta.get("exit_code"), int):
                code = meta["exit_code"]
            text = content_text(doc["output"])
    if code is None:
        found = _EXIT.search(text[:500])
        code = int(found.group(1)) if found else None
    return text, code


class _Session:
    def __init__(self) -> None:
        self.task: str | None = None
        self.steps: list[dict[str, Any]] = []
        self.by_call: dict[str, dict[str, Any]] = {}
        self.pending: list[str] = []
        self.verdict: tuple[str, str] | None = None
        self.model: str | None = None
        self.cwd: str | None = None
        self.session: str | None = None
        self.compactions = 0
        self.exits: dict[str, int] = {}

    def flush(self) -> None:
        text = "\n".join(self.pending).strip()
        self.pending = []
        if text:
            self.steps.append({"thought": text, "action": "respond"})

    def user(self, text: str) -> None:
        text = text.strip()
        if sessions.is_injected(text):
            return
        self.flush()
        if self.task is None:
            self.task = text
            return
        judged = sessions.user_verdict(text)
        self.verdict = (judged, text) if judged else None
        if self.steps:
            seen = self.steps[-1].get("observation", "")
            self.steps[-1]["observation"] = f"{seen}\n\nuser: {text}" if seen else f"user: {text}"
        else:
            self.task = f"{self.task}\n\n{text}"

    def call(self, name: str, args: dict[str, Any], call_id: Any) -> None:
        args = sessions.clip_call(name, args)
        step: dict[str, Any] = {
            "thought": "\n".join(self.pending).strip(),
            "action": render_call(name, args),
            "tool_name": name,
            "tool_args": args,
        }
        self.pending = []
        command = _shell_command(args)
        if name in _EDIT_TOOLS or (command and "apply_patch" in command):
            step["_edit"] = True
        elif command and sessions.is_test_command(command):
            step["_command"] = command
        self.steps.append(step)
        if isinstance(call_id, str):
            self.by_call[call_id] = step

    def result(self, call_id: Any, raw: Any) -> None:
        step = self.by_call.get(str(call_id))
        if step is None:
            return
        text, code = _output(raw)
        if code is None:  # exec_command_end came first
            code = step.get("_code")
        failed = code is not None and code != 0
        step["_code"] = code
        text = sessions.clip_result(step["tool_name"], text, error=failed)
        step["observation"] = sessions.mark_error(text) if failed else text
        if "_command" in step:
            step["_test"] = (step.pop("_command"), failed)

    def item(self, item: dict[str, Any]) -> None:
        kind = item.get("type")
        if kind == "message":
            role = item.get("role")
            text = content_text(item.get("content"))
            if role == "user":
                self.user(text)
            elif role == "assistant" and text.strip():
                self.pending.append(text)
        elif kind == "function_call":
            name = item.get("name")
            if not isinstance(name, str) or not name:
                raise RecordError(f"function_call {item.get('call_id')!r}: name missing")
            self.call(name, parse_arguments(item.get("arguments")), item.get("call_id"))
        elif kind == "custom_tool_call":
            name = item.get("name")
            if not isinstance(name, str) or not name:
                raise RecordError(f"custom_tool_call {item.get('call_id')!r}: name missing")
            raw = item.get("input")
            self.call(name, {"input": raw} if isinstance(raw, str) else parse_arguments(raw), item.get("call_id"))
        elif kind == "local_shell_call":
            action = item.get("action")
            command = action.get("command") if isinstance(action, dict) else None
            self.call("local_shell", {"command": command}, item.get("call_id"))
        elif kind in ("function_call_output", "custom_tool_call_output"):
            self.result(item.get("call_id"), item.get("output"))

    def exit_code(self, event: dict[str, Any]) -> None:
        """`exec_command_end` says the exit of a call whose output did not."""
        step = self.by_call.get(str(event.get("call_id")))
        code = event.get("exit_code")
        if step is None or not isinstance(code, int) or step.get("_code") is not None:
            return
        step["_code"] = code
        if code != 0:
            step["observation"] = sessions.mark_error(step.get("observation", ""))
        if "_command" in step:
            step["_test"] = (step.pop("_command"), code != 0)
        elif "_test" in step:
            step["_test"] = (step["_test"][0], code != 0)


def convert_session(records: list[Any], path: Path | None = None) -> dict[str, Any]:
    """A whole rollout (its records in file order) → a TrajectoryIn-shaped dict."""
    session = _Session()
    typed: list[str] = []  # the user's words as event_msg has them: only if no message item has any
    for record in records:
        if not isinstance(record, dict):
            continue
        envelope, payload = _unwrap(record)
        if envelope == "session_meta":
            session.session = str(payload["id"]) if isinstance(payload.get("id"), str) else None
            session.cwd = payload.get("cwd") if isinstance(payload.get("cwd"), str) else session.cwd
        elif envelope == "turn_context":
            if isinstance(payload.get("model"), str):
                session.model = payload["model"]
            if isinstance(payload.get("cwd"), str):
                session.cwd = payload["cwd"]
        elif envelope == "compacted":
            session.compactions += 1
        elif envelope == "response_item":
            session.item(payload)
        elif envelope == "event_msg":
            if payload.get("type") == "user_message" and isinstance(payload.get("message"), str):
                typed.append(payload["message"])
            elif payload.get("type") == "exec_command_end":
                session.exit_code(payload)
    session.flush()
    if session.task is None:
        for text in typed:
            if session.task is None and not sessions.is_injected(text):
                session.task = text.strip()
    if session.task is None:
        raise RecordError("task: no request typed by the user in this session")
    return sessions.session_run(
        FORMAT,
        task=session.task,
        steps=session.steps,
        verdict=session.verdict,
        cwd=session.cwd,
        compactions=session.compactions,
        model=session.model,
        session_id=session.session,
    )
