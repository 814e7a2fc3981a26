"""On PostgreSQL a forgotten run's rows leave the tables at once, but their old versions stay in the
table and index files until they are rewritten. README names the command that clears them; this
replays it against the files of a real server."""

from __future__ import annotations

from pathlib import Path

import psycopg
import pytest

from conftest import REPO, SEED, trajectory
from postgres_server import PostgresServer
from skillhive.config import Settings
from skillhive.hive import Hive
from skillhive.models import Caller, TrajectoryIn
from skillhive.requests import ForgetRequest
from skillhive.store.embeddings import LocalMiniLM

pytestmark = pytest.mark.slow
WORD = b"zanzibarquuxleak"
# What README says clears a forgotten run's text from the database files (VACUUM FULL rebuilds indexes too).
CLEARS = "VACUUM FULL trajectories, trajectory_words, lexicon"


def files_holding(server: PostgresServer, url: str, needle: bytes) -> list[str]:
    """The database's relation files (tables, TOAST, indexes) that hold `needle`, after a checkpoint."""
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("CHECKPOINT")
        rows = conn.execute(
            "SELECT c.relname, pg_relation_filepath(c.oid) FROM pg_class c"
            " WHERE pg_relation_filepath(c.oid) IS NOT NULL AND c.relkind IN ('r', 't', 'i', 'm')"
        ).fetchall()
    data = server.root / "data"
    found = []
    for name, path in rows:
        for segment in data.glob(f"{path}*"):
            if segment.name.endswith(("_fsm", "_vm")):
                continue
            if needle in Path(segment).read_bytes():
                found.append(name)
                break
    return sorted(set(found))


def test_a_forgotten_runs_text_leaves_the_database_files_after_the_documented_vacuum(
    tmp_path: Path, postgres: PostgresServer, embedder: LocalMiniLM
) -> None:
    url = postgres.create_database()
    settings = Settings(
        data_dir=tmp_path / "data", user="alice", team="team-a", seed_skills=SEED, evolve_in_server=False,
        database_url=url,  # type: ignore[arg-type]
    )  # fmt: skip
    hive = Hive(settings, embedder=embedder)
    try:
        alice = Caller(user="alice", team="team-a")
        kept = hive.record(alice, TrajectoryIn.model_validate(trajectory("Renew the TLS certificate")))
        gone = hive.record(alice, TrajectoryIn.model_validate(trajectory(f"Rotate the {WORD.decode()} credential")))
        hive.backends.indexer.drain()
        hive.forget(alice, ForgetRequest(id=gone.id))
        assert kept.id != gone.id
    finally:
        hive.close()
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("VACUUM FULL trajectories")  # what README said before: not enough
    left = files_holding(postgres, url, WORD)
    assert "trajectory_words" in left or "lexicon" in left, left  # the finding: words and counts stayed
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(CLEARS)
    assert files_holding(postgres, url, WORD) == []
    assert f"`{CLEARS}`" in (REPO / "README.md").read_text()  # the command the README gives
