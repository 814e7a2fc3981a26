"""MCP tools for the evolver and skill curation, for maintainers: pass status, skill history and
reviews; approving, rejecting and rolling back (the role comes from the caller's token). A member
neither sees them in tools/list nor may call them: both follow the role each is registered with."""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated

from pydantic import BaseModel, Field

from skillhive.curation import Curation, PendingReview, SkillVersion
from skillhive.mcp_boundary import CHANGE, READ_ONLY, HiveMCPServer, tool
from skillhive.models import SKILL_NAME_MAX, Caller, Role
from skillhive.reports import PassReport

Branch = Annotated[str, Field(description="The review branch, evolve/<run id>.", max_length=120)]
MAINTAINERS: Role = "maintainer"  # members neither see nor call these tools (mcp_boundary.HiveMCPServer)


class Applied(BaseModel):
    version: str = Field(description="The live commit after the change.")


def register_curation_tools(mcp: HiveMCPServer, curation: Curation, who: Callable[[], Caller]) -> None:
    @tool(mcp, READ_ONLY, MAINTAINERS)
    def evolution_status(
        limit: Annotated[int, Field(strict=True, description="How many recent passes.", ge=1, le=50)] = 5,
    ) -> list[PassReport]:
        """Recent evolver passes of your team: what each read, spent (model calls, tokens), proposed,
        applied and rejected (with the gate and reason), and the commit it made."""
        return curation.passes(who(), limit)

    @tool(mcp, READ_ONLY, MAINTAINERS)
    def skill_history(
        name: Annotated[str, Field(description="The skill's name.", max_length=SKILL_NAME_MAX)],
        limit: Annotated[int, Field(strict=True, description="How many versions.", ge=1, le=100)] = 20,
    ) -> list[SkillVersion]:
        """The versions (commits) of a skill, newest first."""
        return curation.history(who(), name, limit)

    @tool(mcp, READ_ONLY, MAINTAINERS)
    def list_skill_reviews(
        diff: Annotated[bool, Field(strict=True, description="Include each pass's diff.")] = False,
    ) -> list[PendingReview]:
        """Evolver passes waiting for a maintainer's review (review mode)."""
        return curation.reviews(who(), with_diff=diff)

    @tool(mcp, CHANGE, MAINTAINERS)
    def approve_skill_review(branch: Branch) -> Applied:
        """Apply a reviewed evolver pass to the live skills. Maintainers only."""
        return Applied(version=curation.approve(who(), branch))

    @tool(mcp, CHANGE, MAINTAINERS)
    def reject_skill_review(branch: Branch) -> str:
        """Discard an evolver pass waiting for review. Maintainers only."""
        curation.reject(who(), branch)
        return f"rejected {branch}"

    @tool(mcp, CHANGE, MAINTAINERS)
    def rollback_skill(
        name: Annotated[str, Field(description="The skill's name.", max_length=SKILL_NAME_MAX)],
        reason: Annotated[str, Field(description="Why, for the commit message.", min_length=3, max_length=500)],
        version: Annotated[
            str | None, Field(description="The version to restore (default: the one before).", max_length=64)
        ] = None,
    ) -> Applied:
        """Restore an earlier version of a skill as a new commit (history is never rewritten). Maintainers only."""
        return Applied(version=curation.rollback(who(), name, version, reason))
