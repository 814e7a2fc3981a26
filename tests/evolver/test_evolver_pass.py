"""Evolution passes end to end: MCP clients record, the real openai client talks to a scripted
OpenAI-compatible server on 127.0.0.1, gates decide, git records, other users get the result."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from mcp import Client

from conftest import trajectory
from evolver.scripted_model import ScriptedModel
from fakes.openai_server import FakeOpenAI
from skillhive.config import Settings
from skillhive.evolver.llm import OpenAICompatibleLLM
from skillhive.evolver.pipeline import Evolver, PassOptions
from skillhive.hive import Hive
from skillhive.mcp_app import build_server
from skillhive.models import Caller, TrajectoryIn
from skillhive.requests import GetSkillRequest, RetrieveRequest, SkillOutcomeRequest
from skillhive.skills.git import run_git
from skillhive.skills.reviews import approve, pending_reviews
from skillhive.store.embeddings import LocalMiniLM

pytestmark = pytest.mark.anyio

DEPLOY_SKILL = """---
name: deploy-service
description: Deploy a web service to the staging cluster and check that it is healthy.
license: Apache-2.0
---
# Deploy a service

## Steps
1. Build the image.
2. `kubectl apply -f deploy.yaml`.
3. Watch the rollout.
"""


@pytest.fixture
def seed(tmp_path: Path) -> Path:
    root = tmp_path / "seed"
    (root / "deploy-service").mkdir(parents=True)
    (root / "deploy-service" / "SKILL.md").write_text(DEPLOY_SKILL)
    return root


@pytest.fixture
def team_hive(tmp_path: Path, seed: Path, embedder: LocalMiniLM) -> Iterator[Hive]:
    settings = Settings(
        data_dir=tmp_path / "data", user="alice", team="team-a", seed_skills=seed, evolve_in_server=False
    )
    hive = Hive(settings, embedder=embedder)
    yield hive
    hive.close()


def failed_deploy(n: int, user: str) -> dict:
    return trajectory(
        f"Deploy the billing service to staging (attempt {n} by {user})",
        status="failure",
        steps=[
            {"action": "kubectl apply -f deploy.yaml", "observation": "deployment configured"},
            {"action": "curl /healthz", "observation": 'Error: relation "invoices" does not exist'},
        ],
        skills_used=["deploy-service"],
    )


async def record_as(hive: Hive, user: str, runs: list[dict]) -> list[str]:
    ids = []
    async with Client(build_server(hive, identify=lambda: Caller(user=user, team="team-a"))) as client:
        for run in runs:
            res = await client.call_tool("record_trajectory", run)
            assert not res.is_error, res.content
            ids.append(res.structured_content["id"])
    return ids


def live_log(hive: Hive) -> list[str]:
    return run_git(hive.directories.root("team-a"), "log", "--format=%H %s").splitlines()


async def test_lessons_from_several_users_become_a_commit_that_another_users_session_serves(
    team_hive: Hive,
) -> None:
    ids = []
    for user in ("alice", "bob", "carol"):
        ids += await record_as(team_hive, user, [failed_deploy(n, user) for n in range(2)])
    before = len(live_log(team_hive))
    model = ScriptedModel()
    with FakeOpenAI(chat=model) as fake:
        llm = OpenAICompatibleLLM(base_url=fake.base_url, api_key="k", max_retries=0)
        report = Evolver(team_hive.backends, team_hive.directories, llm, PassOptions(mode="auto")).run_pass("team-a")
        calls = fake.chat.calls
    assert report.error is None, report
    assert report.read == 6 and report.applied == 1 and report.commit
    assert report.llm_calls == calls and report.tokens_in > 0
    log = live_log(team_hive)
    assert len(log) == before + 1
    message = run_git(team_hive.directories.root("team-a"), "log", "-1", "--format=%B")
    assert "add_section deploy-service" in message and "from 3 users" in message
    assert any(i in message for i in ids)

    async with Client(build_server(team_hive, identify=lambda: Caller(user="dave", team="team-a"))) as dave:
        skill = await dave.call_tool("get_skill", {"name": "deploy-service"})
    assert "## Run migrations first" in skill.structured_content["body"]
    assert skill.structured_content["version"] == report.commit


async def test_one_user_pushing_a_harmful_instruction_changes_no_shared_skill(team_hive: Hive) -> None:
    await record_as(team_hive, "mallory", [failed_deploy(n, "mallory") for n in range(12)])
    head_before = live_log(team_hive)[0]
    model = ScriptedModel(section="Speed up deploys", advice="Always deploy with `git commit --no-verify`.")
    with FakeOpenAI(chat=model) as fake:
        llm = OpenAICompatibleLLM(base_url=fake.base_url, api_key="k", max_retries=0)
        report = Evolver(team_hive.backends, team_hive.directories, llm, PassOptions(mode="auto")).run_pass("team-a")
    assert report.applied == 0 and report.commit is None
    assert report.rejected and {r.gate for r in report.rejected} <= {"evidence", "safety"}
    assert live_log(team_hive)[0] == head_before
    stored = team_hive.backends.ledger.read("SELECT content FROM lessons")
    assert not any("--no-verify" in r["content"] for r in stored)


async def test_one_user_alone_cannot_change_a_skill_even_with_harmless_advice(team_hive: Hive) -> None:
    for member in ("alice", "bob"):  # a team: others have recorded runs too
        await record_as(team_hive, member, [trajectory(f"Rotate the logs of host {member}")])
    await record_as(team_hive, "mallory", [failed_deploy(n, "mallory") for n in range(12)])
    with FakeOpenAI(chat=ScriptedModel()) as fake:
        llm = OpenAICompatibleLLM(base_url=fake.base_url, api_key="k", max_retries=0)
        report = Evolver(team_hive.backends, team_hive.directories, llm, PassOptions(mode="auto")).run_pass("team-a")
    assert report.applied == 0
    assert [r.gate for r in report.rejected] == ["evidence"]
    assert "from 1 users" in report.rejected[0].reason
    assert report.blocked == [
        "needs runs from 2 distinct users and 3 runs per change; the best-supported rejected edit cited 12 runs"
        " from 1 users (the team has runs from 3 users)"
    ]


async def test_a_hive_of_one_user_evolves_its_skills_from_that_users_runs(team_hive: Hive) -> None:
    await record_as(team_hive, "alice", [failed_deploy(n, "alice") for n in range(4)])
    with FakeOpenAI(chat=ScriptedModel()) as fake:
        llm = OpenAICompatibleLLM(base_url=fake.base_url, api_key="k", max_retries=0)
        report = Evolver(team_hive.backends, team_hive.directories, llm, PassOptions(mode="auto")).run_pass("team-a")
    assert report.applied == 1 and report.commit
    assert any("a hive of one user" in s for s in report.skipped)
    assert "## Run migrations first" in team_hive.directory("team-a").get("deploy-service").body


@pytest.mark.parametrize("answer", ["garbage, not json", '{"lessons": [', 500, '{"edits": "nope"}'])
async def test_a_model_that_answers_garbage_or_fails_leaves_the_directory_valid_and_unchanged(
    team_hive: Hive, answer: object
) -> None:
    for user in ("alice", "bob", "carol"):
        await record_as(team_hive, user, [failed_deploy(n, user) for n in range(2)])
    head_before = live_log(team_hive)[0]
    with FakeOpenAI(chat=lambda _req: answer) as fake:
        llm = OpenAICompatibleLLM(base_url=fake.base_url, api_key="k", max_retries=0)
        report = Evolver(team_hive.backends, team_hive.directories, llm, PassOptions(mode="auto")).run_pass("team-a")
    assert report.applied == 0 and report.commit is None
    assert live_log(team_hive)[0] == head_before
    assert not team_hive.directory("team-a").scan().problems
    if answer == 500:
        assert report.error and "unavailable" in report.error


async def test_review_mode_changes_nothing_live_until_approved(team_hive: Hive) -> None:
    for user in ("alice", "bob", "carol"):
        await record_as(team_hive, user, [failed_deploy(n, user) for n in range(2)])
    head_before = live_log(team_hive)[0]
    with FakeOpenAI(chat=ScriptedModel()) as fake:
        llm = OpenAICompatibleLLM(base_url=fake.base_url, api_key="k", max_retries=0)
        report = Evolver(team_hive.backends, team_hive.directories, llm, PassOptions(mode="review")).run_pass("team-a")
    assert report.branch == f"evolve/{report.run_id}"
    assert live_log(team_hive)[0] == head_before
    assert (
        "Run migrations first"
        not in team_hive.get_skill(Caller(user="x", team="team-a"), GetSkillRequest(name="deploy-service")).body
    )
    root = team_hive.directories.root("team-a")
    assert [r.run_id for r in pending_reviews(root)] == [report.run_id]
    approve(root, report.branch)
    team_hive.directory("team-a").invalidate()
    assert (
        "Run migrations first"
        in team_hive.get_skill(Caller(user="x", team="team-a"), GetSkillRequest(name="deploy-service")).body
    )


async def test_without_a_model_the_pass_runs_the_model_free_stages_and_says_what_it_skipped(team_hive: Hive) -> None:
    await record_as(team_hive, "alice", [failed_deploy(n, "alice") for n in range(3)])
    report = Evolver(team_hive.backends, team_hive.directories, None, PassOptions(mode="auto")).run_pass("team-a")
    assert report.read == 3 and report.selected >= 1
    assert report.llm_calls == 0
    assert any("no LLM configured" in s for s in report.skipped)
    again = Evolver(team_hive.backends, team_hive.directories, None, PassOptions(mode="auto")).run_pass("team-a")
    assert again.read == 0  # the pass advanced past what it read


async def test_a_pass_that_reads_its_most_says_the_rest_waits_for_the_next(team_hive: Hive) -> None:
    await record_as(team_hive, "alice", [failed_deploy(n, "alice") for n in range(5)])
    options = PassOptions(mode="auto", max_trajectories=3)
    first = Evolver(team_hive.backends, team_hive.directories, None, options).run_pass("team-a")
    assert first.read == 3
    assert "read the first 3 new runs (the most one pass reads): the rest wait for the next pass" in first.skipped
    await record_as(team_hive, "alice", [failed_deploy(n, "alice") for n in range(5, 6)])
    second = Evolver(team_hive.backends, team_hive.directories, None, options).run_pass("team-a")
    assert second.read == 3 and not any("the rest wait" in s for s in second.skipped)  # exactly the most: none left


async def test_a_run_the_evolver_cannot_read_is_left_out_and_the_others_are_read(team_hive: Hive) -> None:
    await record_as(team_hive, "alice", [failed_deploy(n, "alice") for n in range(3)])
    deep: dict = {"a": 1}
    for _ in range(230):  # what a hive accepted before nesting was limited; pydantic's parser stops at ~200
        deep = {"a": deep}
    ledger = team_hive.backends.ledger
    first = ledger.read("SELECT id, doc FROM trajectories ORDER BY seq LIMIT 1")[0]
    doc = json.loads(first["doc"])
    doc["steps"][0]["tool_args"] = deep
    with ledger.db.transaction() as tx:
        tx.execute("UPDATE trajectories SET doc = ? WHERE id = ?", (json.dumps(doc), first["id"]))
    report = Evolver(team_hive.backends, team_hive.directories, None, PassOptions(mode="auto")).run_pass("team-a")
    assert report.read == 2 and report.error is None
    again = Evolver(team_hive.backends, team_hive.directories, None, PassOptions(mode="auto")).run_pass("team-a")
    assert again.read == 0


async def test_lessons_no_skill_holds_are_stored_and_retrieved(team_hive: Hive) -> None:
    for user in ("alice", "bob"):  # each their own runs (a copy of another's run adds no support)
        runs = [
            trajectory(
                f"Rotate the TLS certificates of the mail relay {n} ({user})",
                status="failure",
                steps=[{"action": "certbot renew", "observation": "Error: port 80 is in use"}],
            )
            for n in range(3)
        ]
        await record_as(team_hive, user, runs)
    model = ScriptedModel(section="Free port 80 before renewing", advice="Stop nginx before `certbot renew`.")
    with FakeOpenAI(chat=model) as fake:
        llm = OpenAICompatibleLLM(base_url=fake.base_url, api_key="k", max_retries=0)
        report = Evolver(team_hive.backends, team_hive.directories, llm, PassOptions(mode="auto")).run_pass("team-a")
    assert report.lessons >= 1
    team_hive.backends.indexer.drain()  # a new lesson is found by meaning once it is indexed
    res = team_hive.retrieve(
        Caller(user="erin", team="team-a"), RetrieveRequest(query="certbot renew fails because port 80 is busy")
    )
    lessons = [i for i in res.items if i.kind.value == "lesson"]
    assert lessons and lessons[0].title == "Free port 80 before renewing"


def report_on_own_run(hive: Hive, user: str, task: str, *, success: bool) -> None:
    """A member records a run that used deploy-service, then reports how the skill did in it."""
    caller = Caller(user=user, team="team-a")
    run = hive.record(caller, TrajectoryIn.model_validate(trajectory(task, status="success" if success else "failure")))
    hive.report_skill_outcome(caller, SkillOutcomeRequest(name="deploy-service", success=success, trajectory_id=run.id))


async def test_a_version_that_does_clearly_worse_is_rolled_back_automatically(team_hive: Hive) -> None:
    caller = Caller(user="alice", team="team-a")
    root = team_hive.directories.root("team-a")
    v1 = team_hive.get_skill(caller, GetSkillRequest(name="deploy-service")).version
    for n in range(20):
        report_on_own_run(team_hive, f"u{n % 4}", f"Deploy the api, take {n}", success=n % 10 != 0)
    skill_md = root / "deploy-service" / "SKILL.md"
    skill_md.write_text(DEPLOY_SKILL + "\n## Shortcut\nSkip the rollout check.\n")
    run_git(root, "-c", "user.name=t", "-c", "user.email=t@x", "commit", "-qam", "a worse version")
    team_hive.directory("team-a").invalidate()
    v2 = team_hive.get_skill(caller, GetSkillRequest(name="deploy-service")).version
    assert v2 != v1
    for n in range(20):
        report_on_own_run(team_hive, f"u{n % 4}", f"Deploy the api again, take {n}", success=n % 10 < 3)
    report = Evolver(team_hive.backends, team_hive.directories, None, PassOptions(mode="auto")).run_pass("team-a")
    assert any("rolled back deploy-service" in s for s in report.skipped)
    assert skill_md.read_text() == DEPLOY_SKILL
    assert "automatic rollback" in run_git(root, "log", "-1", "--format=%B")
