"""What coding-agent sessions (Claude Code, Codex CLI) share once read: one session is one run.

    is_injected(text)       text the client put in a user turn (instructions, environment, reminders)
    clip_call(name, args)   tool arguments with file contents cut to what a later agent needs
    clip_result(name, text) a tool result (a file read, a listing) cut the same way
    infer_outcome(steps, verdict)  how the session ended, and who says so; never a guessed success

The outcome is honest about its source: an explicit verdict of the user (`user`), else the exit of
the last test command when nothing changed after it (`env`, the command named in the feedback),
else `unknown` with no source, which the evolver's judge labels later.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any, Final

from skillhive.importers.records import clip_marker, safe_tag

# A file's content in a tool result or argument: enough to recognise it, not the file itself.
FILE_HEAD_CHARS: Final = 600
EDIT_TEXT_CHARS: Final = 1_500
RESULT_CHARS: Final = 4_000
_FILE_TOOLS: Final = frozenset({"read", "read_file", "view", "cat", "notebookread"})
_WRITE_TOOLS: Final = frozenset({"write", "write_file", "create_file", "notebookedit"})
_CONTENT_KEYS: Final = ("content", "file_text", "new_source", "text")
_EDIT_KEYS: Final = ("old_string", "new_string", "old_str", "new_str")

_INJECTED = re.compile(
    r"^\s*(?:<(?:command-name|command-message|command-args|local-command-stdout|local-command-stderr"
    r"|system-reminder|environment_context|user_instructions|user-prompt-submit-hook|INSTRUCTIONS)\b"
    r"|# AGENTS\.md instructions|Caveat: The messages below were generated|\[Request interrupted by user"
    r"|This session is being continued from a previous conversation)",
    re.IGNORECASE,
)
# What the user says when they judge the result: only short, clear verdicts count.
_GOOD = re.compile(
    r"^\W*(?:(?:great|perfect|nice|thanks|thank you|awesome|excellent|lgtm|looks good)\b.*"
    r"|.*\b(?:that|it|this) (?:works|worked|fixed it|did it)\b.*|.*\bworks now\b.*"
    r"|.*\ball (?:tests )?pass(?:ing)?\b.*)$",
    re.IGNORECASE,
)
_BAD = re.compile(
    r".*\b(?:(?:still|it'?s|is) (?:broken|failing|wrong|not working)|(?:does ?n[o']t|did ?n[o']t|didn'?t) work"
    r"|not fixed|same error|that'?s wrong|this is wrong)\b.*",
    re.IGNORECASE,
)
_VERDICT_MAX_CHARS: Final = 200
# A message that asks for more is a new request, whatever it starts with ("thanks! now also …").
_REQUEST = re.compile(
    r"\b(?:now|also|next|then|but|however|can you|could you|please|add|make|change|instead|should|why)\b|\?",
    re.IGNORECASE,
)
_TEST_COMMAND = re.compile(
    r"(?:^|[\s;&|(/])(?:pytest|py\.test|tox|nox|unittest|jest|vitest|mocha|rspec|phpunit|ctest"
    r"|(?:npm|pnpm|yarn|bun)(?: run)? test|go test|cargo (?:test|nextest)|mvn\b[^;&|]*\btest|gradlew? [^;&|]*\btest"
    r"|make [^;&|]*\b(?:test|check)\b|dotnet test|mix test|swift test)",
    re.IGNORECASE,
)


def is_injected(text: str) -> bool:
    """Whether a user turn's text was put there by the client, not typed as a request."""
    return bool(_INJECTED.match(text)) or not text.strip()


def user_verdict(text: str) -> str | None:
    """'success' or 'failure' when a short user message judges the result; else None."""
    text = text.strip()
    if not text or len(text) > _VERDICT_MAX_CHARS:
        return None
    if _BAD.match(text):
        return "failure"
    if _GOOD.match(text) and not _REQUEST.search(text):
        return "success"
    return None


def is_test_command(command: str) -> bool:
    return bool(_TEST_COMMAND.search(command))


