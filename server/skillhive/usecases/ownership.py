"""Owning your data: list runs, name each import as a batch, forget a user or an import.

Forgetting goes through the ledger's per-run forget, so a user's or an import's runs leave every
table, both indexes and the disk exactly as one forgotten run does, and their content hashes stay
as tombstones. What partly rests on the forgotten runs (lessons with other evidence, skill
commits that cite them) is listed, not changed: a maintainer decides (lineage).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from skillhive.errors import NotFound
from skillhive.models import Caller
from skillhive.retrieval import Retriever
from skillhive.roles import require_role
from skillhive.skills.directories import SkillDirectories
from skillhive.skills.repo import commits_citing
from skillhive.store.ownership import ImportBatch, Ownership, RunEntry
from skillhive.wiring import Backends

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class RunFilter:
    since: str | None = None  # ISO date or time: runs recorded at or after it
    user: str | None = None  # runs this user recorded (first or not)
    tag: str | None = None
    outcome: str | None = None
    limit: int = 100


@dataclass(frozen=True)
class Lineage:
    """What partly rests on forgotten runs and stays until a maintainer decides."""

    lessons: list[tuple[str, str, int]] = field(default_factory=list)  # (id, title, forgotten runs it cited)
    commits: list[tuple[str, str]] = field(default_factory=list)  # (sha, subject) of skill commits citing them


@dataclass(frozen=True)
class Forgotten:
    """What `forget --user` or `forget --import` removed."""

    runs: int  # whole runs removed (and kept out by their content hash)
    authorships: int  # names removed from runs others recorded too
    outcomes: int = 0
    serves: int = 0
    lessons_removed: list[str] = field(default_factory=list)  # lessons that rested only on those runs
    lessons_renamed: int = 0  # lessons that no longer name the user among their authors
    lineage: Lineage = field(default_factory=Lineage)


class DataOwnership:
    def __init__(self, backends: Backends, retriever: Retriever, directories: SkillDirectories) -> None:
        self.backends = backends
        self.ledger = backends.ledger
        self.store = Ownership(backends.ledger)
        self.retriever = retriever
        self.directories = directories

    def runs(self, caller: Caller, flt: RunFilter) -> list[RunEntry]:
        return self.store.runs(
            caller.team, since=flt.since, user=flt.user, tag=flt.tag, outcome=flt.outcome, limit=flt.limit
        )

    # -- import batches --------------------------------------------------------------------------
    def start_import(self, caller: Caller, source: str, fmt: str) -> str:
        """A new batch for an import of `source`; pass its id to `record_many(import_id=…)`."""
        return self.store.open_batch(caller.team, caller.user, source, fmt)

    def finish_import(self, batch_id: str, counts: dict[str, int]) -> None:
        self.store.close_batch(batch_id, counts)

    def imports(self, caller: Caller) -> list[ImportBatch]:
        return self.store.batches(caller.team)

    def forget_import(self, caller: Caller, batch_id: str) -> Forgotten:
        """Undo one import: the runs it stored go as forgotten runs do; names it added to runs stored
        before are removed from them; the lessons, outcomes and serves a bundle brought go too."""
        require_role(caller, "maintainer")
        batch = self.store.batch(caller.team, batch_id)
        if batch is None:
            raise NotFound(f"no import {batch_id!r} in team {caller.team} (see `skillhive imports`)")
        members = self.store.batch_members(caller.team, batch_id)
        before = self.store.lessons_citing(caller.team, members.runs)
        commits = self._commits(caller.team, members.runs)
        gone = self.ledger.forget_trajectories(caller.team, members.runs)
        names = 0
        for tid, user in members.authorships:
            names += not self.ledger.forget_trajectory(caller.team, tid, user)
        brought, outcomes, serves = self.store.remove_batch_rows(caller.team, batch_id)
        self.store.mark_forgotten(batch_id)
        removed, lineage = self._lineage(caller.team, before, commits)
        result = Forgotten(
            runs=gone,
            authorships=names,
            outcomes=outcomes,
            serves=serves,
            lessons_removed=sorted({*removed, *brought}),
            lineage=lineage,
        )
        self._after(caller, f"import {batch_id}", result)
        return result

    # -- users -----------------------------------------------------------------------------------
    def forget_user(self, caller: Caller, user: str) -> Forgotten:
        """Remove a user from the team: the runs only they recorded (kept out by their content hash),
        their name on runs others recorded too, their skill outcomes, the lessons served to them, and
        the lessons that rested only on their runs."""
        require_role(caller, "maintainer")
        if user not in self.store.users(caller.team):
            raise NotFound(f"no user {user!r} in team {caller.team}: no run, outcome or lesson names them")
        share = self.store.user_share(caller.team, user)
        before = self.store.lessons_citing(caller.team, share.alone)
        commits = self._commits(caller.team, share.alone)
        gone = self.ledger.forget_trajectories(caller.team, share.alone)
        traces = self.store.clear_user(caller.team, user)
        removed, lineage = self._lineage(caller.team, before, commits)
        result = Forgotten(
            runs=gone,
            authorships=traces.authorships,
            outcomes=traces.outcomes,
            serves=traces.serves,
            lessons_renamed=traces.lessons_renamed,
            lessons_removed=removed,
            lineage=lineage,
        )
        self._after(caller, f"user {user}", result)
        return result

    # -- shared steps ----------------------------------------------------------------------------
    def _commits(self, team: str, run_ids: list[str]) -> list[tuple[str, str]]:
        if not run_ids:
            return []
        return commits_citing(self.directories.root(team), run_ids)

    def _lineage(
        self, team: str, before: dict[str, tuple[str, list[str]]], commits: list[tuple[str, str]]
    ) -> tuple[list[str], Lineage]:
        """Of the lessons that cited forgotten runs: those that went, and those that stay (lineage)."""
        remaining = self.store.existing_lessons(team, list(before))
        removed = sorted(lid for lid in before if lid not in remaining)
        kept = [(lid, title, len(cited)) for lid, (title, cited) in sorted(before.items()) if lid in remaining]
        return removed, Lineage(lessons=kept, commits=commits)

    def _after(self, caller: Caller, what: str, result: Forgotten) -> None:
        self.backends.indexer.notify()
        self.retriever.forget_counts(caller.team)
        log.info("%s forgot %s: %d runs, %d authorships", caller.user, what, result.runs, result.authorships)
