"""Builders of coding-agent session files in the shapes Claude Code and Codex CLI write them.

A `ClaudeSession` appends records as Claude Code does (each turn a line, chained by
uuid/parentUuid, tool results as user turns with `tool_result` blocks) and writes a real
`<session>.jsonl`; `CodexRollout` writes `rollout-*.jsonl` with the envelope records.
"""

from __future__ import annotations

import json
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

MODEL = "claude-sonnet-4-5-20250929"


class ClaudeSession:
    def __init__(self, session_id: str | None = None, cwd: str = "/home/dev/shop-api") -> None:
        self.session_id = session_id or str(uuid.uuid4())
        self.cwd = cwd
        self.records: list[dict[str, Any]] = []
        self.parent: str | None = None
        self.clock = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)
        self.calls = 0

    def _base(self, kind: str, *, side: bool = False, parent: str | None = "_") -> dict[str, Any]:
        self.clock += timedelta(seconds=3)
        record = {
            "parentUuid": self.parent if parent == "_" else parent,
            "isSidechain": side,
            "userType": "external",
            "cwd": self.cwd,
            "sessionId": self.session_id,
            "version": "2.0.14",
            "gitBranch": "main",
            "type": kind,
            "uuid": str(uuid.uuid4()),
            "timestamp": self.clock.isoformat().replace("+00:00", "Z"),
        }
        return record

    def _add(self, record: dict[str, Any]) -> dict[str, Any]:
        self.records.append(record)
        self.parent = record["uuid"]
        return record

    def user(self, text: str, **extra: Any) -> dict[str, Any]:
        record = self._base("user", side=extra.pop("side", False))
        record["message"] = {"role": "user", "content": text}
        record.update(extra)
        return self._add(record)

    def assistant(self, text: str, *, side: bool = False) -> dict[str, Any]:
        record = self._base("assistant", side=side)
        record["message"] = {
            "id": f"msg_{uuid.uuid4().hex[:20]}",
            "type": "message",
            "role": "assistant",
            "model": MODEL,
            "content": [{"type": "text", "text": text}],
            "stop_reason": "end_turn",
            "usage": {"input_tokens": 1200, "output_tokens": 80},
        }
        record["requestId"] = f"req_{uuid.uuid4().hex[:20]}"
        return self._add(record)

    def tool(
        self, name: str, args: dict[str, Any], result: str, *, error: bool = False, thought: str = "",
        side: bool = False,
    ) -> str:  # fmt: skip
        """An assistant turn calling `name`, then the user turn carrying its result."""
        self.calls += 1
        call_id = f"toolu_{self.calls:04d}{uuid.uuid4().hex[:8]}"
        record = self._base("assistant", side=side)
        content: list[dict[str, Any]] = []
        if thought:
            content.append({"type": "text", "text": thought})
        content.append({"type": "tool_use", "id": call_id, "name": name, "input": args})
        record["message"] = {
            "id": f"msg_{uuid.uuid4().hex[:20]}",
            "type": "message",
            "role": "assistant",
            "model": MODEL,
            "content": content,
            "stop_reason": "tool_use",
            "usage": {"input_tokens": 1500, "output_tokens": 120},
        }
        self._add(record)
        answer = self._base("user", side=side)
        block: dict[str, Any] = {"tool_use_id": call_id, "type": "tool_result", "content": result}
        if error:
            block["is_error"] = True
        answer["message"] = {"role": "user", "content": [block]}
        answer["toolUseResult"] = f"Error: {result}" if error else {"stdout": result, "stderr": ""}
        self._add(answer)
        return call_id

    def summary(self, text: str) -> None:
        self.records.insert(0, {"type": "summary", "summary": text, "leafUuid": self.parent})

    def compact(self, text: str) -> None:
        """A compaction: a boundary with no parent, then the summary as a user turn."""
        boundary = self._base("system", parent=None)
        boundary.update(
            {"subtype": "compact_boundary", "content": "Conversation compacted", "logicalParentUuid": self.parent}
        )
        self._add(boundary)
        self.user(text, isCompactSummary=True, isVisibleInTranscriptOnly=True)

    def write(self, folder: Path) -> Path:
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"{self.session_id}.jsonl"
        path.write_text("".join(json.dumps(r) + "\n" for r in self.records))
        return path


