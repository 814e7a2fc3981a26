"""What the web view reads of a team's ledger: runs filtered and paged with their provenance, a run's
authors, a skill's outcomes by version, lessons' serves, one pass report. Reads only."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from skillhive.store.ledger import Ledger

PAGE_MAX = 200


@dataclass(frozen=True)
class RunQuery:
    """Filters of the runs page; each one left None does not filter."""

    since: str | None = None  # ISO date or time: recorded at or after it
    until: str | None = None  # recorded before it
    user: str | None = None  # any of a run's recorders
    tag: str | None = None
    outcome: str | None = None
    procedure: str | None = None  # a state-changing tool the run called
    text: str | None = None  # words in its task
    limit: int = 50
    offset: int = 0


@dataclass(frozen=True)
class RunLine:
    """One run as a list shows it, with how it arrived."""

    id: str
    user: str
    created_at: str
    status: str
    score: float | None
    tags: list[str]
    procedure: list[str]
    task: str
    source: str
    import_id: str | None


@dataclass(frozen=True)
class Authorship:
    user: str
    recorded_at: str
    import_id: str | None


@dataclass(frozen=True)
class VersionOutcomes:
    version: str | None
    successes: int
    failures: int
    users: int


@dataclass(frozen=True)
class Serve:
    user: str
    served_at: str
    trajectory_id: str | None


def _like(value: str) -> str:
    """A LIKE pattern for one whole element of a JSON list of strings."""
    return "%" + json.dumps(value).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def _contains(value: str) -> str:
    return "%" + value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


class Browse:
    def __init__(self, ledger: Ledger) -> None:
        self.db = ledger.db

    def runs(self, team: str, q: RunQuery) -> tuple[list[RunLine], int]:
        """One page of the team's runs, newest first, and how many match in all."""
        where, params = self._where(team, q)
        cond = " AND ".join(where)
        total = int(self.db.read(f"SELECT count(*) AS n FROM trajectories WHERE {cond}", params)[0]["n"])
        limit = max(1, min(q.limit, PAGE_MAX))
        rows = self.db.read(
            'SELECT id, "user", created_at, status, score, tags, procedure, task, source, import_id'
            f" FROM trajectories WHERE {cond} ORDER BY seq DESC LIMIT ? OFFSET ?",
            (*params, limit, max(0, q.offset)),
        )
        return [_line(r) for r in rows], total

    @staticmethod
    def _where(team: str, q: RunQuery) -> tuple[list[str], list[Any]]:
        where, params = ["team = ?"], [team]
        if q.since:
            where.append("created_at >= ?")
            params.append(q.since)
        if q.until:
            where.append("created_at < ?")
            params.append(q.until)
        if q.user:
            where.append('id IN (SELECT trajectory_id FROM trajectory_authors WHERE team = ? AND "user" = ?)')
            params += [team, q.user]
        if q.tag:
            where.append("tags LIKE ? ESCAPE '\\'")
            params.append(_like(q.tag))
        if q.procedure:
            where.append("procedure LIKE ? ESCAPE '\\'")
            params.append(_like(q.procedure))
        if q.outcome:
            where.append("status = ?")
            params.append(q.outcome)
        if q.text:
            where.append("lower(task) LIKE ? ESCAPE '\\'")
            params.append(_contains(q.text.lower()))
        return where, params

    def runs_by_id(self, team: str, ids: Sequence[str]) -> list[RunLine]:
        if not ids:
            return []
        marks = ",".join("?" * len(ids))
        rows = self.db.read(
            'SELECT id, "user", created_at, status, score, tags, procedure, task, source, import_id'
            f" FROM trajectories WHERE team = ? AND id IN ({marks}) ORDER BY seq DESC",
            (team, *ids),
        )
        return [_line(r) for r in rows]

    def runs_between(self, team: str, after: str | None, before: str, limit: int) -> tuple[list[RunLine], int]:
        """Runs recorded in (after, before]: what a pass that started at `before` found new."""
        where, params = ["team = ?", "created_at <= ?"], [team, before]
        if after:
            where.append("created_at > ?")
            params.append(after)
        cond = " AND ".join(where)
        total = int(self.db.read(f"SELECT count(*) AS n FROM trajectories WHERE {cond}", params)[0]["n"])
        rows = self.db.read(
            'SELECT id, "user", created_at, status, score, tags, procedure, task, source, import_id'
            f" FROM trajectories WHERE {cond} ORDER BY seq DESC LIMIT ?",
            (*params, limit),
        )
        return [_line(r) for r in rows], total

    def authorships(self, team: str, run_id: str) -> list[Authorship]:
        rows = self.db.read(
            'SELECT "user", recorded_at, import_id FROM trajectory_authors WHERE team = ? AND trajectory_id = ?'
            ' ORDER BY recorded_at, "user"',
            (team, run_id),
        )
        return [Authorship(r["user"], r["recorded_at"], r["import_id"]) for r in rows]

    def recorders(self, team: str) -> list[str]:
        rows = self.db.read('SELECT DISTINCT "user" AS u FROM trajectory_authors WHERE team = ? ORDER BY u', (team,))
        return [r["u"] for r in rows]

    def skill_outcomes(self, team: str, skill: str) -> list[VersionOutcomes]:
        rows = self.db.read(
            "SELECT version, sum(CASE WHEN success != 0 THEN 1 ELSE 0 END) AS ok,"
            ' sum(CASE WHEN success = 0 THEN 1 ELSE 0 END) AS bad, count(DISTINCT "user") AS users'
            " FROM skill_outcomes WHERE team = ? AND skill = ? GROUP BY version ORDER BY max(seq) DESC",
            (team, skill),
        )
        return [VersionOutcomes(r["version"], int(r["ok"] or 0), int(r["bad"] or 0), int(r["users"])) for r in rows]

    def serve_counts(self, team: str) -> dict[str, tuple[int, str]]:
        """lesson id → (times served, when last served)."""
        rows = self.db.read(
            "SELECT lesson_id, count(*) AS n, max(served_at) AS last FROM lesson_serves WHERE team = ?"
            " GROUP BY lesson_id",
            (team,),
        )
        return {r["lesson_id"]: (int(r["n"]), r["last"]) for r in rows}

    def serves(self, team: str, lesson_id: str, limit: int = 100) -> list[Serve]:
        rows = self.db.read(
            'SELECT "user", served_at, trajectory_id FROM lesson_serves WHERE team = ? AND lesson_id = ?'
            " ORDER BY served_at DESC LIMIT ?",
            (team, lesson_id, limit),
        )
        return [Serve(r["user"], r["served_at"], r["trajectory_id"]) for r in rows]

    def pass_report(self, team: str, run_id: str) -> tuple[str, str] | None:
        """(when it started, its report as JSON) of one pass."""
        rows = self.db.read(
            "SELECT started_at, report FROM evolution_runs WHERE team = ? AND run_id = ?", (team, run_id)
        )
        return (rows[0]["started_at"], rows[0]["report"]) if rows else None

    def pass_before(self, team: str, started_at: str) -> str | None:
        """When the team's previous pass started."""
        rows = self.db.read(
            "SELECT max(started_at) AS t FROM evolution_runs WHERE team = ? AND started_at < ?", (team, started_at)
        )
        return rows[0]["t"] if rows else None


def _line(r: Any) -> RunLine:
    return RunLine(
        id=r["id"],
        user=r["user"],
        created_at=r["created_at"],
        status=r["status"],
        score=r["score"],
        tags=json.loads(r["tags"]),
        procedure=json.loads(r["procedure"]),
        task=r["task"],
        source=r["source"],
        import_id=r["import_id"],
    )
