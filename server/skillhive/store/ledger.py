"""The ledger: the source of truth for trajectories, lessons and skill outcomes, on any Database.

A row is acknowledged only after its transaction commits, and the same transaction writes the
outbox entry that tells the vector index to catch up, so a crash between the two loses nothing.
Every query takes the caller's team: no row of another team is ever read. The SQL here is the
dialect SQLite and PostgreSQL share; what differs is behind `Database` (store/database.py).
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator, Sequence
from functools import lru_cache
from typing import Any, ClassVar

from skillhive.errors import StorageError
from skillhive.safety import RULES, RULES_LEARNED, SecondOpinion, Verdict, judged, own_text, verdict
from skillhive.store.database import Database, Row, Tx
from skillhive.store.outbox import Outbox
from skillhive.store.records import (
    FORGET,
    Kind,
    LessonCard,
    Stored,
    StoredTrajectory,
    TrajectoryCard,
    TrajectoryRow,
    UserWeighted,
    now_iso,
)
from skillhive.summaries import served_title


class Ledger:
    """Trajectories, their authors, lesson cards, skill outcomes and settings of one hive."""

    _TABLES: ClassVar[dict[str, tuple[str, str]]] = {
        "trajectory": ("trajectories", ""),
        "lesson": ("lessons", " AND status = 'active'"),
    }

    def __init__(self, db: Database) -> None:
        self.db = db
        self.outbox = Outbox(db)

    @property
    def exact_counts(self) -> bool:
        return self.db.exact_counts

    def read(self, sql: str, params: Sequence[Any] = ()) -> list[Row]:
        """Rows of a query in the shared dialect (tests and `migrate` look inside with it)."""
        return self.db.read(sql, params)

    def close(self) -> None:
        self.db.close()

    def ping(self) -> None:
        """Raises unless the database answers."""
        self.db.read("SELECT 1 AS ok")

    # -- trajectories --------------------------------------------------------------------------
    def insert_trajectory(self, row: TrajectoryRow) -> Stored:
        """Store a trajectory once per (team, content hash), and its recorder as an author."""
        return self.insert_trajectories([row])[0]

    def insert_trajectories(self, rows: Sequence[TrajectoryRow]) -> list[Stored]:
        """Store several trajectories of one team in one transaction (imports); each as `insert_trajectory`.

        The same content recorded again is not stored twice, but a new recorder becomes one of its
        authors; content that was forgotten on request is not stored at all.
        """
        out: list[Stored] = []
        if not rows:
            return out
        with self.db.transaction() as tx:
            for team in sorted({r.team for r in rows}):
                self.db.lock_team(tx, team)
            for row in rows:
                out.append(self._insert(tx, row))
        return out

    def _insert(self, tx: Tx, row: TrajectoryRow) -> Stored:
        if tx.execute(  # forgotten by this user, or by a maintainer for everyone ('')
            "SELECT 1 AS hit FROM forgotten WHERE team = ? AND content_hash = ? AND \"user\" IN (?, '')",
            (row.team, row.content_hash, row.user),
        ).fetchone():
            return Stored(row.id, created=False, new_author=False, forgotten=True)
        found = tx.execute(
            "SELECT id FROM trajectories WHERE team = ? AND content_hash = ?", (row.team, row.content_hash)
        ).fetchone()
        tid = found["id"] if found else row.id
        if not found:
            inserted = tx.execute(
                'INSERT INTO trajectories (id, team, "user", created_at, content_hash, task, status, score, tags,'
                " skills, agent, n_steps, summary, redactions, doc, procedure, task_key, twin_key, import_id, title,"
                " source) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING seq",
                (
                    row.id, row.team, row.user, row.created_at, row.content_hash, row.task, row.status,
                    row.score, json.dumps(row.tags), json.dumps(row.skills), row.agent, row.n_steps,
                    row.summary, row.redactions, row.doc, json.dumps(row.procedure), row.task_key,
                    row.twin_key, row.import_id, row.title, row.source,
                ),
            ).fetchone()  # fmt: skip
            assert inserted is not None
            self.db.add_text(tx, "trajectory", int(inserted["seq"]), row.team, row.task, row.fts_body)
            tx.execute("INSERT INTO outbox (kind, item_id, team) VALUES ('trajectory', ?, ?)", (tid, row.team))
        author = tx.execute(
            'INSERT INTO trajectory_authors (trajectory_id, team, "user", recorded_at, import_id)'
            " VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
            (tid, row.team, row.user, row.created_at, row.import_id),
        )
        return Stored(tid, created=not found, new_author=author.rowcount == 1, forgotten=False)

    def capture_session(self, row: TrajectoryRow, session_key: str) -> Stored:
        """Store the run of a coding-agent session that may have grown since it was last stored.

        The first capture stores it as `insert_trajectory` does and remembers which run `row.user`'s
        session `session_key` is. A later capture with other content replaces that run in place:
        the same id and authors, a new `seq` (so the evolver reads it again), new keyword text,
        its judge labels dropped, the vector index told only when the task changed. The same
        content again changes nothing. A session whose run was forgotten is not stored again, and
        a run someone else recorded too is never rewritten: the session moves to a run of its own.
        """
        with self.db.transaction() as tx:
            self.db.lock_team(tx, row.team)
            found = tx.execute(
                'SELECT trajectory_id FROM sessions WHERE team = ? AND "user" = ? AND session_key = ?',
                (row.team, row.user, session_key),
            ).fetchone()
            if found is not None and found["trajectory_id"] is None:
                return Stored(row.id, created=False, new_author=False, forgotten=True)
            old = None
            if found is not None:
                old = tx.execute(
                    'SELECT seq, id, "user", content_hash, task FROM trajectories WHERE team = ? AND id = ?',
                    (row.team, found["trajectory_id"]),
                ).fetchone()
            if old is not None and old["content_hash"] == row.content_hash:
                return Stored(old["id"], created=False, new_author=False, forgotten=False)
            stored: Stored | None = None
            if old is not None and self._sole_run_of(tx, old["id"], row.user, old["user"]) and not self._held(tx, row):
                stored = self._replace(tx, row, old)
            if stored is None:
                stored = self._insert(tx, row)
            if stored.forgotten:
                return stored
            tx.execute(
                'INSERT INTO sessions (team, "user", session_key, trajectory_id, updated_at) VALUES (?, ?, ?, ?, ?)'
                ' ON CONFLICT (team, "user", session_key) DO UPDATE SET trajectory_id = excluded.trajectory_id,'
                " updated_at = excluded.updated_at",
                (row.team, row.user, session_key, stored.id, now_iso()),
            )
            return stored

    def session_run(self, team: str, user: str, session_key: str) -> str | None:
        """The run `user`'s session `session_key` is recorded as, if it is."""
        rows = self.db.read(
            'SELECT trajectory_id FROM sessions WHERE team = ? AND "user" = ? AND session_key = ?',
            (team, user, session_key),
        )
        return rows[0]["trajectory_id"] if rows else None

    def _sole_run_of(self, tx: Tx, tid: str, user: str, first: str) -> bool:
        """Whether `user` recorded the run first and nobody else recorded it."""
        others = tx.execute(
            'SELECT count(*) AS n FROM trajectory_authors WHERE trajectory_id = ? AND "user" != ?', (tid, user)
        ).fetchone()
        return first == user and others is not None and not others["n"]

    def _held(self, tx: Tx, row: TrajectoryRow) -> bool:
        """Whether the new content is already a run of the team, or was forgotten there by this user
        (or by a maintainer, for everyone)."""
        held = (
            tx.execute(
                "SELECT 1 AS hit FROM trajectories WHERE team = ? AND content_hash = ?", (row.team, row.content_hash)
            ).fetchone()
            or tx.execute(
                "SELECT 1 AS hit FROM forgotten WHERE team = ? AND content_hash = ? AND \"user\" IN (?, '')",
                (row.team, row.content_hash, row.user),
            ).fetchone()
        )
        return held is not None

    def _replace(self, tx: Tx, row: TrajectoryRow, old: Row) -> Stored:
        tid = str(old["id"])
        # The new version first, under the id the old one frees: a later seq on both engines
        # (SQLite hands out max + 1, which a deletion first would give back).
        tx.execute("UPDATE trajectories SET id = ? WHERE seq = ?", (f"{tid}~replaced", old["seq"]))
        inserted = tx.execute(
            'INSERT INTO trajectories (id, team, "user", created_at, content_hash, task, status, score, tags,'
            " skills, agent, n_steps, summary, redactions, doc, procedure, task_key, twin_key, title, source)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING seq",
            (
                tid, row.team, row.user, row.created_at, row.content_hash, row.task, row.status,
                row.score, json.dumps(row.tags), json.dumps(row.skills), row.agent, row.n_steps,
                row.summary, row.redactions, row.doc, json.dumps(row.procedure), row.task_key,
                row.twin_key, row.title, row.source,
            ),
        ).fetchone()  # fmt: skip
        assert inserted is not None
        self.db.remove_text(tx, "trajectory", int(old["seq"]), row.team)
        tx.execute("DELETE FROM trajectories WHERE seq = ?", (old["seq"],))
        tx.execute("DELETE FROM judgements WHERE trajectory_id = ?", (tid,))
        self.db.add_text(tx, "trajectory", int(inserted["seq"]), row.team, row.task, row.fts_body)
        if old["task"] != row.task:
            tx.execute("INSERT INTO outbox (kind, item_id, team) VALUES ('trajectory', ?, ?)", (tid, row.team))
        return Stored(tid, created=False, new_author=False, forgotten=False, updated=True)

    def forget_trajectory(self, team: str, trajectory_id: str, user: str | None = None) -> bool:
        """Forget a run for `user`: while others recorded it too, only that user's authorship (and
        their outcomes on it) goes, the next recorder becomes its first, and returns False; the last
        author's forget, or a maintainer's (`user` None), removes the run from every table and index
        (returns True). Either way a tombstone of its content hash keeps it from coming back — for
        `user` alone, or for everyone after a maintainer's forget. What the engine can clear of a
        deleted run goes too (`forgetting`), which is costly, so only a deletion pays for it.
        """
        with self.db.transaction() as tx:
            outcome = self._forget(tx, team, trajectory_id, user, delete=False)
        if outcome is not None:
            return outcome
        with self.db.forgetting(), self.db.transaction() as tx:
            return bool(self._forget(tx, team, trajectory_id, user, delete=True))

    def forget_trajectories(self, team: str, ids: Sequence[str]) -> int:
        """Forget several runs as a maintainer does one (`forget_trajectory` with no user), each in its
        own transaction, inside one `forgetting` so the engine's tidying is paid once; returns how many went."""
        gone = 0
        with self.db.forgetting():
            for tid in ids:
                with self.db.transaction() as tx:
                    gone += bool(self._forget(tx, team, tid, None, delete=True))
        return gone

    def _forget(self, tx: Tx, team: str, tid: str, user: str | None, *, delete: bool) -> bool | None:
        """False: nothing, or only `user`'s authorship, went. True: the run went. None: the run
        must go and `delete` was not given."""
        self.db.lock_team(tx, team)
        row = tx.execute(
            'SELECT seq, content_hash, "user" FROM trajectories WHERE team = ? AND id = ?', (team, tid)
        ).fetchone()
        if row is None:
            return False
        if user is not None:
            others = tx.execute(
                'SELECT "user" FROM trajectory_authors WHERE trajectory_id = ? AND "user" != ?'
                ' ORDER BY recorded_at, "user" LIMIT 1',
                (tid, user),
            ).fetchone()
            if others is not None:
                heir = others["user"] if user == row["user"] else None
                self._drop_author(tx, team, tid, user, row["content_hash"], heir)
                return False
        if not delete:
            return None
        self._delete_run(tx, team, tid, int(row["seq"]), row["content_hash"], user or "")
        return True

    def _drop_author(self, tx: Tx, team: str, tid: str, user: str, content_hash: str, heir: str | None) -> None:
        """`user` stops being an author of a run others keep; `heir` becomes its first recorder."""
        tx.execute('DELETE FROM trajectory_authors WHERE trajectory_id = ? AND "user" = ?', (tid, user))
        tx.execute('DELETE FROM skill_outcomes WHERE trajectory_id = ? AND "user" = ?', (tid, user))
        tx.execute('DELETE FROM lesson_serves WHERE trajectory_id = ? AND "user" = ?', (tid, user))
        if heir is not None:
            tx.execute('UPDATE trajectories SET "user" = ? WHERE team = ? AND id = ?', (heir, team, tid))
        self._tombstone(tx, team, content_hash, user)

    def _tombstone(self, tx: Tx, team: str, content_hash: str, user: str) -> None:
        tx.execute(
            'INSERT INTO forgotten (team, content_hash, "user", forgotten_at) VALUES (?, ?, ?, ?)'
            " ON CONFLICT DO NOTHING",
            (team, content_hash, user, now_iso()),
        )

    def _delete_run(self, tx: Tx, team: str, tid: str, seq: int, content_hash: str, user: str) -> None:
        """Every row that holds the run, or holds nothing but it; a tombstone of its hash for `user`
        ('' — everyone)."""
        self.db.remove_text(tx, "trajectory", seq, team)
        tx.execute("DELETE FROM trajectories WHERE seq = ?", (seq,))
        for table, column in (
            ("trajectory_authors", "trajectory_id"),
            ("judgements", "trajectory_id"),
            ("skill_outcomes", "trajectory_id"),
            ("lesson_serves", "trajectory_id"),
        ):
            tx.execute(f"DELETE FROM {table} WHERE {column} = ?", (tid,))
        tx.execute("DELETE FROM outbox WHERE kind = 'trajectory' AND item_id = ?", (tid,))
        tx.execute("INSERT INTO outbox (kind, item_id, team) VALUES (?, ?, ?)", (f"{FORGET}trajectory", tid, team))
        tx.execute("UPDATE sessions SET trajectory_id = NULL WHERE trajectory_id = ?", (tid,))  # not captured again
        self._tombstone(tx, team, content_hash, user)
        # Lessons drawn from it: it leaves their evidence; a lesson it was the only evidence of goes.
        # In id order, as every writer of several lessons goes, so that two cannot deadlock.
        for lesson in tx.execute(
            "SELECT seq, id, evidence FROM lessons WHERE team = ? AND evidence LIKE ? ORDER BY id",
            (team, f'%"{tid}"%'),
        ).fetchall():
            evidence = [e for e in json.loads(lesson["evidence"]) if e != tid]
            if evidence:
                tx.execute("UPDATE lessons SET evidence = ? WHERE seq = ?", (json.dumps(evidence), lesson["seq"]))
                continue
            self.db.remove_text(tx, "lesson", int(lesson["seq"]), team)
            tx.execute("DELETE FROM lessons WHERE seq = ?", (lesson["seq"],))
            tx.execute("DELETE FROM lesson_serves WHERE lesson_id = ?", (lesson["id"],))
            tx.execute("DELETE FROM outbox WHERE kind = 'lesson' AND item_id = ?", (lesson["id"],))
            tx.execute(
                "INSERT INTO outbox (kind, item_id, team) VALUES (?, ?, ?)", (f"{FORGET}lesson", lesson["id"], team)
            )

    def authors(self, team: str, ids: Sequence[str]) -> dict[str, tuple[str, ...]]:
        """Everyone who recorded each run, first recorder first."""
        out: dict[str, list[str]] = {}
        team_column = self.db.unindexed("team")  # by id: the (team, user) index would scan the whole team
        for chunk in chunks(ids, 500):
            marks = ",".join("?" * len(chunk))
            rows = self.db.read(
                f'SELECT trajectory_id, "user" FROM trajectory_authors WHERE trajectory_id IN ({marks})'
                f' AND {team_column} = ? ORDER BY recorded_at, "user"',
                (*chunk, team),
            )
            for r in rows:
                out.setdefault(r["trajectory_id"], []).append(r["user"])
        return {k: tuple(v) for k, v in out.items()}

    def get_trajectory(self, team: str, trajectory_id: str) -> StoredTrajectory | None:
        rows = self.db.read(
            'SELECT seq, id, team, "user", created_at, content_hash, doc, import_id FROM trajectories'
            " WHERE team = ? AND id = ?",
            (team, trajectory_id),
        )
        return StoredTrajectory(**rows[0]) if rows else None

    def trajectory_cards(self, team: str, ids: Sequence[str]) -> dict[str, TrajectoryCard]:
        """The compact columns of several trajectories, keyed by id (no full documents)."""
        out: dict[str, TrajectoryCard] = {}
        # Look rows up by id: an index on team would scan the whole team instead.
        team_column = self.db.unindexed("team")
        for chunk in chunks(ids, 500):
            marks = ",".join("?" * len(chunk))
            rows = self.db.read(
                'SELECT id, "user", created_at, task, status, score, tags, n_steps, summary, procedure,'
                " task_key, twin_key, import_id, title, agent, source, served_rules, served_digest, served_flag"
                f" FROM trajectories WHERE id IN ({marks}) AND {team_column} = ?",
                (*chunk, team),
            )
            for r in rows:
                out[r["id"]] = TrajectoryCard(
                    id=r["id"], user=r["user"], created_at=r["created_at"], task=r["task"], status=r["status"],
                    score=r["score"], tags=_strings(r["tags"]), n_steps=r["n_steps"],
                    summary=r["summary"], procedure=_strings(r["procedure"]),
                    task_key=r["task_key"], twin_key=r["twin_key"], import_id=r["import_id"], title=r["title"],
                    agent=r["agent"], source=r["source"], served=_stored_verdict(r),
                )  # fmt: skip
        return out

    def judge_served(self, ids: Sequence[str], second: SecondOpinion | None = None) -> int:
        """Store the served-text verdict of each of these runs that has none of today's filter (the
        indexer, as it indexes them, with the learned `second` opinion: a run is stored without a
        verdict, so recording pays nothing for it); returns how many it worked out."""
        stale, fingerprints = _stale(second)
        rows: list[Row] = []
        for chunk in chunks(ids, 500):
            marks = ",".join("?" * len(chunk))
            rows += self.db.read(
                f"SELECT seq, id, title, task, summary, procedure FROM trajectories WHERE id IN ({marks}) AND {stale}",
                (*chunk, *fingerprints),
            )
        return self._judge(rows, second)

    def refresh_verdicts(self, limit: int, second: SecondOpinion | None = None) -> int:
        """Store the served-text verdicts of up to `limit` runs of any team that have none of today's
        filter: stored before migration 13 finished them, or under rules that changed since, or not
        indexed again after a change, or by the rules alone (migration 13, a failed second opinion) when
        `second` can be had now; returns how many it worked out. Until then retrieval checks their text
        with the rules itself, as it does any text a verdict is not of."""
        stale, fingerprints = _stale(second)
        rows = self.db.read(
            f"SELECT seq, id, title, task, summary, procedure FROM trajectories WHERE {stale} LIMIT ?",
            (*fingerprints, limit),
        )
        return self._judge(rows, second)

    def _judge(self, rows: Sequence[Row], second: SecondOpinion | None) -> int:
        # Worked out outside the transaction: a run's text never changes in place (a new version is a
        # new row), so its seq and id name that text. Rows are updated in seq order, as every judge
        # updates them, so that two replicas judging at once cannot deadlock.
        rows = sorted(rows, key=lambda r: int(r["seq"]))
        texts = [own_text(served_title(r["title"], r["task"]), r["summary"], _strings(r["procedure"])) for r in rows]
        checked = judged(texts, second)
        if rows:
            with self.db.transaction() as tx:
                for r, v in zip(rows, checked, strict=True):
                    # a verdict of the rules alone never replaces one with the second opinion that another
                    # replica stored meanwhile (the range form, as `_stale`'s, for the same reason)
                    lesser = v.rules != RULES_LEARNED
                    tx.execute(
                        "UPDATE trajectories SET served_rules = ?, served_digest = ?, served_flag = ?"
                        " WHERE seq = ? AND id = ?" + (_NOT_LEARNED if lesser else ""),
                        (v.rules, v.digest, v.flag, r["seq"], r["id"], *((RULES_LEARNED,) * 2 if lesser else ())),
                    )
        return len(rows)

    def count_trajectories(self, team: str | None = None) -> int:
        return self.count_documents("trajectory", team)

    # -- keyword search (store/lexical.py's TermPostings) ----------------------------------------
    def count_documents(self, kind: Kind, team: str | None) -> int:
        table, extra = self._TABLES[kind]
        if team is None:
            return int(self.db.read(f"SELECT count(*) AS n FROM {table} WHERE 1 = 1{extra}")[0]["n"])
        return int(self.db.read(f"SELECT count(*) AS n FROM {table} WHERE team = ?{extra}", (team,))[0]["n"])

    def document_frequency(self, kind: Kind, team: str, words: Sequence[str]) -> dict[str, int]:
        return self.db.document_frequency(kind, team, words)

    def postings(self, kind: Kind, team: str, word: str, cap: int) -> list[str] | None:
        return self.db.postings(kind, team, word, cap)

    def postings_many(self, kind: Kind, team: str, words: Sequence[str], cap: int) -> dict[str, list[str] | None]:
        return self.db.postings_many(kind, team, words, cap)

    def indexable_ids(self, kind: Kind, team: str) -> list[str]:
        """Every id of the team the vector index should hold: its runs, or its active lessons."""
        table, extra = self._TABLES[kind]
        return [r["id"] for r in self.db.read(f"SELECT id FROM {table} WHERE team = ?{extra}", (team,))]

    # -- lessons -------------------------------------------------------------------------------
    def lesson_cards(self, team: str, ids: Sequence[str]) -> dict[str, LessonCard]:
        if not ids:
            return {}
        marks = ",".join("?" * len(ids))
        rows = self.db.read(
            "SELECT id, title, description, content, kind, uses, successes, support_users, support_trajectories,"
            f" trust, authors FROM lessons WHERE id IN ({marks}) AND {self.db.unindexed('team')} = ?"
            " AND status = 'active'",
            (*ids, team),
        )
        return {
            r["id"]: LessonCard(
                id=r["id"],
                title=r["title"],
                description=r["description"],
                content=r["content"],
                kind=r["kind"],
                uses=int(r["uses"]),
                successes=int(r["successes"]),
                support_users=int(r["support_users"]),
                support_trajectories=int(r["support_trajectories"]),
                trust=float(r["trust"]),
                authors=tuple(json.loads(r["authors"])),
            )
            for r in rows
        }

    def count_by(self, team: str, what: str) -> dict[str, int]:
        """The team's runs counted by outcome `status`, or by the `label`'s source (a judge's label wins)."""
        if what == "status":
            sql = "SELECT status AS k, count(*) AS n FROM trajectories WHERE team = ? GROUP BY status"
        else:
            sql = (
                "SELECT CASE WHEN j.trajectory_id IS NOT NULL THEN 'judge'"
                f" ELSE coalesce({self.db.label_source('t.doc')}, 'none') END AS k, count(*) AS n"
                " FROM trajectories t LEFT JOIN judgements j ON j.trajectory_id = t.id WHERE t.team = ? GROUP BY 1"
            )
        return {r["k"]: int(r["n"]) for r in self.db.read(sql, (team,))}

    def count_lessons_by_status(self, team: str) -> dict[str, int]:
        rows = self.db.read("SELECT status, count(*) AS n FROM lessons WHERE team = ? GROUP BY status", (team,))
        return {r["status"]: int(r["n"]) for r in rows}

    def count_lessons(self, team: str) -> int:
        return self.count_documents("lesson", team)

    # -- skill outcomes ------------------------------------------------------------------------
    def add_skill_outcome(
        self,
        *,
        team: str,
        user: str,
        skill: str,
        version: str | None,
        success: bool,
        trajectory_id: str | None,
        note: str | None,
    ) -> None:
        """Count one use of a skill; a user's second report on the same run and skill replaces the first,
        and so does a second report on no run for the same skill version (reports without a run cannot
        be told apart, so one user cannot stand for many uses)."""
        with self.db.transaction() as tx:
            if trajectory_id is None:
                self.db.lock_team(tx, team)  # the delete and the insert below as one step
                same_version = "version IS NULL" if version is None else "version = ?"
                tx.execute(
                    'DELETE FROM skill_outcomes WHERE team = ? AND "user" = ? AND skill = ? AND trajectory_id IS NULL'
                    f" AND {same_version}",
                    (team, user, skill) + (() if version is None else (version,)),
                )
            tx.execute(
                'INSERT INTO skill_outcomes (team, "user", skill, version, success, trajectory_id, note, created_at)'
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
                ' ON CONFLICT (team, "user", skill, trajectory_id) WHERE trajectory_id IS NOT NULL DO UPDATE SET'
                " version = excluded.version, success = excluded.success, note = excluded.note,"
                " created_at = excluded.created_at",
                (team, user, skill, version, int(success), trajectory_id, note, now_iso()),
            )

    def skill_usage(self, team: str) -> dict[str, UserWeighted]:
        """Per skill: its reported outcomes, each user weighing as one (a user's many reports are one vote)."""
        rows = self.db.read(
            'SELECT skill, "user", count(*) AS uses, sum(success) AS ok FROM skill_outcomes WHERE team = ?'
            ' GROUP BY skill, "user"',
            (team,),
        )
        by_skill: dict[str, dict[str, tuple[int, int]]] = {}
        for r in rows:
            by_skill.setdefault(r["skill"], {})[r["user"]] = (int(r["uses"]), int(r["ok"] or 0))
        return {skill: UserWeighted.of(counts) for skill, counts in by_skill.items()}

    # -- meta ----------------------------------------------------------------------------------
    def get_meta(self, key: str) -> str | None:
        rows = self.db.read("SELECT value FROM meta WHERE key = ?", (key,))
        return str(rows[0]["value"]) if rows else None

    def set_meta(self, key: str, value: str) -> None:
        with self.db.transaction() as tx:
            tx.execute(
                "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (key, value),
            )

    def hive_id(self) -> str:
        """This hive's identity (its ledger's: replicas share it), made the first time it is asked for.
        A bundle names it, so that an import can tell this hive's own export from another hive's."""
        known = self.get_meta("hive_id")
        if known is not None:
            return known
        with self.db.transaction() as tx:
            tx.execute(
                "INSERT INTO meta (key, value) VALUES ('hive_id', ?) ON CONFLICT (key) DO NOTHING", (uuid.uuid4().hex,)
            )
        return self.get_meta("hive_id") or ""

    def index_generation(self) -> int:
        """A counter every indexing pass bumps, so processes can tell the index changed."""
        return int(self.get_meta("index_generation") or 0)

    def bump_index_generation(self) -> tuple[int, int]:
        """Add one to the counter; returns (before, after)."""
        with self.db.transaction() as tx:
            row = tx.execute(
                "INSERT INTO meta (key, value) VALUES ('index_generation', '1') ON CONFLICT (key) DO UPDATE"
                " SET value = CAST(CAST(meta.value AS INTEGER) + 1 AS TEXT) RETURNING value"
            ).fetchone()
        after = int(row["value"]) if row else 1
        return after - 1, after

    def skill_directory(self, team: str) -> str | None:
        """Where the team's skills live, if a hive recorded it (read only: see claim_skill_directory)."""
        rows = self.db.read("SELECT path FROM team_skills WHERE team = ?", (team,))
        return str(rows[0]["path"]) if rows else None

    def claim_skill_directory(self, team: str, wanted: str, fallback: str) -> str:
        """Where the team's skills live: the place recorded before, else `wanted` — or, when another
        team already has that one, `fallback` — recorded now, for every process alike. Places under
        the data directory are recorded relative to it, so replicas with their own data directories
        agree on them."""
        with self.db.transaction() as tx:
            row = tx.execute("SELECT path FROM team_skills WHERE team = ?", (team,)).fetchone()
            if row is not None:
                return str(row["path"])
            taken = tx.execute("SELECT 1 AS hit FROM team_skills WHERE path = ?", (wanted,)).fetchone()
            # Another team may be claiming `wanted` at this moment (not committed, so not seen as
            # taken): the insert then yields to it, and the team takes its fallback.
            for path in dict.fromkeys((fallback if taken else wanted, fallback)):
                tx.execute("INSERT INTO team_skills (team, path) VALUES (?, ?) ON CONFLICT DO NOTHING", (team, path))
                row = tx.execute("SELECT path FROM team_skills WHERE team = ?", (team,)).fetchone()
                if row is not None:
                    return str(row["path"])
            raise StorageError(f"no skill directory could be recorded for team {team!r}")

    def record_hive_commits(self, team: str, shas: Sequence[str], what: str) -> None:
        """Record skill commits this hive made (`what`: seed, evolve, approve, rollback, replay; adopt and
        restore for history a maintainer vouched for); a commit recorded before stays as it was."""
        if not shas:
            return
        made = now_iso()
        with self.db.transaction() as tx:
            tx.executemany(
                "INSERT INTO hive_commits (team, sha, made_at, what) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING",
                [(team, sha, made, what) for sha in dict.fromkeys(shas)],
            )

    def count_hive_commits(self, team: str) -> int:
        """How many skill commits this hive recorded as its own in `team`."""
        rows = self.db.read("SELECT COUNT(*) AS n FROM hive_commits WHERE team = ?", (team,))
        return int(rows[0]["n"])

    def hive_commits(self, team: str, shas: Sequence[str]) -> set[str]:
        """Those of `shas` this hive (any replica) recorded as its own skill commits."""
        found: set[str] = set()
        for part in chunks(sorted(set(shas)), 500):
            marks = ", ".join("?" * len(part))
            rows = self.db.read(f"SELECT sha FROM hive_commits WHERE team = ? AND sha IN ({marks})", (team, *part))
            found.update(str(r["sha"]) for r in rows)
        return found

    def teams(self) -> list[str]:
        rows = self.db.read("SELECT DISTINCT team FROM trajectories UNION SELECT DISTINCT team FROM lessons")
        return [r["team"] for r in rows]


