"""Passes against a weak or flaky model (issue 18) and a flood of one user's runs (issue 17): the real
openai client against the scripted OpenAI-compatible server on 127.0.0.1."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from backends import both
from conftest import trajectory
from evolver.scripted_model import ScriptedModel
from evolver.test_evolver_pass import DEPLOY_SKILL, failed_deploy, record_as
from fakes.openai_server import FakeOpenAI
from skillhive.config import Settings
from skillhive.evolver.llm import OpenAICompatibleLLM
from skillhive.evolver.pipeline import Evolver, PassOptions
from skillhive.evolver.types import PassReport
from skillhive.hive import Hive
from skillhive.store.embeddings import LocalMiniLM

pytestmark = [pytest.mark.anyio, both]


@pytest.fixture
def team_hive(tmp_path: Path, embedder: LocalMiniLM, database_url: str | None) -> Iterator[Hive]:
    seed = tmp_path / "seed"
    (seed / "deploy-service").mkdir(parents=True)
    (seed / "deploy-service" / "SKILL.md").write_text(DEPLOY_SKILL)
    settings = Settings(
        data_dir=tmp_path / "data",
        user="alice",
        team="team-a",
        seed_skills=seed,
        evolve_in_server=False,
        database_url=database_url,  # type: ignore[arg-type]
    )
    hive = Hive(settings, embedder=embedder)
    yield hive
    hive.close()


def a_pass(hive: Hive, script: Any, **options: Any) -> PassReport:
    with FakeOpenAI(chat=script) as fake:
        llm = OpenAICompatibleLLM(base_url=fake.base_url, api_key="k", max_retries=0)
        opts = PassOptions(mode="auto", concurrency=2, **options)
        return Evolver(hive.backends, hive.directories, llm, opts).run_pass("team-a")


def rotate(n: int, user: str) -> dict:
    return trajectory(
        f"Rotate the nginx logs on host {n} for {user}",
        status="failure",
        steps=[{"action": "logrotate -f /etc/logrotate.conf", "observation": "error: permission denied"}],
    )


async def test_one_failed_analyst_call_keeps_the_other_answers_of_its_stage_and_its_runs_are_read_next_pass(
    team_hive: Hive,
) -> None:
    for user in ("alice", "bob", "carol"):
        await record_as(team_hive, user, [failed_deploy(n, user) for n in range(2)] + [rotate(1, user)])
    model = ScriptedModel()

    def flaky(request: dict[str, Any]) -> Any:
        system, user = request["messages"][0]["content"], request["messages"][-1]["content"]
        return 503 if system.startswith("You study") and "logrotate" in user else model(request)

    report = a_pass(team_hive, flaky)
    assert report.error is None, report
    assert report.applied == 1 and report.commit  # the deploy lessons survived the failed call
    assert report.failed_calls >= 1 and any(e.startswith("analyse: 1 of") for e in report.errors)
    assert report.deferred == 3
    evolution = team_hive.backends.evolution
    assert evolution.count_new("team-a", "model") == 3

    again = a_pass(team_hive, ScriptedModel())
    assert again.read == 3 and again.deferred == 0 and again.failed_calls == 0
    assert evolution.count_new("team-a", "model") == 0


async def test_a_pass_whose_answers_are_all_malformed_leaves_its_runs_unread_and_says_so(team_hive: Hive) -> None:
    for user in ("alice", "bob"):
        await record_as(team_hive, user, [failed_deploy(n, user) for n in range(2)])
    report = a_pass(team_hive, lambda request: "I think the deploy failed because of migrations.")
    assert report.applied == 0 and report.malformed >= 1 and report.repaired == 0
    assert report.llm_calls == 2 * report.malformed  # each answer was sent back once
    assert report.error is not None and "every model answer of this pass was unusable" in report.error
    assert team_hive.backends.evolution.count_new("team-a", "model") == 4


async def test_a_malformed_edit_plan_repaired_with_its_parse_error_is_applied_and_counted(team_hive: Hive) -> None:
    for user in ("alice", "bob", "carol"):
        await record_as(team_hive, user, [failed_deploy(n, user) for n in range(2)])
    model = ScriptedModel()
    first = [True]

    def forgets_the_op(request: dict[str, Any]) -> Any:
        answer = model(request)
        if request["messages"][0]["content"].startswith("You maintain") and first[0]:
            first[0] = False
            plan = json.loads(answer)
            del plan["edits"][0]["op"]
            return json.dumps(plan)
        return answer

    report = a_pass(team_hive, forgets_the_op)
    assert report.applied == 1 and report.repaired == 1 and report.malformed == 0


async def test_one_users_flood_leaves_the_others_runs_for_the_next_pass_instead_of_skipping_them(
    team_hive: Hive,
) -> None:
    words = [
        "alpha",
        "bravo",
        "charlie",
        "delta",
        "echo",
        "foxtrot",
        "golf",
        "hotel",
        "india",
        "juliet",
        "kilo",
        "lima",
    ]
    flood = [
        trajectory(f"Compile the {w} module of the kernel", status="failure", steps=[{"action": f"make {w}"}])
        for w in words
    ]
    await record_as(team_hive, "mallory", flood)
    used = [
        trajectory(f"Deploy the {name} service", skills_used=["deploy-service"], steps=[{"action": f"deploy {name}"}])
        for name in ("search", "auth", "billing", "gateway")
    ]
    await record_as(team_hive, "bob", used)
    # budget 0.25 x 16 = 4 groups, taken in turns: mallory, bob, mallory, bob; mallory's other
    # failures are kept past it (a failure is never dropped), bob's other two runs wait
    report = a_pass(team_hive, ScriptedModel(), budget_ratio=0.25)
    assert report.read == 16 and report.selected == 14 and report.deferred == 2
    evolution = team_hive.backends.evolution
    assert evolution.count_new("team-a", "model") == 2  # none of bob's runs is skipped

    again = a_pass(team_hive, ScriptedModel(), budget_ratio=1.0)
    assert again.read == 2 and again.deferred == 0
    assert evolution.count_new("team-a", "model") == 0


class CitesNothingShown(ScriptedModel):
    def edit(self, user: str, ids: list[str]) -> dict[str, Any]:
        plan = super().edit(user, ids)
        plan["edits"][0]["evidence"] = ["tr_0123456789abcdef0123"]  # an id it was never shown
        return plan


async def test_the_blocked_line_says_the_edits_cited_no_run_rather_than_blaming_the_teams_users(
    team_hive: Hive,
) -> None:
    for user in ("alice", "bob", "carol"):
        await record_as(team_hive, user, [failed_deploy(n, user) for n in range(2)])
    report = a_pass(team_hive, CitesNothingShown())
    assert report.applied == 0 and [r.gate for r in report.rejected] == ["evidence"]
    assert report.blocked == [
        "needs runs from 2 distinct users and 3 runs per change; the model's 1 edit(s) cited no run it was shown"
    ]
