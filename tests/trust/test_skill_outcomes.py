"""Findings 1 and 2: members cannot force a skill version live, nor stall the team's evolver."""

from __future__ import annotations

import pytest

from backends import both
from conftest import trajectory
from skillhive.evolver.pipeline import Evolver, PassOptions
from skillhive.skills.repo import skill_history
from skillhive.skills.reviews import pending_reviews
from trust.fixtures import DEPLOY, TEAM, TeamHive

pytestmark = [pytest.mark.anyio, both]

BAD = DEPLOY.replace("3. Watch the rollout.", "3. Skip the rollout check; it is slow.")
BETTER = DEPLOY.replace("3. Watch the rollout.", "3. Watch the rollout, then curl /healthz.")


async def report(team: TeamHive, user: str, n: int, success: bool, version: str | None = None) -> None:
    """`n` outcomes of deploy-service by `user`, each on a run of their own (one outcome per run)."""
    async with team.client(user) as client:
        for i in range(n):
            task = f"Deploy service {i} for {user} ({success}, {version or 'current'})"
            rec = await client.call_tool("record_trajectory", trajectory(task))
            args = {"name": "deploy-service", "success": success, "trajectory_id": rec.structured_content["id"]}
            res = await client.call_tool("report_skill_outcome", {**args, **({"version": version} if version else {})})
            assert not res.is_error, res.content


def live_text(team: TeamHive) -> str:
    return (team.root / "deploy-service" / "SKILL.md").read_text()


def close_the_loop(team: TeamHive, mode: str = "review") -> list[str]:
    """A pass without a model (what the background evolver runs); returns what it did."""
    report = Evolver(team.hive.backends, team.hive.directories, None, PassOptions(mode=mode)).run_pass(TEAM)  # type: ignore[arg-type]
    assert report.error is None and report.errors == []
    return report.skipped


async def test_one_member_cannot_force_a_version_a_maintainer_rolled_back(team: TeamHive) -> None:
    bad = team.commit_skill(BAD, "A worse deploy")
    await team.ok("maint", "rollback_skill", name="deploy-service", reason="the shortcut broke staging")
    assert live_text(team) == DEPLOY
    # The finding: 10 successes on BAD, 10 failures on the current version, 50 filler runs.
    await report(team, "mallory", 10, True, bad)
    await report(team, "mallory", 10, False)
    async with team.client("mallory") as client:
        for n in range(50):
            await client.call_tool("record_trajectory", trajectory(f"Filler run {n}"))
    for mode in ("review", "auto"):
        assert not any("roll" in s for s in close_the_loop(team, mode))
    assert live_text(team) == DEPLOY and pending_reviews(team.root) == []


async def test_even_many_members_cannot_bring_back_a_version_that_was_rolled_back(team: TeamHive) -> None:
    bad = team.commit_skill(BAD, "A worse deploy")
    await team.ok("maint", "rollback_skill", name="deploy-service", reason="the shortcut broke staging")
    for user in ("alice", "bob", "carol", "dave"):
        await report(team, user, 4, True, bad)
        await report(team, user, 4, False)
    close_the_loop(team, "auto")
    assert live_text(team) == DEPLOY


async def test_a_regression_backed_by_one_member_alone_is_not_rolled_back(team: TeamHive) -> None:
    seed = skill_history(team.root, "deploy-service")[0].sha
    team.commit_skill(BETTER, "Check health after the rollout")
    await report(team, "alice", 1, True, seed)  # a second user on the old side...
    await report(team, "mallory", 12, True, seed)  # ...but the verdict rests on mallory
    await report(team, "alice", 1, False)
    await report(team, "mallory", 12, False)
    close_the_loop(team, "auto")
    assert live_text(team) == BETTER


async def test_a_real_regression_is_proposed_for_review_in_review_mode_not_committed(team: TeamHive) -> None:
    seed = skill_history(team.root, "deploy-service")[0].sha
    worse = team.commit_skill(BAD, "A shortcut")
    for user in ("alice", "bob", "carol", "dave"):
        await report(team, user, 4, True, seed)
        await report(team, user, 4, user == "dave")
    did = close_the_loop(team, "review")
    assert live_text(team) == BAD  # nothing live changed
    [review] = pending_reviews(team.root)
    assert review.branch.endswith("-rollback-deploy-service")
    assert any(s.startswith("proposed for review") and "by 4 users" in s for s in did)
    assert skill_history(team.root, "deploy-service")[0].sha == worse
    close_the_loop(team, "auto")  # the same evidence in auto mode rolls back live
    assert live_text(team) == DEPLOY


