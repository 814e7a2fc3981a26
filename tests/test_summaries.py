"""Summaries an agent can act on, for every format: the decisive call, errors and their fixes, the end."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from mcp import Client

from skillhive.importers import iter_import
from skillhive.models import Outcome, OutcomeStatus, Step, TrajectoryIn
from skillhive.summaries import changes_state, procedure, summarize, task_key, title, twin_key

pytestmark = pytest.mark.anyio
SHARED = Path(__file__).resolve().parents[2] / "shared" / "data"
TAU = SHARED / "tau-bench" / "gpt-4o-airline.json"
SWE = SHARED / "swe-agent"


def _need(path: Path) -> None:
    if not path.exists():
        pytest.skip(f"real sample data not found at {path}")


def test_tool_names_that_only_look_do_not_count_as_changes() -> None:
    for name in ("get_user_details", "search_direct_flight", "listFiles", "mcp__github__list_issues", "think", "ls"):
        assert not changes_state(name), name
    for name in ("cancel_reservation", "book_reservation", "edit", "submit", "mcp__github__create_issue", "bash"):
        assert changes_state(name), name


def test_every_tau_bench_summary_names_its_decisive_call_and_never_a_pleasantry() -> None:
    _need(TAU)
    items = list(iter_import(TAU, "tau-bench"))
    assert len(items) == 200
    for item in items:
        t = item.trajectory
        assert t is not None
        text = summarize(t)
        assert len(text) <= 700
        assert "###STOP###" not in text and "You're welcome" not in text
        assert text.rstrip().split(" | ")[-1].startswith(f"end: {t.outcome.status.value}")
        if procedure(t):
            assert f"{procedure(t)[0]}(" in text, text
        else:  # nothing changed: the last real message says why (e.g. a refusal by policy)
            assert "last #" in text, text


def test_a_failed_state_change_shows_its_error_beside_the_call() -> None:
    _need(TAU)
    first = next(iter(iter_import(TAU, "tau-bench"))).trajectory
    assert first is not None
    text = summarize(first)
    assert 'book_reservation(user_id="mia_li_3668"' in text
    assert "Error: payment amount does not add up" in text


@pytest.mark.parametrize("name", ["function_calling_simple.traj", "pydicom__pydicom-1458.traj"])
def test_swe_agent_summaries_name_the_edit_and_the_submission(name: str) -> None:
    _need(SWE / name)
    [item] = list(iter_import(SWE / name, "swe-agent"))
    assert item.trajectory is not None
    text = summarize(item.trajectory)
    assert "edit" in text and "submit" in text
    assert "open" not in procedure(item.trajectory)  # looking at a file is not a change


def test_openai_chat_summaries_name_the_state_changing_call(tmp_path: Path) -> None:
    _need(TAU)
    record = next(r for r in json.loads(TAU.read_text()) if r["reward"] == 1.0)  # a real gpt-4o chat
    chat = tmp_path / "chat.json"
    chat.write_text(json.dumps({"messages": record["traj"], "outcome": {"status": "success"}}))
    [item] = list(iter_import(chat, "openai"))
    assert item.trajectory is not None
    changed = procedure(item.trajectory)
    assert changed
    text = summarize(item.trajectory)
    assert f"{changed[0]}(" in text and "end: success" in text
    assert "###STOP###" not in text


async def test_a_recorded_run_is_summarised_by_its_change_its_error_and_the_fix(client: Client) -> None:
    rec = await client.call_tool(
        "record_trajectory",
        {
            "task": "Give the deploy bot write access to the infra repo",
            "steps": [
                {"action": "gh api repos/acme/infra", "tool_name": "get_repo", "observation": "ok"},
                {
                    "tool_name": "add_collaborator",
                    "tool_args": {"repo": "acme/infra", "user": "deploy-bot", "permission": "write"},
                    "observation": "Error: 403 Resource not accessible by integration",
                },
                {"tool_name": "refresh_app_token", "tool_args": {"app": "infra-admin"}, "observation": "new token"},
                {
                    "tool_name": "add_collaborator",
                    "tool_args": {"repo": "acme/infra", "user": "deploy-bot", "permission": "write"},
                    "observation": "invited",
                },
                {"action": "respond", "thought": "Done, thanks!", "observation": "Thank you! ###STOP###"},
            ],
            "outcome": {"status": "success", "feedback": "the bot pushed its first commit"},
        },
    )
    found = await client.call_tool("retrieve_experience", {"query": "give a bot write access to a repository"})
    item = found.structured_content["items"][0]
    assert item["id"] == rec.structured_content["id"]
    summary = item["summary"]
    assert 'add_collaborator(repo="acme/infra", user="deploy-bot", permission="write") → Error: 403' in summary
    assert 'refresh_app_token(app="infra-admin")' in summary
    assert summary.endswith("end: success — the bot pushed its first commit")
    assert "thanks" not in summary.lower() and "###STOP###" not in summary
    assert item["procedure"] == ["add_collaborator", "refresh_app_token"]


def test_runs_of_one_task_share_a_key_and_only_agent_identical_runs_are_twins() -> None:
    def run(obs: str, thought: str = "check") -> TrajectoryIn:
        return TrajectoryIn(
            task="Rotate  the nginx LOGS",
            steps=[Step(thought=thought, action="logrotate -f", observation=obs)],
            outcome=Outcome(status=OutcomeStatus.SUCCESS),
        )

    assert task_key("Rotate the nginx logs") == task_key(" rotate the NGINX  logs ")
    assert twin_key(run("rotated 1")) == twin_key(run("rotated 2"))  # only what came back differs
    assert twin_key(run("rotated 1")) != twin_key(run("rotated 1", thought="force it"))


def test_a_simulated_users_script_is_titled_with_the_users_opening_words() -> None:
    script = "You are amelia_rossi_1297. You want to change your flight. Do not take No for an answer."
    opening = [Step(observation="Hi, I'd like to move my flight to Friday.")]
    assert title(TrajectoryIn(task=script, steps=[*opening, Step(action="respond", thought="Sure")])) == (
        "Hi, I'd like to move my flight to Friday."
    )
    assert title(TrajectoryIn(task="Move the Friday flight", steps=opening)) == ""  # the task says it already
    assert title(TrajectoryIn(task=script, steps=[Step(action="ls", observation="x")])) == ""  # no opening words
