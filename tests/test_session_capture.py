"""A coding-agent session recorded as it grows: one run per session, updated in place, on both engines."""

from __future__ import annotations

import pytest
from mcp import Client

from backends import both
from conftest import trajectory
from skillhive.hive import Hive
from skillhive.models import Caller, Outcome, OutcomeStatus, Step, TrajectoryIn
from skillhive.requests import ForgetRequest, GetTrajectoryRequest, RetrieveRequest

pytestmark = both
ANA = Caller(user="ana", team="default")
BO = Caller(user="bo", team="default")


def session(n_steps: int, status: OutcomeStatus = OutcomeStatus.UNKNOWN) -> TrajectoryIn:
    steps = [Step(action=f"Bash(pytest -k case{i})", tool_name="Bash", observation=f"ok {i}") for i in range(n_steps)]
    return TrajectoryIn(
        task="fix the rounding of discount codes in the checkout total",
        steps=steps,
        outcome=Outcome(status=status, source=None if status is OutcomeStatus.UNKNOWN else "env"),
    )


def runs(hive: Hive) -> list[dict[str, object]]:
    return [dict(r) for r in hive.backends.ledger.read("SELECT id, seq, n_steps FROM trajectories ORDER BY seq")]


def test_a_growing_session_updates_its_one_run_and_keeps_its_id(hive: Hive) -> None:
    first = hive.record(ANA, session(2), "claude-code:s1")
    assert first.created and not first.updated
    again = hive.record(ANA, session(2), "claude-code:s1")
    assert (again.id, again.created, again.updated) == (first.id, False, False)
    grown = hive.record(ANA, session(5, OutcomeStatus.SUCCESS), "claude-code:s1")
    assert (grown.id, grown.created, grown.updated) == (first.id, False, True)
    [run] = runs(hive)
    assert run["n_steps"] == 5 and run["id"] == first.id
    stored = hive.get_trajectory(ANA, GetTrajectoryRequest(id=first.id))
    assert stored.outcome.status is OutcomeStatus.SUCCESS and len(stored.steps) == 5


def test_the_keyword_index_holds_the_updated_run_alone(hive: Hive) -> None:
    ledger = hive.backends.ledger
    hive.record(ANA, session(1), "claude-code:s1")
    assert ledger.postings("trajectory", "default", "case3", 10) == []
    rid = hive.record(ANA, session(4), "claude-code:s1").id
    assert ledger.postings("trajectory", "default", "case3", 10) == [rid]
    assert ledger.postings("trajectory", "default", "case0", 10) == [rid]


def test_the_updated_run_comes_after_every_run_before_it_for_the_evolver(hive: Hive) -> None:
    hive.record(ANA, session(1), "claude-code:s1")
    [before] = runs(hive)
    hive.record(ANA, session(2), "claude-code:s1")
    [after] = runs(hive)
    assert int(str(after["seq"])) > int(str(before["seq"]))


def test_the_updated_run_is_served_once(hive: Hive) -> None:
    hive.record(ANA, session(1), "claude-code:s1")
    rid = hive.record(ANA, session(4), "claude-code:s1").id
    found = hive.retrieve(ANA, RetrieveRequest(query="fix the rounding of discount codes in the checkout total"))
    assert [i.id for i in found.items if i.kind.value == "trajectory"] == [rid]


def test_the_same_session_key_of_two_users_is_two_runs(hive: Hive) -> None:
    a = hive.record(ANA, session(2), "claude-code:s1")
    b = hive.record(BO, session(3), "claude-code:s1")
    assert a.id != b.id and b.created
    hive.record(BO, session(4), "claude-code:s1")
    assert sorted(int(str(r["n_steps"])) for r in runs(hive)) == [2, 4]


def test_a_run_another_user_recorded_too_is_never_rewritten(hive: Hive) -> None:
    a = hive.record(ANA, session(2), "claude-code:s1")
    hive.record(BO, session(2))  # the same content, recorded by bo: now ana's run is bo's too
    grown = hive.record(ANA, session(3), "claude-code:s1")
    assert grown.created and grown.id != a.id
    assert sorted(int(str(r["n_steps"])) for r in runs(hive)) == [2, 3]
    assert hive.record(ANA, session(4), "claude-code:s1").updated  # its own run from now on


def test_a_forgotten_session_is_not_captured_again(hive: Hive) -> None:
    a = hive.record(ANA, session(2), "claude-code:s1")
    hive.forget(ANA, ForgetRequest(id=a.id))
    later = hive.record(ANA, session(6), "claude-code:s1")
    assert later.forgotten and not later.created
    assert runs(hive) == []


@pytest.mark.anyio
async def test_record_trajectory_with_a_session_updates_that_run_through_the_mcp_client(client: Client) -> None:
    first = await client.call_tool("record_trajectory", trajectory("port the cron job to systemd", session="cc:s9"))
    steps = [{"action": f"step {i}", "observation": "ok"} for i in range(3)]
    grown = await client.call_tool(
        "record_trajectory", trajectory("port the cron job to systemd", steps=steps, session="cc:s9")
    )
    assert grown.structured_content is not None and first.structured_content is not None
    assert grown.structured_content["id"] == first.structured_content["id"]
    assert grown.structured_content["updated"] is True and grown.structured_content["created"] is False
    bad = await client.call_tool("record_trajectory", trajectory("x", session="s" * 201))
    assert bad.is_error and "session" in str(bad.content)
