"""From a converted record (a plain dict) to a validated TrajectoryIn, or a clear error.

Fields over a models.py limit are clipped with an explicit marker instead of failing the record;
everything else the model refuses becomes one line per field ("steps.3.action: …").
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from pydantic import ValidationError

from skillhive.models import (
    MAX_AGENT_CHARS,
    MAX_FEEDBACK_CHARS,
    MAX_STEP_TEXT_CHARS,
    MAX_STEPS,
    MAX_TAG_CHARS,
    MAX_TASK_CHARS,
    MAX_TOOL_ARGS_CHARS,
    TrajectoryIn,
    without_nul,
)

MAX_TOOL_NAME_CHARS = 200  # Step.tool_name's max_length
_MAX_ERRORS_SHOWN = 5
# Keys a skillhive export carries that the server sets again on import.
_SERVER_KEYS = frozenset({"id", "user", "team", "created_at", "content_hash"})


@dataclass(frozen=True, slots=True)
class ImportItem:
    """One record of an import: where it was, and the trajectory or the reason it was refused."""

    position: str
    trajectory: TrajectoryIn | None = None
    error: str | None = None
    clipped: tuple[str, ...] = ()  # the fields cut to a size limit (marked in the text)
    session: str | None = None  # a coding-agent session's key (`claude-code:<id>`): its run is updated in place
    cwd: str | None = None  # the folder a coding-agent session worked in (what capture's privacy rules judge)

    @property
    def ok(self) -> bool:
        return self.trajectory is not None


class RecordError(ValueError):
    """A record we cannot turn into a trajectory; the message names the field."""


def clip_marker(n: int, unit: str = "characters") -> str:
    return f"[… {n} {unit} clipped on import]"


def clip(text: str, limit: int, *, keep_tail: bool = False) -> str:
    """`text` cut to at most `limit` characters, the cut marked; `keep_tail` keeps both ends."""
    if len(text) <= limit:
        return text
    room = limit - len(clip_marker(len(text))) - 2  # the count can only shrink: this is enough
    kept_n = len(text) - room
    if keep_tail:
        head = room - room // 3
        return f"{text[:head]}\n{clip_marker(kept_n)}\n{text[len(text) - (room - head) :]}"
    return f"{text[:room]}\n{clip_marker(kept_n)}"


def clip_tool_args(args: dict[str, Any]) -> dict[str, Any]:
    """Arguments whose JSON is over the limit become {"raw": <clipped JSON>}."""
    dumped = json.dumps(args, default=str)
    if len(dumped) <= MAX_TOOL_ARGS_CHARS:
        return args
    # `dumped` is ASCII JSON: re-encoding it as a string at most doubles it (\\ and \").
    return {"raw": clip(dumped, (MAX_TOOL_ARGS_CHARS - 200) // 2)}


_TAG_BAD = re.compile(r"[^\w.:/@+-]+")


def safe_tag(text: str) -> str | None:
    """A tag built from foreign text: invalid characters become '-', at most MAX_TAG_CHARS."""
    tag = _TAG_BAD.sub("-", text).strip("-")[:MAX_TAG_CHARS].rstrip("-")
    return tag or None


def _fit_step(step: Any, cut: _Cut) -> Any:
    if not isinstance(step, dict):
        return step
    step = dict(step)
    for name in ("thought", "action", "observation"):
        if isinstance(step.get(name), str):
            step[name] = cut(f"steps.{name}", step[name], MAX_STEP_TEXT_CHARS, keep_tail=name == "observation")
    if isinstance(step.get("tool_name"), str):
        step["tool_name"] = cut("steps.tool_name", step["tool_name"], MAX_TOOL_NAME_CHARS)
    if isinstance(step.get("tool_args"), dict):
        args = clip_tool_args(step["tool_args"])
        if args is not step["tool_args"]:
            cut.fields.append("steps.tool_args")
        step["tool_args"] = args
    return step


class _Cut:
    """`clip`, noting the name of each field it had to cut."""

    def __init__(self) -> None:
        self.fields: list[str] = []

    def __call__(self, field: str, text: str, limit: int, *, keep_tail: bool = False) -> str:
        out = clip(text, limit, keep_tail=keep_tail)
        if out is not text:
            self.fields.append(field)
        return out


def fit(raw: dict[str, Any]) -> tuple[dict[str, Any], tuple[str, ...]]:
    """A copy of `raw` with every over-long field clipped (and marked) to its models.py limit, and
    NUL characters (binary output in an observation, say) shown as U+FFFD; with the names of the
    fields that were clipped."""
    raw = {k: without_nul(v) for k, v in raw.items() if k not in _SERVER_KEYS}
    cut = _Cut()
    task = raw.get("task")
    if isinstance(task, str):
        if not task.strip():
            raise RecordError("task: empty")
        raw["task"] = cut("task", task, MAX_TASK_CHARS)
    steps = raw.get("steps")
    if isinstance(steps, list):
        if len(steps) > MAX_STEPS:
            head = MAX_STEPS // 2
            tail = MAX_STEPS - head - 1
            gap = {"observation": clip_marker(len(steps) - head - tail, "steps")}
            steps = [*steps[:head], gap, *steps[len(steps) - tail :]]
            cut.fields.append("steps")
        raw["steps"] = [_fit_step(s, cut) for s in steps]
    outcome = raw.get("outcome")
    if isinstance(outcome, dict) and isinstance(outcome.get("feedback"), str):
        raw["outcome"] = {**outcome, "feedback": cut("outcome.feedback", outcome["feedback"], MAX_FEEDBACK_CHARS)}
    if isinstance(raw.get("agent"), str):
        raw["agent"] = cut("agent", raw["agent"], MAX_AGENT_CHARS)
    return raw, tuple(dict.fromkeys(cut.fields))


def summarise(error: ValidationError) -> str:
    """Pydantic's errors as `field: message` lines joined by '; ' (the first few)."""
    parts = []
    for e in error.errors(include_url=False):
        loc = ".".join(str(p) for p in e["loc"]) or "record"
        parts.append(f"{loc}: {e['msg']}")
    more = len(parts) - _MAX_ERRORS_SHOWN
    shown = "; ".join(parts[:_MAX_ERRORS_SHOWN])
    return f"{shown}; and {more} more" if more > 0 else shown


