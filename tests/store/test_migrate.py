"""`skillhive migrate --to postgresql://…` moves a real hive: every table, checked counts, and a
hive on PostgreSQL that serves what the SQLite one served."""

from __future__ import annotations

import json
import os
import sqlite3
import sys
from pathlib import Path

import anyio
import pytest

from conftest import SEED
from postgres_server import PostgresServer
from skillhive.cli import main
from skillhive.config import Settings
from skillhive.hive import Hive
from skillhive.models import Caller, Lesson, LessonKind, Outcome, OutcomeStatus, Step, TrajectoryIn
from skillhive.requests import ForgetRequest, GetTrajectoryRequest, RetrieveRequest, SkillOutcomeRequest
from skillhive.store.embeddings import LocalMiniLM
from skillhive.store.tokens import TokenStore

ALICE = Caller(user="alice", team="team-a")
BOB = Caller(user="bob", team="team-a")


def settings_for(data: Path, url: str | None = None) -> Settings:
    return Settings(
        data_dir=data,
        user="alice",
        team="team-a",
        seed_skills=SEED,
        evolve_in_server=False,
        database_url=url,  # type: ignore[arg-type]
    )


def run(task: str, status: OutcomeStatus = OutcomeStatus.SUCCESS) -> TrajectoryIn:
    return TrajectoryIn(
        task=task,
        steps=[Step(action=f"kubectl rollout restart {task[:12]}", observation="deployment restarted")],
        outcome=Outcome(status=status),
    )


def a_sqlite_hive(data: Path, embedder: LocalMiniLM) -> dict[str, str]:
    hive = Hive(settings_for(data), embedder=embedder)
    try:
        hive.start()
        ids = {
            "cert": hive.record(ALICE, run("Renew the TLS certificate of the web frontend")).id,
            "db": hive.record(BOB, run("Restore the nightly backup of the analytics warehouse")).id,
            "gone": hive.record(ALICE, run("Rotate the leaked API key of billing")).id,
        }
        hive.record(BOB, run("Renew the TLS certificate of the web frontend"))  # a second author
        hive.forget(ALICE, ForgetRequest(id=ids["gone"]))
        hive.report_skill_outcome(
            ALICE, SkillOutcomeRequest(name="using-skillhive", success=True, trajectory_id=ids["cert"])
        )
        hive.backends.evolution.save_lesson(
            Lesson(
                id="ls_1", team="team-a", title="Check the port before certbot", description="certbot renewals",
                content="Free port 80 first.", kind=LessonKind.PITFALL, evidence=[ids["cert"]], authors=["alice"],
                created_at="2026-11-29T00:00:00+00:00", updated_at="2026-11-29T00:00:00+00:00",
            )
        )  # fmt: skip
        hive.backends.evolution.advance("team-a", "seen", 2)
        TokenStore(hive.backends.ledger).create("carol", "team-a", "maintainer")
        hive.backends.indexer.drain()
    finally:
        hive.close()
    return ids


