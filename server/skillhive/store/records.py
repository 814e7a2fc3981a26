"""What the ledger takes and returns: frozen records, the same for every backend.

No driver's row type leaves `store/`: each backend reads plain dicts and the ledger builds these.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cached_property
from typing import Literal, NamedTuple

from skillhive.safety import Verdict

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
    import_id: str | None = None  # the import batch that stored it (`skillhive imports`), None if recorded
    title: str = ""  # what the user asked for, when the task is not it (summaries.title)
    source: str = "recorded"  # how it arrived: recorded, or import:<batch id>


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
    import_id: str | None = None  # the import batch that stored it, None if recorded


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
    import_id: str | None = None  # the import batch that stored it (a source `import:<id>`), None if recorded
    title: str = ""
    agent: str | None = None
    source: str = "recorded"
    served: Verdict | None = None  # the filter's verdict on its text as served, stored with it (None: none yet)

    @cached_property
    def signature(self) -> tuple[str, ...]:
        """The procedure as a set (sorted): what runs that needed the same steps share (ranking asks
        for it several times per candidate: worked out once)."""
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


@dataclass(frozen=True)
class UserWeighted:
    """Outcomes counted so that one user weighs as one user: `rate` is the mean of each user's own
    success rate, `effective` the sample size that mean is worth (users² / Σ 1/uses of each: as many
    as `uses` when every user reported equally often, near the number of users when one reported
    most), `uses` all reported uses."""

    uses: int
    users: int
    rate: float | None
    effective: float

    @classmethod
    def of(cls, counts: Mapping[str, tuple[int, int]], without: str | None = None) -> UserWeighted:
        """From user → (uses, successes), leaving `without` out."""
        kept = [(n, ok) for user, (n, ok) in counts.items() if n > 0 and user != without]
        if not kept:
            return cls(0, 0, None, 0.0)
        rate = sum(ok / n for n, ok in kept) / len(kept)
        return cls(sum(n for n, _ in kept), len(kept), rate, len(kept) ** 2 / sum(1 / n for n, _ in kept))

    @property
    def served_rate(self) -> float | None:
        return None if self.rate is None else round(self.rate, 3)


class Stored(NamedTuple):
    """What recording one run did."""

    id: str
    created: bool  # stored now (False: the same content was stored before, or was forgotten)
    new_author: bool  # the recorder was not yet one of its authors
    forgotten: bool  # the content was forgotten on request and is not stored again
    updated: bool = False  # a captured session's run, replaced in place by its longer version


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
