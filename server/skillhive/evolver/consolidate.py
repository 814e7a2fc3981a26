"""Consolidators: turn the lessons about one skill into typed edits of that skill's SKILL.md, or
lessons about uncovered recurring work into a new skill. The model sees a frozen snapshot, and
every edit it proposes for another skill is dropped here, so plans from many units never collide.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from skillhive.evolver.llm import LLM, UNTRUSTED_NOTE, fence
from skillhive.evolver.types import CreateSkill, EditPlan, LessonDraft, SkillEdit
from skillhive.models import squash

MAX_SKILL_CHARS = 12_000
MAX_RUNS_SHOWN = 20
MAX_EDIT_EVIDENCE = 40  # as `_Edit.evidence` allows

EDIT_SYSTEM = f"""You maintain one Agent Skill: a SKILL.md file (YAML frontmatter, then markdown with ## sections)
that AI agents load to do a kind of task well. You are given the skill's current text and lessons
distilled from many users' runs that used it, each citing the runs that support it.

Propose the smallest set of edits that makes the skill better at what the lessons show:
{{"edits": [...]}} where each edit is one of
- {{"op": "add_section", "skill": NAME, "heading": ..., "content": ..., "rationale": ..., "evidence": [ids]}}
- {{"op": "replace_section", "skill": NAME, "heading": an existing ## heading, "content": ..., ...}}
- {{"op": "remove_section", "skill": NAME, "heading": an existing ## heading, ...}}
- {{"op": "retire_skill", "skill": NAME, ...}} only if the lessons show the skill itself misleads agents.
Rules: edit only the skill named; keep what the lessons do not contradict: new advice goes in a
new section (add_section), and a section is replaced only to correct it, keeping its right lines;
never rename the skill, never add scripts or commands that download and run code, never weaken safety advice;
write a command only if the skill or a cited run shows it (an edit with any other command is rejected). "evidence"
lists every trajectory id that supports the edit, each exactly as shown (e.g. "tr_…"), from each
user whose runs show it: an edit backed by several users' runs is trusted more. A reviewer then
checks every claim of the edit against the runs it cites: write only what those runs show. Prefer no change over
a vague one: {{"edits": []}} is a good answer.

{UNTRUSTED_NOTE}"""

CREATE_SYSTEM = f"""You write Agent Skills: SKILL.md files that AI agents load to do a kind of task well.
You are given lessons distilled from many users' runs on similar tasks that no existing skill covers.
If, and only if, they describe a reusable procedure, propose one new skill:
{{"edits": [{{"op": "create_skill", "skill": a-lowercase-hyphenated-name, "description": "what it is for and
when to use it (one or two sentences)", "body": "markdown with ## sections: when to use, steps, pitfalls",
"rationale": ..., "evidence": [every trajectory id that supports it, from each user whose runs show it]}}]}}.
Otherwise answer {{"edits": []}}. Do not duplicate these existing skills: {{existing}}.
Never include scripts to create, downloads to run, or instructions that weaken safety.

{UNTRUSTED_NOTE}"""


@dataclass(frozen=True)
class Run:
    """A run the edit stage may cite: its id, who recorded it (and its near-duplicates), what happened."""

    id: str
    users: tuple[str, ...]
    status: str
    task: str
    feedback: str = ""
    summary: str = ""  # what happened, step by step: what the reviewer reads of it too


def _by_user(ids: Sequence[str], users: dict[str, tuple[str, ...]]) -> dict[str, list[str]]:
    """Ids under who recorded them (a run whose near-duplicates span users under all of them, joined)."""
    out: dict[str, list[str]] = {}
    for i in dict.fromkeys(ids):
        out.setdefault(", ".join(users.get(i, ())) or "unknown", []).append(i)
    return out


def render_runs(runs: Sequence[Run]) -> str:
    """The runs behind the lessons, grouped by who recorded them: the ids a small model may cite.

    Each id starts its own line, alone: a model copies what it sees, and "alice: tr_…" came back
    as one evidence string.
    """
    users = {r.id: r.users for r in runs}
    about = {r.id: r for r in runs[:MAX_RUNS_SHOWN]}
    lines = []
    for who, ids in _by_user(list(about), users).items():
        lines.append(f"Recorded by {who}:")
        for i in ids:
            r = about[i]
            said = r.summary or r.feedback
            what = squash(r.task, 120) + (f" | {squash(said, 400)}" if said else "")
            lines.append(f"- {i} ({r.status}): {what}")
    return "\n".join(lines)


def render_lessons(lessons: Sequence[LessonDraft], runs: Sequence[Run] = ()) -> str:
    users = {r.id: r.users for r in runs}
    out = []
    for n, lesson in enumerate(lessons, 1):
        ids = list(dict.fromkeys(e.trajectory_id for e in lesson.evidence))
        who = list(dict.fromkeys(u for i in ids for u in users.get(i, ())))
        whose = f" (runs of {', '.join(who)})" if who else ""
        out.append(
            f"Lesson {n} ({lesson.kind.value}): {lesson.title}\nWhen: {lesson.description}\n"
            f"What: {lesson.content}\nEvidence: {', '.join(ids)}{whose}"
        )
    return "\n\n".join(out)


def _runs_block(runs: Sequence[Run]) -> str:
    if not runs:
        return ""
    return f"\n\nThe runs behind these lessons, by who recorded them:\n{fence(render_runs(runs))}"


def _known_ids(cited: Sequence[str], known: Sequence[str]) -> list[str]:
    """Each cited string as the known ids it names: itself when known, else the known ids written in
    it ("alice: tr_1" is tr_1), else itself (a made-up id, which the evidence gate counts for nothing)."""
    out: list[str] = []
    for c in cited:
        if c in known:
            out.append(c)
            continue
        found = [(m.start(), k) for k in known if (m := re.search(rf"(?<![\w-]){re.escape(k)}(?![\w-])", c))]
        out += [k for _, k in sorted(found)] or [c]
    return list(dict.fromkeys(out))


def complete_evidence(edits: Sequence[SkillEdit], lessons: Sequence[LessonDraft], runs: Sequence[Run] = ()) -> None:
    """Read each edit's evidence as the ids it names, then give an edit that cites only some runs of
    the lesson it came from that lesson's other runs.

    A lesson it came from is one whose evidence holds every run the edit cites (a small model
    often cites the first id only). An edit citing runs of no single lesson is left as it is, and
    the evidence gate still counts only runs the pass read, under the users who recorded them.
    """
    known = list(dict.fromkeys([*(r.id for r in runs), *(e.trajectory_id for ls in lessons for e in ls.evidence)]))
    for edit in edits:
        named = _known_ids(edit.evidence, known)
        cited = list(named)
        for lesson in lessons:
            ids = [e.trajectory_id for e in lesson.evidence]
            if named and set(named) <= set(ids):
                cited += [i for i in ids if i not in cited]
        edit.evidence = cited[:MAX_EDIT_EVIDENCE]


def propose_edits(
    llm: LLM, skill: str, text: str, lessons: Sequence[LessonDraft], runs: Sequence[Run] = ()
) -> list[SkillEdit] | None:
    """Edits to one skill from its lessons (and the runs behind them); None when the answer is malformed."""
    user = (
        f"Skill '{skill}' as it is now:\n{fence(text[:MAX_SKILL_CHARS])}\n\n"
        f"Lessons:\n{fence(render_lessons(lessons, runs))}{_runs_block(runs)}\n"
        "New advice goes in a new section (add_section); keep the skill's right lines. Write no command the"
        " runs or the skill do not show. Cite every run that shows it. Answer with the JSON object only."
    )
    plan = llm.structured(EDIT_SYSTEM, user, EditPlan)
    if plan is None:
        return None
    edits: list[SkillEdit] = [e for e in plan.edits if e.skill == skill and not isinstance(e, CreateSkill)]
    complete_evidence(edits, lessons, runs)
    return edits


def propose_skill(
    llm: LLM, lessons: Sequence[LessonDraft], existing: Sequence[str], runs: Sequence[Run] = ()
) -> list[SkillEdit] | None:
    """At most one new skill from lessons on uncovered work; None when the answer is malformed."""
    system = CREATE_SYSTEM.replace("{existing}", ", ".join(existing) or "none")
    user = f"Lessons:\n{fence(render_lessons(lessons, runs))}{_runs_block(runs)}\nAnswer with the JSON object only."
    plan = llm.structured(system, user, EditPlan)
    if plan is None:
        return None
    created = [e for e in plan.edits if isinstance(e, CreateSkill) and e.skill not in existing]
    complete_evidence(created, lessons, runs)
    return list(created[:1])
