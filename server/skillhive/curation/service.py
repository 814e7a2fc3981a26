"""Curating a team's skills: history, evolver reviews, approval and rollback — for maintainers.

The same calls serve the CLI and the MCP tools; the caller's role decides, never an argument.
The git work is in skills/reviews.py.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pydantic import BaseModel, Field

from skillhive.models import Caller
from skillhive.reports import PassReport
from skillhive.roles import require_role
from skillhive.skills import reviews as git_reviews
from skillhive.skills.origin import Adoption, adopt
from skillhive.skills.repo import check_name, skill_history

if TYPE_CHECKING:
    from skillhive.skills.directories import SkillDirectories
    from skillhive.store.evolution import EvolutionStore


class SkillVersion(BaseModel):
    version: str
    date: str
    author: str
    subject: str


class PendingReview(BaseModel):
    branch: str
    run_id: str
    commit: str
    subject: str
    diff: str | None = Field(None, description="The change, when asked for one review.")


class Curation:
    """Reviews, history and rollback of the skill directory of the caller's team."""

    def __init__(self, directories: SkillDirectories, evolution: EvolutionStore) -> None:
        self.directories = directories
        self.evolution = evolution

    def history(self, caller: Caller, name: str, limit: int = 20) -> list[SkillVersion]:
        check_name(name)
        self.directories.get(caller.team)
        commits = skill_history(self.directories.root(caller.team), name, limit)
        return [
            SkillVersion(version=c.sha, date=c.date.isoformat(), author=c.author, subject=c.subject) for c in commits
        ]

    def reviews(self, caller: Caller, *, with_diff: bool = False) -> list[PendingReview]:
        root = self.directories.root(caller.team)
        self.directories.get(caller.team)
        return [
            PendingReview(
                branch=r.branch,
                run_id=r.run_id,
                commit=r.sha,
                subject=r.subject,
                diff=git_reviews.review_diff(root, r.branch) if with_diff else None,
            )
            for r in git_reviews.pending_reviews(root)
        ]

    def approve(self, caller: Caller, branch: str) -> str:
        require_role(caller, "maintainer")
        sha = git_reviews.approve(self.directories.root(caller.team), branch, self.directories.commits(caller.team))
        self.directories.get(caller.team).invalidate()
        return sha

    def reject(self, caller: Caller, branch: str) -> None:
        require_role(caller, "maintainer")
        git_reviews.reject(self.directories.root(caller.team), branch)

    def rollback(self, caller: Caller, name: str, version: str | None, reason: str) -> str:
        require_role(caller, "maintainer")
        done = git_reviews.rollback(
            self.directories.root(caller.team),
            name,
            version,
            reason=f"{reason} (by {caller.user})",
            made=self.directories.commits(caller.team),
        )
        self.directories.get(caller.team).invalidate()
        return done.sha

    def adopt(self, caller: Caller, rev: str | None) -> Adoption:
        """Record the live branch's history up to `rev` (default: its head) as the hive's own commits
        (`skillhive skills adopt`, once after upgrading a hive whose remote is its own)."""
        require_role(caller, "maintainer")
        root = self.directories.root(caller.team)
        self.directories.get(caller.team)  # the repository exists (cloned on first use)
        return adopt(root, rev, self.directories.commits(caller.team))

    def passes(self, caller: Caller, limit: int = 10) -> list[PassReport]:
        return self.evolution.recent_passes(caller.team, limit)
