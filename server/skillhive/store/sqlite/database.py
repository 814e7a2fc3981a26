"""The embedded ledger database: one SQLite file in WAL mode (store/database.py's port).

Writers queue on `BEGIN IMMEDIATE`, so a team's runs commit in `seq` order without more locking.
Keyword search is FTS5 with its `fts5vocab` tables; index work is claimed under a file lock, and
an evolver pass holds a file lock per team: every process on the data directory shares them.
"""

from __future__ import annotations

import hashlib
import sqlite3
import threading
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, ClassVar

from skillhive.errors import StorageError
from skillhive.filelock import file_lock
from skillhive.store.database import Row
from skillhive.store.migrations import run_migrations
from skillhive.store.records import Kind, OutboxItem
from skillhive.store.sqlite.migrations import MIGRATIONS


@contextmanager
def _driver_errors(location: Path) -> Iterator[None]:
    """The driver's errors as StorageError (the port's one error): a locked or corrupt file, a bad query."""
    try:
        yield
    except sqlite3.Error as exc:
        raise StorageError(f"the ledger at {location} failed: {type(exc).__name__}: {exc}") from exc


def _dict_row(cursor: sqlite3.Cursor, row: tuple[Any, ...]) -> Row:
    return {d[0]: v for d, v in zip(cursor.description, row, strict=True)}


class _Tx:
    """A transaction on one connection (the Tx protocol)."""

    def __init__(self, conn: sqlite3.Connection, location: Path) -> None:
        self._conn = conn
        self._location = location

    def execute(self, sql: str, params: Sequence[Any] = ()) -> _Cursor:
        with _driver_errors(self._location):
            return _Cursor(self._conn.execute(sql, params), self._location)

    def executemany(self, sql: str, params: Iterable[Sequence[Any]]) -> None:
        with _driver_errors(self._location):
            self._conn.executemany(sql, params)


class _Cursor:
    """A cursor whose fetches raise StorageError, not the driver's errors (the Cursor protocol)."""

    def __init__(self, cursor: sqlite3.Cursor, location: Path) -> None:
        self._cursor = cursor
        self._location = location

    @property
    def rowcount(self) -> int:
        return self._cursor.rowcount

    def fetchone(self) -> Row | None:
        with _driver_errors(self._location):
            row: Row | None = self._cursor.fetchone()
            return row

    def fetchall(self) -> list[Row]:
        with _driver_errors(self._location):
            return self._cursor.fetchall()


