"""Claude Code session transcripts → one run per session.

Claude Code writes `~/.claude/projects/<project>/<session>.jsonl`: one record a line, `user` and
`assistant` records whose `message.content` holds `text`, `thinking`, `tool_use` and `tool_result`
blocks (`is_error` on a failed tool), chained by `uuid`/`parentUuid`; `summary` records (titles),
compaction summaries (`isCompactSummary`), client-injected turns (`isMeta`, command echoes) and
sub-agent turns (`isSidechain`), inline or in `agent-*.jsonl` files beside the session (or under
`<session>/subagents/`). The same records also come as one JSON document `{"loglines": [...]}`.

The run: the task is the user's first real request; each tool call is a step with its arguments
and its result (a failed one marked as an error; file contents clipped); sub-agent calls are
steps too, their thought marked; later user turns are read as what the user said next; the
outcome is inferred by sessions.infer_outcome. Edits abandoned by a rewind (a branch of the
`parentUuid` tree the session left) are not part of the run.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Final

from skillhive.importers import sessions
from skillhive.importers.openai_messages import content_text, render_call
from skillhive.importers.records import RecordError
from skillhive.importers.sources import iter_lines

FORMAT: Final = "claude-code"
_TURNS: Final = frozenset({"user", "assistant"})
_EDIT_TOOLS: Final = frozenset({"Edit", "MultiEdit", "Write", "NotebookEdit"})
_SHELL_TOOLS: Final = frozenset({"Bash"})
SUBAGENT: Final = "[sub-agent] "


def is_record(value: Any) -> bool:
    """Whether one JSONL line is a Claude Code transcript record."""
    if not isinstance(value, dict):
        return False
    kind = value.get("type")
    if kind == "summary":
        return "leafUuid" in value
    return kind in _TURNS and isinstance(value.get("message"), dict) and "role" in value["message"]


def is_document(doc: Any) -> bool:
    """Whether a JSON document is a transcript as one document (`{"loglines": [...]}`)."""
    return isinstance(doc, dict) and isinstance(doc.get("loglines"), list)


def session_id(records: list[Any]) -> str | None:
    for r in records:
        if isinstance(r, dict) and isinstance(r.get("sessionId"), str) and r["sessionId"]:
            return str(r["sessionId"])
    return None


# -- which records make the run --------------------------------------------------------------------
def _active(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The records on the branch the session ended on, in file order.

    Walks `parentUuid` back from the last turn (across a compaction's `logicalParentUuid`); a turn
    left by a rewind is off that path. Records without uuids, or a chain that breaks at a parent
    the file does not hold, keep every record up to the break.
    """
    turns = [r for r in records if r.get("type") in _TURNS and not r.get("isSidechain")]
    if not turns or not all(isinstance(r.get("uuid"), str) for r in turns):
        return records
    by_uuid = {r["uuid"]: r for r in records if isinstance(r.get("uuid"), str)}
    on_path: set[str] = set()
    node: dict[str, Any] | None = turns[-1]
    while node is not None and node["uuid"] not in on_path:
        on_path.add(node["uuid"])
        parent = node.get("parentUuid") or node.get("logicalParentUuid")
        if "parentUuid" in node and not parent:  # the session's first turn
            node = None
        elif parent in by_uuid:
            node = by_uuid[parent]
        else:  # no parent written, or one the file lacks: trust the file order before the break
            cut = records.index(node)
            on_path.update(r["uuid"] for r in records[:cut] if isinstance(r.get("uuid"), str))
            node = None
    return [r for r in records if r.get("isSidechain") or not isinstance(r.get("uuid"), str) or r["uuid"] in on_path]


def _subagent_files(path: Path, sid: str) -> list[Path]:
    """Sub-agent transcripts of session `sid` kept in files of their own beside `path`."""
    found = sorted((path.parent / path.stem / "subagents").glob("agent-*.jsonl")) if path.stem == sid else []
    for candidate in sorted(path.parent.glob("agent-*.jsonl")):
        if candidate != path and session_id(_read(candidate)[:5]) == sid:
            found.append(candidate)
    return found


def _read(path: Path) -> list[Any]:
    try:
        return [value for _n, value, error in iter_lines(path) if error is None]
    except Exception:  # an unreadable sub-agent file leaves the session as it is
        return []


def _parent_session_exists(path: Path, sid: str) -> bool:
    here = path.parent
    return (here / f"{sid}.jsonl").is_file() or (
        here.name == "subagents" and (here.parent.parent / f"{sid}.jsonl").is_file()
    )


