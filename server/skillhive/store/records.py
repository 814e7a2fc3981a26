"""What the ledger takes and returns: frozen records, the same for every backend.

No driver's row type leaves `store/`: each backend reads plain dicts and the ledger builds these.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Literal, NamedTuple

Kind = Literal["trajectory", "lesson"]
KINDS: tuple[Kind, ...] = ("trajectory", "lesson")
FORGET = "forget-"  # outbox kinds "forget-trajectory" / "forget-lesson": remove the item from the vector index


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")


@dataclass(frozen=True)
class TrajectoryRow:
    """What the ledger stores for one trajectory (the service builds it)."""

    id: str
    team: str
    user: str
    created_at: str
    content_hash: str
    task: str
    status: str
    score: float | None
    tags: list[str]
    skills: list[str]
    agent: str | None
    n_steps: int
    summary: str
    redactions: int
    doc: str
    fts_body: str
    procedure: list[str]
    task_key: str
    twin_key: str
    title: str = ""  # what the user asked for, when the task is not it (summaries.title)
    source: str = "recorded"  # how it arrived: recorded, or import:<file>


@dataclass(frozen=True)
class StoredTrajectory:
    """A stored run as `get_trajectory` returns it: its document (JSON) and who and when."""

    seq: int
    id: str
    team: str
    user: str
    created_at: str
    content_hash: str
    doc: str


@dataclass(frozen=True)
class TrajectoryCard:
    """The compact columns of a stored run that retrieval ranks and shows (no full document)."""

    id: str
    user: str
    created_at: str
    task: str
    status: str
    score: float | None
    tags: tuple[str, ...]
    n_steps: int
    summary: str
    procedure: tuple[str, ...]
    task_key: str
    twin_key: str
    title: str = ""
    agent: str | None = None
    source: str = "recorded"

    @property
    def signature(self) -> tuple[str, ...]:
        """The procedure as a set (sorted): what runs that needed the same steps share."""
        return tuple(sorted(self.procedure))


@dataclass(frozen=True)
class LessonCard:
    """A lesson as retrieval shows it."""

    id: str
    title: str
    description: str
    content: str
    kind: str
    uses: int
    successes: int
    support_users: int
    support_trajectories: int
    trust: float
    authors: tuple[str, ...]


class Stored(NamedTuple):
    """What recording one run did."""

    id: str
    created: bool  # stored now (False: the same content was stored before, or was forgotten)
    new_author: bool  # the recorder was not yet one of its authors
    forgotten: bool  # the content was forgotten on request and is not stored again


@dataclass(frozen=True)
class OutboxItem:
    """Work for the vector index: index (or, FORGET-prefixed, remove) one item of a team."""

    seq: int
    kind: str
    item_id: str
    team: str


@dataclass(frozen=True)
class Judgement:
    """The label an LLM judge gave a run recorded with an unknown outcome."""

    trajectory_id: str
    team: str
    status: str
    confidence: float
    reason: str
    model: str
    created_at: str