class SqliteDatabase:
    """Thread-safe access to one SQLite file; one connection per thread."""

    engine = "sqlite"
    exact_counts = False  # the FTS vocabulary counts every team's documents
    _FTS: ClassVar[dict[str, tuple[str, str, str, str]]] = {
        "trajectory": ("trajectories_fts", "trajectories", "trajectories_vocab", ""),
        "lesson": ("lessons_fts", "lessons", "lessons_vocab", " AND d.status = 'active'"),
    }

    def __init__(self, path: Path) -> None:
        self.path = path
        self.location = str(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        self._local = threading.local()
        self._all: list[sqlite3.Connection] = []
        self._lock = threading.Lock()
        run_migrations(self, MIGRATIONS)

    # -- connections ---------------------------------------------------------------------------
    def _conn(self) -> sqlite3.Connection:
        conn: sqlite3.Connection | None = getattr(self._local, "conn", None)
        if conn is None:
            try:
                conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False, timeout=30)
            except sqlite3.Error as exc:
                raise StorageError(f"cannot open the ledger at {self.path}: {exc}") from exc
            conn.row_factory = _dict_row
            with _driver_errors(self.path):
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
    def transaction(self) -> Iterator[_Tx]:
        """One write transaction, taken with BEGIN IMMEDIATE so concurrent writers queue, not fail."""
        conn = self._conn()
        try:
            try:
                conn.execute("BEGIN IMMEDIATE")
            except sqlite3.Error as exc:
                raise StorageError(f"ledger busy or unwritable: {exc}") from exc
            yield _Tx(conn, self.path)
            with _driver_errors(self.path):
                conn.execute("COMMIT")
        except BaseException:
            # Whatever ended it (the body, a COMMIT that failed, or Ctrl-C/SIGTERM landing just after
            # BEGIN or COMMIT returned), the connection leaves with no transaction open: the next
            # write on this thread must not find one ("cannot start a transaction within a transaction").
            if conn.in_transaction:
                with _driver_errors(self.path):
                    conn.execute("ROLLBACK")
            raise

    def read(self, sql: str, params: Sequence[Any] = ()) -> list[Row]:
        with _driver_errors(self.path):
            return self._conn().execute(sql, params).fetchall()

    def close(self) -> None:
        with self._lock:
            for conn in self._all:
                conn.close()
            self._all.clear()
        self._local = threading.local()

    def unindexed(self, column: str) -> str:
        return f"+{column}"

    def lock_team(self, tx: Any, team: str) -> None:
        """Nothing to do: BEGIN IMMEDIATE already admits one writer at a time."""

    # -- full-text search ----------------------------------------------------------------------
    def add_text(self, tx: Any, kind: Kind, seq: int, team: str, title: str, body: str) -> None:
        fts = self._FTS[kind][0]
        column = "task" if kind == "trajectory" else "title"
        tx.execute(f"INSERT INTO {fts} (rowid, {column}, body) VALUES (?, ?, ?)", (seq, title, body))

    def remove_text(self, tx: Any, kind: Kind, seq: int, team: str) -> None:
        tx.execute(f"DELETE FROM {self._FTS[kind][0]} WHERE rowid = ?", (seq,))

    def postings(self, kind: Kind, team: str, word: str, cap: int) -> list[str] | None:
        fts, table, _, extra = self._FTS[kind]
        rows = self.read(
            f"SELECT d.id FROM {fts} f JOIN {table} d ON d.seq = f.rowid"
            # `+d.team`: drive the join from the word's postings; the team index would scan the team.
            f" WHERE {fts} MATCH ? AND +d.team = ?{extra} LIMIT ?",
            ('"' + word.replace('"', '""') + '"', team, cap + 1),  # a quoted phrase: no FTS syntax survives
        )
        return None if len(rows) > cap else [r["id"] for r in rows]

    def postings_many(self, kind: Kind, team: str, words: Sequence[str], cap: int) -> dict[str, list[str] | None]:
        """One query per word: in-process, a query costs microseconds and FTS5 has no cheaper batch."""
        return {word: self.postings(kind, team, word, cap) for word in words}

    def document_frequency(self, kind: Kind, team: str, words: Sequence[str]) -> dict[str, int]:
        """Every team's count of each word, read from the FTS vocabulary: an upper bound of the team's."""
        if not words:
            return {}
        marks = ",".join("?" * len(words))
        rows = self.read(f"SELECT term, doc FROM {self._FTS[kind][2]} WHERE term IN ({marks})", list(words))
        found = {r["term"]: int(r["doc"]) for r in rows}
        return {w: found.get(w, 0) for w in words}

    def document_texts(self, kind: Kind, seqs: Sequence[int]) -> dict[int, tuple[str, str]]:
        if not seqs:
            return {}
        fts = self._FTS[kind][0]
        title = "task" if kind == "trajectory" else "title"
        marks = ",".join("?" * len(seqs))
        rows = self.read(f"SELECT rowid AS seq, {title} AS title, body FROM {fts} WHERE rowid IN ({marks})", list(seqs))
        return {int(r["seq"]): (r["title"] or "", r["body"] or "") for r in rows}

    def reset_identity(self, tx: Any, table: str) -> None:
        """Nothing to do: SQLite continues after the largest rowid (and records it for AUTOINCREMENT)."""

    @contextmanager
    def forgetting(self) -> Iterator[None]:
        """Zero the pages the deletes free (secure_delete); then merge the full-text segments so none
        keeps a forgotten word, and checkpoint the WAL."""
        conn = self._conn()
        with _driver_errors(self.path):
            conn.execute("PRAGMA secure_delete = ON")
        try:
            yield
            with _driver_errors(self.path):
                conn.execute("INSERT INTO trajectories_fts (trajectories_fts) VALUES ('optimize')")
                conn.execute("INSERT INTO lessons_fts (lessons_fts) VALUES ('optimize')")
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            with _driver_errors(self.path):
                conn.execute("PRAGMA secure_delete = OFF")

    # -- coordination --------------------------------------------------------------------------
    @contextmanager
    def claim(self, limit: int) -> Iterator[list[OutboxItem]]:
        """The oldest index work, under a file lock: one process on the data directory indexes at once."""
        with file_lock(self.path.with_name(self.path.name + ".index.lock")):
            rows = self.read("SELECT seq, kind, item_id, team FROM outbox ORDER BY seq LIMIT ?", (limit,))
            items = [OutboxItem(r["seq"], r["kind"], r["item_id"], r["team"]) for r in rows]
            yield items
            if items:
                with self.transaction() as tx:
                    tx.executemany("DELETE FROM outbox WHERE seq = ?", [(i.seq,) for i in items])

    @contextmanager
    def pass_lock(self, team: str) -> Iterator[bool]:
        digest = hashlib.sha256(team.encode()).hexdigest()[:16]
        with file_lock(self.path.parent / "locks" / f"evolver-{digest}.lock", wait=False) as mine:
            yield mine

    def size_bytes(self) -> int:
        files = [self.path.with_name(self.path.name + suffix) for suffix in ("", "-wal", "-shm")]
        return sum(f.stat().st_size for f in files if f.exists())

    def label_source(self, doc_column: str) -> str:
        return f"json_extract({doc_column}, '$.outcome.source')"
