"""The SQLite schema, in numbered steps (store/migrations.py applies them; PostgreSQL has its own
DDL under the same numbers in store/postgres/migrations.py)."""

from __future__ import annotations

from skillhive.store.database import Tx
from skillhive.store.migrations import Migrations, backfill_procedures, backfill_titles, backfill_verdicts, script


def _m001_initial(tx: Tx) -> None:
    script(
        tx,
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


def _m002_evolver(tx: Tx) -> None:
    script(
        tx,
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


def _m003_tokens(tx: Tx) -> None:
    script(
        tx,
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


def _m004_procedures(tx: Tx) -> None:
    """Each run's procedure (state-changing tools), task key and twin key; a vocabulary for lessons."""
    script(
        tx,
        """
        ALTER TABLE trajectories ADD COLUMN procedure TEXT NOT NULL DEFAULT '[]';
        ALTER TABLE trajectories ADD COLUMN task_key TEXT NOT NULL DEFAULT '';
        ALTER TABLE trajectories ADD COLUMN twin_key TEXT NOT NULL DEFAULT '';
        CREATE VIRTUAL TABLE lessons_vocab USING fts5vocab(lessons_fts, row)
        """,
    )
    backfill_procedures(tx)


def _m005_trust(tx: Tx) -> None:
    """Authorship of runs, forgotten runs, one outcome per user/run/skill, lesson authors, stage
    positions of the evolver, and the team -> skill directory mapping."""
    script(
        tx,
        """
        -- Everyone who recorded a run: the same content recorded by two users is one row in
        -- trajectories and two here, so neither loses authorship.
        CREATE TABLE trajectory_authors (
            trajectory_id TEXT NOT NULL,
            team          TEXT NOT NULL,
            user          TEXT NOT NULL,
            recorded_at   TEXT NOT NULL,
            PRIMARY KEY (trajectory_id, user)
        );
        CREATE INDEX trajectory_authors_user ON trajectory_authors (team, user);
        CREATE INDEX trajectory_authors_by_user ON trajectory_authors (user);
        INSERT INTO trajectory_authors (trajectory_id, team, user, recorded_at)
            SELECT id, team, user, created_at FROM trajectories;

        -- Runs removed on request: only the content hash stays, so the run cannot come back
        -- through a re-import or a redelivery.
        CREATE TABLE forgotten (
            team         TEXT NOT NULL,
            content_hash TEXT NOT NULL,
            forgotten_at TEXT NOT NULL,
            PRIMARY KEY (team, content_hash)
        );

        -- At most one outcome per user, run and skill: keep the latest of any duplicates.
        DELETE FROM skill_outcomes WHERE trajectory_id IS NOT NULL AND seq NOT IN (
            SELECT max(seq) FROM skill_outcomes WHERE trajectory_id IS NOT NULL
            GROUP BY team, user, skill, trajectory_id
        );
        CREATE UNIQUE INDEX skill_outcomes_once ON skill_outcomes (team, user, skill, trajectory_id)
            WHERE trajectory_id IS NOT NULL;

        -- The users whose own runs a lesson came from: it is served to them alone until enough
        -- distinct users back it.
        ALTER TABLE lessons ADD COLUMN authors TEXT NOT NULL DEFAULT '[]';

        -- How far each stage of the evolver has read: a pass without a model must not use up
        -- what the model stages never saw.
        CREATE TABLE evolver_positions (
            team     TEXT NOT NULL,
            stage    TEXT NOT NULL,
            last_seq INTEGER NOT NULL,
            PRIMARY KEY (team, stage)
        );
        INSERT INTO evolver_positions (team, stage, last_seq) SELECT team, 'seen', last_seq FROM evolver_progress;
        INSERT INTO evolver_positions (team, stage, last_seq)
            SELECT p.team, 'model', p.last_seq FROM evolver_progress p
            WHERE EXISTS (SELECT 1 FROM evolution_runs r WHERE r.team = p.team
                          AND json_extract(r.report, '$.llm_calls') > 0);
        DROP TABLE evolver_progress;

        -- Which directory holds each team's skills, fixed when the team is first seen, for every
        -- process alike (HTTP, stdio, CLI), whatever its own settings say.
        CREATE TABLE team_skills (
            team TEXT PRIMARY KEY,
            path TEXT NOT NULL UNIQUE
        )
        """,
    )


def _m006_sessions(tx: Tx) -> None:
    """Coding-agent sessions captured by hooks: each user's session key names the one run it updates."""
    script(
        tx,
        """
        -- A session that goes on updates its run (same id) instead of adding one; trajectory_id
        -- NULL: its run was forgotten, and the session is not captured again.
        CREATE TABLE sessions (
            team          TEXT NOT NULL,
            user          TEXT NOT NULL,
            session_key   TEXT NOT NULL,
            trajectory_id TEXT,
            updated_at    TEXT NOT NULL,
            PRIMARY KEY (team, user, session_key)
        );
        CREATE INDEX sessions_run ON sessions (trajectory_id)
        """,
    )


def _m007_forget_per_user(tx: Tx) -> None:
    """A forgotten run's tombstone names whose forget it was: it blocks that user's copy alone
    ('' — a maintainer's forget, or one made before this — blocks everyone's)."""
    script(
        tx,
        """
        CREATE TABLE forgotten_by (
            team         TEXT NOT NULL,
            content_hash TEXT NOT NULL,
            "user"       TEXT NOT NULL DEFAULT '',
            forgotten_at TEXT NOT NULL,
            PRIMARY KEY (team, content_hash, "user")
        );
        INSERT INTO forgotten_by (team, content_hash, "user", forgotten_at)
            SELECT team, content_hash, '', forgotten_at FROM forgotten;
        DROP TABLE forgotten;
        ALTER TABLE forgotten_by RENAME TO forgotten
        """,
    )


def _m008_provenance(tx: Tx) -> None:
    """What retrieval shows of where a run came from: a title when the task is not what the user
    asked for (a simulated user's script), and how the run arrived (recorded, captured, or import:<batch>)."""
    script(
        tx,
        """
        ALTER TABLE trajectories ADD COLUMN title TEXT NOT NULL DEFAULT '';
        ALTER TABLE trajectories ADD COLUMN source TEXT NOT NULL DEFAULT 'recorded'
        """,
    )
    backfill_titles(tx)


def _m010_evolver_deferred(tx: Tx) -> None:
    """Runs the evolver read but left for a later pass, so that none is skipped."""
    script(
        tx,
        """
        -- Runs the evolver read but left for a later pass (over the model budget, or their model
        -- call failed): the read position moves past them, so they are kept here until read.
        CREATE TABLE evolver_deferred (
            team TEXT NOT NULL,
            seq  INTEGER NOT NULL,
            PRIMARY KEY (team, seq)
        )
        """,
    )


def _m012_import_batches(tx: Tx) -> None:
    """Each import is a batch with an id; every row it stored (runs, authorships, and a bundle's lessons,
    outcomes and serves) names it."""
    script(
        tx,
        """
        CREATE TABLE import_batches (
            id           TEXT PRIMARY KEY,
            team         TEXT NOT NULL,
            user         TEXT NOT NULL,
            created_at   TEXT NOT NULL,
            source       TEXT NOT NULL,
            format       TEXT NOT NULL,
            counts       TEXT NOT NULL,
            forgotten_at TEXT
        );
        CREATE INDEX import_batches_team ON import_batches (team, created_at);
        ALTER TABLE trajectories ADD COLUMN import_id TEXT;
        CREATE INDEX trajectories_import ON trajectories (import_id);
        ALTER TABLE trajectory_authors ADD COLUMN import_id TEXT;
        CREATE INDEX trajectory_authors_import ON trajectory_authors (import_id);
        ALTER TABLE lessons ADD COLUMN import_id TEXT;
        ALTER TABLE skill_outcomes ADD COLUMN import_id TEXT;
        ALTER TABLE lesson_serves ADD COLUMN import_id TEXT
        """,
    )


def _m013_served_verdicts(tx: Tx) -> None:
    """Each run's served-text verdict, worked out when it is indexed so retrieval need not: the rules
    it was reached under, a digest of the text it is of, and the problem (NULL: the text is served)."""
    script(
        tx,
        """
        ALTER TABLE trajectories ADD COLUMN served_rules TEXT;
        ALTER TABLE trajectories ADD COLUMN served_digest TEXT;
        ALTER TABLE trajectories ADD COLUMN served_flag TEXT;
        CREATE INDEX trajectories_served ON trajectories (served_rules)
        """,
    )
    backfill_verdicts(tx)


def _m014_hive_commits(tx: Tx) -> None:
    """The skill commits this hive made (any replica: they share the ledger), so that a commit that
    arrived from the skills remote is told apart from the hive's own when a skill is served."""
    script(
        tx,
        """
        CREATE TABLE hive_commits (
            team    TEXT NOT NULL,
            sha     TEXT NOT NULL,
            made_at TEXT NOT NULL,
            what    TEXT NOT NULL,
            PRIMARY KEY (team, sha)
        )
        """,
    )


MIGRATIONS: Migrations = [
    (1, "initial schema: trajectories, lessons, skill outcomes, outbox, keyword search", _m001_initial),
    (2, "evolver: evolution runs, judge labels, progress per team", _m002_evolver),
    (3, "tokens: hashed bearer tokens with user, team and role", _m003_tokens),
    (4, "procedures: each run's state-changing tools, task and twin keys; lesson vocabulary", _m004_procedures),
    (5, "trust: run authors, forgotten runs, one outcome per run, lesson authors, stage positions", _m005_trust),
    (6, "sessions: the run each captured coding-agent session updates", _m006_sessions),
    (7, "forget per user: a tombstone blocks only the user who forgot", _m007_forget_per_user),
    (8, "provenance: a run's title (what the user asked for) and how it arrived", _m008_provenance),
    (10, "evolver: runs deferred to a later pass", _m010_evolver_deferred),
    (12, "import batches: one per import, named by the runs and authorships it added", _m012_import_batches),
    (
        13,
        "served verdicts: each run's served-text verdict, the rules it was reached under, its text's digest",
        _m013_served_verdicts,
    ),
    (14, "hive commits: the skill commits this hive made, told apart from the skills remote's", _m014_hive_commits),
]
