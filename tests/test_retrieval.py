"""retrieve_experience through the MCP client: calibrated scores, procedure voting, order, floor, budget."""

from __future__ import annotations

import json
import subprocess
from datetime import UTC, datetime
from typing import Any

import pytest
from mcp import Client

from backends import both
from conftest import trajectory
from skillhive.config import Settings
from skillhive.hive import Hive
from skillhive.models import Caller, TrajectoryIn

pytestmark = [pytest.mark.anyio, both]

QUERY = "A customer asks to call off their trip to Denver and get the money back"
CANCELS = [
    "Cancel the flight reservation to Denver and refund the customer",
    "The passenger wants to cancel her booking for the Chicago trip",
    "Cancel reservation ABC123 because the customer is sick",
    "Customer requests cancellation of the Seattle flight and a refund",
]
# Closer to the query's words than any cancellation, but what it needed was a new booking.
DECOY = "A customer asks about their trip to Denver and wants a new booking for the money"


def call_run(task: str, tool: str, status: str = "success", **args: Any) -> dict[str, Any]:
    steps = [
        {"tool_name": "get_reservation_details", "tool_args": {"reservation_id": "ABC123"}, "observation": "{...}"},
        {"tool_name": tool, "tool_args": args or {"reservation_id": "ABC123"}, "observation": "done"},
    ]
    return trajectory(task, status=status, steps=steps)


async def record(client: Client, run: dict[str, Any]) -> str:
    res = await client.call_tool("record_trajectory", run)
    assert not res.is_error, res.content
    return str(res.structured_content["id"])


async def retrieve(client: Client, query: str, **args: Any) -> dict[str, Any]:
    res = await client.call_tool("retrieve_experience", {"query": query, "kinds": ["trajectory"], **args})
    assert not res.is_error, res.content
    return dict(res.structured_content)


async def test_the_best_plain_match_comes_first_then_runs_whose_procedure_the_nearest_runs_share(
    client: Client,
) -> None:
    cancels = [await record(client, call_run(t, "cancel_reservation")) for t in CANCELS]
    decoy = await record(client, call_run(DECOY, "book_reservation", origin="JFK", destination="DEN"))
    odd = await record(client, call_run("Change the seat on the Denver flight for the customer", "update_seats"))
    found = await retrieve(client, QUERY, k=6)
    ids = [i["id"] for i in found["items"]]
    assert ids[0] == decoy  # reads closest: kept visible first, though its procedure is the odd one
    assert set(ids[1:5]) == set(cancels)  # then the procedure most of the nearest runs followed
    assert ids[5] == odd
    top = found["items"][1]
    assert top["procedure"] == ["cancel_reservation"]
    assert "procedure cancel_reservation, followed by 4 of the 6 nearest runs" in top["why"]


async def test_a_failed_run_votes_for_the_procedure_its_tasks_successful_runs_followed(client: Client) -> None:
    # Each cancellation task failed once by changing seats instead, and succeeded once by cancelling.
    for t in CANCELS[:3]:
        await record(client, call_run(t, "update_seats", status="failure"))
        await record(client, call_run(t, "cancel_reservation"))
    seats = await record(client, call_run("Change the seat on the Denver trip for the customer", "update_seats"))
    found = await retrieve(client, QUERY, k=6)
    items = found["items"]
    assert len(items) == 4
    # Counted by their own calls, the failures would make update_seats the heavier procedure and
    # the seat task the first item after the best plain match; its task's successes say it needed cancelling.
    assert items[-1]["id"] == seats
    assert all("procedure cancel_reservation, followed by 6 of the 7 nearest runs" in i["why"] for i in items[:3])


async def test_scores_fall_monotonically_in_the_order_served(client: Client) -> None:
    for t in CANCELS:
        await record(client, call_run(t, "cancel_reservation"))
    await record(client, call_run(DECOY, "book_reservation", origin="JFK", destination="DEN"))
    await record(client, call_run("Change the seat on the Denver flight for the customer", "update_seats"))
    scores = [i["score"] for i in (await retrieve(client, QUERY, k=6))["items"]]
    assert len(scores) == 6
    assert scores == sorted(scores, reverse=True)


