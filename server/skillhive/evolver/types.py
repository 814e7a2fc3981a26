"""The evolver's vocabulary: triage signals, lesson drafts, typed skill edits, gate verdicts (and,
from reports.py, the pass report).

These are the contracts between the stages (triage → judge → analyse → consolidate → gates →
apply); each stage is a module of its own that speaks only these types.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

from skillhive.models import SKILL_NAME_PATTERN, LessonKind, OutcomeStatus
from skillhive.reports import (  # a pass's report: reports.py, read by curation too
    AcceptedChange,
    GateVerdict,
    PassReport,
    RejectedChange,
)


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


# -- triage -------------------------------------------------------------------------------------
class Signals(_Strict):
    """Cheap, model-free facts about one trajectory."""

    failure: bool = False  # outcome failure or partial
    unknown_outcome: bool = False
    tool_errors: int = 0  # steps whose observation reads like an error
    loops: int = 0  # repeats of an identical action
    stagnation: int = 0  # steps whose observation repeats an earlier one
    exhausted: bool = False  # hit a step / token / time limit
    dissatisfied: bool = False  # user feedback reads negative
    skills_used: list[str] = Field(default_factory=list)
    score: float = 0.0  # informativeness, 0..1: worth a model call?


# -- judge --------------------------------------------------------------------------------------
class Verdict(_Strict):
    """An LLM judge's label for a run whose outcome was unknown."""

    status: Literal["success", "failure", "partial", "impossible", "ambiguous"]
    confidence: float = Field(ge=0.0, le=1.0)
    reason: str = Field(max_length=1_000)


# -- analyse ------------------------------------------------------------------------------------
MAX_EVIDENCE_STEPS = 8
MAX_EVIDENCE = 12


class Evidence(_Strict):
    trajectory_id: str = Field(max_length=64)
    # Bounded: a small model bound to the schema's grammar otherwise counts on until its context is full.
    steps: list[Annotated[int, Field(ge=1, le=10_000)]] = Field(
        default_factory=list, max_length=MAX_EVIDENCE_STEPS, description="1-based step numbers that show it."
    )


class LessonDraft(_Strict):
    """A lesson an analyst extracted from one run (or a contrast of runs)."""

    title: str = Field(max_length=200)
    description: str = Field(max_length=2_000, description="When it applies.")
    content: str = Field(max_length=8_000, description="What to do or avoid.")
    kind: LessonKind
    evidence: list[Evidence] = Field(min_length=1, max_length=MAX_EVIDENCE, description="The runs that show it.")
    skill: str | None = Field(None, description="The skill it belongs to, if any.")


# -- consolidate --------------------------------------------------------------------------------
SkillName = Annotated[str, Field(min_length=1, max_length=64, pattern=SKILL_NAME_PATTERN)]


class _Edit(_Strict):
    skill: SkillName
    rationale: str = Field(max_length=2_000, description="Why, in one or two sentences.")
    # Required, like each edit's `op`: a field with a default is optional in the JSON schema, and a
    # model bound to that schema's grammar leaves it out.
    evidence: list[Annotated[str, Field(max_length=64)]] = Field(
        min_length=1, max_length=40, description="Trajectory ids that support the edit."
    )


class AddSection(_Edit):
    op: Literal["add_section"]
    heading: str = Field(min_length=1, max_length=120)
    content: str = Field(min_length=1, max_length=8_000)


class ReplaceSection(_Edit):
    op: Literal["replace_section"]
    heading: str = Field(min_length=1, max_length=120)
    content: str = Field(min_length=1, max_length=8_000)


class RemoveSection(_Edit):
    op: Literal["remove_section"]
    heading: str = Field(min_length=1, max_length=120)


class CreateSkill(_Edit):
    op: Literal["create_skill"]
    description: str = Field(min_length=1, max_length=1_024)
    body: str = Field(min_length=1, max_length=40_000)


class RetireSkill(_Edit):
    op: Literal["retire_skill"]


SkillEdit = Annotated[
    AddSection | ReplaceSection | RemoveSection | CreateSkill | RetireSkill, Field(discriminator="op")
]


class EditPlan(_Strict):
    """What a consolidator proposes for one skill (or for new skills). Empty means: no change."""

    edits: list[SkillEdit] = Field(default_factory=list)


# -- gates --------------------------------------------------------------------------------------
class Proposal(_Strict):
    """One edit with what the gates said of it."""

    edit: SkillEdit
    support_trajectories: int = 0
    support_users: int = 0
    verdicts: list[GateVerdict] = Field(default_factory=list)

    @property
    def accepted(self) -> bool:
        return all(v.passed for v in self.verdicts)

    @property
    def rejected_by(self) -> GateVerdict | None:
        return next((v for v in self.verdicts if not v.passed), None)


__all__ = [
    "AcceptedChange",
    "AddSection",
    "CreateSkill",
    "EditPlan",
    "Evidence",
    "GateVerdict",
    "LessonDraft",
    "OutcomeStatus",
    "PassReport",
    "Proposal",
    "RejectedChange",
    "RemoveSection",
    "ReplaceSection",
    "RetireSkill",
    "Signals",
    "SkillEdit",
    "Verdict",
]
