"""The outbox: the ledger's queue of work for the vector index (store/indexer.py drains it).

Every write that changes what the index should hold adds an entry in its own transaction. Entries
are claimed in batches (`Database.claim`: a file lock on SQLite, SKIP LOCKED on PostgreSQL) and
deleted once the index has them, so a crash or a down index loses nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from contextlib import AbstractContextManager

from skillhive.store.database import Database
from skillhive.store.records import Kind, OutboxItem
from skillhive.summaries import index_text


class Outbox:
    def __init__(self, db: Database) -> None:
        self.db = db

    def claim(self, limit: int) -> AbstractContextManager[list[OutboxItem]]:
        """The oldest entries no other process is working on; gone once the block ends without error."""
        return self.db.claim(limit)

    def pending(self, limit: int = 256) -> list[OutboxItem]:
        rows = self.db.read("SELECT seq, kind, item_id, team FROM outbox ORDER BY seq LIMIT ?", (limit,))
        return [OutboxItem(r["seq"], r["kind"], r["item_id"], r["team"]) for r in rows]

    def has_pending(self) -> bool:
        return bool(self.db.read("SELECT 1 AS hit FROM outbox LIMIT 1"))

    def pending_of(self, team: str, user: str, limit: int = 8) -> list[tuple[str, str]]:
        """The caller's newest runs not yet in the vector index: (id, what the index will embed).
        Retrieval embeds these itself, so a caller reads their own writes on any replica."""
        rows = self.db.read(
            "SELECT t.id, t.task FROM outbox o JOIN trajectories t ON t.id = o.item_id"
            " WHERE o.kind = 'trajectory' AND t.team = ? AND t.\"user\" = ? ORDER BY o.seq DESC LIMIT ?",
            (team, user, limit),
        )
        return [(r["id"], index_text(r["task"])) for r in rows]

    def count(self) -> int:
        return int(self.db.read("SELECT count(*) AS n FROM outbox")[0]["n"])

    def count_of(self, kind: Kind, team: str) -> int:
        rows = self.db.read("SELECT count(*) AS n FROM outbox WHERE kind = ? AND team = ?", (kind, team))
        return int(rows[0]["n"])

    def queued_ids(self, kind: Kind, team: str) -> set[str]:
        """Ids of the team's items of `kind` waiting to be indexed."""
        rows = self.db.read("SELECT item_id FROM outbox WHERE kind = ? AND team = ?", (kind, team))
        return {r["item_id"] for r in rows}

    def still_pending(self, seqs: Sequence[int]) -> int:
        """How many of these entries are not done yet (by any process)."""
        if not seqs:
            return 0
        marks = ",".join("?" * len(seqs))
        return int(self.db.read(f"SELECT count(*) AS n FROM outbox WHERE seq IN ({marks})", list(seqs))[0]["n"])

    def requeue(self, kind: Kind, team: str, ids: Sequence[str]) -> int:
        """Queue these items for indexing again (they went missing from the vector index)."""
        with self.db.transaction() as tx:
            tx.executemany("INSERT INTO outbox (kind, item_id, team) VALUES (?, ?, ?)", [(kind, i, team) for i in ids])
        return len(ids)

    def requeue_all(self) -> int:
        """Queue every trajectory and active lesson for indexing again (for `reindex`). Queued
        deletions stay: a run forgotten just before must still leave the index."""
        with self.db.transaction() as tx:
            tx.execute("DELETE FROM outbox WHERE kind IN ('trajectory', 'lesson')")
            n = tx.execute(
                "INSERT INTO outbox (kind, item_id, team) SELECT 'trajectory', id, team FROM trajectories ORDER BY seq"
            ).rowcount
            n += tx.execute(
                "INSERT INTO outbox (kind, item_id, team)"
                " SELECT 'lesson', id, team FROM lessons WHERE status = 'active' ORDER BY seq"
            ).rowcount
            return n

    def texts(self, items: Sequence[OutboxItem]) -> dict[str, tuple[str, str]]:
        """What to embed for outbox items: id → (team, text)."""
        out: dict[str, tuple[str, str]] = {}
        runs = [i.item_id for i in items if i.kind == "trajectory"]
        lessons = [i.item_id for i in items if i.kind == "lesson"]
        if runs:
            marks = ",".join("?" * len(runs))
            for r in self.db.read(f"SELECT id, team, task FROM trajectories WHERE id IN ({marks})", runs):
                out[r["id"]] = (r["team"], index_text(r["task"]))
        if lessons:
            marks = ",".join("?" * len(lessons))
            for r in self.db.read(
                f"SELECT id, team, title, description, content FROM lessons WHERE id IN ({marks})"
                " AND status = 'active'",
                lessons,
            ):
                out[r["id"]] = (r["team"], f"{r['title']}\n{r['description']}\n{r['content']}")
        return out
