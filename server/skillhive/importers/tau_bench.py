"""tau-bench results → trajectories.

A results file is a JSON list of `{task_id, reward, trial, info: {task: {instruction, actions,
user_id, …}, reward_info, …}, traj: [OpenAI messages]}`. The environment scored the run, so the
label is trusted: reward 1.0 is a success, anything else a failure (source "env").
"""

from __future__ import annotations

import math
from typing import Any

from skillhive.importers.openai_messages import steps_from_messages
from skillhive.importers.records import RecordError, safe_tag, type_name


def _reward(record: dict[str, Any]) -> float:
    reward = record.get("reward")
    if isinstance(reward, bool) or not isinstance(reward, int | float) or math.isnan(reward):
        raise RecordError(f"reward: expected a number, got {type_name(reward)}")
    return float(reward)


def _feedback(reward: float, info: dict[str, Any]) -> str:
    parts = [f"tau-bench reward {reward}"]
    reward_info = info.get("reward_info")
    details = reward_info.get("info") if isinstance(reward_info, dict) else None
    if isinstance(details, dict):
        parts.extend(f"{k}={v}" for k, v in details.items() if isinstance(v, int | float | bool))
    return "; ".join(parts)


def convert(record: Any) -> dict[str, Any]:
    """One tau-bench result → a TrajectoryIn-shaped dict."""
    if not isinstance(record, dict):
        raise RecordError(f"record: expected an object, got {type_name(record)}")
    info = record.get("info")
    if not isinstance(info, dict):
        raise RecordError(f"info: expected an object, got {type_name(info)}")
    task_info = info.get("task")
    instruction = task_info.get("instruction") if isinstance(task_info, dict) else None
    if not isinstance(instruction, str) or not instruction.strip():
        raise RecordError("info.task.instruction: missing or empty")
    traj = record.get("traj")
    if not isinstance(traj, list):
        raise RecordError(f"traj: expected a list of messages, got {type_name(traj)}")
    reward = _reward(record)
    opening, steps = steps_from_messages(traj, where="traj")
    if opening:  # the simulated user's first words: what the agent actually saw first
        steps.insert(0, {"action": "", "observation": "\n\n".join(opening)})
    tags = ["tau-bench"]
    for key in ("task_id", "trial"):
        if record.get(key) is not None:
            tag = safe_tag(f"{key.removesuffix('_id')}:{record[key]}")
            if tag:
                tags.append(tag)
    return {
        "task": instruction.strip(),
        "steps": steps,
        "outcome": {
            "status": "success" if reward == 1.0 else "failure",
            "score": min(1.0, max(0.0, reward)),
            "feedback": _feedback(reward, info),
            "source": "env",
        },
        "tags": tags,
    }
