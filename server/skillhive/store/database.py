"""The storage port: what the ledger needs from a SQL database, whichever engine it is.

The ledger's queries are written once, in the SQL that SQLite and PostgreSQL share, with `?`
placeholders and dict rows. What differs lives behind this protocol: connections and transactions,
full-text search (FTS5 or tsvector + GIN), serialising a team's writers, claiming index work, the
evolver's per-team lock, and tidying up after something was forgotten. `store/sqlite/` and
`store/postgres/` implement it; nothing else imports a driver, and the port imports neither adapter:
wiring.py builds them.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from contextlib import AbstractContextManager
from typing import Any, Protocol

from skillhive.store.records import Kind, OutboxItem

Row = dict[str, Any]


class Cursor(Protocol):
    @property
    def rowcount(self) -> int: ...

    def fetchone(self) -> Row | None: ...

    def fetchall(self) -> list[Row]: ...


class Tx(Protocol):
    """One open transaction."""

    def execute(self, sql: str, params: Sequence[Any] = ()) -> Cursor: ...

    def executemany(self, sql: str, params: Iterable[Sequence[Any]]) -> None: ...


class Database(Protocol):
    """A ledger database (module docstring). Every method is safe to call from any thread."""

    engine: str  # "sqlite" | "postgresql"
    location: str  # where it is, for messages (a path, or a URL without its password)
    exact_counts: bool  # document_frequency() is the team's own count, not an upper bound

    def read(self, sql: str, params: Sequence[Any] = ()) -> list[Row]:
        """Rows of one query, outside any write transaction."""
        ...

    def transaction(self) -> AbstractContextManager[Tx]:
        """A write transaction: committed when the block ends, rolled back when it raises."""
        ...

    def close(self) -> None: ...

    def unindexed(self, column: str) -> str:
        """`column` written so the planner does not drive a query from its index (SQLite's `+col`)."""
        ...

    def lock_team(self, tx: Tx, team: str) -> None:
        """Queue behind the team's other writers until `tx` ends, so runs commit in `seq` order."""
        ...

    # -- full-text search ------------------------------------------------------------------------
    def add_text(self, tx: Tx, kind: Kind, seq: int, team: str, title: str, body: str) -> None:
        """Make a stored document searchable by its words (in the transaction that stores it)."""
        ...

    def remove_text(self, tx: Tx, kind: Kind, seq: int, team: str) -> None: ...

    def postings(self, kind: Kind, team: str, word: str, cap: int) -> list[str] | None:
        """Ids of the team's documents holding `word`; None when there are more than `cap`."""
        ...

    def postings_many(self, kind: Kind, team: str, words: Sequence[str], cap: int) -> dict[str, list[str] | None]:
        """`postings` of each word, in one round trip where the engine can."""
        ...

    def document_frequency(self, kind: Kind, team: str, words: Sequence[str]) -> dict[str, int]:
        """Documents holding each word: the team's count (`exact_counts`) or an upper bound of it."""
        ...

    def document_texts(self, kind: Kind, seqs: Sequence[int]) -> dict[int, tuple[str, str]]:
        """The searchable (title, body) of stored documents, to copy them into another ledger."""
        ...

    def reset_identity(self, tx: Tx, table: str) -> None:
        """After rows were copied in with their `seq`: new rows continue after the largest."""
        ...

    def forgetting(self) -> AbstractContextManager[None]:
        """Wraps the deletes of forgotten content: leave no trace the engine can clear cheaply."""
        ...

    # -- coordination between processes ---------------------------------------------------------
    def claim(self, limit: int) -> AbstractContextManager[list[OutboxItem]]:
        """The oldest index work no other process is doing; deleted when the block ends without error."""
        ...

    def pass_lock(self, team: str) -> AbstractContextManager[bool]:
        """Yields whether this process may run the team's evolver pass (False: another one is)."""
        ...

    def size_bytes(self) -> int:
        """What the ledger takes on disk."""
        ...

    def label_source(self, doc_column: str) -> str:
        """SQL for `doc.outcome.source` of a stored run (the JSON document in `doc_column`)."""
        ...


def is_database_url(value: str) -> bool:
    return value.startswith(("postgresql://", "postgres://"))
