"""Finding 6: a run that leaked a secret (or that its recorder wants gone) can be removed for good."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from backends import both
from conftest import trajectory
from skillhive.store.evolution import EvolutionStore
from trust.fixtures import TEAM, TeamHive

pytestmark = [pytest.mark.anyio, both]

UNIQUE = "quokkaflux-3317"


def leaking_run() -> dict:
    return trajectory(
        f"Rotate the signing key {UNIQUE} of the billing gateway",
        steps=[{"action": f"vault write transit/keys/{UNIQUE}", "observation": f"rotated {UNIQUE}"}],
    )


def traces(data: Path, text: str) -> list[str]:
    """Files of the data directory that hold `text` (any case) anywhere in their bytes."""
    needles = {text.encode(), text.lower().encode(), text.split("-")[0].encode()}
    return [
        str(p.relative_to(data))
        for p in sorted(data.rglob("*"))
        if p.is_file() and any(n in p.read_bytes() for n in needles)
    ]


async def test_the_recorder_forgets_a_run_and_no_byte_of_it_stays_in_the_data_directory(team: TeamHive) -> None:
    async with team.client("alice") as client:
        for n in range(20):  # neighbours, so the run sits in shared pages and index segments
            await client.call_tool("record_trajectory", trajectory(f"Rotate key number {n} of the billing gateway"))
        rec = (await client.call_tool("record_trajectory", leaking_run())).structured_content
        tid = rec["id"]
        await client.call_tool(
            "report_skill_outcome", {"name": "deploy-service", "success": True, "trajectory_id": tid}
        )
    EvolutionStore(team.hive.backends.ledger).save_judgement(TEAM, tid, "success", 0.9, f"rotated {UNIQUE}", "m")
    team.hive.backends.indexer.drain()
    assert "bob" not in (await team.ok("alice", "get_trajectory", id=tid))["user"]
    refused = await team.refused("bob", "forget_trajectory", id=tid)
    assert "only the users who recorded a run, or a maintainer" in refused
    assert (await team.ok("alice", "forget_trajectory", id=tid)) == {"id": tid, "removed": "run"}
    team.hive.backends.indexer.drain()
    assert "no trajectory" in await team.refused("alice", "get_trajectory", id=tid)
    found = await team.ok("alice", "retrieve_experience", query=f"rotate the signing key {UNIQUE}", k=50)
    assert tid not in {i["id"] for i in found["items"]}
    # Recorded again (a re-import, a redelivery): nothing is stored.
    again = await team.ok("alice", "record_trajectory", **leaking_run())
    assert again["id"] == tid and again["forgotten"] is True and again.get("created") is False
    team.hive.close()  # every connection closed, the WAL checkpointed into the ledger
    assert traces(team.hive.settings.data_dir, UNIQUE) == []


async def test_a_co_recorder_removes_only_their_name_and_a_maintainer_removes_the_run_for_everyone(
    team: TeamHive,
) -> None:
    tid = (await team.ok("alice", "record_trajectory", **leaking_run()))["id"]
    await team.ok("bob", "record_trajectory", **leaking_run())  # the same run, recorded by bob too
    assert (await team.ok("bob", "forget_trajectory", id=tid))["removed"] == "authorship"
    assert (await team.ok("alice", "get_trajectory", id=tid))["id"] == tid
    assert (await team.ok("maint", "forget_trajectory", id=tid))["removed"] == "run"
    assert "no trajectory" in await team.refused("alice", "get_trajectory", id=tid)
    for user in ("alice", "carol"):  # a maintainer's forget keeps it out for everyone
        assert (await team.ok(user, "record_trajectory", **leaking_run()))["forgotten"] is True


async def test_a_run_one_member_forgot_is_stored_again_when_another_member_records_it(team: TeamHive) -> None:
    # The finding: after alice forgot run X, bob's later identical X was refused (`forgotten: true`).
    tid = (await team.ok("alice", "record_trajectory", **leaking_run()))["id"]
    assert (await team.ok("alice", "forget_trajectory", id=tid))["removed"] == "run"
    bobs = await team.ok("bob", "record_trajectory", **leaking_run())
    assert bobs["id"] == tid and bobs["created"] is True and not bobs.get("forgotten")
    assert (await team.ok("bob", "get_trajectory", id=tid))["user"] == "bob"
    again = await team.ok("alice", "record_trajectory", **leaking_run())  # alice's tombstone still holds for her
    assert again["forgotten"] is True
    assert team.hive.backends.ledger.authors(TEAM, [tid]) == {tid: ("bob",)}


async def test_the_first_recorders_forget_leaves_a_co_recorders_copy_and_the_last_authors_removes_it(
    team: TeamHive,
) -> None:
    # The finding: when the first recorder forgot a run a second member also recorded, bob's copy went.
    tid = (await team.ok("alice", "record_trajectory", **leaking_run()))["id"]
    await team.ok("alice", "report_skill_outcome", name="deploy-service", success=True, trajectory_id=tid)
    assert (await team.ok("bob", "record_trajectory", **leaking_run()))["id"] == tid
    assert (await team.ok("alice", "forget_trajectory", id=tid)) == {"id": tid, "removed": "authorship"}
    kept = await team.ok("bob", "get_trajectory", id=tid)
    assert kept["user"] == "bob"  # bob is now its first recorder
    assert team.hive.backends.ledger.authors(TEAM, [tid]) == {tid: ("bob",)}
    assert team.hive.backends.ledger.skill_usage(TEAM) == {}  # alice's outcome on it went with her name
    assert (await team.ok("alice", "record_trajectory", **leaking_run()))["forgotten"] is True
    assert team.hive.backends.ledger.authors(TEAM, [tid]) == {tid: ("bob",)}
    assert (await team.ok("bob", "forget_trajectory", id=tid))["removed"] == "run"
    team.hive.backends.indexer.drain()
    assert "no trajectory" in await team.refused("bob", "get_trajectory", id=tid)
    assert team.hive.backends.ledger.read("SELECT count(*) AS n FROM trajectory_authors")[0]["n"] == 0


async def test_a_lesson_whose_only_evidence_was_the_run_goes_with_it(team: TeamHive) -> None:
    from datetime import UTC, datetime

    from skillhive.models import Lesson, LessonKind

    tid = (await team.ok("alice", "record_trajectory", **leaking_run()))["id"]
    other = (await team.ok("bob", "record_trajectory", **trajectory("Rotate the keys of the mail relay")))["id"]
    now = datetime.now(UTC)
    store = EvolutionStore(team.hive.backends.ledger)
    for lid, evidence in (("ls_only", [tid]), ("ls_shared", [tid, other])):
        store.save_lesson(
            Lesson(
                id=lid,
                team=TEAM,
                title=f"Lesson {lid} about {UNIQUE}",
                description="d",
                content="c",
                kind=LessonKind.INSIGHT,
                evidence=evidence,
                created_at=now,
                updated_at=now,
            )
        )
    await team.ok("alice", "forget_trajectory", id=tid)
    rows = {r["id"]: r["evidence"] for r in team.hive.backends.ledger.read("SELECT id, evidence FROM lessons")}
    assert rows == {"ls_shared": f'["{other}"]'}


def test_skillhive_forget_removes_a_run_from_the_command_line(tmp_path: Path) -> None:
    data = tmp_path / "data"
    env = {"SKILLHIVE_DATA_DIR": str(data), "SKILLHIVE_USER": "alice", "SKILLHIVE_TEAM": TEAM, "PATH": "/usr/bin:/bin"}
    src = tmp_path / "run.jsonl"
    src.write_text(__import__("json").dumps(leaking_run()) + "\n")
    cli = [sys.executable, "-m", "skillhive.cli"]
    assert subprocess.run([*cli, "import", str(src), "--no-progress"], env=env, capture_output=True).returncode == 0
    tid = sqlite3.connect(data / "ledger.db").execute("SELECT id FROM trajectories").fetchone()[0]
    out = subprocess.run([*cli, "forget", tid], env=env, capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == f"forgot {tid}: removed from the hive"
    assert sqlite3.connect(data / "ledger.db").execute("SELECT count(*) FROM trajectories").fetchone()[0] == 0
