"""The outgoing queue of a forwarding hive (`serve --upstream`): writes for the team hive, on disk.

Every recording and skill outcome is committed here (SQLite, WAL, `synchronous=FULL`) before it is
sent, and deleted only after the team hive acknowledged it, so nothing acknowledged to a client
is lost by an outage or a crash. Entries leave in `seq` order. A delivered trajectory keeps the
id the team hive gave it (`delivered`), so a `queued_…` id handed out earlier still resolves; an
entry the team hive refuses for good is kept in `rejected` with the reason, never dropped.
"""

from __future__ import annotations

import fcntl
import json
import os
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from skillhive.errors import StorageError
from skillhive.store.records import now_iso

Kind = Literal["trajectory", "outcome"]

_SCHEMA = """
CREATE TABLE IF NOT EXISTS outgoing (
    seq        INTEGER PRIMARY KEY AUTOINCREMENT,
    kind       TEXT NOT NULL CHECK (kind IN ('trajectory', 'outcome')),
    local_id   TEXT NOT NULL UNIQUE,
    payload    TEXT NOT NULL,
    queued_at  TEXT NOT NULL,
    attempts   INTEGER NOT NULL DEFAULT 0,
    last_error TEXT
);
CREATE TABLE IF NOT EXISTS delivered (
    local_id     TEXT PRIMARY KEY,
    upstream_id  TEXT,
    delivered_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS rejected (
    seq         INTEGER PRIMARY KEY,
    kind        TEXT NOT NULL,
    local_id    TEXT NOT NULL,
    payload     TEXT NOT NULL,
    queued_at   TEXT NOT NULL,
    rejected_at TEXT NOT NULL,
    error       TEXT NOT NULL
);
"""


@dataclass(frozen=True)
class Entry:
    """One queued write: the tool to call on the team hive is implied by `kind`; `payload` is its arguments."""

    seq: int
    kind: Kind
    local_id: str
    payload: dict[str, Any]
    attempts: int