def build(raw: Any) -> tuple[TrajectoryIn, tuple[str, ...]]:
    """Validate a converted record, with the fields clipped to fit; raise RecordError with a readable message."""
    if not isinstance(raw, dict):
        raise RecordError(f"record: expected a JSON object, got {type_name(raw)}")
    try:
        fitted, clipped = fit(raw)
        return TrajectoryIn.model_validate(fitted), clipped
    except ValidationError as exc:
        raise RecordError(summarise(exc)) from None


def type_name(value: Any) -> str:
    """The JSON name of a value's type, for messages."""
    if value is None:
        return "null"
    return {dict: "an object", list: "a list", str: "a string", bool: "a boolean"}.get(
        type(value), "a number" if isinstance(value, int | float) else type(value).__name__
    )


def to_item(position: str, convert: Callable[[Any], dict[str, Any]], record: Any) -> ImportItem:
    """Convert and validate one record; a refusal becomes an item with the error, never a raise."""
    try:
        raw = convert(record)
        session = raw.pop("_session", None) if isinstance(raw, dict) else None
        cwd = raw.pop("_cwd", None) if isinstance(raw, dict) else None
        trajectory, clipped = build(raw)
        return ImportItem(position, trajectory=trajectory, clipped=clipped, session=session, cwd=cwd)
    except RecordError as exc:
        return ImportItem(position, error=str(exc))
    except (TypeError, ValueError, KeyError, AttributeError, IndexError) as exc:
        # a shape no converter check anticipated: report it and keep going
        return ImportItem(position, error=f"malformed record ({type(exc).__name__}: {exc})")
