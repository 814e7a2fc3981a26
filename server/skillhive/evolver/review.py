"""The grounded review of one skill edit: the reviewer names, by quoting it, each sentence of the edit
that the cited runs do not back, and each right line of the skill the edit drops.

An objection vetoes the edit only when what it quotes is really there (the sentence in the edit,
the dropped line in the current skill and not in the new text), so a correct objection rejects
and a bare "unsupported" with nothing checkable behind it does not (a 1.5B model said so of edits
its runs backed; `bench/RESULTS.md`). An edit that only removes text has no sentence to quote: it
passes only on the reviewer's explicit "supported". A malformed answer rejects.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pydantic import BaseModel, Field

from skillhive.evolver.consolidate import MAX_SKILL_CHARS
from skillhive.evolver.edits import apply_edits
from skillhive.evolver.llm import LLM, UNTRUSTED_NOTE, fence
from skillhive.evolver.types import CreateSkill, SkillEdit

MAX_OBJECTIONS = 4

REVIEW_SYSTEM = f"""You review a proposed edit to an Agent Skill before any user sees it. You get the
skill's current text (if any), the edit, and the runs cited as evidence. Answer
{{"runs_show": "...", "unsupported": [{{"quote": "...", "runs_show": "..."}}], "lost": ["..."], "supported": bool}}.
"runs_show": what went wrong or right in the cited runs, in one or two sentences.
"unsupported": each sentence of the edit that the runs do not back (a wrong cause, or a command,
file or fact that no run shows), its "quote" copied exactly from the edit, with what the runs show
instead; [] when the runs back every sentence.
"lost": each right line of the current skill that the edit removes, copied exactly; [] when none.
"supported": true when "unsupported" and "lost" are empty.
An objection counts only if its quote is copied exactly: quote the sentence, do not describe it.

{UNTRUSTED_NOTE}"""


class _Objection(BaseModel):
    quote: str = Field(max_length=400, description="A sentence of the edit, copied exactly.")
    runs_show: str = Field(max_length=300, description="What the cited runs show instead.")


class ReviewAnswer(BaseModel):
    # What the runs show comes first: a model bound to the schema's field order reasons, then objects.
    runs_show: str = Field(max_length=600, description="What went wrong or right in the cited runs.")
    unsupported: list[_Objection] = Field(
        max_length=MAX_OBJECTIONS, description="Each sentence of the edit the runs do not back, quoted."
    )
    lost: list[str] = Field(
        max_length=MAX_OBJECTIONS, description="Right lines of the current skill the edit removes, quoted."
    )
    supported: bool = Field(description="The runs back every sentence and nothing right is lost.")


def describe_edit(edit: SkillEdit) -> str:
    """An edit in words and text, as a reviewer reads it."""
    heading = getattr(edit, "heading", "")
    if isinstance(edit, CreateSkill):
        return f"Create the skill '{edit.skill}': {edit.description}\n\n{edit.body}"
    if edit.op == "add_section":
        return f"Add to '{edit.skill}' a new section '## {heading}':\n\n{getattr(edit, 'content', '')}"
    if edit.op == "replace_section":
        return f"In '{edit.skill}', replace the section '## {heading}' with:\n\n{getattr(edit, 'content', '')}"
    if edit.op == "remove_section":
        return f"Remove the section '## {heading}' from '{edit.skill}'."
    return f"Retire the skill '{edit.skill}'."


def written(edit: SkillEdit) -> str:
    """What the edit writes for agents to read: an objection's quote must be found here."""
    if edit.op in ("remove_section", "retire_skill"):
        return ""
    return "\n".join(getattr(edit, attr, "") for attr in ("heading", "content", "description", "body"))


def _words(text: str) -> str:
    """Lowercase words and code, one space apart: quotes compare without punctuation or line breaks."""
    return " ".join(re.findall(r"[\w./:=-]+", text.lower().replace("`", " ")))


def _occurs(quote: str, text: str) -> bool:
    """Whether `quote` is in `text` word for word: at least two words, or a command the text holds."""
    q = _words(quote).rstrip(".:").strip()
    if not q:
        return False
    spans = {_words(s) for s in re.findall(r"`([^`\n]+)`", text)}
    if " " not in q and q not in spans:
        return False
    return re.search(rf"(?<![\w./:=-]){re.escape(q)}(?![\w/:=-])", _words(text)) is not None


def verdict(answer: ReviewAnswer, edit: SkillEdit, old: str | None, new: str | None) -> tuple[bool, str]:
    """The gate's reading of a review: (passed, reason). Only checkable objections veto."""
    text = written(edit)
    quoted = [o for o in answer.unsupported if _occurs(o.quote, text)]
    lost = [line for line in answer.lost if old and _occurs(line, old) and not (new and _occurs(line, new))]
    if quoted or lost:
        why = [f'unsupported: "{o.quote.strip()}" ({o.runs_show.strip()})' for o in quoted]
        why += [f'drops a right line: "{line.strip()}"' for line in lost]
        return False, "; ".join(why)
    if not text.strip():  # a removal or a retirement: nothing to quote, the reviewer must say yes
        return answer.supported, answer.runs_show
    unverified = len(answer.unsupported) + len(answer.lost)
    if answer.supported and not unverified:
        return True, answer.runs_show
    return True, f"{answer.runs_show} [not a veto: no quote found in the edit ({unverified} unmatched)]"


def review(llm: LLM, edit: SkillEdit, old_text: str | None, evidence: Sequence[str]) -> tuple[bool, str]:
    """A grounded review of one edit: (passed, reason). A malformed answer rejects the edit."""
    user = (
        f"Current skill:\n{fence((old_text or '(new skill)')[:MAX_SKILL_CHARS])}\n\n"
        f"Proposed edit:\n{fence(describe_edit(edit))}\n\nCited runs:\n{fence(chr(10).join(evidence)[:8_000])}\n"
        "Quote each sentence of the edit the runs do not back. Answer with the JSON object only."
    )
    answer = llm.structured(REVIEW_SYSTEM, user, ReviewAnswer)
    if answer is None:
        return False, "the reviewer's answer was malformed"
    base = {edit.skill: old_text} if old_text is not None else {}
    new = apply_edits(base, [edit]).texts.get(edit.skill) if old_text is not None else None
    return verdict(answer, edit, old_text, new)