async def test_one_members_forty_failures_weigh_as_one_user_in_the_served_success_rate(team: TeamHive) -> None:
    # The finding: the skill went from 3/3 to 3/44 after one member reported 40 throwaway failures.
    for user in ("alice", "bob", "carol"):
        await report(team, user, 1, True)
    await report(team, "mallory", 40, False)
    skill = await team.ok("bob", "get_skill", name="deploy-service")
    assert skill["uses"] == 43 and skill["success_rate"] == 0.75  # three users at 1.0, one at 0.0
    [listed] = (await team.ok("bob", "list_skills"))["result"]
    assert listed["success_rate"] == 0.75
    found = await team.ok("bob", "retrieve_experience", query="deploy a web service to staging", kinds=["skill"])
    assert [i["success_rate"] for i in found["items"]] == [0.75]


async def test_one_members_many_successes_on_a_worse_version_do_not_hold_back_its_rollback(team: TeamHive) -> None:
    seed = skill_history(team.root, "deploy-service")[0].sha
    team.commit_skill(BAD, "A shortcut")
    for user in ("alice", "bob", "carol", "dave"):
        await report(team, user, 4, True, seed)
        await report(team, user, 4, False)
    await report(team, "mallory", 100, True)  # counted per report, 100 of 116 uses would look fine
    close_the_loop(team, "auto")
    assert live_text(team) == DEPLOY


async def test_a_version_that_is_not_the_skills_is_refused_naming_the_field(team: TeamHive) -> None:
    for version in ("deadbeef00", "0" * 40):
        text = await team.refused(
            "mallory", "report_skill_outcome", name="deploy-service", success=True, version=version
        )
        assert "version: not a version of skill 'deploy-service'" in text
    other = team.commit_skill(BETTER, "Edit")  # a real commit, but refused for another skill's name
    (team.root / "notes").mkdir()
    text = await team.refused("mallory", "report_skill_outcome", name="deploy-service", success=True, version="zz")
    assert "version: a commit id of the skill" in text
    short = await team.ok("mallory", "report_skill_outcome", name="deploy-service", success=True, version=other[:10])
    assert short["version"] == other  # a prefix resolves to the full commit


async def test_one_outcome_per_user_run_and_skill(team: TeamHive) -> None:
    async with team.client("mallory") as client:
        rec = await client.call_tool("record_trajectory", trajectory("Deploy once"))
        tid = rec.structured_content["id"]
        for _ in range(10):
            await client.call_tool(
                "report_skill_outcome", {"name": "deploy-service", "success": False, "trajectory_id": tid}
            )
    skill = await team.ok("alice", "get_skill", name="deploy-service")
    assert skill["uses"] == 1


async def test_reports_without_a_run_count_once_per_user_and_version(team: TeamHive) -> None:
    for user in ("alice", "bob"):
        await team.ok(user, "report_skill_outcome", name="deploy-service", success=True)
    for _ in range(30):
        await team.ok("mallory", "report_skill_outcome", name="deploy-service", success=False)
    skill = await team.ok("bob", "get_skill", name="deploy-service")
    assert skill["uses"] == 3 and skill["success_rate"] == pytest.approx(2 / 3, abs=0.01)


async def test_an_outcome_on_another_members_run_is_refused_naming_the_field(team: TeamHive) -> None:
    bobs = (await team.ok("bob", "record_trajectory", **trajectory("Rotate the nightly logs")))["id"]
    text = await team.refused(
        "mallory", "report_skill_outcome", name="deploy-service", success=False, trajectory_id=bobs
    )
    assert "trajectory_id: not a run you recorded" in text
    assert team.hive.backends.ledger.skill_usage(TEAM) == {}


async def test_outcomes_recorded_before_versions_were_checked_do_not_stall_the_evolver(team: TeamHive) -> None:
    # The finding: 10 outcomes of a version that never existed, plus 10 failures. Such rows can no
    # longer be reported; ones already in a ledger must not stop passes either.
    for _n in range(10):
        team.hive.backends.ledger.add_skill_outcome(
            team=TEAM, user="mallory", skill="deploy-service", version="deadbeef00", success=True,
            trajectory_id=None, note=None,
        )  # fmt: skip
    await report(team, "mallory", 10, False)
    first = Evolver(team.hive.backends, team.hive.directories, None, PassOptions(mode="review")).run_pass(TEAM)
    assert first.error is None and first.errors == [] and first.read == 10
    again = Evolver(team.hive.backends, team.hive.directories, None, PassOptions(mode="review")).run_pass(TEAM)
    assert again.read == 0  # progress moved on: nothing is read (or sent to a model) twice
