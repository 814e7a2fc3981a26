"""Two teams on one hive over real HTTP: no tool or resource returns the other team's data.

alice (team-a) and bob (team-b) each hold a token. Every test checks both directions where it
can, and each runs over the 2026-07-28 per-request protocol and the legacy session protocol,
since identity travels differently through the two.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import anyio
import pytest
from mcp import Client
from mcp.shared.exceptions import MCPError

from backends import both
from conftest import trajectory
from hive_http import Running, connect, serve
from skillhive.hive import Hive
from skillhive.models import Lesson, LessonKind
from skillhive.skills_extension import ListSkillsRequest, ListSkillsResult
from skillhive.store.evolution import EvolutionStore
from skillhive.store.tokens import TokenStore

pytestmark = [pytest.mark.anyio, both]

PAYMENTS_RUN = trajectory(
    "Fail over the payments cluster to the standby region",
    steps=[
        {"thought": "drain first", "action": "paymentsctl drain --region eu", "observation": "queue empty"},
        {"thought": "switch", "action": "paymentsctl failover --to us", "observation": "standby promoted"},
    ],
    tags=["payments"],
)
PAYMENTS_QUERY = "fail over the payments cluster"


@dataclass(frozen=True)
class Teams:
    hive: Hive
    alice: str  # team-a's token
    bob: str  # team-b's token


def write_skill(root: Path, name: str, about: str) -> None:
    folder = root / name
    (folder / "references").mkdir(parents=True)
    (folder / "SKILL.md").write_text(
        f"---\nname: {name}\ndescription: Use when {about}.\n---\n\n# {name}\n\nSteps for {about}.\n",
        encoding="utf-8",
    )
    (folder / "references" / "notes.md").write_text(f"private notes on {about}\n", encoding="utf-8")


@pytest.fixture(params=["auto", "legacy"])
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def teams(hive: Hive) -> Teams:
    tokens = TokenStore(hive.backends.ledger)
    alice = tokens.create("alice", "team-a").token
    bob = tokens.create("bob", "team-b").token
    hive.directory("team-a")
    hive.directory("team-b")
    write_skill(hive.directories.root("team-a"), "payments-runbook", "failing over the payments cluster")
    write_skill(hive.directories.root("team-b"), "warehouse-runbook", "restocking the warehouse robots")
    return Teams(hive, alice, bob)


@pytest.fixture
def running(teams: Teams) -> Iterator[Running]:
    with serve(teams.hive) as srv:
        yield srv


@asynccontextmanager
async def both(running: Running, teams: Teams, mode: str) -> AsyncIterator[tuple[Client, Client]]:
    async with connect(running.mcp_url, teams.alice, mode) as a, connect(running.mcp_url, teams.bob, mode) as b:
        yield a, b


async def call(client: Client, tool: str, **args: Any) -> dict[str, Any]:
    res = await client.call_tool(tool, args)
    assert not res.is_error, res.content
    return res.structured_content or {}


async def refused(client: Client, tool: str, **args: Any) -> str:
    res = await client.call_tool(tool, args)
    assert res.is_error, res.structured_content
    return str(res.content[0].text)


async def retrieved(client: Client, query: str, **args: Any) -> list[dict[str, Any]]:
    return list((await call(client, "retrieve_experience", query=query, k=50, max_tokens=20_000, **args))["items"])


async def skill_names(client: Client) -> set[str]:
    return {s["name"] for s in (await call(client, "list_skills", limit=200))["result"]}


async def test_runs_of_one_team_are_not_found_by_search_or_by_id(running: Running, teams: Teams, mode: str) -> None:
    with anyio.fail_after(120):
        async with both(running, teams, mode) as (alice, bob):
            tid = (await call(alice, "record_trajectory", **PAYMENTS_RUN))["id"]
            assert tid in {i["id"] for i in await retrieved(alice, PAYMENTS_QUERY)}

            assert await retrieved(bob, PAYMENTS_QUERY) == []
            assert await retrieved(bob, "paymentsctl", kinds=["trajectory"]) == []
            assert f"no trajectory {tid!r}" in await refused(bob, "get_trajectory", id=tid)

            # Bob knows the exact run, hence how its id is derived: he still gets only his own copy.
            mine = await call(bob, "record_trajectory", **PAYMENTS_RUN)
            assert mine["created"] is True and mine["id"] != tid
            copy = await call(bob, "get_trajectory", id=mine["id"])
            assert (copy["user"], copy["team"]) == ("bob", "team-b")
            assert f"no trajectory {mine['id']!r}" in await refused(alice, "get_trajectory", id=mine["id"])
            assert {i["id"] for i in await retrieved(bob, PAYMENTS_QUERY) if i["kind"] == "trajectory"} == {mine["id"]}
            assert {i["id"] for i in await retrieved(alice, PAYMENTS_QUERY) if i["kind"] == "trajectory"} == {tid}

    assert teams.hive.backends.ledger.count_trajectories("team-a") == 1
    assert teams.hive.backends.ledger.count_trajectories("team-b") == 1


async def test_skills_of_one_team_are_invisible_to_tools_resources_and_the_skills_extension(
    running: Running, teams: Teams, mode: str
) -> None:
    with anyio.fail_after(120):
        async with both(running, teams, mode) as (alice, bob):
            assert "payments-runbook" in await skill_names(alice)
            assert "warehouse-runbook" not in await skill_names(alice)
            assert "warehouse-runbook" in await skill_names(bob)
            assert "payments-runbook" not in await skill_names(bob)

            assert (await call(alice, "get_skill", name="payments-runbook"))["name"] == "payments-runbook"
            assert "payments-runbook" in await refused(bob, "get_skill", name="payments-runbook")
            assert await refused(bob, "read_skill_file", name="payments-runbook", path="references/notes.md")
            assert await refused(alice, "read_skill_file", name="warehouse-runbook", path="SKILL.md")

            notes = await alice.read_resource("skill://payments-runbook/references/notes.md")
            assert "private notes" in notes.contents[0].text
            for uri in ("skill://payments-runbook/SKILL.md", "skill://payments-runbook/references/notes.md"):
                with pytest.raises(MCPError, match="payments-runbook"):
                    await bob.read_resource(uri)

            listed = await bob.session.send_request(ListSkillsRequest(), ListSkillsResult)
            uris = {s.uri for s in listed.skills}
            assert "skill://warehouse-runbook/SKILL.md" in uris
            assert not any("payments-runbook" in u for u in uris)

            by_search = await retrieved(bob, "failing over the payments cluster", kinds=["skill"])
            assert "payments-runbook" not in {i["id"] for i in by_search}


async def test_skill_outcomes_are_counted_and_checked_within_the_team(
    running: Running, teams: Teams, mode: str
) -> None:
    with anyio.fail_after(120):
        async with both(running, teams, mode) as (alice, bob):
            tid = (await call(alice, "record_trajectory", **PAYMENTS_RUN))["id"]
            for _ in range(2):  # a report on the same run and skill replaces the earlier one...
                await call(alice, "report_skill_outcome", name="using-skillhive", success=True, trajectory_id=tid)
            await call(alice, "report_skill_outcome", name="using-skillhive", success=True)  # ...one without adds

            assert (await call(alice, "get_skill", name="using-skillhive"))["uses"] == 2
            assert (await call(bob, "get_skill", name="using-skillhive")).get("uses", 0) == 0
            seen_by_bob = {s["name"]: s for s in (await call(bob, "list_skills"))["result"]}
            assert seen_by_bob["using-skillhive"].get("uses", 0) == 0

            # Bob can neither attach an outcome to alice's run nor rate her team's skill.
            err = await refused(bob, "report_skill_outcome", name="using-skillhive", success=False, trajectory_id=tid)
            assert f"no trajectory {tid!r}" in err
            assert "payments-runbook" in await refused(
                bob, "report_skill_outcome", name="payments-runbook", success=False
            )
            assert (await call(alice, "get_skill", name="using-skillhive"))["success_rate"] == 1.0

    assert teams.hive.backends.ledger.skill_usage("team-b") == {}


async def test_lessons_of_one_team_are_not_retrieved_by_another(teams: Teams, mode: str) -> None:
    now = datetime.now(UTC)
    lesson = Lesson(
        id="ls_payments_drain",
        team="team-a",
        title="Drain the payments queue before a failover",
        description="When failing over the payments cluster.",
        content="Run paymentsctl drain first, or in-flight charges are lost.",
        kind=LessonKind.PITFALL,
        authors=["alice", "carol"],
        support_users=2,  # backed by two members: served to the whole team
        created_at=now,
        updated_at=now,
    )
    assert EvolutionStore(teams.hive.backends.ledger).save_lesson(lesson)
    teams.hive.backends.indexer.drain()
    with serve(teams.hive) as srv, anyio.fail_after(120):
        async with both(srv, teams, mode) as (alice, bob):
            assert lesson.id in {i["id"] for i in await retrieved(alice, PAYMENTS_QUERY, kinds=["lesson"])}
            assert await retrieved(bob, PAYMENTS_QUERY, kinds=["lesson"]) == []
            assert await retrieved(bob, "paymentsctl drain", kinds=["lesson"]) == []


async def test_concurrent_calls_of_two_teams_are_never_mixed_up(running: Running, teams: Teams, mode: str) -> None:
    per_team = 12
    ids: dict[str, list[str]] = {"alice": [], "bob": []}

    async def writer(name: str, client: Client) -> None:
        for n in range(per_team):
            rec = await call(client, "record_trajectory", **trajectory(f"{name} task {n}: rotate log file {n}"))
            ids[name].append(rec["id"])

    with anyio.fail_after(180):
        async with both(running, teams, mode) as (alice, bob), anyio.create_task_group() as tg:
            tg.start_soon(writer, "alice", alice)
            tg.start_soon(writer, "bob", bob)

    ledger = teams.hive.backends.ledger
    for name, team in (("alice", "team-a"), ("bob", "team-b")):
        assert ledger.count_trajectories(team) == per_team
        for tid in ids[name]:
            row = ledger.get_trajectory(team, tid)
            assert row is not None and row.user == name and json.loads(row.doc)["task"].startswith(name)
