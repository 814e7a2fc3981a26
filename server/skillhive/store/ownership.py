"""A user's and an import's share of the ledger: listing runs, import batches, what a user backs.

The deletions themselves go through the ledger's forget (store/ledger.py), so forgetting a user
or an import removes each run exactly as forgetting that one run does; what is here finds the
runs and clears what the per-run forget leaves of a user (authorship of shared runs, outcomes,
serves, their name on lessons).
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from skillhive.store.ledger import Ledger
from skillhive.store.records import FORGET, now_iso


@dataclass(frozen=True)
class RunEntry:
    """One line of `skillhive runs`."""

    id: str
    user: str
    created_at: str
    status: str
    score: float | None
    tags: tuple[str, ...]
    task: str
    import_id: str | None


@dataclass(frozen=True)
class ImportBatch:
    """One import: who ran it, when, from where, what it stored (`counts`), and whether it was undone."""

    id: str
    team: str
    user: str
    created_at: str
    source: str
    format: str
    counts: dict[str, int]
    forgotten_at: str | None


@dataclass(frozen=True)
class BatchMembers:
    """What one import added: runs it stored, and authorships it added to runs stored before."""

    runs: list[str]
    authorships: list[tuple[str, str]]  # (run id, user)


@dataclass(frozen=True)
class UserShare:
    """A user's runs in a team: those nobody else recorded, and those others recorded too."""

    alone: list[str]
    shared: list[str]


@dataclass(frozen=True)
class UserTraces:
    """What `clear_user` removed besides whole runs."""

    authorships: int
    outcomes: int
    serves: int
    lessons_renamed: int


def new_batch_id() -> str:
    return "im_" + uuid.uuid4().hex[:16]


