"""SWE-agent `.traj` files → a trajectory.

A `.traj` is `{environment, trajectory: [{action, observation, response, thought, state}],
history: [chat messages], info: {exit_status, submission, model_stats}}`; newer versions add a
`replay_config` with the problem statement and the model. Demonstration runs may hold only
`history`. SWE-agent does not say whether the patch fixed the issue, so the outcome is unknown and
the exit status goes into the feedback and the tags.
"""

from __future__ import annotations

import json
import re
from typing import Any

from skillhive.importers.openai_messages import content_text, parse_arguments
from skillhive.importers.records import RecordError, clip, safe_tag, type_name

_FALLBACK_TASK_CHARS = 4_000  # the first user message also holds the instructions boilerplate
_STATEMENT = (
    re.compile(r"<(pr_description|issue|problem_statement|github_issue)>\s*(.*?)\s*</\1>", re.DOTALL),
    re.compile(r"ISSUE:\s*\n(.*?)\n\s*INSTRUCTIONS:", re.DOTALL),
)
_COMMAND = re.compile(r"[A-Za-z_][\w.-]*")


def _replay_config(data: dict[str, Any]) -> dict[str, Any]:
    config = data.get("replay_config")
    if isinstance(config, str):
        try:
            config = json.loads(config)
        except ValueError:
            return {}
    return config if isinstance(config, dict) else {}


def _dig(value: Any, *keys: str) -> Any:
    for key in keys:
        if not isinstance(value, dict):
            return None
        value = value.get(key)
    return value


def _problem_statement(text: str) -> str | None:
    """The issue inside SWE-agent's instance prompt, if it is marked up the usual ways."""
    for pattern in _STATEMENT:
        found = pattern.search(text)
        if found:
            statement = found.group(found.lastindex or 0).strip()
            if statement:
                return statement
    return None


def _task(data: dict[str, Any], history: list[Any]) -> tuple[str, int]:
    """The task, and the index of the history message it came from (-1 when from the config)."""
    from_config = _dig(_replay_config(data), "problem_statement", "text")
    first_user = -1
    for i, message in enumerate(history):
        if isinstance(message, dict) and message.get("role") == "user" and not message.get("is_demo"):
            first_user = i
            break
    if isinstance(from_config, str) and from_config.strip():
        return from_config.strip(), first_user
    if first_user < 0:
        raise RecordError("task: no problem statement in replay_config and no user message in history")
    text = content_text(history[first_user].get("content"))
    statement = _problem_statement(text)
    if statement is None:
        statement = clip(text.strip(), _FALLBACK_TASK_CHARS)
    return statement, first_user


def _command_name(action: str) -> str | None:
    """The command a SWE-agent action runs (`edit`, `python`, `submit`), used as the tool name."""
    words = action.split(maxsplit=1)
    return words[0] if words and _COMMAND.fullmatch(words[0]) else None


def _steps_from_trajectory(entries: list[Any]) -> list[dict[str, Any]]:
    steps = []
    for i, entry in enumerate(entries):
        if not isinstance(entry, dict):
            raise RecordError(f"trajectory.{i}: expected an object, got {type_name(entry)}")
        action = str(entry.get("action") or "").strip()
        thought = str(entry.get("thought") or entry.get("response") or "").strip()
        steps.append(
            {
                "thought": thought,
                "action": action,
                "observation": str(entry.get("observation") or ""),
                "tool_name": _command_name(action),
            }
        )
    return steps


def _steps_from_history(history: list[Any], start: int) -> list[dict[str, Any]]:
    """Steps from the chat history after the task message (runs saved without `trajectory`)."""
    steps: list[dict[str, Any]] = []
    for message in history[start + 1 :]:
        if not isinstance(message, dict) or message.get("is_demo"):
            continue
        role = message.get("role")
        text = content_text(message.get("content"))
        if role == "assistant":
            action = str(message.get("action") or "").strip()
            step: dict[str, Any] = {
                "thought": str(message.get("thought") or text).strip(),
                "action": action,
                "tool_name": _command_name(action),
            }
            calls = message.get("tool_calls")
            if isinstance(calls, list) and calls and isinstance(calls[0], dict):
                function = calls[0].get("function")
                if isinstance(function, dict) and isinstance(function.get("name"), str):
                    step["tool_name"] = function["name"]
                    step["tool_args"] = parse_arguments(function.get("arguments"))
            steps.append(step)
        elif role in ("user", "tool") and steps:
            seen = steps[-1].get("observation", "")
            steps[-1]["observation"] = f"{seen}\n\n{text}" if seen else text
    return steps


def _agent(data: dict[str, Any], info: dict[str, Any]) -> str | None:
    for candidate in (
        info.get("model_name"),
        _dig(info, "model_stats", "model"),
        _dig(_replay_config(data), "agent", "model", "name"),
        _dig(_replay_config(data), "agent", "model", "model_name"),
    ):
        if isinstance(candidate, str) and candidate.strip():
            return candidate.strip()
    return None


def convert(data: Any) -> dict[str, Any]:
    """One `.traj` document → a TrajectoryIn-shaped dict."""
    if not isinstance(data, dict):
        raise RecordError(f"record: expected a .traj object, got {type_name(data)}")
    history = data.get("history") or []
    if not isinstance(history, list):
        raise RecordError(f"history: expected a list, got {type_name(history)}")
    entries = data.get("trajectory") or []
    if not isinstance(entries, list):
        raise RecordError(f"trajectory: expected a list, got {type_name(entries)}")
    info = data.get("info") or {}
    if not isinstance(info, dict):
        raise RecordError(f"info: expected an object, got {type_name(info)}")

    task, task_index = _task(data, history)
    steps = _steps_from_trajectory(entries) if entries else _steps_from_history(history, task_index)
    tags = ["swe-agent"]
    outcome: dict[str, Any] = {"status": "unknown", "source": None}
    exit_status = info.get("exit_status")
    if exit_status is not None:
        tag = safe_tag(f"exit:{exit_status}")
        if tag:
            tags.append(tag)
        feedback = f"SWE-agent exit status: {exit_status}"
        submission = info.get("submission")
        if isinstance(submission, str) and submission.strip():
            feedback += f"; submitted a patch of {len(submission.strip().splitlines())} lines"
        outcome["feedback"] = feedback
    return {"task": task, "steps": steps, "outcome": outcome, "tags": tags, "agent": _agent(data, info)}
