"""Numbered schema migrations of the ledger, applied once each and recorded in `schema_migrations`."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

Migration = Callable[[sqlite3.Connection], None]


def _script(db: sqlite3.Connection, sql: str) -> None:
    """Run statements one by one: `executescript` would commit the open migration transaction."""
    for statement in sql.split(";\n"):
        if statement.strip():
            db.execute(statement)


def _m001_initial(db: sqlite3.Connection) -> None:
    _script(
        db,
        """
        CREATE TABLE trajectories (
            seq          INTEGER PRIMARY KEY,
            id           TEXT NOT NULL UNIQUE,
            team         TEXT NOT NULL,
            user         TEXT NOT NULL,
            created_at   TEXT NOT NULL,
            content_hash TEXT NOT NULL,
            task         TEXT NOT NULL,
            status       TEXT NOT NULL,
            score        REAL,
            tags         TEXT NOT NULL,
            skills       TEXT NOT NULL,
            agent        TEXT,
            n_steps      INTEGER NOT NULL,
            summary      TEXT NOT NULL,
            redactions   INTEGER NOT NULL DEFAULT 0,
            doc          TEXT NOT NULL,
            UNIQUE (team, content_hash)
        );
        CREATE INDEX trajectories_team_seq ON trajectories (team, seq);

        -- Lexical side of hybrid retrieval: rowid = trajectories.seq.
        -- No stemmer: query words must equal vocabulary terms, so that their document
        -- frequencies can be read from the vocab table and the commonest words left out.
        CREATE VIRTUAL TABLE trajectories_fts USING fts5(
            task, body, tokenize = 'unicode61 remove_diacritics 2'
        );
        CREATE VIRTUAL TABLE trajectories_vocab USING fts5vocab(trajectories_fts, row);

        CREATE TABLE lessons (
            seq                  INTEGER PRIMARY KEY,
            id                   TEXT NOT NULL UNIQUE,
            team                 TEXT NOT NULL,
            title                TEXT NOT NULL,
            description          TEXT NOT NULL,
            content              TEXT NOT NULL,
            kind                 TEXT NOT NULL,
            evidence             TEXT NOT NULL,
            support_trajectories INTEGER NOT NULL DEFAULT 0,
            support_users        INTEGER NOT NULL DEFAULT 0,
            trust                REAL NOT NULL DEFAULT 0.5,
            status               TEXT NOT NULL DEFAULT 'active',
            uses                 INTEGER NOT NULL DEFAULT 0,
            successes            INTEGER NOT NULL DEFAULT 0,
            skill                TEXT,
            created_at           TEXT NOT NULL,
            updated_at           TEXT NOT NULL
        );
        CREATE INDEX lessons_team ON lessons (team, status);
        CREATE VIRTUAL TABLE lessons_fts USING fts5(
            title, body, tokenize = 'unicode61 remove_diacritics 2'
        );

        CREATE TABLE skill_outcomes (
            seq           INTEGER PRIMARY KEY,
            team          TEXT NOT NULL,
            user          TEXT NOT NULL,
            skill         TEXT NOT NULL,
            version       TEXT,
            success       INTEGER NOT NULL,
            trajectory_id TEXT,
            note          TEXT,
            created_at    TEXT NOT NULL
        );
        CREATE INDEX skill_outcomes_skill ON skill_outcomes (team, skill, version);

        -- Work for the vector index, written in the same transaction as the row it names.
        CREATE TABLE outbox (
            seq     INTEGER PRIMARY KEY AUTOINCREMENT,
            kind    TEXT NOT NULL,
            item_id TEXT NOT NULL,
            team    TEXT NOT NULL
        );

        CREATE TABLE meta (
            key   TEXT PRIMARY KEY,
            value TEXT NOT NULL
        );
        """,
    )


def _m002_evolver(db: sqlite3.Connection) -> None:
    _script(
        db,
        """
        -- One row per evolution pass: what it read, spent, proposed, applied, rejected.
        CREATE TABLE evolution_runs (
            run_id      TEXT PRIMARY KEY,
            team        TEXT NOT NULL,
            mode        TEXT NOT NULL,
            started_at  TEXT NOT NULL,
            finished_at TEXT,
            commit_sha  TEXT,
            report      TEXT NOT NULL
        );
        CREATE INDEX evolution_runs_team ON evolution_runs (team, started_at);

        -- Labels an LLM judge gave to runs recorded with an unknown outcome. The recorded
        -- label stays as it was: every label keeps its source.
        CREATE TABLE judgements (
            trajectory_id TEXT PRIMARY KEY,
            team          TEXT NOT NULL,
            status        TEXT NOT NULL,
            confidence    REAL NOT NULL,
            reason        TEXT NOT NULL,
            model         TEXT NOT NULL,
            created_at    TEXT NOT NULL
        );

        -- Which evolver pass looked at which trajectory (so a pass reads only what is new).
        CREATE TABLE evolver_progress (
            team     TEXT PRIMARY KEY,
            last_seq INTEGER NOT NULL
        );

        -- Lessons served to a user; the next run that user records is the lesson's outcome.
        CREATE TABLE lesson_serves (
            seq           INTEGER PRIMARY KEY,
            lesson_id     TEXT NOT NULL,
            team          TEXT NOT NULL,
            user          TEXT NOT NULL,
            served_at     TEXT NOT NULL,
            trajectory_id TEXT
        );
        CREATE INDEX lesson_serves_open ON lesson_serves (team, user, trajectory_id)
        """,
    )


def _m003_tokens(db: sqlite3.Connection) -> None:
    _script(
        db,
        """
        -- Bearer tokens of the HTTP transport. Only a hash of each secret is kept; the token
        -- itself is shown once, when it is created. Revoked tokens stay, for the record.
        CREATE TABLE tokens (
            id           TEXT PRIMARY KEY,
            secret_hash  TEXT NOT NULL,
            user         TEXT NOT NULL,
            team         TEXT NOT NULL,
            role         TEXT NOT NULL CHECK (role IN ('member', 'maintainer', 'admin')),
            created_at   TEXT NOT NULL,
            last_used_at TEXT,
            revoked_at   TEXT
        );
        CREATE INDEX tokens_team ON tokens (team, user)
        """,
    )


MIGRATIONS: list[tuple[int, str, Migration]] = [
    (1, "initial schema: trajectories, lessons, skill outcomes, outbox, FTS5", _m001_initial),
    (2, "evolver: evolution runs, judge labels, progress per team", _m002_evolver),
    (3, "tokens: hashed bearer tokens with user, team and role", _m003_tokens),
]


def migrate(db: sqlite3.Connection) -> list[int]:
    """Apply every migration not yet recorded; returns the numbers applied."""
    db.execute(
        "CREATE TABLE IF NOT EXISTS schema_migrations "
        "(number INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP)"
    )
    applied: list[int] = []
    for number, name, apply in MIGRATIONS:
        db.execute("BEGIN IMMEDIATE")
        try:
            if db.execute("SELECT 1 FROM schema_migrations WHERE number = ?", (number,)).fetchone():
                db.execute("ROLLBACK")
                continue
            apply(db)
            db.execute("INSERT INTO schema_migrations (number, name) VALUES (?, ?)", (number, name))
            db.execute("COMMIT")
            applied.append(number)
        except BaseException:
            db.execute("ROLLBACK")
            raise
    return applied