async def test_a_tasks_success_represents_it_before_its_failures(client: Client) -> None:
    failed = await record(client, call_run(CANCELS[0], "cancel_reservation", status="failure"))
    worked = await record(client, call_run(CANCELS[0], "cancel_reservation", reservation_id="XYZ999"))
    found = await retrieve(client, QUERY)
    assert [(i["id"], i.get("similar")) for i in found["items"]] == [(worked, [failed])]
    failures = await retrieve(client, QUERY, outcome="failure")
    assert [i["id"] for i in failures["items"]] == [failed]


async def test_scores_are_relevances_between_zero_and_one_and_nothing_irrelevant_is_returned(client: Client) -> None:
    run = await record(client, trajectory("Rotate the nginx logs on the web server"))
    await record(client, trajectory("Write a haiku about autumn leaves"))
    exact = await retrieve(client, "Rotate the nginx logs on the web server")
    assert [i["id"] for i in exact["items"]] == [run]  # the haiku is far below the relevance floor
    assert 0.95 <= exact["items"][0]["score"] <= 1.0
    nothing = await retrieve(client, "how do I bake banana bread with walnuts")
    assert nothing["items"] == []
    assert nothing["note"].startswith("nothing relevant yet")


async def test_a_budget_that_cuts_items_says_how_many_and_how_to_get_them(client: Client) -> None:
    for n in range(4):
        await record(
            client,
            trajectory(
                f"Deploy service number {n} to the staging cluster with kubectl",
                steps=[{"action": f"kubectl apply -f svc{n}.yaml " + "x" * 400, "observation": "configured " * 60}],
            ),
        )
    found = await retrieve(client, "deploy to staging with kubectl", k=4, max_tokens=120)
    assert found["omitted"] >= 1
    assert (
        found["note"]
        == f"{found['omitted']} more relevant item{'s' if found['omitted'] > 1 else ''} left out: raise max_tokens"
    )


async def test_trials_of_one_task_fold_into_one_item_that_lists_them_in_order(client: Client) -> None:
    first = await record(client, call_run(CANCELS[0], "cancel_reservation"))
    second = await record(client, call_run(CANCELS[0], "cancel_reservation", status="failure"))
    other = await record(client, call_run(CANCELS[0], "transfer_to_human_agents", status="failure"))
    found = await retrieve(client, CANCELS[0])
    assert [i["id"] for i in found["items"]] == [first]
    assert found["items"][0]["title"] == CANCELS[0]
    assert found["items"][0]["similar"] == [second, other]


async def test_a_short_precise_run_outranks_a_long_one_full_of_the_querys_common_words(client: Client) -> None:
    chatter = " ".join(["the agent will change the flight to economy for the customer"] * 60)
    long_run = trajectory(
        "Talk with a customer about flights",
        steps=[{"action": "respond", "thought": chatter, "observation": chatter}],
    )
    await record(client, long_run)
    precise = await record(
        client,
        trajectory(
            "Downgrade reservation HXDUBJ to economy",
            steps=[{"tool_name": "update_reservation_flights", "tool_args": {"cabin": "economy"}}],
        ),
    )
    found = await retrieve(client, "agent: change HXDUBJ to economy for the customer")
    assert found["items"][0]["id"] == precise


async def test_a_rare_word_finds_its_run_when_the_query_adds_common_words(client: Client) -> None:
    for n in range(20):
        await record(
            client,
            trajectory(f"Look up reservation number {n} for a customer", steps=[{"observation": "reservation found"}]),
        )
    holder = await record(
        client,
        trajectory(
            "Handle a support ticket",
            steps=[{"action": "cancel it", "observation": "Error: MZDDS4 is in a locked state"}],
        ),
    )
    alone = await retrieve(client, "MZDDS4", k=3)
    assert alone["items"][0]["id"] == holder
    found = await retrieve(client, "reservation MZDDS4", k=3)
    assert found["items"][0]["id"] == holder
    assert found["items"][0]["score"] >= 0.9 * alone["items"][0]["score"]  # a common word costs next to nothing
    assert "mzdds4" in found["items"][0]["why"]


async def test_results_are_compact_json_without_nulls_or_indentation(client: Client) -> None:
    await record(client, trajectory("Rotate the nginx logs on the web server"))
    res = await client.call_tool("retrieve_experience", {"query": "rotate nginx logs"})
    text = res.content[0].text
    assert json.loads(text) == res.structured_content
    assert text == json.dumps(res.structured_content, ensure_ascii=False, separators=(",", ":"))
    assert "null" not in text and '"warnings"' not in text and '"similar"' not in text