class CodexRollout:
    def __init__(self, session_id: str | None = None, cwd: str = "/home/dev/shop-api") -> None:
        self.session_id = session_id or str(uuid.uuid4())
        self.cwd = cwd
        self.clock = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)
        self.records: list[dict[str, Any]] = []
        self.calls = 0
        self._add("session_meta", {
            "id": self.session_id, "timestamp": self._now(), "cwd": cwd, "originator": "codex_cli_rs",
            "cli_version": "0.77.0", "instructions": "## Skills\n- skill-creator: Guide for creating skills.",
            "source": "cli", "model_provider": "openai",
        })  # fmt: skip
        self.message("user", f"# AGENTS.md instructions for {cwd}\n\n<INSTRUCTIONS>\nUse ruff.\n</INSTRUCTIONS>")
        self.message("user", f"<environment_context>\n  <cwd>{cwd}</cwd>\n  <shell>zsh</shell>\n</environment_context>")

    def _now(self) -> str:
        self.clock += timedelta(seconds=2)
        return self.clock.isoformat(timespec="milliseconds").replace("+00:00", "Z")

    def _add(self, kind: str, payload: dict[str, Any]) -> None:
        self.records.append({"timestamp": self._now(), "type": kind, "payload": payload})

    def message(self, role: str, text: str) -> None:
        part = "input_text" if role == "user" else "output_text"
        self._add("response_item", {"type": "message", "role": role, "content": [{"type": part, "text": text}]})

    def prompt(self, text: str) -> None:
        self.message("user", text)
        self._add("event_msg", {"type": "user_message", "message": text, "images": []})
        self._add("turn_context", {"cwd": self.cwd, "approval_policy": "on-request", "model": "gpt-5.2-codex"})

    def shell(self, command: str, output: str, exit_code: int = 0) -> None:
        self.calls += 1
        call_id = f"call_{self.calls:03d}{uuid.uuid4().hex[:10]}"
        args = json.dumps({"command": ["bash", "-lc", command], "workdir": self.cwd, "timeout_ms": 120000})
        self._add("response_item", {"type": "function_call", "name": "shell", "arguments": args, "call_id": call_id})
        self._add("event_msg", {"type": "exec_command_end", "call_id": call_id, "exit_code": exit_code,
                                "stdout": output, "stderr": "", "duration": {"secs": 1, "nanos": 0}})  # fmt: skip
        body = json.dumps({"output": output, "metadata": {"exit_code": exit_code, "duration_seconds": 1.2}})
        self._add("response_item", {"type": "function_call_output", "call_id": call_id, "output": body})

    def patch(self, patch: str, ok: bool = True) -> None:
        self.calls += 1
        call_id = f"call_{self.calls:03d}{uuid.uuid4().hex[:10]}"
        self._add("response_item", {"type": "custom_tool_call", "status": "completed", "call_id": call_id,
                                    "name": "apply_patch", "input": patch})  # fmt: skip
        out = "Success. Updated the following files:\nM app/cart.py\n" if ok else "apply_patch verification failed"
        body = json.dumps({"output": out, "metadata": {"exit_code": 0 if ok else 1, "duration_seconds": 0.1}})
        self._add("response_item", {"type": "custom_tool_call_output", "call_id": call_id, "output": body})

    def write(self, root: Path) -> Path:
        day = root / "2026" / "11" / "02"
        day.mkdir(parents=True, exist_ok=True)
        path = day / f"rollout-2026-11-02T09-00-00-{self.session_id}.jsonl"
        path.write_text("".join(json.dumps(r) + "\n" for r in self.records))
        return path
