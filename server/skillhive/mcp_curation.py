"""MCP tools for the evolver and skill curation: pass status and history for everyone; approving,
rejecting and rolling back for maintainers (the role comes from the caller's token)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated, Any

from mcp.server.mcpserver import MCPServer
from mcp_types import ToolAnnotations
from pydantic import BaseModel, Field

from skillhive.curation import Curation, PendingReview, SkillVersion
from skillhive.evolver.types import PassReport
from skillhive.hive import Hive
from skillhive.mcp_boundary import tool
from skillhive.models import SKILL_NAME_MAX, Caller

READ_ONLY = ToolAnnotations(read_only_hint=True, destructive_hint=False, idempotent_hint=True, open_world_hint=False)
CHANGE = ToolAnnotations(read_only_hint=False, destructive_hint=True, idempotent_hint=False, open_world_hint=False)
Branch = Annotated[str, Field(description="The review branch, evolve/<run id>.", max_length=120)]


class Applied(BaseModel):
    version: str = Field(description="The live commit after the change.")


def register_curation_tools(mcp: MCPServer[Any], hive: Hive, who: Callable[[], Caller]) -> None:
    curation = Curation(hive)

    @tool(mcp, READ_ONLY)
    def evolution_status(
        limit: Annotated[int, Field(strict=True, description="How many recent passes.", ge=1, le=50)] = 5,
    ) -> list[PassReport]:
        """Recent evolver passes of your team: what each read, spent (model calls, tokens), proposed,
        applied and rejected (with the gate and reason), and the commit it made."""
        return curation.passes(who(), limit)

    @tool(mcp, READ_ONLY)
    def skill_history(
        name: Annotated[str, Field(description="The skill's name.", max_length=SKILL_NAME_MAX)],
        limit: Annotated[int, Field(strict=True, description="How many versions.", ge=1, le=100)] = 20,
    ) -> list[SkillVersion]:
        """The versions (commits) of a skill, newest first."""
        return curation.history(who(), name, limit)

    @tool(mcp, READ_ONLY)
    def list_skill_reviews(
        diff: Annotated[bool, Field(strict=True, description="Include each pass's diff.")] = False,
    ) -> list[PendingReview]:
        """Evolver passes waiting for a maintainer's review (review mode)."""
        return curation.reviews(who(), with_diff=diff)

    @tool(mcp, CHANGE)
    def approve_skill_review(branch: Branch) -> Applied:
        """Apply a reviewed evolver pass to the live skills. Maintainers only."""
        return Applied(version=curation.approve(who(), branch))

    @tool(mcp, CHANGE)
    def reject_skill_review(branch: Branch) -> str:
        """Discard an evolver pass waiting for review. Maintainers only."""
        curation.reject(who(), branch)
        return f"rejected {branch}"

    @tool(mcp, CHANGE)
    def rollback_skill(
        name: Annotated[str, Field(description="The skill's name.", max_length=SKILL_NAME_MAX)],
        reason: Annotated[str, Field(description="Why, for the commit message.", min_length=3, max_length=500)],
        version: Annotated[
            str | None, Field(description="The version to restore (default: the one before).", max_length=64)
        ] = None,
    ) -> Applied:
        """Restore an earlier version of a skill as a new commit (history is never rewritten). Maintainers only."""
        return Applied(version=curation.rollback(who(), name, version, reason))
