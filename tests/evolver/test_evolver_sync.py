"""Two hives in different data directories share one bare git remote: a real evolver pass (the
scripted model on a fake OpenAI server) in one hive is pushed and served by the other, a human's
push during the pass is never lost, and the remote is never force-pushed (it refuses that)."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import anyio
import pytest
from mcp import Client

from evolver.scripted_model import ScriptedModel
from evolver.test_evolver_pass import DEPLOY_SKILL, failed_deploy, record_as
from fakes.openai_server import FakeOpenAI
from skillhive.config import Settings
from skillhive.evolver.apply import commit_message, commit_pass
from skillhive.evolver.llm import OpenAICompatibleLLM
from skillhive.evolver.pipeline import Evolver, PassOptions
from skillhive.evolver.types import PassReport
from skillhive.hive import Hive
from skillhive.mcp_app import build_server
from skillhive.models import Caller
from skillhive.requests import GetSkillRequest, ListSkillsRequest
from skillhive.skills.git import head, run_git
from skillhive.skills.reviews import pending_reviews
from skillhive.store.embeddings import LocalMiniLM

pytestmark = pytest.mark.anyio
TEAM = "team-a"
DAVE = Caller(user="dave", team=TEAM)
HUMAN = ("-c", "user.name=Hannah Human", "-c", "user.email=hannah@example.com")
OWNER_LINE = "Owned by the platform team; ask in #deploys."


@pytest.fixture
def seed(tmp_path: Path) -> Path:
    root = tmp_path / "seed"
    (root / "deploy-service").mkdir(parents=True)
    (root / "deploy-service" / "SKILL.md").write_text(DEPLOY_SKILL)
    return root


@pytest.fixture
def remote(tmp_path: Path) -> Path:
    bare = tmp_path / "skills.git"
    subprocess.run(["git", "init", "--quiet", "--bare", "--initial-branch=main", str(bare)], check=True)
    run_git(bare, "config", "receive.denyNonFastForwards", "true")  # a force-push would be refused
    run_git(bare, "config", "core.logAllRefUpdates", "true")
    return bare


@pytest.fixture
def make_hive(tmp_path: Path, seed: Path, remote: Path, embedder: LocalMiniLM) -> Iterator[Callable[..., Hive]]:
    hives: list[Hive] = []

    def make(name: str, interval: float = 0.0) -> Hive:
        settings = Settings(
            data_dir=tmp_path / name,
            user="alice",
            team=TEAM,
            seed_skills=seed,
            evolve_in_server=False,
            skills_remote=str(remote),
            skills_sync_interval=interval,
        )
        hive = Hive(settings, embedder=embedder)
        hives.append(hive)
        hive.directory(TEAM)  # the first one seeds the empty remote, the others clone it
        return hive

    yield make
    for hive in hives:
        hive.close()


def remote_head(remote: Path) -> str:
    return run_git(remote, "rev-parse", "refs/heads/main").strip()


def assert_never_rewritten(remote: Path) -> None:
    final = remote_head(remote)
    for old in run_git(remote, "reflog", "show", "--format=%H", "refs/heads/main").split():
        assert run_git(remote, "merge-base", old, final).strip() == old, f"{old} was dropped from the remote"


def human_pushes(tmp_path: Path, remote: Path, edit: Callable[[str], str], message: str) -> str:
    """A human clones the team's remote, edits deploy-service and pushes; their commit."""
    clone = tmp_path / f"human-{len(list(tmp_path.glob('human-*')))}"
    env = {k: v for k, v in os.environ.items() if not k.startswith("GIT_")}
    subprocess.run(["git", "clone", "--quiet", str(remote), str(clone)], check=True, env=env)
    path = clone / "deploy-service" / "SKILL.md"
    path.write_text(edit(path.read_text()))
    run_git(clone, *HUMAN, "commit", "--quiet", "-am", message)
    run_git(clone, "push", "--quiet", "origin", "HEAD:refs/heads/main")
    return head(clone)


class HumanDuringReview(ScriptedModel):
    """The scripted model; while the evolver's change is under review, a human pushes."""

    def __init__(self, push: Callable[[], str]) -> None:
        super().__init__()
        self.push = push
        self.pushed: str | None = None

    def review(self, user: str, ids: list[str]) -> dict[str, Any]:
        if self.pushed is None:
            self.pushed = self.push()
        return super().review(user, ids)


async def evolve_in(hive: Hive, model: ScriptedModel) -> PassReport:
    for user in ("alice", "bob", "carol"):
        await record_as(hive, user, [failed_deploy(n, user) for n in range(2)])
    with FakeOpenAI(chat=model) as fake:
        llm = OpenAICompatibleLLM(base_url=fake.base_url, api_key="k", max_retries=0)
        report = await anyio.to_thread.run_sync(
            lambda: Evolver(hive.backends, hive.directories, llm, PassOptions(mode="auto")).run_pass(TEAM)
        )
    assert report.error is None, report
    return report


async def served_body(hive: Hive) -> dict[str, Any]:
    async with Client(build_server(hive, identify=lambda: DAVE)) as client:
        res = await client.call_tool("get_skill", {"name": "deploy-service"})
    assert not res.is_error, res.content
    return res.structured_content