# -- the conversion ----------------------------------------------------------------------------------
class _Session:
    def __init__(self) -> None:
        self.task: str | None = None
        self.steps: list[dict[str, Any]] = []
        self.by_call: dict[str, dict[str, Any]] = {}
        self.verdict: tuple[str, str] | None = None
        self.model: str | None = None
        self.cwd: str | None = None
        self.compactions = 0

    def user(self, record: dict[str, Any], side: bool) -> None:
        content = record["message"].get("content")
        blocks = content if isinstance(content, list) else [{"type": "text", "text": content_text(content)}]
        texts: list[str] = []
        for block in blocks:
            if isinstance(block, dict) and block.get("type") == "tool_result":
                self.result(block, record)
            elif isinstance(block, dict) and block.get("type") == "text" and isinstance(block.get("text"), str):
                texts.append(block["text"])
            elif isinstance(block, dict) and "image" in str(block.get("type", "")):
                texts.append("[image]")
            elif isinstance(block, str):
                texts.append(block)
        text = "\n".join(texts).strip()
        if side or record.get("isMeta") or sessions.is_injected(text):
            return
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

    def result(self, block: dict[str, Any], record: dict[str, Any]) -> None:
        step = self.by_call.get(str(block.get("tool_use_id")))
        if step is None:
            return
        failed = block.get("is_error") is True
        text = content_text(block.get("content"))
        if not text and isinstance(record.get("toolUseResult"), str):
            text = record["toolUseResult"]
        text = sessions.clip_result(step["tool_name"], text, error=failed)
        step["observation"] = sessions.mark_error(text) if failed else text
        if "_command" in step:
            step["_test"] = (step.pop("_command"), failed)

    def assistant(self, record: dict[str, Any], side: bool) -> None:
        message = record["message"]
        if isinstance(message.get("model"), str) and not message["model"].startswith("<"):
            self.model = message["model"]
        content = message.get("content")
        blocks = content if isinstance(content, list) else [{"type": "text", "text": content_text(content)}]
        thought: list[str] = []
        called = False
        for block in blocks:
            if not isinstance(block, dict):
                continue
            if block.get("type") == "text" and isinstance(block.get("text"), str):
                thought.append(block["text"])
            elif block.get("type") == "tool_use":
                self.call(block, "\n".join(thought).strip(), side)
                thought, called = [], True
        rest = "\n".join(thought).strip()
        if rest and not called:
            self.steps.append({"thought": (SUBAGENT if side else "") + rest, "action": "respond"})
        elif rest:  # text after the last call of a message: it explains what comes next
            self.steps[-1]["thought"] = f"{self.steps[-1]['thought']}\n{rest}".strip()

    def call(self, block: dict[str, Any], thought: str, side: bool) -> None:
        name = block.get("name")
        if not isinstance(name, str) or not name:
            raise RecordError(f"tool_use {block.get('id')!r}: name missing")
        raw = block.get("input")
        args = sessions.clip_call(name, raw if isinstance(raw, dict) else {"raw": json.dumps(raw, default=str)})
        step: dict[str, Any] = {
            "thought": (SUBAGENT if side else "") + thought,
            "action": render_call(name, args),
            "tool_name": name,
            "tool_args": args,
        }
        if name in _EDIT_TOOLS:
            step["_edit"] = True
        command = args.get("command")
        if name in _SHELL_TOOLS and isinstance(command, str) and sessions.is_test_command(command):
            step["_command"] = command
        self.steps.append(step)
        if isinstance(block.get("id"), str):
            self.by_call[block["id"]] = step


def _by_time(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Records in time order when all carry a timestamp (file order breaks ties), else file order."""
    if all(isinstance(r.get("timestamp"), str) for r in records):
        return sorted(records, key=lambda r: str(r["timestamp"]))
    return records


def convert_session(records: list[Any], path: Path | None = None) -> dict[str, Any] | None:
    """A whole transcript (its records in file order) → a TrajectoryIn-shaped dict.

    None for a sub-agent's own file whose session file lies beside it: it is read with that session.
    """
    dicts = [r for r in records if isinstance(r, dict)]
    if len(dicts) == 1 and is_document(dicts[0]):
        dicts = [r for r in dicts[0]["loglines"] if isinstance(r, dict)]
    sid = session_id(dicts)
    turns = [r for r in dicts if r.get("type") in _TURNS and isinstance(r.get("message"), dict)]
    if not turns:
        raise RecordError("records: no user or assistant turn in this transcript")
    all_side = all(r.get("isSidechain") for r in turns)
    if all_side and path is not None and sid and _parent_session_exists(path, sid):
        return None
    if path is not None and sid and not all_side:
        for extra in _subagent_files(path, sid):
            dicts += [dict(r, isSidechain=True) for r in _read(extra) if isinstance(r, dict)]
    session = _Session()
    for record in _by_time(_active(dicts)):
        kind = record.get("type")
        if kind not in _TURNS or not isinstance(record.get("message"), dict):
            continue
        if isinstance(record.get("cwd"), str):
            session.cwd = record["cwd"]
        if record.get("isCompactSummary"):
            session.compactions += 1
            continue
        side = bool(record.get("isSidechain")) and not all_side
        if kind == "user":
            session.user(record, side)
        else:
            session.assistant(record, side)
    if session.task is None:
        raise RecordError("task: no request typed by the user in this transcript")
    return sessions.session_run(
        FORMAT,
        task=session.task,
        steps=session.steps,
        verdict=session.verdict,
        cwd=session.cwd,
        compactions=session.compactions,
        model=session.model,
        session_id=sid,
    )