def test_migrate_copies_every_table_and_the_hive_serves_the_same_from_postgresql(
    tmp_path: Path, postgres: PostgresServer, embedder: LocalMiniLM, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    ids = a_sqlite_hive(data, embedder)
    url = postgres.create_database().replace("postgres@", "postgres:s3cret-pw@")  # trust auth ignores it

    assert main(["migrate", "--to", url, "--data-dir", str(data)]) == 0
    out = capsys.readouterr()
    counts = {line.split()[0]: int(line.split()[1]) for line in out.out.splitlines()}
    assert counts["trajectories"] == 2 and counts["trajectory_authors"] == 3 and counts["forgotten"] == 1
    assert counts["tokens"] == 1 and counts["lessons"] == 1 and counts["skill_outcomes"] == 1
    assert "counts checked" in out.err and "postgres:***@" in out.err
    assert "s3cret-pw" not in out.err + out.out  # the password is never printed

    moved = Hive(settings_for(data, url), embedder=embedder)
    try:
        assert moved.backends.ledger.db.engine == "postgresql"
        full = moved.get_trajectory(ALICE, GetTrajectoryRequest(id=ids["cert"]))
        assert full.task.startswith("Renew the TLS certificate") and full.user == "alice"
        assert moved.backends.ledger.authors("team-a", [ids["cert"]]) == {ids["cert"]: ("alice", "bob")}
        found = moved.retrieve(ALICE, RetrieveRequest(query="renew the tls certificate", kinds=["trajectory"]))
        assert found.items and found.items[0].id == ids["cert"]
        assert moved.backends.ledger.postings("trajectory", "team-a", "warehouse", 10) == [ids["db"]]
        assert moved.record(ALICE, run("Rotate the leaked API key of billing")).forgotten  # the tombstone came along
        assert moved.backends.evolution.position("team-a", "seen") == 2
        assert TokenStore(moved.backends.ledger).list_tokens()[0].user == "carol"
        fresh = moved.record(ALICE, run("Compile the Rust crate for musl"))
        assert fresh.created  # new rows get new sequence numbers after the copied ones
        assert moved.backends.ledger.get_trajectory("team-a", fresh.id).seq > 2  # type: ignore[union-attr]
    finally:
        moved.close()


def test_migrate_refuses_a_target_that_is_not_empty(
    tmp_path: Path, postgres: PostgresServer, embedder: LocalMiniLM, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    a_sqlite_hive(data, embedder)
    url = postgres.create_database()
    assert main(["migrate", "--to", url, "--data-dir", str(data)]) == 0
    capsys.readouterr()
    assert main(["migrate", "--to", url, "--data-dir", str(data)]) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith("skillhive: error: the target ledger") and "is not empty (2 trajectories" in err
    assert "migrate into a new database" in err


def test_migrate_names_the_flag_when_the_target_is_no_postgresql_url(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["migrate", "--to", "mysql://x", "--data-dir", str(tmp_path)]) == 2
    assert capsys.readouterr().err.strip() == "skillhive: error: --to: a postgresql:// URL"


def test_migrate_carries_nul_characters_an_older_hive_accepted_as_replacement_characters(
    tmp_path: Path, postgres: PostgresServer, embedder: LocalMiniLM, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    ids = a_sqlite_hive(data, embedder)
    with sqlite3.connect(data / "ledger.db") as old:  # what a hive before NUL was refused could hold
        doc = json.loads(old.execute("SELECT doc FROM trajectories WHERE id = ?", (ids["db"],)).fetchone()[0])
        doc["task"] += " \x00"
        doc["steps"][0]["tool_args"] = {"dump": "PNG\x00IHDR"}
        old.execute(
            "UPDATE trajectories SET task = task || ' ' || char(0), doc = ? WHERE id = ?", (json.dumps(doc), ids["db"])
        )
    url = postgres.create_database()
    assert main(["migrate", "--to", url, "--data-dir", str(data)]) == 0
    capsys.readouterr()
    moved = Hive(settings_for(data, url), embedder=embedder)
    try:
        full = moved.get_trajectory(BOB, GetTrajectoryRequest(id=ids["db"]))
        assert full.task.endswith(" \ufffd") and full.steps[0].tool_args == {"dump": "PNG\ufffdIHDR"}
        stats = moved.maintenance.stats("team-a")  # reads the documents as jsonb
        assert stats.trajectories == 2 and sum(stats.by_label.values()) == 2
    finally:
        moved.close()


@pytest.mark.anyio
async def test_migrate_refuses_while_a_server_still_serves_the_sqlite_hive(
    tmp_path: Path, postgres: PostgresServer, embedder: LocalMiniLM, capsys: pytest.CaptureFixture[str]
) -> None:
    """Its writes after the copy would stay behind in the SQLite file: stop it first."""
    data = tmp_path / "data"
    a_sqlite_hive(data, embedder)
    url = postgres.create_database()
    env = {**os.environ, "SKILLHIVE_DATA_DIR": str(data), "SKILLHIVE_USER": "alice", "SKILLHIVE_TEAM": "team-a"}
    server = await anyio.open_process([sys.executable, "-m", "skillhive.cli", "serve"], env=env)
    try:
        assert server.stderr is not None
        said = b""
        with anyio.fail_after(120):
            while b"serving MCP" not in said:  # the ready line: it holds the data directory now
                said += await server.stderr.receive()
        assert main(["migrate", "--to", url, "--data-dir", str(data)]) == 1
        err = capsys.readouterr().err.strip()
        assert err.startswith(f"skillhive: error: a skillhive server is still serving from {data}"), err
    finally:
        server.terminate()
        with anyio.fail_after(60):
            await server.wait()
        await server.aclose()
    assert main(["migrate", "--to", url, "--data-dir", str(data)]) == 0  # stopped: the copy goes ahead