async def test_a_change_evolved_in_one_hive_is_served_by_the_other_after_its_sync(
    make_hive: Callable[..., Hive], remote: Path
) -> None:
    hive_a, hive_b = make_hive("a"), make_hive("b")
    assert head(hive_b.directories.root(TEAM)) == remote_head(remote)

    report = await evolve_in(hive_a, ScriptedModel())
    assert report.applied == 1 and report.branch == "main"
    assert remote_head(remote) == report.commit  # pushed by the pass itself
    assert "Run migrations first" not in (await served_body(hive_b))["body"]

    result = hive_b.directories.sync(TEAM)
    assert result.error is None and result.pulled == 1
    skill = await served_body(hive_b)
    assert "## Run migrations first" in skill["body"] and skill["version"] == report.commit
    assert_never_rewritten(remote)


async def test_a_humans_push_during_the_pass_is_kept_and_the_evolved_change_lands_on_top_of_it(
    tmp_path: Path, make_hive: Callable[..., Hive], remote: Path
) -> None:
    # A pulls in the background whenever it can; the running pass holds those pulls back, so the
    # human's commit arrives by the rebase of the pass's commit, not under its texts.
    hive_a, hive_b = make_hive("a", interval=0.01), make_hive("b")

    def push_then_read() -> str:
        sha = human_pushes(
            tmp_path,
            remote,
            lambda t: t.replace("# Deploy a service\n", f"# Deploy a service\n\n{OWNER_LINE}\n"),
            "Owner",
        )
        hive_a.list_skills(DAVE, ListSkillsRequest())  # a concurrent reader: its pull is due but must wait for the pass
        hive_a.directories.schedule.wait()  # let any pull it started finish before the pass commits
        return sha

    model = HumanDuringReview(push_then_read)
    report = await evolve_in(hive_a, model)

    assert model.pushed and report.branch == "main"
    final = remote_head(remote)
    assert final == report.commit == head(hive_a.directories.root(TEAM))
    assert run_git(remote, "merge-base", model.pushed, final).strip() == model.pushed
    for hive in (hive_a, hive_b):
        hive.directories.sync(TEAM)
        body = (await served_body(hive))["body"]
        assert OWNER_LINE in body and "## Run migrations first" in body
    assert_never_rewritten(remote)


async def test_when_a_human_changed_the_same_lines_theirs_stays_live_and_the_evolved_change_waits_for_review(
    tmp_path: Path, make_hive: Callable[..., Hive], remote: Path
) -> None:
    hive_a, hive_b = make_hive("a"), make_hive("b")
    human_text = "\n## Run migrations first\nAsk the DBA before any migration.\n"
    model = HumanDuringReview(lambda: human_pushes(tmp_path, remote, lambda t: t + human_text, "DBA first"))
    report = await evolve_in(hive_a, model)

    assert report.branch == f"evolve/{report.run_id}"  # re-proposed: waits in `skillhive skills review`
    root_a = hive_a.directories.root(TEAM)
    assert remote_head(remote) == model.pushed == head(root_a)
    assert [(r.branch, r.sha) for r in pending_reviews(root_a)] == [(report.branch, report.commit)]
    assert not run_git(root_a, "status", "--porcelain").strip()
    hive_b.directories.sync(TEAM)
    for hive in (hive_a, hive_b):
        body = (await served_body(hive))["body"]
        assert "Ask the DBA" in body and "alembic upgrade head" not in body
    assert_never_rewritten(remote)


async def test_when_the_remote_is_unreachable_the_pass_commits_locally_and_a_later_sync_pushes_it(
    tmp_path: Path, make_hive: Callable[..., Hive], remote: Path
) -> None:
    hive_a, hive_b = make_hive("a"), make_hive("b")
    away = tmp_path / "unplugged.git"
    remote.rename(away)
    report = await evolve_in(hive_a, ScriptedModel())
    assert report.branch == "main" and report.commit == head(hive_a.directories.root(TEAM))
    assert "## Run migrations first" in (await served_body(hive_a))["body"]
    offline = hive_a.directories.sync(TEAM)
    assert offline.error and offline.pushed == 0

    away.rename(remote)
    assert hive_a.directories.sync(TEAM).pushed == 1
    assert remote_head(remote) == report.commit
    hive_b.directories.sync(TEAM)
    assert (await served_body(hive_b))["version"] == report.commit


async def test_reads_pull_in_the_background_once_the_interval_has_passed(
    make_hive: Callable[..., Hive], remote: Path
) -> None:
    hive_a, lazy, idle = make_hive("a"), make_hive("b", interval=0.2), make_hive("c", interval=3600)
    text = DEPLOY_SKILL + "\n## Check the dashboards\nLook at the error rate.\n"
    root_a = hive_a.directories.root(TEAM)
    pushed = commit_pass(root_a, {"deploy-service": text}, commit_message("r1", []), mode="auto", run_id="r1").sha
    assert remote_head(remote) == pushed

    with anyio.fail_after(20):
        while lazy.get_skill(DAVE, GetSkillRequest(name="deploy-service")).version != pushed:
            await anyio.sleep(0.05)
    assert "Check the dashboards" in lazy.get_skill(DAVE, GetSkillRequest(name="deploy-service")).body
    for _ in range(5):  # within its interval the other hive serves what it has, without a pull
        assert idle.get_skill(DAVE, GetSkillRequest(name="deploy-service")).version != pushed
