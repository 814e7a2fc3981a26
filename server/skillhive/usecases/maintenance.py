"""What operators ask of a local hive: its figures (`stats`), whether it can serve (`/healthz`),
and a rebuilt vector index (`reindex`)."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

from skillhive.errors import StorageError
from skillhive.models import HiveStats, LastPass, SkillRate
from skillhive.skills.directories import SkillDirectories
from skillhive.store.records import KINDS
from skillhive.summaries import INDEX_TEXT_VERSION
from skillhive.usecases.skills import NONE
from skillhive.wiring import Backends

log = logging.getLogger(__name__)


class Maintenance:
    def __init__(self, backends: Backends, directories: SkillDirectories) -> None:
        self.backends = backends
        self.directories = directories

    def stats(self, team: str) -> HiveStats:
        b = self.backends
        scan = self.directories.get(team).scan()
        usage = b.ledger.skill_usage(team)
        try:
            indexed: int | None = b.index.count(team, "trajectory")
            index_error = b.indexer.last_error
        except StorageError as exc:
            indexed, index_error = None, str(exc)
        recent = b.evolution.recent_passes(team, 1)
        return HiveStats(
            team=team,
            trajectories=b.ledger.count_trajectories(team),
            by_outcome=b.ledger.count_by(team, "status"),
            by_label=b.ledger.count_by(team, "label"),
            users=b.evolution.distinct_users(team),
            lessons=b.ledger.count_lessons_by_status(team),
            skills=len(scan.skills),
            invalid_skills=len({p.file.split("/")[0] for p in scan.problems if p.severity == "error"}),
            skill_rates=[
                SkillRate(name=name, uses=u.uses, success_rate=u.served_rate)
                for name in sorted(scan.skills)
                for u in (usage.get(name, NONE),)
            ],
            indexed=indexed,
            pending_index=b.ledger.outbox.count(),
            index_error=index_error,
            embedding_model=b.embedder.model_id,
            index_model=b.ledger.get_meta("index_model"),
            evolver_read={stage: b.evolution.position(team, stage) for stage in ("seen", "model")},
            new_for_model=b.evolution.count_new(team, "model"),
            last_pass=LastPass.model_validate(recent[0].model_dump()) if recent else None,
            disk_bytes=_disk(self.backends, self.directories.root(team)),
            data_dir=str(b.settings.data_dir),
        )

    def health(self) -> tuple[bool, dict[str, object]]:
        """Whether the hive can serve (its ledger answers), and how each part is doing."""
        b = self.backends
        report: dict[str, object] = {}
        try:
            b.ledger.ping()
            report["ledger"] = "ok"
        except Exception:  # a health check reports, it does not raise; the details go to the log
            log.exception("health check: the ledger does not answer")
            report["ledger"] = "unavailable"
        index: dict[str, object] = {"kind": "chroma server" if b.settings.chroma_url else "embedded"}
        try:
            b.index.count(b.settings.team, "trajectory")
            index["status"] = "ok" if b.indexer.last_error is None else "failing"
        except StorageError:
            index["status"] = "unavailable"  # retrieval answers from keywords meanwhile
        index["pending"] = b.ledger.outbox.count() if report["ledger"] == "ok" else None
        report["index"] = index
        return report["ledger"] == "ok", report

    def reindex(self) -> int:
        """Rebuild the vector index of every team from the ledger with the current model; an embedded
        index folder that cannot even be opened is moved aside (`index.broken-<time>`) first."""
        b = self.backends
        try:
            b.index.count(b.settings.team, "trajectory")
        except StorageError:
            if b.index.set_aside() is None:
                raise  # a Chroma server that does not answer: nothing to move aside here
        for team in set(b.ledger.teams()):
            for kind in KINDS:
                b.index.drop(team, kind)
        queued = b.ledger.outbox.requeue_all()
        b.indexer.drain()
        b.ledger.set_meta("index_model", b.embedder.model_id)
        b.ledger.set_meta("index_text", INDEX_TEXT_VERSION)
        b.ledger.set_meta("reindexed_at", datetime.now(UTC).isoformat())
        b.index_rebuilt()
        return queued


def _disk(backends: Backends, skills: Path) -> dict[str, int]:
    """Bytes of each part: the ledger (its files, or its PostgreSQL database), the index, the skills,
    and the whole data directory."""

    def size(paths: Sequence[Path]) -> int:
        total = 0
        for path in paths:
            if path.is_file():
                total += path.stat().st_size
            elif path.is_dir():
                total += sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())
        return total

    data_dir = backends.settings.data_dir
    ledger = backends.ledger.db.size_bytes()
    return {"ledger": ledger, "index": size([data_dir / "index"]), "skills": size([skills]), "total": size([data_dir])}
