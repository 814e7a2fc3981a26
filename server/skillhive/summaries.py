"""Compact text views of a trajectory: its decisive steps, a summary, and what gets indexed.

A run of 80 steps is mostly routine; what a later agent needs is where it went wrong, what fixed
it, and how it ended. These pure functions pick those steps once, at record time.
"""

from __future__ import annotations

import re

from skillhive.models import Step, TrajectoryIn, squash

_TROUBLE = re.compile(
    r"(error\b|exception\b|\btraceback|\bfailed|\bfailure|\bfatal|\bdenied|\bnot found|\bno such"
    r"|\bno module|\bcannot|can't|\binvalid|\btimed? ?out|\brefused|segmentation fault|\bpanic"
    r"|\bundefined|\bunexpected|exit (code|status) [1-9])",
    re.IGNORECASE,
)
MAX_SUMMARY_CHARS = 700
MAX_DECISIVE = 4
_STEP_BODY_CHARS = 2_000
_FTS_BODY_CHARS = 60_000


def is_trouble(step: Step) -> bool:
    """A step whose observation reads like an error."""
    return bool(_TROUBLE.search(step.observation[:4_000]))


def decisive_steps(steps: list[Step]) -> list[int]:
    """Indexes of the steps that matter most: first trouble, the step that followed it, the end."""
    if not steps:
        return []
    picked: list[int] = []
    for i, step in enumerate(steps):
        if is_trouble(step):
            picked.append(i)
            if i + 1 < len(steps):
                picked.append(i + 1)
        if len(picked) >= MAX_DECISIVE - 1:
            break
    picked.append(len(steps) - 1)
    return sorted(set(picked))[:MAX_DECISIVE]


def describe_step(step: Step, width: int = 160) -> str:
    """One line: the action and the first words of what came back."""
    action = step.action or (f"{step.tool_name}(…)" if step.tool_name else "") or step.thought
    text = squash(action, width)
    if step.observation:
        text += " → " + squash(step.observation, width)
    return text


def summarize(trajectory: TrajectoryIn) -> str:
    """The decisive steps in a few lines, with their step numbers, capped in size."""
    lines = [f"#{i + 1} {describe_step(trajectory.steps[i])}" for i in decisive_steps(trajectory.steps)]
    if trajectory.outcome.feedback:
        lines.append("feedback: " + squash(trajectory.outcome.feedback, 200))
    return squash(" | ".join(lines), MAX_SUMMARY_CHARS) if lines else ""


def embedding_text(task: str, summary: str, status: str) -> str:
    """What the dense index sees: the task, then how it went, ~120 word pieces at most.

    Kept short on purpose: encoding cost grows with length, and exact step text (error messages)
    is matched by the lexical index instead.
    """
    return f"{squash(task, 400)}\noutcome: {status}\n{squash(summary, 300)}"


def fts_body(trajectory: TrajectoryIn) -> str:
    """What the lexical index sees besides the task: every step, each clipped, plus tags and feedback."""
    parts: list[str] = []
    size = 0
    for step in trajectory.steps:
        for text in (step.thought, step.action, step.tool_name or "", step.observation):
            if text:
                clipped = text[:_STEP_BODY_CHARS]
                parts.append(clipped)
                size += len(clipped)
        if size > _FTS_BODY_CHARS:
            break
    parts.extend(trajectory.tags)
    if trajectory.outcome.feedback:
        parts.append(trajectory.outcome.feedback)
    return "\n".join(parts)[:_FTS_BODY_CHARS]