class Outgoing:
    """The queue file. Thread-safe: one connection, one lock (writes are small and rare)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self._db = sqlite3.connect(path, isolation_level=None, check_same_thread=False, timeout=30)
            self._db.execute("PRAGMA journal_mode = WAL")
            # FULL: an entry we acknowledged as queued survives a power cut, not only a killed process.
            self._db.execute("PRAGMA synchronous = FULL")
            self._db.execute("PRAGMA busy_timeout = 30000")
            self._db.executescript(_SCHEMA)
        except sqlite3.Error as exc:
            raise StorageError(f"cannot open the outgoing queue at {path}: {exc}") from exc
        self._lock = threading.Lock()

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            try:
                try:
                    self._db.execute("BEGIN IMMEDIATE")
                except sqlite3.Error as exc:
                    raise StorageError(f"the outgoing queue is busy or unwritable: {exc}") from exc
                yield self._db
                self._db.execute("COMMIT")
            except BaseException:
                if self._db.in_transaction:  # as the ledger's transaction: none is left open, whatever ended it
                    self._db.execute("ROLLBACK")
                raise

    def _read(self, sql: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
        with self._lock:
            return self._db.execute(sql, params).fetchall()

    def put(self, kind: Kind, local_id: str, payload: dict[str, Any]) -> tuple[int, bool]:
        """Queue a write, committed to disk on return: (seq, False when `local_id` was already queued)."""
        with self._write() as db:
            found = db.execute("SELECT seq FROM outgoing WHERE local_id = ?", (local_id,)).fetchone()
            if found:
                return int(found[0]), False
            cur = db.execute(
                "INSERT INTO outgoing (kind, local_id, payload, queued_at) VALUES (?, ?, ?, ?)",
                (kind, local_id, json.dumps(payload, ensure_ascii=False, separators=(",", ":")), now_iso()),
            )
            return int(cur.lastrowid or 0), True

    def peek(self, limit: int = 50) -> list[Entry]:
        """The oldest entries, in the order they must leave."""
        rows = self._read("SELECT seq, kind, local_id, payload, attempts FROM outgoing ORDER BY seq LIMIT ?", (limit,))
        return [Entry(int(s), k, lid, json.loads(p), int(a)) for s, k, lid, p, a in rows]

    def done(self, seq: int, local_id: str, upstream_id: str | None = None) -> bool:
        """The team hive acknowledged entry `seq`: forget it, remembering the id it was given. False
        when the entry was discarded while it was on its way (forgotten in the meantime)."""
        with self._write() as db:
            db.execute(
                "INSERT OR REPLACE INTO delivered (local_id, upstream_id, delivered_at) VALUES (?, ?, ?)",
                (local_id, upstream_id, now_iso()),
            )
            return db.execute("DELETE FROM outgoing WHERE seq = ?", (seq,)).rowcount > 0

    def drop(self, seq: int) -> None:
        """Forget entry `seq` without a trace: the client that sent it was told why it failed."""
        with self._write() as db:
            db.execute("DELETE FROM outgoing WHERE seq = ?", (seq,))

    def failed(self, seq: int, error: str) -> int:
        """Count a failed attempt at entry `seq`; returns the attempts so far."""
        with self._write() as db:
            db.execute("UPDATE outgoing SET attempts = attempts + 1, last_error = ? WHERE seq = ?", (error[:2000], seq))
            row = db.execute("SELECT attempts FROM outgoing WHERE seq = ?", (seq,)).fetchone()
            return int(row[0]) if row else 0

    def reject(self, seq: int, error: str) -> None:
        """The team hive refuses entry `seq` for good: move it aside with the reason (kept, not lost)."""
        with self._write() as db:
            db.execute(
                "INSERT OR REPLACE INTO rejected (seq, kind, local_id, payload, queued_at, rejected_at, error) "
                "SELECT seq, kind, local_id, payload, queued_at, ?, ? FROM outgoing WHERE seq = ?",
                (now_iso(), error[:2000], seq),
            )
            db.execute("DELETE FROM outgoing WHERE seq = ?", (seq,))

    def discard(self, local_id: str) -> bool:
        """Remove a queued (or set-aside) write that was never delivered; whether there was one."""
        with self._write() as db:
            gone = db.execute("DELETE FROM outgoing WHERE local_id = ?", (local_id,)).rowcount
            gone += db.execute("DELETE FROM rejected WHERE local_id = ?", (local_id,)).rowcount
        return gone > 0

    def delivered_id(self, local_id: str) -> str | None:
        """The team hive's id for a delivered `queued_…` id, else None."""
        rows = self._read("SELECT upstream_id FROM delivered WHERE local_id = ?", (local_id,))
        return rows[0][0] if rows else None

    def is_queued(self, local_id: str) -> bool:
        return bool(self._read("SELECT 1 FROM outgoing WHERE local_id = ?", (local_id,)))

    def ahead_of(self, seq: int) -> int:
        """How many entries leave before entry `seq`."""
        return int(self._read("SELECT count(*) FROM outgoing WHERE seq < ?", (seq,))[0][0])

    def count(self) -> int:
        return int(self._read("SELECT count(*) FROM outgoing")[0][0])

    def queued_bytes(self) -> int:
        """What the waiting entries take: the size of their payloads (the file may be larger: SQLite
        keeps the pages of sent entries for reuse)."""
        return int(self._read("SELECT coalesce(sum(length(CAST(payload AS BLOB))), 0) FROM outgoing")[0][0])

    def count_rejected(self) -> int:
        return int(self._read("SELECT count(*) FROM rejected")[0][0])

    def close(self) -> None:
        with self._lock:
            self._db.close()


class SenderLock:
    """An exclusive, non-blocking `flock`: one process at a time sends from a queue file that
    several local servers (one per MCP client) share."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._fd: int | None = None

    def acquire(self) -> bool:
        """Take the lock if no other process holds it; False (at once) if one does."""
        if self._fd is not None:
            return True
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            return False
        self._fd = fd
        return True

    def release(self) -> None:
        if self._fd is not None:
            fcntl.flock(self._fd, fcntl.LOCK_UN)
            os.close(self._fd)
            self._fd = None