async def test_a_close_run_the_filter_leaves_out_does_not_push_out_what_was_asked_for(client: Client) -> None:
    await record(client, trajectory("Restore the postgres database from the nightly backup", status="success"))
    failed = await record(client, trajectory("Restore a deleted git branch", status="failure"))
    res = await retrieve(client, "restore the postgres database from last night's backup", outcome="failure")
    assert [i["id"] for i in res["items"]] == [failed]


async def test_a_members_own_run_stays_verified_after_another_user_name_imports_unrelated_runs(
    client: Client, hive: Hive, settings: Settings
) -> None:
    mine = await record(client, call_run(CANCELS[0], "cancel_reservation"))
    before = (await retrieve(client, CANCELS[0]))["items"]
    assert [(i["id"], i["trust"]) for i in before] == [(mine, "verified")]  # a one-user hive is its user's own
    imported = [TrajectoryIn.model_validate(trajectory(f"Write haiku number {n} about autumn")) for n in range(3)]
    hive.record_many(Caller(user="tau-import", team=settings.team), imported)
    after = (await retrieve(client, CANCELS[0]))["items"]
    assert [(i["id"], i["trust"], i["mine"]) for i in after] == [(mine, "verified", True)]


async def test_every_run_says_when_by_whom_with_which_agent_and_how_it_arrived(
    client: Client, hive: Hive, settings: Settings
) -> None:
    mine = await record(client, {**call_run(CANCELS[0], "cancel_reservation"), "agent": "claude-code"})
    script = "You are mia_li_3668. You want to cancel your Denver trip and get a refund. Do not take No for an answer."
    opening = "Hi! I need to cancel my flight to Denver and get my money back."
    run = TrajectoryIn.model_validate(
        trajectory(
            script, steps=[{"action": "", "observation": opening}, *call_run(script, "cancel_reservation")["steps"]]
        )
    )
    [imported] = hive.record_many(Caller(user="tau-import", team=settings.team), [run], source="import:airline.json")
    hive.backends.indexer.drain()
    items = {i["id"]: i for i in (await retrieve(client, QUERY))["items"]}
    today = datetime.now(UTC).date().isoformat()
    assert {k: items[mine][k] for k in ("when", "by", "agent", "source")} == {
        "when": today, "by": "you", "agent": "claude-code", "source": "recorded"
    }  # fmt: skip
    theirs = items[imported.id]
    assert (theirs["title"], theirs["by"], theirs["source"], theirs["when"]) == (
        opening, "tau-import", "import:airline.json", today
    )  # fmt: skip
    assert "agent" not in theirs


async def test_a_skill_says_the_date_its_version_was_committed_and_that_it_comes_from_the_skills(
    client: Client, hive: Hive, settings: Settings
) -> None:
    found = await retrieve(client, "how do I write or improve a skill in the Agent Skills format", kinds=["skill"])
    [skill] = [i for i in found["items"] if i["id"] == "writing-skills"]
    root = hive.directory(settings.team).root
    stamp = subprocess.run(
        ["git", "-C", str(root), "show", "-s", "--format=%ct", skill["version"]],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert skill["when"] == datetime.fromtimestamp(int(stamp), tz=UTC).date().isoformat()
    assert skill["source"] == "skills"


async def test_an_item_too_long_for_the_budget_is_served_with_its_summary_cut_to_fit(client: Client) -> None:
    run = await record(
        client,
        trajectory(
            "Deploy the billing service to the staging cluster with kubectl",
            steps=[
                {"action": f"kubectl apply -f part{n}.yaml", "observation": f'configured "part{n}"\n' * 6}
                for n in range(12)
            ],
        ),
    )
    whole = await retrieve(client, "deploy billing to staging with kubectl", k=1, max_tokens=4000)
    assert [i["id"] for i in whole["items"]] == [run]
    budget = whole["tokens"] - 15  # the whole item no longer fits, most of its summary still does
    cut = await retrieve(client, "deploy billing to staging with kubectl", k=1, max_tokens=budget)
    assert [i["id"] for i in cut["items"]] == [run]
    assert not cut.get("omitted")
    assert cut["tokens"] <= budget
    assert cut["items"][0]["summary"].endswith("…")
    assert len(cut["items"][0]["summary"]) < len(whole["items"][0]["summary"])
