"""Importing runs from files as one batch (`skillhive import`, and any surface that imports): the
records are stored in batches of IMPORT_BATCH in one transaction each, a coding-agent session
updates its run in place, and the batch is closed with its counts whatever happens, so
`forget --import` can undo exactly what it stored.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from skillhive.importers.records import ImportItem
from skillhive.models import Caller, RecordResult, TrajectoryIn
from skillhive.usecases.experience import Experience
from skillhive.usecases.ownership import DataOwnership

IMPORT_BATCH = 256  # runs stored in one transaction


@dataclass
class ImportCounts:
    """What an import stored so far (read it after an interruption too)."""

    created: int = 0
    updated: int = 0  # sessions whose run was updated in place
    dupes: int = 0  # already stored
    forgotten: int = 0  # forgotten before: not stored again
    bad: int = 0  # records refused
    redacted: int = 0  # secrets redacted
    clipped: dict[str, int] = field(default_factory=dict)  # field -> runs in which it was cut to its limit
    clipped_runs: int = 0

    def count(self, r: RecordResult) -> None:
        self.created += r.created
        self.updated += r.updated
        self.forgotten += r.forgotten
        self.dupes += not r.created and not r.forgotten and not r.updated
        self.redacted += r.redactions

    def summary(self) -> dict[str, int]:
        """What the import batch records."""
        return {"stored": self.created, "already": self.dupes, "forgotten": self.forgotten, "skipped": self.bad}


@dataclass(frozen=True)
class Extras:
    """What an import adds to every run: tags, and an agent where the run names none."""

    tags: tuple[str, ...] = ()
    agent: str | None = None

    def apply(self, t: TrajectoryIn) -> TrajectoryIn:
        update: dict[str, Any] = {}
        if self.tags:
            update["tags"] = list(dict.fromkeys([*t.tags, *self.tags]))
        if self.agent and not t.agent:
            update["agent"] = self.agent
        return TrajectoryIn.model_validate({**t.model_dump(), **update}) if update else t


class TrajectoryImport:
    """One import batch: `run(items)` stores what it reads; `counts` says what it stored."""

    def __init__(
        self,
        experience: Experience,
        ownership: DataOwnership,
        caller: Caller,
        source: str,
        fmt: str,
        *,
        extras: Extras | None = None,
        batch_size: int = IMPORT_BATCH,
    ) -> None:
        self.experience, self.ownership, self.caller = experience, ownership, caller
        self.extras = extras or Extras()
        self.batch_size = batch_size
        self.counts = ImportCounts()
        self.batch_id = ownership.start_import(caller, source, fmt)
        self._pending: list[TrajectoryIn] = []

    def run(self, items: Iterable[ImportItem], each: Callable[[ImportItem], None] = lambda _item: None) -> ImportCounts:
        """Store every record of `items` (`each` hears of each one read: progress, a refused record),
        then close the batch with its counts — also when interrupted (what was stored stays stored)."""
        try:
            for item in items:
                self._add(item)
                each(item)
            self._flush()
        finally:
            self.ownership.finish_import(self.batch_id, self.counts.summary())
        return self.counts

    def _add(self, item: ImportItem) -> None:
        counts = self.counts
        if item.trajectory is None:
            counts.bad += 1
            return
        counts.clipped_runs += bool(item.clipped)
        for name in item.clipped:
            counts.clipped[name] = counts.clipped.get(name, 0) + 1
        trajectory = self.extras.apply(item.trajectory)
        if item.session is not None:  # a coding-agent session: the run a hook may have stored, updated
            self._flush()
            counts.count(self.experience.capture(self.caller, trajectory, item.session))
        else:
            self._pending.append(trajectory)
            if len(self._pending) >= self.batch_size:
                self._flush()

    def _flush(self) -> None:
        if self._pending:
            for r in self.experience.record_many(self.caller, self._pending, import_id=self.batch_id):
                self.counts.count(r)
            self._pending.clear()
