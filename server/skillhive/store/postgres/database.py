"""The team ledger on PostgreSQL (store/database.py's port), shared by any number of replicas.

- Connections come from a psycopg pool; reads run in autocommit, writes in explicit transactions.
- A team's writers queue on a transaction-scoped advisory lock (`lock_team`): identity values are
  handed out in call order, not commit order, and the evolver reads a team's runs by `seq`, so a
  run must never commit after one with a higher `seq` of the same team. Other teams do not wait.
- Keyword search: each document's words (normalised in Python, as queries are) go into a
  `tsvector` with a GIN index, and a per-team `lexicon` counts the documents of each word in the
  same transaction, so document frequencies are exact and cost one indexed read.
- Index work is claimed with `SELECT … FOR UPDATE SKIP LOCKED`: every replica indexes in
  parallel, never the same item twice, and an item a crashed replica held is claimed again.
- An evolver pass holds a session advisory lock per team (`pg_try_advisory_lock`), released when
  the pass ends or its connection dies.
"""

from __future__ import annotations

import functools
import hashlib
import logging
import re
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any, ClassVar
from urllib.parse import urlsplit, urlunsplit

import psycopg
from psycopg.rows import dict_row
from psycopg_pool import ConnectionPool, PoolTimeout

from skillhive.errors import StorageError
from skillhive.store.database import Row
from skillhive.store.lexical import document_words
from skillhive.store.migrations import run_migrations
from skillhive.store.postgres.migrations import MIGRATIONS
from skillhive.store.records import Kind, OutboxItem

log = logging.getLogger(__name__)
CONNECT_TIMEOUT = 10.0  # seconds to wait for a connection from the pool (or for the server)
DOWN_TIMEOUT = 1.0  # the wait once the server was found not answering: callers learn it quickly
_MIGRATION_LOCK = 0x736B696C6C686976  # "skillhiv": one process migrates at a time


