"""The evolver's tables in the ledger: new runs to read, judge labels, lessons, passes, outcomes.

Kept apart from ledger.py so that the recording hot path stays small; every method is scoped by
team like the rest of the ledger.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Literal

from pydantic import ValidationError

from skillhive.models import Lesson, TrajectoryIn
from skillhive.reports import PassReport
from skillhive.store.database import Row
from skillhive.store.ledger import Ledger
from skillhive.store.records import FORGET, Judgement, now_iso

log = logging.getLogger(__name__)

LESSON_ATTRIBUTION_WINDOW = timedelta(hours=2)
PASS_HOLDS_PULLS = timedelta(hours=1)  # an unfinished pass older than this crashed: it no longer defers pulls
Stage = Literal["seen", "model"]


@dataclass(frozen=True)
class StoredRun:
    """A trajectory as the evolver reads it."""

    seq: int
    id: str
    user: str
    trajectory: TrajectoryIn


class EvolutionStore:
    """Reads and writes of the evolver, over the hive's ledger."""

    def __init__(self, ledger: Ledger) -> None:
        self.ledger = ledger
        self.db = ledger.db

    # -- what is new -----------------------------------------------------------------------------
    # Each stage keeps its own read position: "seen" (any pass, model or not) and "model" (the
    # judge and analysts). A pass without a model moves "seen" only, so the runs it looked at are
    # still new to the model stages once a model is configured.
    def position(self, team: str, stage: Stage) -> int:
        rows = self.db.read("SELECT last_seq FROM evolver_positions WHERE team = ? AND stage = ?", (team, stage))
        return int(rows[0]["last_seq"]) if rows else 0

    def new_runs(self, team: str, stage: Stage, limit: int) -> list[StoredRun]:
        rows = self.db.read(
            'SELECT seq, id, "user", doc FROM trajectories WHERE team = ? AND seq > ? ORDER BY seq LIMIT ?',
            (team, self.position(team, stage), limit),
        )
        return self._runs(rows)

    @staticmethod
    def _runs(rows: Sequence[Row]) -> list[StoredRun]:
        runs = []
        for r in rows:
            try:
                runs.append(StoredRun(r["seq"], r["id"], r["user"], TrajectoryIn.model_validate_json(r["doc"])))
            except ValidationError as exc:  # a document from before a rule existed: one run, not the whole pass
                log.warning("run %s cannot be read by the evolver, left out: %s", r["id"], exc.errors()[0]["msg"])
        return runs

    def count_new(self, team: str, stage: Stage) -> int:
        """Runs after the stage's position, and (for the model stages) the runs deferred to a later pass."""
        rows = self.db.read(
            "SELECT count(*) AS n FROM trajectories WHERE team = ? AND seq > ?", (team, self.position(team, stage))
        )
        return int(rows[0]["n"]) + (len(self.deferred_seqs(team)) if stage == "model" else 0)

    # Runs the model stages read but left for a later pass (over the pass's model budget, or their
    # call failed): the position moves past them, so they wait here and are read first next time.
    def deferred_runs(self, team: str, limit: int) -> list[StoredRun]:
        rows = self.db.read(
            'SELECT t.seq, t.id, t."user", t.doc FROM evolver_deferred d JOIN trajectories t ON t.seq = d.seq'
            " WHERE d.team = ? AND t.team = ? ORDER BY d.seq LIMIT ?",
            (team, team, limit),
        )
        return self._runs(rows)

    def deferred_seqs(self, team: str) -> list[int]:
        rows = self.db.read(
            "SELECT d.seq FROM evolver_deferred d JOIN trajectories t ON t.seq = d.seq WHERE d.team = ? ORDER BY d.seq",
            (team,),
        )
        return [int(r["seq"]) for r in rows]

    def defer(self, team: str, seqs: Sequence[int]) -> None:
        with self.db.transaction() as db:
            db.executemany(
                "INSERT INTO evolver_deferred (team, seq) VALUES (?, ?) ON CONFLICT (team, seq) DO NOTHING",
                [(team, seq) for seq in sorted(set(seqs))],
            )

    def undefer(self, team: str, seqs: Sequence[int]) -> None:
        with self.db.transaction() as db:
            db.executemany(
                "DELETE FROM evolver_deferred WHERE team = ? AND seq = ?", [(team, seq) for seq in sorted(set(seqs))]
            )

    def advance(self, team: str, stage: Stage, seq: int) -> None:
        with self.db.transaction() as db:
            db.execute(
                "INSERT INTO evolver_positions (team, stage, last_seq) VALUES (?, ?, ?)"
                " ON CONFLICT (team, stage) DO UPDATE SET last_seq = CASE"
                " WHEN excluded.last_seq > evolver_positions.last_seq THEN excluded.last_seq"
                " ELSE evolver_positions.last_seq END",
                (team, stage, seq),
            )

    def rewind(self, team: str, seq: int) -> None:
        """Read again from after `seq` (`skillhive evolve --since`): both stages go back, never forward."""
        with self.db.transaction() as db:
            for stage in ("seen", "model"):
                db.execute(
                    "INSERT INTO evolver_positions (team, stage, last_seq) VALUES (?, ?, ?)"
                    " ON CONFLICT (team, stage) DO UPDATE SET last_seq = CASE"
                    " WHEN excluded.last_seq < evolver_positions.last_seq THEN excluded.last_seq"
                    " ELSE evolver_positions.last_seq END",
                    (team, stage, seq),
                )

    def seq_before(self, team: str, when: str) -> int:
        """The last run recorded before an ISO time (0: none)."""
        rows = self.db.read("SELECT max(seq) AS seq FROM trajectories WHERE team = ? AND created_at < ?", (team, when))
        return int(rows[0]["seq"] or 0)

    def hive_users(self) -> int:
        """0, 1 or 2 (two or more): the users the hive has ever had, recorders of runs in any team and
        holders of tokens. Two index lookups, whatever the size of the hive."""
        rows = self.db.read(
            'SELECT (SELECT min("user") FROM trajectory_authors) AS a,'
            ' (SELECT max("user") FROM trajectory_authors) AS b,'
            ' (SELECT min("user") FROM tokens) AS c, (SELECT max("user") FROM tokens) AS d'
        )
        users = {u for u in rows[0].values() if u is not None}
        return min(2, len(users))

    def distinct_users(self, team: str) -> int:
        """How many users ever recorded a run in the team."""
        rows = self.db.read('SELECT count(DISTINCT "user") AS n FROM trajectory_authors WHERE team = ?', (team,))
        return int(rows[0]["n"])

    def users_of(self, team: str, ids: Sequence[str]) -> dict[str, str]:
        """trajectory id → user, for ids of this team only (cited evidence is checked against it)."""
        if not ids:
            return {}
        marks = ",".join("?" * len(ids))
        team_column = self.db.unindexed("team")
        rows = self.db.read(
            f'SELECT id, "user" FROM trajectories WHERE id IN ({marks}) AND {team_column} = ?', (*ids, team)
        )
        return {r["id"]: r["user"] for r in rows}

    def reported_skills(self, team: str, trajectory_ids: Sequence[str]) -> dict[str, set[str]]:
        """Skills reported (report_skill_outcome) for these runs: trajectory id → skill names."""
        if not trajectory_ids:
            return {}
        marks = ",".join("?" * len(trajectory_ids))
        rows = self.db.read(
            f"SELECT trajectory_id, skill FROM skill_outcomes WHERE team = ? AND trajectory_id IN ({marks})",
            (team, *trajectory_ids),
        )
        out: dict[str, set[str]] = {}
        for r in rows:
            out.setdefault(r["trajectory_id"], set()).add(r["skill"])
        return out

    # -- judge labels ----------------------------------------------------------------------------
    def save_judgement(
        self, team: str, trajectory_id: str, status: str, confidence: float, reason: str, model: str
    ) -> None:
        with self.db.transaction() as db:
            db.execute(
                "INSERT INTO judgements (trajectory_id, team, status, confidence, reason, model, created_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (trajectory_id) DO UPDATE SET status = excluded.status,"
                " confidence = excluded.confidence, reason = excluded.reason, model = excluded.model,"
                " created_at = excluded.created_at",
                (trajectory_id, team, status, confidence, reason, model, now_iso()),
            )

    def judgements(self, team: str, ids: Sequence[str]) -> dict[str, Judgement]:
        if not ids:
            return {}
        marks = ",".join("?" * len(ids))
        rows = self.db.read(
            "SELECT trajectory_id, team, status, confidence, reason, model, created_at FROM judgements"
            f" WHERE trajectory_id IN ({marks}) AND team = ?",
            (*ids, team),
        )
        return {r["trajectory_id"]: Judgement(**r) for r in rows}

    # -- lessons ---------------------------------------------------------------------------------
    def save_lesson(self, lesson: Lesson) -> bool:
        """Store a lesson (once per team and title); returns whether it was new. Queues indexing."""
        with self.db.transaction() as db:
            self.db.lock_team(db, lesson.team)
            found = db.execute(
                "SELECT id, evidence, authors FROM lessons WHERE team = ? AND lower(title) = lower(?)"
                " AND status = 'active'",
                (lesson.team, lesson.title),
            ).fetchone()
            if found:  # the same lesson again: its evidence and authors grow (corroboration)
                evidence = sorted(set(json.loads(found["evidence"])) | set(lesson.evidence))
                authors = sorted(set(json.loads(found["authors"])) | set(lesson.authors))
                db.execute(
                    "UPDATE lessons SET evidence = ?, authors = ?, support_trajectories = ?, support_users = ?,"
                    " updated_at = ? WHERE id = ?",
                    (json.dumps(evidence), json.dumps(authors), len(evidence), len(authors), now_iso(), found["id"]),
                )
                return False
            inserted = db.execute(
                "INSERT INTO lessons (id, team, title, description, content, kind, evidence, authors,"
                " support_trajectories, support_users, trust, status, uses, successes, skill, created_at, updated_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'active', 0, 0, ?, ?, ?) RETURNING seq",
                (
                    lesson.id, lesson.team, lesson.title, lesson.description, lesson.content, lesson.kind.value,
                    json.dumps(lesson.evidence), json.dumps(lesson.authors), lesson.support_trajectories,
                    lesson.support_users, lesson.trust, lesson.skill, now_iso(), now_iso(),
                ),
            ).fetchone()  # fmt: skip
            assert inserted is not None
            self.db.add_text(
                db, "lesson", int(inserted["seq"]), lesson.team, lesson.title, f"{lesson.description}\n{lesson.content}"
            )
            db.execute("INSERT INTO outbox (kind, item_id, team) VALUES ('lesson', ?, ?)", (lesson.id, lesson.team))
            return True

    def lessons(self, team: str, *, include_retired: bool = False) -> list[Lesson]:
        """The team's lessons, newest first."""
        status = "" if include_retired else " AND status = 'active'"
        rows = self.db.read(f"SELECT * FROM lessons WHERE team = ?{status} ORDER BY seq DESC", (team,))
        return [_lesson(r) for r in rows]

    def note_served(self, team: str, user: str, lesson_ids: Sequence[str]) -> None:
        if not lesson_ids:
            return
        with self.db.transaction() as db:
            db.executemany(
                'INSERT INTO lesson_serves (lesson_id, team, "user", served_at) VALUES (?, ?, ?, ?)',
                [(i, team, user, now_iso()) for i in lesson_ids],
            )

    def attribute(self, team: str, user: str, trajectory_id: str, success: bool) -> int:
        """Count a recorded run as the outcome of the lessons recently served to its user.

        The serves are claimed by the UPDATE itself, so two runs recorded at once (on two replicas)
        cannot both count one serve; lessons are then updated in id order, as everywhere else."""
        since = (datetime.now(UTC) - LESSON_ATTRIBUTION_WINDOW).isoformat()
        open_serves = self.db.read(
            'SELECT 1 AS hit FROM lesson_serves WHERE team = ? AND "user" = ? AND trajectory_id IS NULL'
            " AND served_at >= ? LIMIT 1",
            (team, user, since),
        )
        if not open_serves:  # the common case costs one indexed read, no write
            return 0
        with self.db.transaction() as db:
            claimed = db.execute(
                'UPDATE lesson_serves SET trajectory_id = ? WHERE team = ? AND "user" = ? AND trajectory_id IS NULL'
                " AND served_at >= ? RETURNING lesson_id",
                (trajectory_id, team, user, since),
            ).fetchall()
            lessons = sorted({r["lesson_id"] for r in claimed})
            for lesson_id in lessons:
                db.execute(
                    "UPDATE lessons SET uses = uses + 1, successes = successes + ? WHERE id = ? AND team = ?",
                    (int(success), lesson_id, team),
                )
            return len(lessons)

    def lesson_outcomes_by_user(self, team: str) -> dict[str, dict[str, tuple[int, int]]]:
        """Per active lesson: user → (their runs recorded after it was served to them, successes)."""
        rows = self.db.read(
            'SELECT s.lesson_id, s."user", count(DISTINCT s.trajectory_id) AS uses,'
            " count(DISTINCT CASE WHEN t.status = 'success' THEN s.trajectory_id END) AS ok"
            " FROM lesson_serves s JOIN trajectories t ON t.id = s.trajectory_id"
            " JOIN lessons l ON l.id = s.lesson_id AND l.status = 'active'"
            ' WHERE s.team = ? GROUP BY s.lesson_id, s."user"',
            (team,),
        )
        out: dict[str, dict[str, tuple[int, int]]] = {}
        for r in rows:
            out.setdefault(r["lesson_id"], {})[r["user"]] = (int(r["uses"]), int(r["ok"]))
        return out

    def retire_lessons(self, team: str, ids: Sequence[str]) -> list[str]:
        """Retire these active lessons (in id order); their words leave the keyword index."""
        retired = []
        with self.db.transaction() as db:
            for lesson_id in sorted(ids):
                row = db.execute(
                    "UPDATE lessons SET status = 'retired', updated_at = ? WHERE team = ? AND id = ?"
                    " AND status = 'active' RETURNING seq",
                    (now_iso(), team, lesson_id),
                ).fetchone()
                if row is not None:
                    self.db.remove_text(db, "lesson", int(row["seq"]), team)
                    db.execute(  # and out of the vector index, where it would still take a nearest place
                        "INSERT INTO outbox (kind, item_id, team) VALUES (?, ?, ?)",
                        (f"{FORGET}lesson", lesson_id, team),
                    )
                    retired.append(lesson_id)
        return retired

    # -- skill outcomes per version --------------------------------------------------------------
    def outcomes_by_user(self, team: str, skill: str, version: str) -> dict[str, tuple[int, int]]:
        """Reported outcomes of one skill version: user → (uses, successes)."""
        rows = self.db.read(
            'SELECT "user", count(*) AS uses, sum(success) AS ok FROM skill_outcomes'
            ' WHERE team = ? AND skill = ? AND version = ? GROUP BY "user"',
            (team, skill, version),
        )
        return {r["user"]: (int(r["uses"]), int(r["ok"] or 0)) for r in rows}

    # -- passes ----------------------------------------------------------------------------------
    def save_pass(self, report: PassReport, *, finished: bool) -> None:
        """Keep a pass's report: when it starts, and again (replacing it) when it ends."""
        with self.db.transaction() as db:
            db.execute(
                "INSERT INTO evolution_runs (run_id, team, mode, started_at, finished_at, commit_sha, report)"
                " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (run_id) DO UPDATE SET"
                " finished_at = excluded.finished_at, commit_sha = excluded.commit_sha, report = excluded.report",
                (
                    report.run_id,
                    report.team,
                    report.mode,
                    now_iso(),
                    now_iso() if finished else None,
                    report.commit,
                    report.model_dump_json(),
                ),
            )

    def pass_running(self, team: str) -> bool:
        """A pass of the team that writes (not a dry run) started in the last hour and has not finished.

        Its texts were computed from the skills as they were when it started; a pull before its
        commit would slip remote changes under them, so pulls wait and the commit rebases instead.
        """
        now = datetime.now(UTC)
        return any(
            run.finished_at is None and run.mode != "dry-run" and now - run.started_at < PASS_HOLDS_PULLS
            for run in self.recent_passes(team, 3)
        )

    def recent_passes(self, team: str, limit: int = 10) -> list[PassReport]:
        """The team's latest pass reports, newest first (the one reader of the stored reports)."""
        rows = self.db.read(
            "SELECT report FROM evolution_runs WHERE team = ? ORDER BY started_at DESC LIMIT ?", (team, limit)
        )
        return [PassReport.model_validate_json(r["report"]) for r in rows]


def _lesson(r: Row) -> Lesson:
    fields = {k: v for k, v in r.items() if k in Lesson.model_fields}
    return Lesson.model_validate({**fields, "evidence": json.loads(r["evidence"]), "authors": json.loads(r["authors"])})