def _head(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    return f"{text[:limit]}\n{clip_marker(len(text) - limit)}"


def clip_call(name: str, args: dict[str, Any]) -> dict[str, Any]:
    """A tool call's arguments with a written file's content cut to its head and edits bounded."""
    bare = name.rsplit("__", 1)[-1].lower()
    out = dict(args)
    for key in _CONTENT_KEYS:
        if bare in _WRITE_TOOLS and isinstance(out.get(key), str):
            out[key] = _head(out[key], FILE_HEAD_CHARS)
    for key in _EDIT_KEYS:
        if isinstance(out.get(key), str):
            out[key] = _head(out[key], EDIT_TEXT_CHARS)
    if isinstance(out.get("edits"), list):  # MultiEdit
        out["edits"] = [clip_call(name, e) if isinstance(e, dict) else e for e in out["edits"]]
    return out


def clip_result(name: str, text: str, *, error: bool = False) -> str:
    """A tool's result: a file read keeps its head; any other output its head and its tail."""
    bare = name.rsplit("__", 1)[-1].lower()
    if bare in _FILE_TOOLS and not error:
        return _head(text, FILE_HEAD_CHARS)
    if len(text) <= RESULT_CHARS:
        return text
    head = RESULT_CHARS * 2 // 3
    tail = RESULT_CHARS - head
    return f"{text[:head]}\n{clip_marker(len(text) - RESULT_CHARS)}\n{text[-tail:]}"


def mark_error(text: str) -> str:
    """A failed tool's result, marked so that it reads as an error whatever it says."""
    return text if text.lower().startswith("error") else f"error: {text}" if text else "error"


def infer_outcome(steps: list[dict[str, Any]], verdict: tuple[str, str] | None) -> dict[str, Any]:
    """The outcome of a session from its steps (each may carry `_test` = (command, failed)) and the
    user's last verdict (status, their words)."""
    if verdict is not None:
        status, words = verdict
        return {"status": status, "source": "user", "feedback": f"the user said: {words.strip()}"}
    last_test: tuple[int, str, bool] | None = None
    for i, step in enumerate(steps):
        if step.get("_test"):
            command, failed = step["_test"]
            last_test = (i, command, failed)
    if last_test is not None:
        i, command, failed = last_test
        later_edits = [s for s in steps[i + 1 :] if s.get("_edit")]
        if not later_edits:
            return {
                "status": "failure" if failed else "success",
                "source": "env",
                "feedback": f"the last test command {command!r} {'failed' if failed else 'passed'}",
            }
    return {
        "status": "unknown",
        "source": None,
        "feedback": "outcome unknown: no verdict of the user, and no test command after the last change",
    }


def finish(steps: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The steps without the private marks infer_outcome reads."""
    return [{k: v for k, v in s.items() if not k.startswith("_")} for s in steps]


def outcome_tag(outcome: dict[str, Any]) -> str:
    """`outcome-from:user|tests|unknown`: where the run's outcome label came from."""
    return "outcome-from:" + {"user": "user", "env": "tests"}.get(str(outcome.get("source")), "unknown")


def session_run(
    fmt: str,
    *,
    task: str,
    steps: list[dict[str, Any]],
    verdict: tuple[str, str] | None,
    cwd: str | None,
    compactions: int,
    model: str | None,
    session_id: str | None,
) -> dict[str, Any]:
    """One coding-agent session as the raw run both session importers hand on: outcome inferred and
    tagged, the project's folder as a tag, and the session key and folder for capture."""
    outcome = infer_outcome(steps, verdict)
    tags = [fmt, outcome_tag(outcome)]
    if cwd:
        tags.append(f"project:{Path(cwd).name}")
    if compactions:
        tags.append("compacted")
    raw: dict[str, Any] = {
        "task": task,
        "steps": finish(steps),
        "outcome": outcome,
        "tags": [t for t in (safe_tag(tag) for tag in tags) if t],
        "agent": f"{fmt}/{model}" if model else fmt,
    }
    if session_id:
        raw["_session"] = f"{fmt}:{session_id}"
    if cwd:
        raw["_cwd"] = cwd
    return raw