class Ownership:
    """Queries and writes over the ledger for `runs`, `imports`, `forget --user/--import`."""

    def __init__(self, ledger: Ledger) -> None:
        self.ledger = ledger
        self.db = ledger.db

    # -- runs ----------------------------------------------------------------------------------
    def runs(
        self,
        team: str,
        *,
        since: str | None = None,
        user: str | None = None,
        tag: str | None = None,
        outcome: str | None = None,
        limit: int = 100,
    ) -> list[RunEntry]:
        """The team's runs, newest first; `user` matches any of a run's recorders."""
        where, params = ["team = ?"], [team]
        if since is not None:
            where.append("created_at >= ?")
            params.append(since)
        if user is not None:
            where.append('id IN (SELECT trajectory_id FROM trajectory_authors WHERE team = ? AND "user" = ?)')
            params += [team, user]
        if tag is not None:
            where.append("tags LIKE ?")  # a JSON list of strings: the tag as one whole element
            params.append("%" + json.dumps(tag).replace("%", "\\%").replace("_", "\\_") + "%")
        if outcome is not None:
            where.append("status = ?")
            params.append(outcome)
        escape = " ESCAPE '\\'" if tag is not None else ""
        rows = self.db.read(
            'SELECT id, "user", created_at, status, score, tags, task, import_id FROM trajectories'
            f" WHERE {' AND '.join(where)}{escape} ORDER BY seq DESC LIMIT ?",
            (*params, limit),
        )
        return [_run(r) for r in rows]

    # -- import batches ------------------------------------------------------------------------
    def open_batch(self, team: str, user: str, source: str, fmt: str) -> str:
        """Record an import as it starts (its runs name it as they are stored); returns its id."""
        batch_id = new_batch_id()
        with self.db.transaction() as tx:
            tx.execute(
                'INSERT INTO import_batches (id, team, "user", created_at, source, format, counts)'
                " VALUES (?, ?, ?, ?, ?, ?, '{}')",
                (batch_id, team, user, now_iso(), source, fmt),
            )
        return batch_id

    def close_batch(self, batch_id: str, counts: dict[str, int]) -> None:
        with self.db.transaction() as tx:
            tx.execute("UPDATE import_batches SET counts = ? WHERE id = ?", (json.dumps(counts), batch_id))

    def batches(self, team: str) -> list[ImportBatch]:
        rows = self.db.read("SELECT * FROM import_batches WHERE team = ? ORDER BY created_at DESC, id", (team,))
        return [_batch(r) for r in rows]

    def batch(self, team: str, batch_id: str) -> ImportBatch | None:
        rows = self.db.read("SELECT * FROM import_batches WHERE team = ? AND id = ?", (team, batch_id))
        return _batch(rows[0]) if rows else None

    def batch_members(self, team: str, batch_id: str) -> BatchMembers:
        runs = self.db.read(
            "SELECT id FROM trajectories WHERE import_id = ? AND team = ? ORDER BY seq", (batch_id, team)
        )
        ids = {r["id"] for r in runs}
        authors = self.db.read(
            'SELECT trajectory_id, "user" FROM trajectory_authors WHERE import_id = ? AND team = ?'
            ' ORDER BY trajectory_id, "user"',
            (batch_id, team),
        )
        return BatchMembers(
            runs=[r["id"] for r in runs],
            authorships=[(r["trajectory_id"], r["user"]) for r in authors if r["trajectory_id"] not in ids],
        )

    def remove_batch_rows(self, team: str, batch_id: str) -> tuple[list[str], int, int]:
        """Remove the lessons, skill outcomes and lesson serves a bundle import stored (its runs go
        through the ledger's forget first); returns (lesson ids, outcomes, serves) removed."""
        with self.db.forgetting(), self.db.transaction() as tx:
            self.db.lock_team(tx, team)
            outcomes = tx.execute("DELETE FROM skill_outcomes WHERE team = ? AND import_id = ?", (team, batch_id))
            serves = tx.execute("DELETE FROM lesson_serves WHERE team = ? AND import_id = ?", (team, batch_id))
            n_outcomes, n_serves = outcomes.rowcount, serves.rowcount
            lessons = tx.execute(
                "SELECT seq, id, status FROM lessons WHERE team = ? AND import_id = ? ORDER BY id", (team, batch_id)
            ).fetchall()
            for lesson in lessons:
                if lesson["status"] == "active":
                    self.db.remove_text(tx, "lesson", int(lesson["seq"]), team)
                    tx.execute(
                        "INSERT INTO outbox (kind, item_id, team) VALUES (?, ?, ?)",
                        (f"{FORGET}lesson", lesson["id"], team),
                    )
                tx.execute("DELETE FROM lessons WHERE seq = ?", (lesson["seq"],))
                n_serves += tx.execute("DELETE FROM lesson_serves WHERE lesson_id = ?", (lesson["id"],)).rowcount
                tx.execute("DELETE FROM outbox WHERE kind = 'lesson' AND item_id = ?", (lesson["id"],))
        return [r["id"] for r in lessons], n_outcomes, n_serves

    def mark_forgotten(self, batch_id: str) -> None:
        with self.db.transaction() as tx:
            tx.execute("UPDATE import_batches SET forgotten_at = ? WHERE id = ?", (now_iso(), batch_id))

    # -- users ---------------------------------------------------------------------------------
    def user_share(self, team: str, user: str) -> UserShare:
        rows = self.db.read(
            "SELECT a.trajectory_id AS id, (SELECT count(*) FROM trajectory_authors o"
            ' WHERE o.trajectory_id = a.trajectory_id AND o."user" != ?) AS others'
            ' FROM trajectory_authors a WHERE a.team = ? AND a."user" = ? ORDER BY a.trajectory_id',
            (user, team, user),
        )
        return UserShare(
            alone=[r["id"] for r in rows if not r["others"]], shared=[r["id"] for r in rows if r["others"]]
        )

    def users(self, team: str) -> set[str]:
        """Everyone the team's ledger names: recorders, reporters of outcomes, those served lessons, lesson authors."""
        rows = self.db.read(
            'SELECT DISTINCT "user" AS u FROM trajectory_authors WHERE team = ?'
            ' UNION SELECT DISTINCT "user" AS u FROM skill_outcomes WHERE team = ?'
            ' UNION SELECT DISTINCT "user" AS u FROM lesson_serves WHERE team = ?',
            (team, team, team),
        )
        names = {r["u"] for r in rows}
        for r in self.db.read("SELECT authors FROM lessons WHERE team = ?", (team,)):
            names.update(json.loads(r["authors"]))
        return names

    def lessons_citing(self, team: str, run_ids: Sequence[str]) -> dict[str, tuple[str, list[str]]]:
        """Lessons whose evidence holds any of these runs: id → (title, the runs of theirs it cites)."""
        wanted = set(run_ids)
        out: dict[str, tuple[str, list[str]]] = {}
        if not wanted:
            return out
        for r in self.db.read("SELECT id, title, evidence FROM lessons WHERE team = ? ORDER BY id", (team,)):
            cited = [e for e in json.loads(r["evidence"]) if e in wanted]
            if cited:
                out[r["id"]] = (r["title"], cited)
        return out

    def existing_lessons(self, team: str, ids: Sequence[str]) -> set[str]:
        if not ids:
            return set()
        marks = ",".join("?" * len(ids))
        rows = self.db.read(f"SELECT id FROM lessons WHERE team = ? AND id IN ({marks})", (team, *ids))
        return {r["id"] for r in rows}

    def clear_user(self, team: str, user: str) -> UserTraces:
        """Remove what names `user` once their own runs are gone: their authorship of runs others
        recorded too (a run they recorded first passes to the next recorder), their skill outcomes,
        the lessons served to them, their captured sessions' keys, and their name among lessons' authors."""
        with self.db.forgetting(), self.db.transaction() as tx:
            self.db.lock_team(tx, team)
            shared = tx.execute(
                'SELECT trajectory_id FROM trajectory_authors WHERE team = ? AND "user" = ? ORDER BY trajectory_id',
                (team, user),
            ).fetchall()
            for r in shared:
                tid = r["trajectory_id"]
                tx.execute('DELETE FROM trajectory_authors WHERE trajectory_id = ? AND "user" = ?', (tid, user))
                nxt = tx.execute(
                    'SELECT "user" FROM trajectory_authors WHERE trajectory_id = ?'
                    ' ORDER BY recorded_at, "user" LIMIT 1',
                    (tid,),
                ).fetchone()
                if nxt is not None:
                    tx.execute(
                        'UPDATE trajectories SET "user" = ? WHERE id = ? AND "user" = ?', (nxt["user"], tid, user)
                    )
            outcomes = tx.execute('DELETE FROM skill_outcomes WHERE team = ? AND "user" = ?', (team, user)).rowcount
            serves = tx.execute('DELETE FROM lesson_serves WHERE team = ? AND "user" = ?', (team, user)).rowcount
            tx.execute('DELETE FROM sessions WHERE team = ? AND "user" = ?', (team, user))  # their captures' keys
            renamed = 0
            for lesson in tx.execute(
                "SELECT seq, authors FROM lessons WHERE team = ? AND authors LIKE ? ORDER BY id",
                (team, f"%{json.dumps(user)}%"),
            ).fetchall():
                before = json.loads(lesson["authors"])
                authors = [a for a in before if a != user]
                if authors == before:  # the pattern matched more than the name (`_` is a wildcard)
                    continue
                tx.execute(
                    "UPDATE lessons SET authors = ?, support_users = ? WHERE seq = ?",
                    (json.dumps(authors), len(authors), lesson["seq"]),
                )
                renamed += 1
        return UserTraces(authorships=len(shared), outcomes=outcomes, serves=serves, lessons_renamed=renamed)


def _run(r: dict[str, Any]) -> RunEntry:
    return RunEntry(
        id=r["id"], user=r["user"], created_at=r["created_at"], status=r["status"], score=r["score"],
        tags=tuple(json.loads(r["tags"])), task=r["task"], import_id=r["import_id"],
    )  # fmt: skip


def _batch(r: dict[str, Any]) -> ImportBatch:
    return ImportBatch(
        id=r["id"], team=r["team"], user=r["user"], created_at=r["created_at"], source=r["source"],
        format=r["format"], counts=json.loads(r["counts"]), forgotten_at=r["forgotten_at"],
    )  # fmt: skip
