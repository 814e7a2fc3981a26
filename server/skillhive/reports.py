"""What an evolver pass did, as every reader sees it: the evolver writes a `PassReport`, the store
keeps it (store/evolution.py: `save_pass`, `recent_passes`), and curation, the CLI, `stats` and any
view read it typed from there — never as raw JSON.
"""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class RejectedChange(_Strict):
    skill: str
    op: str
    gate: str
    reason: str


class GateVerdict(_Strict):
    gate: str  # lint | size | evidence | safety | duplicate | scripts | rename | review
    passed: bool
    reason: str = ""


class AcceptedChange(_Strict):
    """An edit that passed every gate: what it changed, the support the gate counted, each verdict."""

    skill: str
    op: str
    heading: str | None = None
    evidence: list[str] = Field(default_factory=list, description="The cited runs the pass read.")
    support_trajectories: int = 0
    support_users: int = 0
    verdicts: list[GateVerdict] = Field(default_factory=list)


class PassReport(_Strict):
    """What one evolution pass read, spent, proposed, applied and rejected."""

    run_id: str
    team: str
    mode: Literal["auto", "review", "dry-run"]
    started_at: datetime
    finished_at: datetime | None = None
    read: int = 0
    selected: int = 0
    judged: int = 0
    llm_calls: int = 0
    tokens_in: int = 0
    tokens_out: int = 0
    malformed: int = Field(0, description="Model answers still unusable after their repair.")
    repaired: int = Field(0, description="Malformed answers fixed by sending back their parse error.")
    failed_calls: int = Field(0, description="Model calls that failed (timeout, connection, HTTP error).")
    retries: int = Field(0, description="Extra HTTP attempts the client made.")
    deferred: int = Field(0, description="Runs left for the next pass (over the model budget, or their call failed).")
    lessons: int = 0
    proposed: int = 0
    applied: int = 0
    accepted: list[AcceptedChange] = Field(default_factory=list, description="Edits that passed every gate.")
    rejected: list[RejectedChange] = Field(default_factory=list)
    skipped: list[str] = Field(default_factory=list, description="Stages not run, and why.")
    commit: str | None = None
    branch: str | None = None
    error: str | None = Field(None, description="Why the pass stopped early, when it did.")
    errors: list[str] = Field(
        default_factory=list, description="Stages (or skills) that failed; the rest of the pass went on."
    )
    blocked: list[str] = Field(
        default_factory=list, description="Why no skill could change, e.g. too few distinct users."
    )
