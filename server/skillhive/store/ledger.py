"""The ledger: SQLite (WAL) as the source of truth for trajectories, lessons and skill outcomes.

A row is acknowledged only after its transaction commits, and the same transaction writes the
outbox entry that tells the vector index to catch up, so a crash between the two loses nothing.
Every query takes the caller's team: no row of another team is ever read.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, ClassVar, NamedTuple

from skillhive.errors import StorageError
from skillhive.store.migrations import migrate
from skillhive.summaries import index_text


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


FORGET = "forget-"  # outbox kinds "forget-trajectory" / "forget-lesson": remove the item from the vector index


class Stored(NamedTuple):
    """What recording one run did."""

    id: str
    created: bool  # stored now (False: the same content was stored before, or was forgotten)
    new_author: bool  # the recorder was not yet one of its authors
    forgotten: bool  # the content was forgotten on request and is not stored again


@dataclass(frozen=True)
class OutboxItem:
    seq: int
    kind: str
    item_id: str
    team: str


class Ledger:
    """Thread-safe access to one SQLite file; one connection per thread."""

    def __init__(self, path: Path) -> None:
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)
        self._local = threading.local()
        self._all: list[sqlite3.Connection] = []
        self._lock = threading.Lock()
        migrate(self._conn())

    # -- connections ---------------------------------------------------------------------------
    def _conn(self) -> sqlite3.Connection:
        conn: sqlite3.Connection | None = getattr(self._local, "conn", None)
        if conn is None:
            try:
                conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False, timeout=30)
            except sqlite3.Error as exc:
                raise StorageError(f"cannot open the ledger at {self.path}: {exc}") from exc
            conn.row_factory = sqlite3.Row
            conn.execute("PRAGMA journal_mode = WAL")
            # FULL: a commit we acknowledge survives a power cut, not only a killed process.
            conn.execute("PRAGMA synchronous = FULL")
            conn.execute("PRAGMA busy_timeout = 30000")
            conn.execute("PRAGMA foreign_keys = ON")
            self._local.conn = conn
            with self._lock:
                self._all.append(conn)
        return conn

    @contextmanager
    def write(self) -> Iterator[sqlite3.Connection]:
        """One write transaction, taken with BEGIN IMMEDIATE so concurrent writers queue, not fail."""
        conn = self._conn()
        try:
            conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            raise StorageError(f"ledger busy or unwritable: {exc}") from exc
        try:
            yield conn
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        else:
            conn.execute("COMMIT")

    def read(self, sql: str, params: Sequence[Any] = ()) -> list[sqlite3.Row]:
        return self._conn().execute(sql, params).fetchall()

    def close(self) -> None:
        with self._lock:
            for conn in self._all:
                conn.close()
            self._all.clear()
        self._local = threading.local()

    # -- trajectories --------------------------------------------------------------------------
    def insert_trajectory(self, row: TrajectoryRow) -> Stored:
        """Store a trajectory once per (team, content hash), and its recorder as an author."""
        return self.insert_trajectories([row])[0]

    def insert_trajectories(self, rows: Sequence[TrajectoryRow]) -> list[Stored]:
        """Store several trajectories in one transaction (imports); each as `insert_trajectory`.

        The same content recorded again is not stored twice, but a new recorder becomes one of its
        authors; content that was forgotten on request is not stored at all.
        """
        out: list[Stored] = []
        with self.write() as db:
            for row in rows:
                if db.execute(
                    "SELECT 1 FROM forgotten WHERE team = ? AND content_hash = ?", (row.team, row.content_hash)
                ).fetchone():
                    out.append(Stored(row.id, created=False, new_author=False, forgotten=True))
                    continue
                found = db.execute(
                    "SELECT id FROM trajectories WHERE team = ? AND content_hash = ?",
                    (row.team, row.content_hash),
                ).fetchone()
                tid = found["id"] if found else row.id
                if not found:
                    cur = db.execute(
                        "INSERT INTO trajectories (id, team, user, created_at, content_hash, task, status,"
                        " score, tags, skills, agent, n_steps, summary, redactions, doc, procedure, task_key,"
                        " twin_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        (
                            row.id, row.team, row.user, row.created_at, row.content_hash, row.task, row.status,
                            row.score, json.dumps(row.tags), json.dumps(row.skills), row.agent, row.n_steps,
                            row.summary, row.redactions, row.doc, json.dumps(row.procedure), row.task_key,
                            row.twin_key,
                        ),
                    )  # fmt: skip
                    db.execute(
                        "INSERT INTO trajectories_fts (rowid, task, body) VALUES (?, ?, ?)",
                        (cur.lastrowid, row.task, row.fts_body),
                    )
                    db.execute("INSERT INTO outbox (kind, item_id, team) VALUES ('trajectory', ?, ?)", (tid, row.team))
                author = db.execute(
                    "INSERT OR IGNORE INTO trajectory_authors (trajectory_id, team, user, recorded_at)"
                    " VALUES (?, ?, ?, ?)",
                    (tid, row.team, row.user, row.created_at),
                )
                out.append(Stored(tid, created=not found, new_author=author.rowcount == 1, forgotten=False))
        return out

    def forget_trajectory(self, team: str, trajectory_id: str, user: str | None = None) -> bool:
        """Forget a run: `user` given and others recorded it too → only that user's authorship goes
        (returns False); else the run goes from every table and index, and its content hash is kept so
        it cannot come back (returns True). Deleted pages are zeroed (secure_delete); the full-text
        index is merged so no segment keeps its words; the WAL is checkpointed.
        """
        conn = self._conn()
        conn.execute("PRAGMA secure_delete = ON")
        try:
            with self.write() as db:
                row = db.execute(
                    "SELECT seq, content_hash FROM trajectories WHERE team = ? AND id = ?", (team, trajectory_id)
                ).fetchone()
                if row is None:
                    return False
                others = db.execute(
                    "SELECT count(*) FROM trajectory_authors WHERE trajectory_id = ? AND user != ?",
                    (trajectory_id, user or ""),
                ).fetchone()[0]
                if user is not None and others:
                    db.execute(
                        "DELETE FROM trajectory_authors WHERE trajectory_id = ? AND user = ?", (trajectory_id, user)
                    )
                    return False
                self._delete_run(db, team, trajectory_id, row["seq"], row["content_hash"])
            conn.execute("INSERT INTO trajectories_fts (trajectories_fts) VALUES ('optimize')")
            conn.execute("INSERT INTO lessons_fts (lessons_fts) VALUES ('optimize')")
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            return True
        finally:
            conn.execute("PRAGMA secure_delete = OFF")

    @staticmethod
    def _delete_run(db: sqlite3.Connection, team: str, tid: str, seq: int, content_hash: str) -> None:
        """Every row that holds the run, or holds nothing but it; a tombstone of its hash."""
        db.execute("DELETE FROM trajectories_fts WHERE rowid = ?", (seq,))
        db.execute("DELETE FROM trajectories WHERE seq = ?", (seq,))
        for table, column in (
            ("trajectory_authors", "trajectory_id"),
            ("judgements", "trajectory_id"),
            ("skill_outcomes", "trajectory_id"),
            ("lesson_serves", "trajectory_id"),
        ):
            db.execute(f"DELETE FROM {table} WHERE {column} = ?", (tid,))
        db.execute("DELETE FROM outbox WHERE kind = 'trajectory' AND item_id = ?", (tid,))
        db.execute("INSERT INTO outbox (kind, item_id, team) VALUES (?, ?, ?)", (f"{FORGET}trajectory", tid, team))
        db.execute(
            "INSERT OR IGNORE INTO forgotten (team, content_hash, forgotten_at) VALUES (?, ?, ?)",
            (team, content_hash, now_iso()),
        )
        # Lessons drawn from it: it leaves their evidence; a lesson it was the only evidence of goes.
        for lesson in db.execute(
            "SELECT seq, id, evidence FROM lessons WHERE team = ? AND evidence LIKE ?", (team, f'%"{tid}"%')
        ).fetchall():
            evidence = [e for e in json.loads(lesson["evidence"]) if e != tid]
            if evidence:
                db.execute("UPDATE lessons SET evidence = ? WHERE seq = ?", (json.dumps(evidence), lesson["seq"]))
                continue
            db.execute("DELETE FROM lessons_fts WHERE rowid = ?", (lesson["seq"],))
            db.execute("DELETE FROM lessons WHERE seq = ?", (lesson["seq"],))
            db.execute("DELETE FROM lesson_serves WHERE lesson_id = ?", (lesson["id"],))
            db.execute("DELETE FROM outbox WHERE kind = 'lesson' AND item_id = ?", (lesson["id"],))
            db.execute(
                "INSERT INTO outbox (kind, item_id, team) VALUES (?, ?, ?)", (f"{FORGET}lesson", lesson["id"], team)
            )

    def authors(self, team: str, ids: Sequence[str]) -> dict[str, tuple[str, ...]]:
        """Everyone who recorded each run, first recorder first."""
        out: dict[str, list[str]] = {}
        for chunk in _chunks(ids, 500):
            marks = ",".join("?" * len(chunk))
            rows = self.read(
                f"SELECT trajectory_id, user FROM trajectory_authors WHERE trajectory_id IN ({marks}) AND team = ?"
                " ORDER BY recorded_at, user",
                (*chunk, team),
            )
            for r in rows:
                out.setdefault(r["trajectory_id"], []).append(r["user"])
        return {k: tuple(v) for k, v in out.items()}

    def get_trajectory(self, team: str, trajectory_id: str) -> sqlite3.Row | None:
        rows = self.read("SELECT * FROM trajectories WHERE team = ? AND id = ?", (team, trajectory_id))
        return rows[0] if rows else None

    def trajectory_cards(self, team: str, ids: Sequence[str]) -> dict[str, TrajectoryCard]:
        """The compact columns of several trajectories, keyed by id (no full documents)."""
        out: dict[str, TrajectoryCard] = {}
        for chunk in _chunks(ids, 500):
            marks = ",".join("?" * len(chunk))
            rows = self.read(
                "SELECT id, user, created_at, task, status, score, tags, n_steps, summary, procedure,"
                " task_key, twin_key"
                # `+team`: look rows up by id; an index on team would scan the whole team instead.
                f" FROM trajectories WHERE id IN ({marks}) AND +team = ?",
                (*chunk, team),
            )
            for r in rows:
                out[r["id"]] = TrajectoryCard(
                    id=r["id"], user=r["user"], created_at=r["created_at"], task=r["task"], status=r["status"],
                    score=r["score"], tags=tuple(json.loads(r["tags"])), n_steps=r["n_steps"],
                    summary=r["summary"], procedure=tuple(json.loads(r["procedure"])),
                    task_key=r["task_key"], twin_key=r["twin_key"],
                )  # fmt: skip
        return out

    # -- keyword search (store/lexical.py's TermPostings) -------------------------------------------
    _FTS: ClassVar[dict[str, tuple[str, str, str, str]]] = {
        "trajectory": ("trajectories_fts", "trajectories", "trajectories_vocab", ""),
        "lesson": ("lessons_fts", "lessons", "lessons_vocab", " AND d.status = 'active'"),
    }

    def count_documents(self, kind: str, team: str | None) -> int:
        _, table, _, extra = self._FTS[kind]
        if team is None:
            return int(self.read(f"SELECT count(*) FROM {table} d WHERE 1{extra}")[0][0])
        return int(self.read(f"SELECT count(*) FROM {table} d WHERE d.team = ?{extra}", (team,))[0][0])

    def global_document_frequency(self, kind: str, words: Sequence[str]) -> dict[str, int]:
        """Documents (of every team) that contain each word, read from the FTS vocabulary."""
        if not words:
            return {}
        vocab = self._FTS[kind][2]
        marks = ",".join("?" * len(words))
        rows = self.read(f"SELECT term, doc FROM {vocab} WHERE term IN ({marks})", list(words))
        found = {r["term"]: int(r["doc"]) for r in rows}
        return {w: found.get(w, 0) for w in words}

    def postings(self, kind: str, team: str, word: str, cap: int) -> list[str] | None:
        """Ids of the team's documents containing `word` (a plain word: quoted, no FTS syntax survives)."""
        fts, table, _, extra = self._FTS[kind]
        rows = self.read(
            f"SELECT d.id FROM {fts} f JOIN {table} d ON d.seq = f.rowid"
            # `+d.team`: drive the join from the word's postings; the team index would scan the team.
            f" WHERE {fts} MATCH ? AND +d.team = ?{extra} LIMIT ?",
            ('"' + word.replace('"', '""') + '"', team, cap + 1),
        )
        return None if len(rows) > cap else [r["id"] for r in rows]

    def count_trajectories(self, team: str | None = None) -> int:
        if team is None:
            return int(self.read("SELECT count(*) FROM trajectories")[0][0])
        return int(self.read("SELECT count(*) FROM trajectories WHERE team = ?", (team,))[0][0])

    # -- lessons -------------------------------------------------------------------------------
    def lesson_cards(self, team: str, ids: Sequence[str]) -> dict[str, LessonCard]:
        if not ids:
            return {}
        marks = ",".join("?" * len(ids))
        rows = self.read(
            "SELECT id, title, description, content, kind, uses, successes, support_users, support_trajectories,"
            f" trust, authors FROM lessons WHERE id IN ({marks}) AND +team = ? AND status = 'active'",
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
                " ELSE coalesce(json_extract(t.doc, '$.outcome.source'), 'none') END AS k, count(*) AS n"
                " FROM trajectories t LEFT JOIN judgements j ON j.trajectory_id = t.id WHERE t.team = ? GROUP BY k"
            )
        return {r["k"]: int(r["n"]) for r in self.read(sql, (team,))}

    def count_lessons_by_status(self, team: str) -> dict[str, int]:
        rows = self.read("SELECT status, count(*) AS n FROM lessons WHERE team = ? GROUP BY status", (team,))
        return {r["status"]: int(r["n"]) for r in rows}

    def count_lessons(self, team: str) -> int:
        return int(self.read("SELECT count(*) FROM lessons WHERE team = ? AND status = 'active'", (team,))[0][0])

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
    ) -> int:
        """Count one use of a skill; a user's second report on the same run and skill replaces the first."""
        with self.write() as db:
            cur = db.execute(
                "INSERT INTO skill_outcomes"
                " (team, user, skill, version, success, trajectory_id, note, created_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
                " ON CONFLICT (team, user, skill, trajectory_id) WHERE trajectory_id IS NOT NULL DO UPDATE SET"
                " version = excluded.version, success = excluded.success, note = excluded.note,"
                " created_at = excluded.created_at",
                (team, user, skill, version, int(success), trajectory_id, note, now_iso()),
            )
            return int(cur.lastrowid or 0)

    def skill_usage(self, team: str) -> dict[str, tuple[int, int]]:
        """Per skill: (uses, successes) from reported outcomes."""
        rows = self.read(
            "SELECT skill, count(*) AS uses, sum(success) AS ok FROM skill_outcomes WHERE team = ? GROUP BY skill",
            (team,),
        )
        return {r["skill"]: (int(r["uses"]), int(r["ok"] or 0)) for r in rows}

    # -- outbox (vector index catch-up) ---------------------------------------------------------
    def pending(self, limit: int = 256) -> list[OutboxItem]:
        rows = self.read("SELECT seq, kind, item_id, team FROM outbox ORDER BY seq LIMIT ?", (limit,))
        return [OutboxItem(r["seq"], r["kind"], r["item_id"], r["team"]) for r in rows]

    def has_pending(self) -> bool:
        return bool(self.read("SELECT 1 FROM outbox LIMIT 1"))

    def pending_of(self, team: str, user: str, limit: int = 8) -> list[tuple[str, str]]:
        """The caller's newest runs not yet in the vector index: (id, what the index will embed)."""
        rows = self.read(
            "SELECT t.id, t.task FROM outbox o JOIN trajectories t ON t.id = o.item_id"
            " WHERE o.kind = 'trajectory' AND t.team = ? AND t.user = ? ORDER BY o.seq DESC LIMIT ?",
            (team, user, limit),
        )
        return [(r["id"], index_text(r["task"])) for r in rows]

    def count_pending(self) -> int:
        return int(self.read("SELECT count(*) FROM outbox")[0][0])

    def done(self, seqs: Sequence[int]) -> None:
        if not seqs:
            return
        with self.write() as db:
            db.executemany("DELETE FROM outbox WHERE seq = ?", [(s,) for s in seqs])

    def indexable_ids(self, kind: str, team: str) -> list[str]:
        """Every id of the team the vector index should hold: its runs, or its active lessons."""
        _, table, _, extra = self._FTS[kind]
        return [r["id"] for r in self.read(f"SELECT d.id FROM {table} d WHERE d.team = ?{extra}", (team,))]

    def count_pending_of(self, kind: str, team: str) -> int:
        rows = self.read("SELECT count(*) FROM outbox WHERE kind = ? AND team = ?", (kind, team))
        return int(rows[0][0])

    def requeue(self, kind: str, team: str, ids: Sequence[str]) -> int:
        """Queue these items for indexing again (they went missing from the vector index)."""
        with self.write() as db:
            db.executemany("INSERT INTO outbox (kind, item_id, team) VALUES (?, ?, ?)", [(kind, i, team) for i in ids])
        return len(ids)

    def requeue_all(self) -> int:
        """Queue every trajectory and active lesson for indexing again (for `reindex`)."""
        with self.write() as db:
            db.execute("DELETE FROM outbox")
            n = db.execute(
                "INSERT INTO outbox (kind, item_id, team) SELECT 'trajectory', id, team FROM trajectories ORDER BY seq"
            ).rowcount
            n += db.execute(
                "INSERT INTO outbox (kind, item_id, team)"
                " SELECT 'lesson', id, team FROM lessons WHERE status = 'active' ORDER BY seq"
            ).rowcount
            return n

    def index_texts(self, items: Sequence[OutboxItem]) -> dict[str, tuple[str, str]]:
        """What to embed for outbox items: id → (team, text)."""
        out: dict[str, tuple[str, str]] = {}
        traj = [i.item_id for i in items if i.kind == "trajectory"]
        less = [i.item_id for i in items if i.kind == "lesson"]
        for chunk in _chunks(traj, 500):
            marks = ",".join("?" * len(chunk))
            for r in self.read(f"SELECT id, team, task FROM trajectories WHERE id IN ({marks})", chunk):
                out[r["id"]] = (r["team"], index_text(r["task"]))
        for chunk in _chunks(less, 500):
            marks = ",".join("?" * len(chunk))
            for r in self.read(
                f"SELECT id, team, title, description, content FROM lessons WHERE id IN ({marks})", chunk
            ):
                out[r["id"]] = (r["team"], f"{r['title']}\n{r['description']}\n{r['content']}")
        return out

    # -- meta ----------------------------------------------------------------------------------
    def get_meta(self, key: str) -> str | None:
        rows = self.read("SELECT value FROM meta WHERE key = ?", (key,))
        return rows[0]["value"] if rows else None

    def set_meta(self, key: str, value: str) -> None:
        with self.write() as db:
            db.execute(
                "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (key, value),
            )

    def index_generation(self) -> int:
        """A counter every indexing pass bumps, so processes can tell the index changed."""
        return int(self.get_meta("index_generation") or 0)

    def bump_index_generation(self) -> tuple[int, int]:
        with self.write() as db:
            row = db.execute("SELECT value FROM meta WHERE key = 'index_generation'").fetchone()
            before = int(row["value"]) if row else 0
            db.execute(
                "INSERT INTO meta (key, value) VALUES ('index_generation', ?)"
                " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (str(before + 1),),
            )
        return before, before + 1

    def claim_skill_directory(self, team: str, wanted: str, fallback: str) -> str:
        """The path of the team's skill directory: the one recorded before, else `wanted` — or, when
        another team already has that path, `fallback` — recorded now, for every process alike."""
        with self.write() as db:
            row = db.execute("SELECT path FROM team_skills WHERE team = ?", (team,)).fetchone()
            if row is not None:
                return str(row["path"])
            taken = db.execute("SELECT 1 FROM team_skills WHERE path = ?", (wanted,)).fetchone()
            path = fallback if taken else wanted
            db.execute("INSERT INTO team_skills (team, path) VALUES (?, ?)", (team, path))
            return path

    def teams(self) -> list[str]:
        rows = self.read("SELECT DISTINCT team FROM trajectories UNION SELECT DISTINCT team FROM lessons")
        return [r[0] for r in rows]


def _chunks(items: Sequence[str], size: int) -> Iterator[Sequence[str]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]
