"""What each tool of the hive takes, written once.

(Emptiness is left to the use cases: "no trajectory ''" says more than a schema rule, and every
`minLength` costs each agent tokens in `tools/list`.)

The MCP tools publish these fields as their arguments (mcp_boundary.tool builds the signature from
the model), the local hive's use cases take them, and a forwarding hive sends them on to the team
hive as they are (`tool` names the team hive's tool). A limit changes here or nowhere.
"""

from __future__ import annotations

from typing import Annotated, Any, ClassVar

from pydantic import BaseModel, ConfigDict, Field, WithJsonSchema, field_validator

from skillhive.models import (
    MAX_NOTE_CHARS,
    MAX_QUERY_CHARS,
    MAX_RETRIEVE_K,
    MAX_RETRIEVE_TOKENS,
    MAX_SKILLS_USED,
    SKILL_NAME_MAX,
    ItemKind,
    Outcome,
    OutcomeStatus,
    SkillRef,
    Tag,
    Text,
    TrajectoryIn,
    not_blank,
)

TRAJECTORY_ID_MAX = 64
MAX_SESSION_CHARS = 200
MAX_SECRETS = 32  # record_trajectory's `secrets`: how many, and how long each (redact/known.py)
MIN_SECRET_CHARS = 1
MAX_SECRET_CHARS = 1024


class Request(BaseModel):
    """The arguments of one tool call."""

    model_config = ConfigDict(extra="forbid")
    tool: ClassVar[str]

    def arguments(self) -> dict[str, Any]:
        """As JSON arguments for the tool, leaving out what is at its default."""
        return self.model_dump(mode="json", exclude_defaults=True)


class RecordRequest(TrajectoryIn):
    """record_trajectory: a trajectory as a client sends it; the outcome is required here."""

    tool: ClassVar[str] = "record_trajectory"

    outcome: Outcome = Field(description="How it went.")
    skills_used: Annotated[  # type: ignore[assignment]  # strings become SkillRefs (TrajectoryIn's validator)
        list[SkillRef | str],
        Field(default_factory=list, description="Skills used: 'name' or 'name@version'.", max_length=MAX_SKILLS_USED),
        # {name, version} objects are accepted too (forwarding hives send them); not worth advertising
        WithJsonSchema({"type": "array", "items": {"type": "string"}, "maxItems": MAX_SKILLS_USED}),
    ]

    session: Text | None = Field(
        None, max_length=MAX_SESSION_CHARS, description="Session id: re-recording replaces its run."
    )
    secrets: list[Annotated[str, Field(min_length=MIN_SECRET_CHARS, max_length=MAX_SECRET_CHARS)]] = Field(
        default_factory=list,
        max_length=MAX_SECRETS,
        description="Values you know are secrets (a password the user gave, a token you read): replaced"
        " wherever the run shows them; never stored.",
    )

    def trajectory(self) -> TrajectoryIn:
        """The same run as the domain type (already validated: nothing is checked twice)."""
        return TrajectoryIn.model_construct(**{name: getattr(self, name) for name in TrajectoryIn.model_fields})


class RetrieveRequest(Request):
    tool: ClassVar[str] = "retrieve_experience"

    query: Text = Field(
        min_length=1,
        max_length=MAX_QUERY_CHARS,
        description="The task, or the current observation/error (step-level retrieval).",
    )
    k: int = Field(5, strict=True, ge=1, le=MAX_RETRIEVE_K, description="How many items at most.")
    kinds: list[ItemKind] | None = Field(None, description="trajectory, lesson, skill (default: all).")
    outcome: OutcomeStatus | None = Field(None, description="Only trajectories with this outcome.")
    tags: list[Tag] | None = Field(None, description="Only trajectories with all these tags.")
    max_tokens: int = Field(
        1500, strict=True, ge=50, le=MAX_RETRIEVE_TOKENS, description="Token budget for the whole answer."
    )

    @field_validator("query")
    @classmethod
    def _query_not_blank(cls, value: str) -> str:
        return not_blank(value)


class GetTrajectoryRequest(Request):
    tool: ClassVar[str] = "get_trajectory"

    id: Text = Field(max_length=TRAJECTORY_ID_MAX, description="A trajectory id from retrieve_experience.")


class ForgetRequest(Request):
    tool: ClassVar[str] = "forget_trajectory"

    id: Text = Field(max_length=TRAJECTORY_ID_MAX, description="The run to remove (yours, or any as a maintainer).")


class ListSkillsRequest(Request):
    tool: ClassVar[str] = "list_skills"

    query: Text | None = Field(None, max_length=MAX_QUERY_CHARS, description="Rank skills by relevance to this text.")
    limit: int = Field(20, strict=True, ge=1, le=200, description="How many at most.")


class GetSkillRequest(Request):
    tool: ClassVar[str] = "get_skill"

    name: Text = Field(max_length=SKILL_NAME_MAX, description="The skill's name.")


class SkillFileRequest(Request):
    tool: ClassVar[str] = "read_skill_file"

    name: Text = Field(max_length=SKILL_NAME_MAX, description="The skill's name.")
    path: Text = Field(max_length=1024, description="A file inside the skill folder, e.g. references/api.md.")


class SkillOutcomeRequest(Request):
    tool: ClassVar[str] = "report_skill_outcome"

    name: Text = Field(max_length=SKILL_NAME_MAX, description="The skill used.")
    success: bool = Field(strict=True, description="Whether the skill helped the task succeed.")
    version: Text | None = Field(None, max_length=64, description="The version used (default: current).")
    trajectory_id: Text | None = Field(
        None, max_length=TRAJECTORY_ID_MAX, description="The recorded run it was used in."
    )
    note: Text | None = Field(None, max_length=MAX_NOTE_CHARS, description="What went well or wrong.")