def display_url(url: str) -> str:
    """`url` without its password (for messages and logs)."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    netloc = parts.netloc.rsplit("@", 1)[1]
    user = parts.username or ""
    return urlunsplit(parts._replace(netloc=f"{user}:***@{netloc}"))


@functools.lru_cache(maxsize=1024)
def _pg(sql: str) -> str:
    """The shared SQL's `?` placeholders as psycopg's `%s` (a literal `%` doubled)."""
    return sql.replace("%", "%%").replace("?", "%s")


def lock_key(*parts: str) -> int:
    """A signed 64-bit advisory lock key for a name."""
    digest = hashlib.sha256("\0".join(("skillhive", *parts)).encode()).digest()
    return int.from_bytes(digest[:8], "big", signed=True)


class _Tx:
    """A transaction on one pooled connection (the Tx protocol), with `?` placeholders."""

    def __init__(self, conn: psycopg.Connection[Row]) -> None:
        self._conn = conn

    def execute(self, sql: str, params: Sequence[Any] = ()) -> psycopg.Cursor[Row]:
        return self._conn.execute(_pg(sql), params)

    def executemany(self, sql: str, params: Iterable[Sequence[Any]]) -> None:
        with self._conn.cursor() as cur:
            cur.executemany(_pg(sql), params)


class PostgresDatabase:
    """A pool of connections to one PostgreSQL database (module docstring)."""

    engine = "postgresql"
    exact_counts = True
    _TEXT: ClassVar[dict[str, tuple[str, str, str]]] = {
        "trajectory": ("trajectory_words", "trajectories", ""),
        "lesson": ("lesson_words", "lessons", " AND d.status = 'active'"),
    }

    def __init__(self, url: str, *, pool_size: int = 8) -> None:
        self.url = url
        self.location = display_url(url)
        self._down = False
        self._pool: ConnectionPool[psycopg.Connection[Row]] = ConnectionPool(
            url,
            min_size=1,
            max_size=max(2, pool_size),
            kwargs={"autocommit": True, "row_factory": dict_row},
            timeout=CONNECT_TIMEOUT,
            # A connection is checked before it is handed out: after a server restart the pool's old
            # connections are dead, and a caller must get a new one rather than an error.
            check=ConnectionPool.check_connection,
            open=False,
            name="skillhive-ledger",
        )
        try:
            self._pool.open(wait=True, timeout=CONNECT_TIMEOUT)
        except PoolTimeout as exc:
            self._pool.close()
            raise StorageError(f"cannot connect to the ledger at {self.location}: {_reason(exc)}") from None
        try:
            with self._connection() as conn:  # one process migrates; the others wait, then find it done
                conn.execute("SELECT pg_advisory_lock(%s)", (_MIGRATION_LOCK,))
                try:
                    run_migrations(self, MIGRATIONS)
                finally:
                    conn.execute("SELECT pg_advisory_unlock(%s)", (_MIGRATION_LOCK,))
        except BaseException:
            self._pool.close()
            raise

    # -- connections ---------------------------------------------------------------------------
    @contextmanager
    def _connection(self) -> Iterator[psycopg.Connection[Row]]:
        """A pooled connection. While the server is known to be down (the last attempt failed), a
        caller waits DOWN_TIMEOUT for one, not CONNECT_TIMEOUT; the pool reconnects in the background."""
        try:
            with self._pool.connection(timeout=DOWN_TIMEOUT if self._down else None) as conn:
                self._down = False
                yield conn
        except psycopg.errors.TransactionRollback as exc:  # a deadlock or serialization failure: nothing was written
            raise StorageError(f"the ledger at {self.location} rolled a transaction back: {_reason(exc)}") from exc
        except (PoolTimeout, psycopg.OperationalError) as exc:
            self._down = True
            raise StorageError(f"the ledger at {self.location} does not answer: {_reason(exc)}") from exc
        except psycopg.Error as exc:  # any other driver error (a constraint, a bad query): the port's one error
            raise StorageError(f"the ledger at {self.location} failed: {_reason(exc)}") from exc

    @contextmanager
    def transaction(self) -> Iterator[_Tx]:
        with self._connection() as conn, conn.transaction():
            yield _Tx(conn)

    def read(self, sql: str, params: Sequence[Any] = ()) -> list[Row]:
        with self._connection() as conn:
            return conn.execute(_pg(sql), params).fetchall()

    def close(self) -> None:
        self._pool.close()

    def unindexed(self, column: str) -> str:
        return column

    def lock_team(self, tx: Any, team: str) -> None:
        tx.execute("SELECT pg_advisory_xact_lock(?)", (lock_key("team", team),))

    # -- full-text search ----------------------------------------------------------------------
    def add_text(self, tx: Any, kind: Kind, seq: int, team: str, title: str, body: str) -> None:
        words = sorted(document_words(f"{title}\n{body}"))  # sorted: concurrent upserts lock in one order
        table = self._TEXT[kind][0]
        tx.execute(f"INSERT INTO {table} (seq, team, words) VALUES (?, ?, array_to_tsvector(?))", (seq, team, words))
        if words:
            tx.execute(
                "INSERT INTO lexicon (team, kind, term, docs) SELECT ?, ?, term, 1 FROM unnest(?::text[]) AS term"
                " ON CONFLICT (team, kind, term) DO UPDATE SET docs = lexicon.docs + 1",
                (team, kind, words),
            )

    def remove_text(self, tx: Any, kind: Kind, seq: int, team: str) -> None:
        """The document's words leave the index; a word no other document holds leaves the lexicon."""
        table = self._TEXT[kind][0]
        gone = tx.execute(
            f"UPDATE lexicon SET docs = docs - 1 WHERE team = ? AND kind = ? AND term = ANY("
            f"SELECT unnest(tsvector_to_array(words)) FROM {table} WHERE seq = ?) RETURNING term, docs",
            (team, kind, seq),
        ).fetchall()
        unused = [r["term"] for r in gone if r["docs"] <= 0]
        if unused:  # a forgotten run's words must not stay behind, not even as a count of zero
            tx.execute(
                "DELETE FROM lexicon WHERE team = ? AND kind = ? AND term = ANY(?) AND docs <= 0", (team, kind, unused)
            )
        tx.execute(f"DELETE FROM {table} WHERE seq = ?", (seq,))

    def postings(self, kind: Kind, team: str, word: str, cap: int) -> list[str] | None:
        if not _LEXEME.fullmatch(word):
            return []  # not a word a document could hold (document_words keeps only these)
        table, docs, extra = self._TEXT[kind]
        rows = self.read(
            f"SELECT d.id FROM {table} w JOIN {docs} d ON d.seq = w.seq"
            f" WHERE w.words @@ ?::tsquery AND w.team = ?{extra} LIMIT ?",
            (f"'{word}'", team, cap + 1),
        )
        return None if len(rows) > cap else [r["id"] for r in rows]

    def postings_many(self, kind: Kind, team: str, words: Sequence[str], cap: int) -> dict[str, list[str] | None]:
        """Every word's postings in one round trip: a lateral join, at most cap + 1 documents a word."""
        searched = [w for w in words if _LEXEME.fullmatch(w)]
        out: dict[str, list[str] | None] = {w: [] for w in words}
        if not searched:
            return out
        table, docs, extra = self._TEXT[kind]
        rows = self.read(
            "SELECT q.term, p.id FROM unnest(?::text[]) AS q(term) CROSS JOIN LATERAL ("
            f" SELECT d.id FROM {table} w JOIN {docs} d ON d.seq = w.seq"
            f" WHERE w.words @@ (quote_literal(q.term))::tsquery AND w.team = ?{extra} LIMIT ?) p",
            (searched, team, cap + 1),
        )
        found: dict[str, list[str]] = {}
        for r in rows:
            found.setdefault(r["term"], []).append(r["id"])
        for word, ids in found.items():
            out[word] = None if len(ids) > cap else ids
        return out

    def document_frequency(self, kind: Kind, team: str, words: Sequence[str]) -> dict[str, int]:
        if not words:
            return {}
        rows = self.read(
            "SELECT term, docs FROM lexicon WHERE team = ? AND kind = ? AND term = ANY(?)", (team, kind, list(words))
        )
        found = {r["term"]: int(r["docs"]) for r in rows}
        return {w: found.get(w, 0) for w in words}

    def document_texts(self, kind: Kind, seqs: Sequence[int]) -> dict[int, tuple[str, str]]:
        """Only the words are kept here (the text was never needed for search): they are the body."""
        rows = self.read(
            f"SELECT seq, array_to_string(tsvector_to_array(words), ' ') AS body FROM {self._TEXT[kind][0]}"
            " WHERE seq = ANY(?)",
            (list(seqs),),
        )
        return {int(r["seq"]): ("", r["body"]) for r in rows}

    def reset_identity(self, tx: Any, table: str) -> None:
        tx.execute(
            f"SELECT setval(pg_get_serial_sequence('{table}', 'seq'), coalesce(max(seq), 0) + 1, false) FROM {table}"
        )

    @contextmanager
    def forgetting(self) -> Iterator[None]:
        """Deleted rows stay in the table and index files until autovacuum reuses their space (no cheap
        way to zero them): `VACUUM FULL trajectories, trajectory_words, lexicon` clears them (README)."""
        yield

    # -- coordination --------------------------------------------------------------------------
    @contextmanager
    def claim(self, limit: int) -> Iterator[list[OutboxItem]]:
        with self.transaction() as tx:
            rows = tx.execute(
                "SELECT seq, kind, item_id, team FROM outbox ORDER BY seq LIMIT ? FOR UPDATE SKIP LOCKED", (limit,)
            ).fetchall()
            items = [OutboxItem(r["seq"], r["kind"], r["item_id"], r["team"]) for r in rows]
            yield items
            if items:
                tx.execute("DELETE FROM outbox WHERE seq = ANY(?)", ([i.seq for i in items],))

    @contextmanager
    def pass_lock(self, team: str) -> Iterator[bool]:
        key = lock_key("evolver", team)
        with self._connection() as conn:
            mine = bool(conn.execute("SELECT pg_try_advisory_lock(%s) AS ok", (key,)).fetchone()["ok"])  # type: ignore[index]
            try:
                yield mine
            finally:
                if mine:
                    conn.execute("SELECT pg_advisory_unlock(%s)", (key,))

    def size_bytes(self) -> int:
        return int(self.read("SELECT pg_database_size(current_database()) AS n")[0]["n"])

    def label_source(self, doc_column: str) -> str:
        return f"(({doc_column})::jsonb #>> '{{outcome,source}}')"


_LEXEME = re.compile(r"[^\W_]{2,64}")


def _reason(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__
