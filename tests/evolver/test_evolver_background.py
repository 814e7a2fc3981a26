"""The evolver as the server's background task, and the curation tools over MCP."""

from __future__ import annotations

from pathlib import Path

import anyio
import pytest
from mcp import Client

from evolver.scripted_model import ScriptedModel
from evolver.test_evolver_pass import DEPLOY_SKILL, failed_deploy, record_as
from fakes.openai_server import FakeOpenAI
from skillhive.config import Settings
from skillhive.hive import Hive
from skillhive.mcp_app import build_server
from skillhive.models import Caller
from skillhive.store.embeddings import LocalMiniLM

pytestmark = pytest.mark.anyio


def seeded(tmp_path: Path) -> Path:
    seed = tmp_path / "seed"
    (seed / "deploy-service").mkdir(parents=True)
    (seed / "deploy-service" / "SKILL.md").write_text(DEPLOY_SKILL)
    return seed


async def test_the_server_runs_a_pass_in_the_background_once_enough_new_runs_arrived(
    tmp_path: Path, embedder: LocalMiniLM
) -> None:
    with FakeOpenAI(chat=ScriptedModel()) as fake:
        settings = Settings(
            data_dir=tmp_path / "data",
            user="alice",
            team="team-a",
            seed_skills=seeded(tmp_path),
            llm_base_url=fake.base_url,
            llm_api_key="k",
            evolve_mode="auto",
            evolve_every=6,
            evolve_poll=0.2,
        )
        hive = Hive(settings, embedder=embedder)
        current = {"user": "alice", "role": "member"}
        server = build_server(
            hive,
            identify=lambda: Caller(user=current["user"], team="team-a", role=current["role"]),  # type: ignore[arg-type]
        )
        async with Client(server) as client:
            for user in ("alice", "bob", "carol"):
                current["user"] = user
                for n in range(2):
                    assert not (await client.call_tool("record_trajectory", failed_deploy(n, user))).is_error
            current.update(user="mia", role="maintainer")  # evolution_status is for maintainers
            with anyio.fail_after(60):
                while True:
                    status = await client.call_tool("evolution_status", {})
                    passes = status.structured_content["result"]
                    if passes and passes[0].get("finished_at"):
                        break
                    await anyio.sleep(0.2)
            assert passes[0]["applied"] == 1 and passes[0]["commit"]
            skill = await client.call_tool("get_skill", {"name": "deploy-service"})
            assert "## Run migrations first" in skill.structured_content["body"]
            history = await client.call_tool("skill_history", {"name": "deploy-service"})
            assert history.structured_content["result"][0]["version"] == passes[0]["commit"]
        hive.close()


async def test_only_maintainers_approve_reject_or_roll_back_skills(tmp_path: Path, embedder: LocalMiniLM) -> None:
    settings = Settings(
        data_dir=tmp_path / "data", user="alice", team="team-a", seed_skills=seeded(tmp_path), evolve_in_server=False
    )
    hive = Hive(settings, embedder=embedder)
    for user in ("alice", "bob", "carol"):
        await record_as(hive, user, [failed_deploy(n, user) for n in range(2)])
    from skillhive.evolver.llm import OpenAICompatibleLLM
    from skillhive.evolver.pipeline import Evolver, PassOptions

    with FakeOpenAI(chat=ScriptedModel()) as fake:
        llm = OpenAICompatibleLLM(base_url=fake.base_url, api_key="k", max_retries=0)
        report = Evolver(hive.backends, hive.directories, llm, PassOptions(mode="review")).run_pass("team-a")

    member = build_server(hive, identify=lambda: Caller(user="bob", team="team-a", role="member"))
    async with Client(member) as client:
        for name, args in [
            ("list_skill_reviews", {"diff": True}),
            ("approve_skill_review", {"branch": report.branch}),
            ("reject_skill_review", {"branch": report.branch}),
            ("rollback_skill", {"name": "deploy-service", "reason": "I do not like it"}),
        ]:
            denied = await client.call_tool(name, args)
            assert denied.is_error and "maintainer" in denied.content[0].text, name

    maintainer = build_server(hive, identify=lambda: Caller(user="mia", team="team-a", role="maintainer"))
    async with Client(maintainer) as client:
        reviews = await client.call_tool("list_skill_reviews", {"diff": True})
        assert reviews.structured_content["result"][0]["branch"] == report.branch
        assert "+## Run migrations first" in reviews.structured_content["result"][0]["diff"]
        approved = await client.call_tool("approve_skill_review", {"branch": report.branch})
        assert not approved.is_error, approved.content
        skill = await client.call_tool("get_skill", {"name": "deploy-service"})
        assert "Run migrations first" in skill.structured_content["body"]
        rolled = await client.call_tool("rollback_skill", {"name": "deploy-service", "reason": "too strict"})
        assert not rolled.is_error
        skill = await client.call_tool("get_skill", {"name": "deploy-service"})
        assert "Run migrations first" not in skill.structured_content["body"]
    hive.close()
