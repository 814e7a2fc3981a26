"""Numbered schema migrations, applied once each and recorded in `schema_migrations`.

Each backend lists its own (`store/sqlite/migrations.py`, `store/postgres/migrations.py`) under the
same numbers and names; the data steps that are plain SQL or Python live here, written once.
"""

from __future__ import annotations

import json
from collections.abc import Callable

from skillhive.store.database import Database, Tx
from skillhive.store.records import now_iso

Migration = Callable[[Tx], None]
Migrations = list[tuple[int, str, Migration]]


def script(tx: Tx, sql: str) -> None:
    """Run `;`-separated statements one by one, inside the migration's transaction."""
    for statement in sql.split(";\n"):
        if statement.strip():
            tx.execute(statement)


def backfill_procedures(tx: Tx) -> None:
    """Migration 4's data step: each stored run's procedure, task key and twin key."""
    from skillhive.models import TrajectoryIn
    from skillhive.summaries import INDEX_TEXT_VERSION, procedure, task_key, twin_key

    rows = tx.execute("SELECT seq, doc FROM trajectories").fetchall()
    if not rows:  # a new ledger: its vectors will be made of today's index text from the start
        tx.execute(
            "INSERT INTO meta (key, value) VALUES ('index_text', ?)"
            " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (INDEX_TEXT_VERSION,),
        )
    for row in rows:
        t = TrajectoryIn.model_validate_json(row["doc"])
        tx.execute(
            "UPDATE trajectories SET procedure = ?, task_key = ?, twin_key = ? WHERE seq = ?",
            (json.dumps(procedure(t)), task_key(t.task), twin_key(t), row["seq"]),
        )


def backfill_titles(tx: Tx) -> None:
    """Migration 8's data step: the title of each stored run whose task is not what the user asked for."""
    from skillhive.models import TrajectoryIn
    from skillhive.summaries import title

    for row in tx.execute("SELECT seq, task, doc FROM trajectories WHERE task LIKE 'You are%'").fetchall():
        text = title(TrajectoryIn.model_validate_json(row["doc"]))
        if text:
            tx.execute("UPDATE trajectories SET title = ? WHERE seq = ?", (text, row["seq"]))


def backfill_verdicts(tx: Tx) -> None:
    """Migration 13's data step: each stored run's served-text verdict by the rules alone
    (ledger.verdict_of; the indexer, which embeds, works it out again with the learned second
    opinion), a thousand runs at a time."""
    from skillhive.store.ledger import verdict_of

    after = 0
    while rows := tx.execute(
        "SELECT seq, title, task, summary, procedure FROM trajectories WHERE seq > ? ORDER BY seq LIMIT 1000", (after,)
    ).fetchall():
        for row in rows:
            checked = verdict_of(row["title"], row["task"], row["summary"], json.loads(row["procedure"]))
            tx.execute(
                "UPDATE trajectories SET served_rules = ?, served_digest = ?, served_flag = ? WHERE seq = ?",
                (checked.rules, checked.digest, checked.flag, row["seq"]),
            )
        after = int(rows[-1]["seq"])


def run_migrations(db: Database, migrations: Migrations) -> list[int]:
    """Apply every migration not yet recorded, each in its own transaction; returns the numbers applied."""
    with db.transaction() as tx:
        tx.execute(
            "CREATE TABLE IF NOT EXISTS schema_migrations"
            " (number INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"
        )
    applied: list[int] = []
    for number, name, apply in migrations:
        with db.transaction() as tx:
            if tx.execute("SELECT 1 AS done FROM schema_migrations WHERE number = ?", (number,)).fetchone():
                continue
            apply(tx)
            tx.execute(
                "INSERT INTO schema_migrations (number, name, applied_at) VALUES (?, ?, ?)", (number, name, now_iso())
            )
            applied.append(number)
    return applied
