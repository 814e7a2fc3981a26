"""A team's rows out of the ledger and back in: what `skillhive export` writes and a bundle import restores.

Which tables are a team's data, and in which order their rows are listed, is copy.py's `TABLES`
(`portable`); tokens, the outbox, evolver positions and import batches are the hive's own and stay.
Rows leave without their hive-local columns (`seq`, `import_id`, a run's served-text verdict), so a
bundle exported, restored and exported again is the same. Restoring keeps every id; it dedupes runs
by content hash, keeps out runs a tombstone names, and names the import batch on every row it adds,
all in one transaction; `forget --import` undoes it row for row.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from skillhive.errors import InvalidInput
from skillhive.store.copy import TABLES, Table
from skillhive.store.database import Row, Tx
from skillhive.store.ledger import Ledger
from skillhive.store.records import TrajectoryRow

# seq and import_id are this hive's; so are served-text verdicts, of this hive's rules (a restore works them out)
LOCAL_COLUMNS = frozenset({"seq", "import_id", "served_rules", "served_digest", "served_flag"})
PAGE = 1_000
_COLUMN = re.compile(r"[a-z_]{1,40}")


def portable_tables() -> list[Table]:
    return [t for t in TABLES if t.portable]


def _user_filter(table: str) -> str | None:
    """SQL limiting `table` to one user's share (`?` = the user, then the team when it needs it); None:
    the table holds nothing of one user (tombstones are the team's)."""
    runs = 'SELECT trajectory_id FROM trajectory_authors WHERE team = ? AND "user" = ?'
    return {
        "trajectories": f"id IN ({runs})",
        "trajectory_authors": '"user" = ?',
        "lessons": "authors LIKE ?",
        "skill_outcomes": '"user" = ?',
        "lesson_serves": '"user" = ?',
        "judgements": f"trajectory_id IN ({runs})",
    }.get(table)


def export_rows(ledger: Ledger, table: Table, team: str, user: str | None) -> Iterator[Row]:
    """The team's rows of `table` (only `user`'s share when given), in the table's key order, without
    hive-local columns; keys sorted, so the same rows always serialise the same."""
    where, params = "team = ?", [team]
    if user is not None:
        extra = _user_filter(table.name)
        if extra is None:
            return
        where += f" AND {extra}"
        if table.name in ("trajectories", "judgements"):
            params += [team, user]
        elif table.name == "lessons":
            params.append(f"%{json.dumps(user)}%")
        else:
            params.append(user)
    paged = table.key == "seq"
    after = -1
    while True:
        page = f" AND seq > ? ORDER BY seq LIMIT {PAGE}" if paged else f" ORDER BY {table.key}"
        rows = ledger.read(f"SELECT * FROM {table.name} WHERE {where}{page}", (*params, after) if paged else params)
        for r in rows:
            if table.name == "lessons" and user is not None and user not in json.loads(r["authors"]):
                continue  # the LIKE matched more than the name
            yield {k: r[k] for k in sorted(r) if k not in LOCAL_COLUMNS}
        if not paged or len(rows) < PAGE:
            return
        after = rows[-1]["seq"]


@dataclass
class Tally:
    """What restoring one table did."""

    restored: int = 0
    already: int = 0  # the same was there (a run of the same content, a lesson of the same id or title…)
    forgotten: int = 0  # a tombstone keeps it out, or it rested on runs kept out
    skipped: int = 0  # it names something the bundle and the hive lack, or its id is another team's


@dataclass
class Restored:
    tables: dict[str, Tally] = field(default_factory=dict)
    ids: dict[str, str] = field(default_factory=dict)  # the bundle's run id → the run it is here


@dataclass(frozen=True)
class BundleRows:
    """A bundle's rows, ready to restore into `team`: runs as the ledger stores them (redacted), the
    rest as exported (their free text redacted)."""

    team: str
    runs: Sequence[TrajectoryRow]
    tables: dict[str, list[Row]]


def restore(ledger: Ledger, rows: BundleRows, batch_id: str) -> Restored:
    """Restore or merge a bundle's rows into `rows.team`, in one transaction (module docstring)."""
    for table, listed in rows.tables.items():
        for r in listed[:1]:
            bad = [c for c in r if not _COLUMN.fullmatch(c)]
            if bad:
                raise InvalidInput(f"bundle {table}", f"unknown column {bad[0][:40]!r}")
    db, team, out = ledger.db, rows.team, Restored()
    with db.transaction() as tx:
        db.lock_team(tx, team)
        out.tables["forgotten"] = _tombstones(tx, team, rows.tables.get("forgotten", []))
        out.tables["trajectories"] = _runs(ledger, tx, [replace(r, import_id=batch_id) for r in rows.runs], out.ids)
        out.tables["trajectory_authors"] = _authors(
            tx, team, rows.tables.get("trajectory_authors", []), out.ids, batch_id
        )
        out.tables["judgements"] = _judgements(tx, team, rows.tables.get("judgements", []), out.ids)
        out.tables["lessons"] = _lessons(ledger, tx, team, rows.tables.get("lessons", []), out.ids, batch_id)
        out.tables["skill_outcomes"] = _outcomes(tx, team, rows.tables.get("skill_outcomes", []), out.ids, batch_id)
        out.tables["lesson_serves"] = _serves(tx, team, rows.tables.get("lesson_serves", []), out.ids, batch_id)
    return out


def _insert(tx: Tx, table: str, row: Row, suffix: str = "") -> Any:
    names = ", ".join(f'"{c}"' for c in row)
    marks = ", ".join("?" * len(row))
    return tx.execute(f"INSERT INTO {table} ({names}) VALUES ({marks}){suffix}", list(row.values()))


def _tombstones(tx: Tx, team: str, rows: list[Row]) -> Tally:
    t = Tally()
    for r in rows:
        here = tx.execute(
            "SELECT 1 AS hit FROM trajectories WHERE team = ? AND content_hash = ?", (team, r["content_hash"])
        ).fetchone()
        if here:  # the run was recorded here on its own: this hive never forgot it
            t.skipped += 1
            continue
        done = _insert(tx, "forgotten", {**r, "team": team}, " ON CONFLICT DO NOTHING").rowcount
        t.restored += done
        t.already += 1 - done
    return t


def _runs(ledger: Ledger, tx: Tx, runs: Sequence[TrajectoryRow], ids: dict[str, str]) -> Tally:
    t = Tally()
    for run in runs:
        taken = tx.execute("SELECT team, content_hash FROM trajectories WHERE id = ?", (run.id,)).fetchone()
        if taken is not None and (taken["team"], taken["content_hash"]) != (run.team, run.content_hash):
            t.skipped += 1  # the same id is another team's run (the bundle was restored into two teams)
            continue
        stored = ledger._insert(tx, run)  # tombstones, dedupe by content, authorship, outbox: as recording does
        if stored.forgotten:
            t.forgotten += 1
            continue
        ids[run.id] = stored.id
        t.restored += stored.created
        t.already += not stored.created
    return t


def _authors(tx: Tx, team: str, rows: list[Row], ids: dict[str, str], batch_id: str) -> Tally:
    t = Tally()
    for r in rows:
        tid = ids.get(r["trajectory_id"])
        if tid is None:
            t.forgotten += 1
            continue
        row = {**r, "trajectory_id": tid, "team": team, "import_id": batch_id}
        done = _insert(tx, "trajectory_authors", row, " ON CONFLICT DO NOTHING").rowcount
        t.restored += done
        t.already += 1 - done
    return t


def _judgements(tx: Tx, team: str, rows: list[Row], ids: dict[str, str]) -> Tally:
    t = Tally()
    for r in rows:
        tid = ids.get(r["trajectory_id"])
        if tid is None:
            t.forgotten += 1
            continue
        done = _insert(tx, "judgements", {**r, "trajectory_id": tid, "team": team}, " ON CONFLICT DO NOTHING").rowcount
        t.restored += done
        t.already += 1 - done
    return t


def _lessons(ledger: Ledger, tx: Tx, team: str, rows: list[Row], ids: dict[str, str], batch_id: str) -> Tally:
    t = Tally()
    for r in rows:
        if tx.execute("SELECT 1 AS hit FROM lessons WHERE id = ?", (r["id"],)).fetchone():
            t.already += 1
            continue
        active = r["status"] == "active"
        if (
            active
            and tx.execute(
                "SELECT 1 AS hit FROM lessons WHERE team = ? AND lower(title) = lower(?) AND status = 'active'",
                (team, r["title"]),
            ).fetchone()
        ):
            t.already += 1
            continue
        cited = json.loads(r["evidence"])
        evidence = [ids.get(e, e) for e in cited if e in ids or _run_here(tx, team, e)]
        if cited and not evidence:  # every run it rested on was forgotten
            t.forgotten += 1
            continue
        row = {**r, "team": team, "evidence": json.dumps(evidence), "import_id": batch_id}
        if evidence != cited:
            row["support_trajectories"] = len(evidence)
        seq = _insert(tx, "lessons", row, " RETURNING seq").fetchone()["seq"]
        if active:
            ledger.db.add_text(tx, "lesson", int(seq), team, r["title"], f"{r['description']}\n{r['content']}")
            tx.execute("INSERT INTO outbox (kind, item_id, team) VALUES ('lesson', ?, ?)", (r["id"], team))
        t.restored += 1
    return t


def _run_here(tx: Tx, team: str, tid: str) -> bool:
    return tx.execute("SELECT 1 AS hit FROM trajectories WHERE team = ? AND id = ?", (team, tid)).fetchone() is not None


def _outcomes(tx: Tx, team: str, rows: list[Row], ids: dict[str, str], batch_id: str) -> Tally:
    t = Tally()
    for r in rows:
        tid = r["trajectory_id"]
        if tid is not None and tid not in ids:
            t.forgotten += 1
            continue
        row = {**r, "team": team, "trajectory_id": ids.get(tid) if tid is not None else None, "import_id": batch_id}
        if tid is None:
            same = tx.execute(
                'SELECT 1 AS hit FROM skill_outcomes WHERE team = ? AND "user" = ? AND skill = ?'
                " AND trajectory_id IS NULL AND created_at = ?",
                (team, r["user"], r["skill"], r["created_at"]),
            ).fetchone()
            if same:
                t.already += 1
                continue
            _insert(tx, "skill_outcomes", row)
            t.restored += 1
            continue
        done = _insert(
            tx,
            "skill_outcomes",
            row,
            ' ON CONFLICT (team, "user", skill, trajectory_id) WHERE trajectory_id IS NOT NULL DO NOTHING',
        ).rowcount
        t.restored += done
        t.already += 1 - done
    return t


def _serves(tx: Tx, team: str, rows: list[Row], ids: dict[str, str], batch_id: str) -> Tally:
    t = Tally()
    for r in rows:
        tid = r["trajectory_id"]
        if (tid is not None and tid not in ids) or not tx.execute(
            "SELECT 1 AS hit FROM lessons WHERE team = ? AND id = ?", (team, r["lesson_id"])
        ).fetchone():
            t.forgotten += 1
            continue
        if tx.execute(
            'SELECT 1 AS hit FROM lesson_serves WHERE team = ? AND lesson_id = ? AND "user" = ? AND served_at = ?',
            (team, r["lesson_id"], r["user"], r["served_at"]),
        ).fetchone():
            t.already += 1
            continue
        restored = {
            **r,
            "team": team,
            "trajectory_id": ids.get(tid) if tid is not None else None,
            "import_id": batch_id,
        }
        _insert(tx, "lesson_serves", restored)
        t.restored += 1
    return t