_NOT_LEARNED = " AND (served_rules IS NULL OR served_rules < ? OR served_rules > ?)"


def _stale(second: SecondOpinion | None) -> tuple[str, tuple[str, ...]]:
    """Runs without a verdict of today's filter, and its parameters: one with the second opinion when it
    can be had now, else one of the rules alone or with it (a verdict is never worked out again with less).
    Written as ranges so that both engines use the index on `served_rules`."""
    if second is not None and second.available:
        return "(served_rules IS NULL OR served_rules < ? OR served_rules > ?)", (RULES_LEARNED, RULES_LEARNED)
    low, high = sorted((RULES, RULES_LEARNED))
    ranges = "served_rules < ? OR (served_rules > ? AND served_rules < ?) OR served_rules > ?"
    return f"(served_rules IS NULL OR {ranges})", (low, low, high, high)


def verdict_of(title: str, task: str, summary: str, procedure: Sequence[str]) -> Verdict:
    """The served-text filter's verdict, by the rules alone, on a run's own text as retrieval serves it
    (its title, summary and procedure, as `safety.withhold_served` reads them), from its stored columns
    (migration 13: the indexer works it out again with the second opinion)."""
    return verdict(own_text(served_title(title, task), summary, procedure))


def _stored_verdict(r: Row) -> Verdict | None:
    rules, digest = r["served_rules"], r["served_digest"]
    return Verdict(rules, digest, r["served_flag"]) if rules and digest else None


def chunks(items: Sequence[str], size: int) -> Iterator[Sequence[str]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


@lru_cache(maxsize=4096)
def _strings(stored: str) -> tuple[str, ...]:
    """A stored JSON list of strings (a run's tags, its procedure) as a tuple. The same few lists
    recur from run to run, and retrieval reads ~50 runs' cards per query: each is parsed once."""
    return tuple(json.loads(stored))
