"""Copy a whole ledger into another, empty one (`skillhive migrate --to postgresql://…`).

Every table is copied row for row in one transaction on the target (all or nothing), keeping ids,
sequence numbers and timestamps, so the evolver's read positions, outbox entries, tokens and
forgotten-run tombstones mean the same there. The keyword side is rebuilt from each document's
text. Afterwards every table's rows are counted on both sides; a difference is an error.
NUL characters, which older hives accepted and PostgreSQL cannot store, arrive as U+FFFD.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NamedTuple

from skillhive.errors import ConfigError, StorageError
from skillhive.models import without_nul
from skillhive.store.ledger import Ledger
from skillhive.store.records import Kind

BATCH = 1_000


class Table(NamedTuple):
    name: str
    order: str | None  # copied in pages by this column (None: all at once)
    kind: Kind | None  # the kind whose words it holds
    key: str  # a total order of its rows: export bundles list them so
    portable: bool  # a team's data, in export bundles; False: this hive's own state (tokens never leave)


# Parents before the rows that name them.
TABLES: tuple[Table, ...] = (
    Table("trajectories", "seq", "trajectory", "seq", True),
    Table("trajectory_authors", None, None, 'trajectory_id, "user"', True),
    Table("sessions", None, None, 'team, "user", session_key', False),
    Table("lessons", "seq", "lesson", "seq", True),
    Table("skill_outcomes", "seq", None, "seq", True),
    Table("lesson_serves", "seq", None, "seq", True),
    Table("judgements", None, None, "trajectory_id", True),
    Table("outbox", "seq", None, "seq", False),
    Table("evolution_runs", None, None, "run_id", False),
    Table("evolver_positions", None, None, "team, stage", False),
    Table("evolver_deferred", None, None, "team, seq", False),
    Table("tokens", None, None, "id", False),
    Table("forgotten", None, None, 'team, content_hash, "user"', True),
    Table("team_skills", None, None, "team", False),
    Table("hive_commits", None, None, "team, sha", False),
    Table("import_batches", None, None, "id", False),
    Table("meta", None, None, "key", False),
)


@dataclass(frozen=True)
class Copied:
    table: str
    rows: int


def copy_ledger(
    source: Ledger, target: Ledger, *, data_dir: Path, progress: Callable[[str, int], None] | None = None
) -> list[Copied]:
    """Copy `source` into the empty `target`; returns the rows of each table (equal on both sides)."""
    found = {t.name: _count(target, t.name) for t in TABLES if t.name != "meta"}
    if any(found.values()):
        held = ", ".join(f"{n} {table}" for table, n in found.items() if n)
        raise ConfigError(f"the target ledger {target.db.location} is not empty ({held}): migrate into a new database")
    copied: list[Copied] = []
    with target.db.transaction() as tx:
        for table, order, kind, _, _ in TABLES:
            n = 0
            for rows in _batches(source, table, order):
                if table == "team_skills":  # recorded relative to the data directory, as a new hive does
                    rows = [{**r, "path": _relative(r["path"], data_dir)} for r in rows]
                columns = list(rows[0])
                names = ", ".join(f'"{c}"' for c in columns)
                marks = ", ".join("?" * len(columns))
                upsert = " ON CONFLICT (key) DO UPDATE SET value = excluded.value" if table == "meta" else ""
                tx.executemany(
                    f"INSERT INTO {table} ({names}) VALUES ({marks}){upsert}",
                    [[_storable(r[c]) for c in columns] for r in rows],
                )
                if kind is not None:
                    texts = source.db.document_texts(kind, [int(r["seq"]) for r in rows])
                    for r in rows:
                        title, body = texts.get(int(r["seq"]), ("", ""))
                        target.db.add_text(tx, kind, int(r["seq"]), r["team"], title, body)
                n += len(rows)
                if progress is not None:
                    progress(table, n)
            if order == "seq":
                target.db.reset_identity(tx, table)
            copied.append(Copied(table, n))
    for c in copied:
        there = _count(target, c.table)
        if c.table != "meta" and (there != c.rows or _count(source, c.table) != c.rows):
            raise StorageError(f"migrate: {c.table} has {c.rows} rows in the source but {there} in the target")
    return copied


def _storable(value: Any) -> Any:
    """The value without NUL characters, in text and in JSON documents (as the escape \\u0000)."""
    if not isinstance(value, str):
        return value
    value = value.replace("\x00", "\ufffd")
    if "\\u0000" in value and value[:1] in "{[":
        try:
            return json.dumps(without_nul(json.loads(value)), ensure_ascii=False)
        except ValueError:
            return value
    return value


def _count(ledger: Ledger, table: str) -> int:
    return int(ledger.read(f"SELECT count(*) AS n FROM {table}")[0]["n"])


def _batches(source: Ledger, table: str, order: str | None) -> Any:
    if order is None:
        rows = source.read(f"SELECT * FROM {table}")
        if rows:
            yield rows
        return
    after = -1
    while True:
        rows = source.read(f"SELECT * FROM {table} WHERE {order} > ? ORDER BY {order} LIMIT ?", (after, BATCH))
        if not rows:
            return
        yield rows
        after = rows[-1][order]


def _relative(path: str, data_dir: Path) -> str:
    p, base = Path(path), data_dir.resolve()
    return str(p.relative_to(base)) if p.is_absolute() and p.is_relative_to(base) else path
