"""Which format a file holds, from its suffix and a peek at its content."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Final

from skillhive.errors import ImportFormatError
from skillhive.importers import claude_code, codex
from skillhive.importers.sources import LINES, iter_lines, list_files, load

FORMATS: Final = ("native", "openai", "swe-agent", "tau-bench", "claude-code", "codex")
SESSION_FORMATS: Final = frozenset({"claude-code", "codex"})  # a whole file is one run
_PEEK: Final = 20  # records looked at before giving up
_HINT: Final = f"pass the format explicitly (one of {', '.join(FORMATS)})"


def _is_message(value: Any) -> bool:
    return isinstance(value, dict) and isinstance(value.get("role"), str)


def detect_record(value: Any) -> str | None:
    """The format one record (a JSONL line, an item of a JSON list) is written in, if any."""
    if isinstance(value, list):
        return "openai" if value and all(_is_message(m) for m in value[:_PEEK]) else None
    if not isinstance(value, dict):
        return None
    if claude_code.is_record(value) or claude_code.is_document(value):
        return claude_code.FORMAT
    if codex.is_record(value):
        return codex.FORMAT
    if "traj" in value and ("reward" in value or "task_id" in value):
        return "tau-bench"
    if isinstance(value.get("messages"), list):
        return "openai"
    if "trajectory" in value or "history" in value:
        return "swe-agent"
    if "task" in value:
        return "native"
    return None


def detect_document(doc: Any) -> str | None:
    """The format of a whole JSON document: one record, one conversation, or a list of records."""
    if isinstance(doc, dict):
        return detect_record(doc)
    if isinstance(doc, list) and doc:
        if _is_message(doc[0]):
            return "openai"  # a single conversation
        for item in doc[:_PEEK]:
            found = detect_record(item)
            if found:
                return found
    return None


def detect_lines(path: Path) -> str:
    """The format of a JSONL file, from its first recognisable lines."""
    for seen, (_number, value, _error) in enumerate(iter_lines(path)):
        found = detect_record(value)
        if found:
            return found
        if seen + 1 >= _PEEK:
            break
    raise ImportFormatError(f"{path}: cannot tell the format of these lines; {_HINT}")


def detect_file(path: Path, doc: Any) -> str:
    """The format of one file whose content `load` returned as `doc`."""
    if path.suffix == ".traj":
        return "swe-agent"
    if doc is LINES:
        return detect_lines(path)
    found = detect_document(doc)
    if found is None:
        raise ImportFormatError(f"{path}: cannot tell the format of this JSON; {_HINT}")
    return found


def detect_format(path: Path) -> str:
    """The format of a file, or of every file in a folder (they must agree); one of FORMATS."""
    path = Path(path)
    found = {file: detect_file(file, load(file)) for file in list_files(path)}
    formats = sorted(set(found.values()))
    if len(formats) > 1:
        listing = ", ".join(f"{file.name}: {fmt}" for file, fmt in found.items())
        raise ImportFormatError(f"{path}: files of different formats ({listing})")
    return formats[0]
