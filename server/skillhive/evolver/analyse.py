"""Analysts: an LLM reads a few runs of one unit (a skill, or a cluster of similar tasks) and
extracts lessons — what worked, what to avoid — citing the runs and steps that show them.

Failures and successes both teach; when a unit holds both, the prompt asks for the contrast.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from pydantic import BaseModel, Field

from skillhive.evolver.llm import LLM, UNTRUSTED_NOTE, fence
from skillhive.evolver.triage import Group
from skillhive.evolver.types import LessonDraft
from skillhive.models import squash
from skillhive.summaries import decisive_steps

MAX_STEPS_SHOWN = 12
STEP_FIELD_CHARS = 300
MAX_LESSONS = 5

SYSTEM_PROMPT = f"""You study records of AI agents' runs to extract reusable lessons for future runs.

Return one JSON object: {{"lessons": [...]}}, at most {MAX_LESSONS} lessons, each with:
- "title": a short imperative line;
- "description": when the lesson applies (the situation, not this one task);
- "content": what to do or avoid, concretely (commands, checks, order of steps), as the runs'
  observations and feedback show it: never a cause they do not show (a reviewer checks); a step
  the runs lacked is named in words, never with a command they do not show;
- "kind": "strategy" (what worked), "pitfall" (what to avoid) or "insight" (a fact worth knowing);
- "evidence": [{{"trajectory_id": ..., "steps": [step numbers]}}] — every run shown below that shows
  it, whoever recorded it (a lesson seen in several users' runs is worth more); only ids shown below;
- "skill": the name of the skill the lesson is about, if the runs used one, else null.
Only lessons that generalise beyond these exact tasks. Prefer no lesson to a vague one: an empty
list is a good answer. Where some runs succeeded and others failed, say what made the difference.

{UNTRUSTED_NOTE}"""


class LessonList(BaseModel):
    lessons: list[LessonDraft] = Field(default_factory=list, max_length=MAX_LESSONS)


@dataclass(frozen=True)
class Unit:
    """What one analyst call reads: a few groups of runs, under one skill or one task cluster."""

    key: str  # "skill:<name>" or "cluster:<n>"
    skill: str | None
    groups: list[Group]
    statuses: list[str]  # effective outcome of each group's representative (judge labels applied)


def render_group(group: Group, status: str) -> str:
    t = group.trajectory
    more = group.size - 1
    lines = [
        f"Run {group.representative_id} by {', '.join(group.users)} — outcome: {status}"
        + (f" ({squash(t.outcome.feedback, 400)})" if t.outcome.feedback else "")
        + (f" (and {more} near-identical run{'s' if more > 1 else ''})" if more else ""),
        f"Task: {squash(t.task, 600)}",
    ]
    if t.skills_used:
        lines.append("Skills used: " + ", ".join(s.name for s in t.skills_used))
    shown = sorted(set(decisive_steps(t.steps)) | set(range(min(len(t.steps), MAX_STEPS_SHOWN // 2))))
    for i in shown[:MAX_STEPS_SHOWN]:
        s = t.steps[i]
        parts = [f"#{i + 1}"]
        if s.thought:
            parts.append("thought: " + squash(s.thought, STEP_FIELD_CHARS))
        if s.action:
            parts.append("action: " + squash(s.action, STEP_FIELD_CHARS))
        if s.observation:
            parts.append("observation: " + squash(s.observation, STEP_FIELD_CHARS))
        lines.append(" | ".join(parts))
    return "\n".join(lines)


def build_prompt(unit: Unit) -> str:
    ok = sum(s == "success" for s in unit.statuses)
    bad = sum(s in ("failure", "partial") for s in unit.statuses)
    head = f"{len(unit.groups)} runs"
    head += f" that used the skill '{unit.skill}'" if unit.skill else " on similar tasks"
    head += f": {ok} succeeded, {bad} failed or partly failed."
    if ok and bad:
        head += " Contrast them: what did the successful runs do that the failed ones did not?"
    runs = "\n\n".join(render_group(g, s) for g, s in zip(unit.groups, unit.statuses, strict=True))
    return f"{head}\n{fence(runs)}\nAnswer with the JSON object only."


def analyse(llm: LLM, unit: Unit) -> list[LessonDraft] | None:
    """Lessons from one unit, with evidence limited to the runs it was shown; None if malformed."""
    answer = llm.structured(SYSTEM_PROMPT, build_prompt(unit), LessonList)
    if answer is None:
        return None
    shown = {g.representative_id for g in unit.groups}
    out = []
    for lesson in answer.lessons:
        lesson.evidence = [e for e in lesson.evidence if e.trajectory_id in shown]
        if not lesson.evidence:  # a lesson that cites nothing we showed is not grounded
            continue
        if unit.skill and lesson.skill is None:
            lesson.skill = unit.skill
        out.append(lesson)
    return out


def chunk(groups: Sequence[Group], statuses: Sequence[str], size: int) -> list[tuple[list[Group], list[str]]]:
    """Split a unit's groups into calls of at most `size`, keeping successes and failures mixed."""
    order = sorted(range(len(groups)), key=lambda i: (statuses[i] != "success", -groups[i].signals.score))
    n_chunks = max(1, -(-len(order) // size))
    buckets: list[list[int]] = [[] for _ in range(n_chunks)]
    for rank, i in enumerate(order):  # deal round-robin so every call sees both kinds when it can
        buckets[rank % n_chunks].append(i)
    return [([groups[i] for i in b], [statuses[i] for i in b]) for b in buckets if b]
