"""A skill's origin is recomputed by the hive that serves it: a skill whose version is a commit this
hive made (the seed, an evolver commit, an approval, a rollback, or their replay onto the remote) is
served `source: skills`, `trust: verified`; one last changed by a commit that came from the skills
remote (a peer's, a person's) is served `source: remote:<repository>`, `trust: unverified`.

Real git (a bare remote that refuses force-pushes), real evolver passes (the scripted model on a
fake OpenAI server), the real ledger; replicas share one PostgreSQL database.
"""

from __future__ import annotations

import io
import json
import os
import re
import subprocess
import sys
import tarfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import anyio
import httpx2
import pytest
from mcp import Client
from pydantic import BaseModel, ConfigDict

from backends import both
from evolver.scripted_model import ScriptedModel
from evolver.test_evolver_pass import DEPLOY_SKILL, failed_deploy, record_as
from evolver.test_evolver_sync import HumanDuringReview
from fakes.openai_server import FakeOpenAI
from hive_http import serve
from postgres_server import PostgresServer
from skillhive.config import Settings
from skillhive.evolver.apply import commit_message, commit_pass
from skillhive.evolver.llm import OpenAICompatibleLLM
from skillhive.evolver.pipeline import Evolver, PassOptions
from skillhive.evolver.types import PassReport
from skillhive.hive import Hive
from skillhive.mcp_app import build_server
from skillhive.models import Caller
from skillhive.skills.git import head, run_git
from skillhive.skills.history import own_commits
from skillhive.skills.origin import HiveCommits, remote_source
from skillhive.skills.sync import attach, sync
from skillhive.skills_extension import (
    GetSkillParams,
    GetSkillRequest,
    ReadDirectoryParams,
    ReadDirectoryRequest,
    ReadDirectoryResult,
)
from skillhive.skills_extension import ListSkillsRequest as SkillsListRequest
from skillhive.store.embeddings import LocalMiniLM
from skillhive.store.ledger import Ledger
from skillhive.store.tokens import TokenStore
from test_hook_context import prompt_event
from test_hooks import hook
from web_hive import sign_in

pytestmark = pytest.mark.anyio
TEAM = "team-a"
DAVE = Caller(user="dave", team=TEAM)
MAINTAINER = Caller(user="mia", team=TEAM, role="maintainer")
HUMAN = ("-c", "user.name=Pat Peer", "-c", "user.email=pat@example.com")
DEPLOY_QUERY = "deploy a web service to the staging cluster and check that it is healthy"
TLS_QUERY = "rotate the tls certificates of the load balancer before they expire"
TLS_SKILL = """---
name: rotate-tls-certificates
description: Rotate the TLS certificates of the load balancer before they expire.
---
# Rotate TLS certificates

## Steps
1. Request a new certificate.
2. Swap it in on the load balancer.
"""
OWN = ("skills", "verified")
PEERS = ("remote:team-skills", "unverified")


@pytest.fixture
def seed(tmp_path: Path) -> Path:
    root = tmp_path / "seed"
    (root / "deploy-service").mkdir(parents=True)
    (root / "deploy-service" / "SKILL.md").write_text(DEPLOY_SKILL)
    return root


@pytest.fixture
def remote(tmp_path: Path) -> Path:
    bare = tmp_path / "team-skills.git"
    subprocess.run(["git", "init", "--quiet", "--bare", "--initial-branch=main", str(bare)], check=True)
    run_git(bare, "config", "receive.denyNonFastForwards", "true")
    return bare


@pytest.fixture
def make_hive(tmp_path: Path, seed: Path, remote: Path, embedder: LocalMiniLM) -> Iterator[Callable[..., Hive]]:
    hives: list[Hive] = []

    def make(name: str, database_url: str | None = None, **extra: Any) -> Hive:
        given: dict[str, Any] = {
            "data_dir": tmp_path / name,
            "user": "alice",
            "team": TEAM,
            "seed_skills": seed,
            "evolve_in_server": False,
            "skills_remote": str(remote),
            "skills_sync_interval": 0,
            "database_url": database_url,
        }
        settings = Settings(**{**given, **extra})
        hive = Hive(settings, embedder=embedder)
        hives.append(hive)
        hive.directory(TEAM)  # the first one seeds the empty remote, the others clone it
        return hive

    yield make
    for hive in hives:
        hive.close()


def peer_pushes(tmp_path: Path, remote: Path, name: str, text: str) -> str:
    """Someone who is not this hive commits a skill to the remote; their commit."""
    clone = tmp_path / f"peer-{len(list(tmp_path.glob('peer-*')))}"
    env = {k: v for k, v in os.environ.items() if not k.startswith("GIT_")}
    subprocess.run(["git", "clone", "--quiet", str(remote), str(clone)], check=True, env=env)
    (clone / name).mkdir(exist_ok=True)
    (clone / name / "SKILL.md").write_text(text)
    run_git(clone, "add", "--all")
    run_git(clone, *HUMAN, "commit", "--quiet", "-m", f"Peer changes {name}")
    run_git(clone, "push", "--quiet", "origin", "HEAD:refs/heads/main")
    return head(clone)


async def served(hive: Hive, name: str, query: str) -> dict[str, Any]:
    """The skill as retrieve_experience serves it to a member over MCP."""
    async with Client(build_server(hive, identify=lambda: DAVE)) as client:
        res = await client.call_tool("retrieve_experience", {"query": query, "kinds": ["skill"], "k": 5})
    assert not res.is_error, res.content
    items = {i["id"]: i for i in res.structured_content["items"]}
    assert name in items, items
    return items[name]


async def origin(hive: Hive, name: str, query: str) -> tuple[str, str]:
    item = await served(hive, name, query)
    return item["source"], item["trust"]


async def evolve(hive: Hive, model: ScriptedModel, mode: str = "auto") -> PassReport:
    """A real evolver pass over runs of three users whose deploys failed for want of migrations."""
    for user in ("alice", "bob", "carol"):
        await record_as(hive, user, [failed_deploy(n, user) for n in range(2)])
    with FakeOpenAI(chat=model) as fake:
        llm = OpenAICompatibleLLM(base_url=fake.base_url, api_key="k", max_retries=0)
        options = PassOptions(mode=mode)  # type: ignore[arg-type]
        report = await anyio.to_thread.run_sync(
            lambda: Evolver(hive.backends, hive.directories, llm, options).run_pass(TEAM)
        )
    assert report.error is None, report
    return report


def with_manifest(bundle: Path, dest: Path, change: Callable[[dict[str, Any]], dict[str, Any]]) -> None:
    """A copy of `bundle` at `dest` whose manifest is `change`d (a forged or an older export)."""
    with tarfile.open(bundle, "r:gz") as tar, tarfile.open(dest, "w:gz") as out:
        for member in tar:
            data = tar.extractfile(member).read()  # type: ignore[union-attr]
            if member.name == "manifest.json":
                data = json.dumps(change(json.loads(data))).encode()
            member.size = len(data)
            out.addfile(member, io.BytesIO(data))


def version(hive: Hive, name: str) -> str | None:
    return hive.directory(TEAM).get(name).version


# -- one hive --------------------------------------------------------------------------------------


async def test_a_skill_pulled_from_the_remote_is_served_unverified_with_the_remote_as_its_source(
    tmp_path: Path, make_hive: Callable[..., Hive], remote: Path
) -> None:
    hive = make_hive("a")
    peers = peer_pushes(tmp_path, remote, "rotate-tls-certificates", TLS_SKILL)
    assert hive.directories.sync(TEAM).pulled == 1
    assert version(hive, "rotate-tls-certificates") == peers

    assert await origin(hive, "rotate-tls-certificates", TLS_QUERY) == PEERS
    assert await origin(hive, "deploy-service", DEPLOY_QUERY) == OWN  # the seed this hive committed and pushed


async def test_get_skill_and_list_skills_say_whose_commit_each_skill_is(
    tmp_path: Path, make_hive: Callable[..., Hive], remote: Path
) -> None:
    hive = make_hive("a")
    peer_pushes(tmp_path, remote, "rotate-tls-certificates", TLS_SKILL)
    hive.directories.sync(TEAM)
    async with Client(build_server(hive, identify=lambda: DAVE)) as client:
        peers = await client.call_tool("get_skill", {"name": "rotate-tls-certificates"})
        own = await client.call_tool("get_skill", {"name": "deploy-service"})
        listed = await client.call_tool("list_skills", {})
        ranked = await client.call_tool("list_skills", {"query": TLS_QUERY})
    assert (peers.structured_content["source"], peers.structured_content["trust"]) == PEERS
    assert (own.structured_content["source"], own.structured_content["trust"]) == OWN
    assert {s["name"]: (s["source"], s["trust"]) for s in listed.structured_content["result"]} == {
        "deploy-service": OWN,
        "rotate-tls-certificates": PEERS,
    }
    first = ranked.structured_content["result"][0]
    assert (first["name"], first["source"], first["trust"]) == ("rotate-tls-certificates", *PEERS)


async def test_a_skill_the_evolver_committed_stays_verified_after_its_push_and_a_pull(
    tmp_path: Path, make_hive: Callable[..., Hive], remote: Path
) -> None:
    hive = make_hive("a")
    report = await evolve(hive, ScriptedModel())
    assert report.branch == "main" and run_git(remote, "rev-parse", "main").strip() == report.commit
    peer_pushes(tmp_path, remote, "rotate-tls-certificates", TLS_SKILL)
    assert hive.directories.sync(TEAM).pulled == 1  # a fast-forward past the hive's own pushed commit

    assert version(hive, "deploy-service") == report.commit
    assert await origin(hive, "deploy-service", DEPLOY_QUERY) == OWN
    assert await origin(hive, "rotate-tls-certificates", TLS_QUERY) == PEERS


async def test_an_approved_review_stays_verified_after_its_push_and_a_pull(
    tmp_path: Path, make_hive: Callable[..., Hive], remote: Path
) -> None:
    hive = make_hive("a")
    report = await evolve(hive, ScriptedModel(), mode="review")
    assert report.branch == f"evolve/{report.run_id}"
    assert hive.curation is not None
    approved = hive.curation.approve(MAINTAINER, report.branch)
    assert run_git(remote, "rev-parse", "main").strip() == approved
    peer_pushes(tmp_path, remote, "rotate-tls-certificates", TLS_SKILL)
    hive.directories.sync(TEAM)

    assert "Run migrations first" in hive.directory(TEAM).get("deploy-service").body
    assert await origin(hive, "deploy-service", DEPLOY_QUERY) == OWN
    assert await origin(hive, "rotate-tls-certificates", TLS_QUERY) == PEERS


async def test_a_replay_during_a_pull_keeps_the_rewritten_commit_the_hives_own(
    tmp_path: Path, make_hive: Callable[..., Hive], remote: Path
) -> None:
    hive = make_hive("a")
    # the peer pushes while the pass runs: its commit is replayed onto theirs, under a new sha
    model = HumanDuringReview(lambda: peer_pushes(tmp_path, remote, "rotate-tls-certificates", TLS_SKILL))
    report = await evolve(hive, model)

    assert model.pushed and report.branch == "main"
    assert run_git(hive.directories.root(TEAM), "rev-parse", f"{report.commit}^").strip() == model.pushed
    assert version(hive, "deploy-service") == report.commit
    assert await origin(hive, "deploy-service", DEPLOY_QUERY) == OWN
    assert await origin(hive, "rotate-tls-certificates", TLS_QUERY) == PEERS


async def test_an_evolver_edit_of_a_skill_a_peer_changed_makes_it_the_hives_own_again(
    tmp_path: Path, make_hive: Callable[..., Hive], remote: Path
) -> None:
    hive = make_hive("a")
    peer_pushes(tmp_path, remote, "deploy-service", DEPLOY_SKILL + "\n## Owner\nThe platform team.\n")
    hive.directories.sync(TEAM)
    assert await origin(hive, "deploy-service", DEPLOY_QUERY) == PEERS

    report = await evolve(hive, ScriptedModel())
    body = hive.directory(TEAM).get("deploy-service").body
    assert "Run migrations first" in body and "The platform team." in body
    assert version(hive, "deploy-service") == report.commit
    assert await origin(hive, "deploy-service", DEPLOY_QUERY) == OWN


async def test_a_maintainers_rollback_of_a_peers_change_is_the_hives_own(
    tmp_path: Path, make_hive: Callable[..., Hive], remote: Path
) -> None:
    hive = make_hive("a")
    peer_pushes(tmp_path, remote, "deploy-service", DEPLOY_SKILL + "\n## Owner\nThe platform team.\n")
    hive.directories.sync(TEAM)
    assert await origin(hive, "deploy-service", DEPLOY_QUERY) == PEERS
    assert hive.curation is not None

    hive.curation.rollback(MAINTAINER, "deploy-service", None, "not reviewed by us")
    assert "The platform team." not in hive.directory(TEAM).get("deploy-service").body
    assert await origin(hive, "deploy-service", DEPLOY_QUERY) == OWN


# -- several hives on one remote -------------------------------------------------------------------


async def test_a_peer_hive_with_its_own_ledger_serves_the_others_evolved_skill_as_the_remotes(
    make_hive: Callable[..., Hive],
) -> None:
    hive_a, peer = make_hive("a"), make_hive("peer")  # each its own SQLite ledger: two hives, not replicas
    report = await evolve(hive_a, ScriptedModel())
    peer.directories.sync(TEAM)
    assert version(peer, "deploy-service") == report.commit
    assert await origin(hive_a, "deploy-service", DEPLOY_QUERY) == OWN
    assert await origin(peer, "deploy-service", DEPLOY_QUERY) == PEERS


async def test_replicas_sharing_a_remote_and_a_ledger_see_each_others_commits_as_the_hives_own(
    tmp_path: Path, make_hive: Callable[..., Hive], remote: Path, postgres: PostgresServer
) -> None:
    url = postgres.create_database()
    replica_a, replica_b = make_hive("a", url), make_hive("b", url)  # b clones what a seeded
    assert await origin(replica_b, "deploy-service", DEPLOY_QUERY) == OWN

    report = await evolve(replica_a, ScriptedModel())  # a commits and pushes; b pulls
    replica_b.directories.sync(TEAM)
    assert version(replica_b, "deploy-service") == report.commit
    assert await origin(replica_b, "deploy-service", DEPLOY_QUERY) == OWN

    assert replica_b.curation is not None  # b rolls back and pushes; a pulls
    done = replica_b.curation.rollback(MAINTAINER, "deploy-service", None, "undo")
    replica_a.directories.sync(TEAM)
    assert version(replica_a, "deploy-service") == done
    assert await origin(replica_a, "deploy-service", DEPLOY_QUERY) == OWN

    peer_pushes(tmp_path, remote, "rotate-tls-certificates", TLS_SKILL)
    for replica in (replica_a, replica_b):
        replica.directories.sync(TEAM)
        assert await origin(replica, "rotate-tls-certificates", TLS_QUERY) == PEERS


async def test_a_remote_trusted_as_the_teams_own_serves_what_it_pulls_as_verified(
    tmp_path: Path, make_hive: Callable[..., Hive], remote: Path
) -> None:
    trusting, wary = make_hive("a", skills_remote_trusted=True), make_hive("b")
    peer_pushes(tmp_path, remote, "rotate-tls-certificates", TLS_SKILL)
    for hive in (trusting, wary):
        hive.directories.sync(TEAM)
    assert await origin(trusting, "rotate-tls-certificates", TLS_QUERY) == OWN
    assert await origin(wary, "rotate-tls-certificates", TLS_QUERY) == PEERS


# -- below the hive --------------------------------------------------------------------------------


@both
def test_the_replay_of_a_hive_commit_is_recorded_as_its_own_and_the_peers_commit_is_not(
    tmp_path: Path, seed: Path, remote: Path, ledger: Ledger
) -> None:
    made = HiveCommits(ledger, TEAM)
    root = tmp_path / "a" / "skills"
    attach(root, str(remote), "main", seed, made=made)
    seeded = head(root)
    peers = peer_pushes(tmp_path, remote, "rotate-tls-certificates", TLS_SKILL)
    text = DEPLOY_SKILL + "\n## Check the dashboards\nLook at the error rate.\n"
    local = commit_pass(root, {"deploy-service": text}, commit_message("r1", []), mode="auto", run_id="r1", made=made)
    replayed = head(root)

    assert local.sha == replayed and run_git(root, "rev-parse", f"{replayed}^").strip() == peers
    assert made.made([seeded, peers, replayed]) == {seeded, replayed}
    assert sync(root, made).pulled == 0
    rows = ledger.read("SELECT what FROM hive_commits WHERE team = ? AND sha = ?", (TEAM, replayed))
    assert [r["what"] for r in rows] == ["replay"]


@pytest.mark.parametrize(
    ("url", "source"),
    [
        ("git@git.internal:team-b/skills.git", "remote:skills"),
        ("https://deploy:s3cret@git.example.com/platform/team-skills.git", "remote:team-skills"),
        ("ssh://git@host:2222/srv/skills/", "remote:skills"),
        ("/srv/git/peer-skills.git", "remote:peer-skills"),
        ("https://git.example.com/", "remote"),
        ("https://host/%2e%2e%2fetc", "remote"),
    ],
)
def test_the_remote_is_named_by_its_repository_never_by_its_host_or_credentials(url: str, source: str) -> None:
    assert remote_source(url) == source


# -- upgrading: the history before migration 14 ----------------------------------------------------


def forget_the_record(hive: Hive) -> None:
    """The hive as it was before migration 14: it made its commits, but recorded none of them."""
    with hive.backends.ledger.db.transaction() as tx:
        tx.execute("DELETE FROM hive_commits")


def skillhive(hive: Hive, *args: str) -> subprocess.CompletedProcess[str]:
    """`skillhive ARGS` as a maintainer runs it on the hive's data directory: another process."""
    s = hive.settings
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith(("GIT_", "SKILLHIVE_"))},
        "SKILLHIVE_DATA_DIR": str(s.data_dir),
        "SKILLHIVE_USER": "mia",
        "SKILLHIVE_TEAM": TEAM,
        "SKILLHIVE_SEED_SKILLS": str(s.seed_skills),
        "SKILLHIVE_SKILLS_REMOTE": str(s.skills_remote),
        "SKILLHIVE_SKILLS_SYNC_INTERVAL": "0",
    }
    return subprocess.run(
        [sys.executable, "-m", "skillhive.cli", *args], env=env, capture_output=True, text=True, timeout=300
    )


async def test_adopting_the_history_after_an_upgrade_serves_the_hives_skills_as_its_own_again(
    make_hive: Callable[..., Hive],
) -> None:
    hive = make_hive("a")
    report = await evolve(hive, ScriptedModel())
    forget_the_record(hive)  # upgraded: the seed and the evolver's commit are nobody's
    assert await origin(hive, "deploy-service", DEPLOY_QUERY) == PEERS

    out = skillhive(hive, "skills", "adopt")

    assert out.returncode == 0, out.stderr
    assert f"adopted 2 commits of team {TEAM}'s skills up to {report.commit[:12]}" in out.stdout
    assert "deploy-service: remote:team-skills (unverified) -> skills (verified)" in out.stdout
    assert await origin(hive, "deploy-service", DEPLOY_QUERY) == OWN  # the serving hive sees it at once
    again = skillhive(hive, "skills", "adopt")
    assert "adopted 0 commits" in again.stdout and "(2 were already)" in again.stdout
    assert "no skill changes origin" in again.stdout


async def test_adopting_up_to_a_commit_leaves_what_came_after_it_the_remotes(
    tmp_path: Path, make_hive: Callable[..., Hive], remote: Path
) -> None:
    hive = make_hive("a")
    theirs = peer_pushes(tmp_path, remote, "rotate-tls-certificates", TLS_SKILL)
    later = peer_pushes(tmp_path, remote, "deploy-service", DEPLOY_SKILL + "\n## Owner\nThe platform team.\n")
    hive.directories.sync(TEAM)
    assert version(hive, "deploy-service") == later

    out = skillhive(hive, "skills", "adopt", "--rev", theirs[:10])

    assert out.returncode == 0, out.stderr
    assert "adopted 1 commit of" in out.stdout and "(1 were already)" in out.stdout  # the seed was recorded
    assert "rotate-tls-certificates: remote:team-skills (unverified) -> skills (verified)" in out.stdout
    assert await origin(hive, "rotate-tls-certificates", TLS_QUERY) == OWN
    assert await origin(hive, "deploy-service", DEPLOY_QUERY) == PEERS


async def test_adopt_refuses_a_revision_that_is_not_a_commit_of_the_live_branch(
    tmp_path: Path, make_hive: Callable[..., Hive], remote: Path
) -> None:
    hive = make_hive("a")
    root = hive.directories.root(TEAM)
    run_git(root, "checkout", "--quiet", "-b", "elsewhere")
    (root / "deploy-service" / "notes.md").write_text("a note on another branch\n")
    run_git(root, "add", "--all")
    run_git(root, *HUMAN, "commit", "--quiet", "-m", "a commit off the live branch")
    aside = head(root)
    run_git(root, "checkout", "--quiet", "main")

    for rev, reason in [
        (aside, "no commit of the live branch main"),
        ("--all", "4 to 64 lowercase hex digits"),
        ("HEAD~1", "4 to 64 lowercase hex digits"),
        ("0000000000", "no commit of the live branch main"),
    ]:
        out = skillhive(hive, "skills", "adopt", f"--rev={rev}")
        assert out.returncode == 1 and reason in out.stderr and "Traceback" not in out.stderr, (rev, out.stderr)
    assert hive.directories.commits(TEAM).made([aside]) == set()


async def test_a_restored_bundle_keeps_its_hives_commits_its_own_and_a_peers_the_remotes(
    tmp_path: Path, make_hive: Callable[..., Hive], remote: Path
) -> None:
    hive = make_hive("a")
    peer_pushes(tmp_path, remote, "rotate-tls-certificates", TLS_SKILL)
    hive.directories.sync(TEAM)
    await evolve(hive, ScriptedModel())
    bundle = tmp_path / "team.skillhive.tar.gz"
    hive.bundles.export(MAINTAINER, bundle)
    moved = make_hive("moved")  # the hive on a new server: its own ledger, a clone of the same remote
    assert await origin(moved, "deploy-service", DEPLOY_QUERY) == PEERS

    done = moved.bundles.import_bundle(MAINTAINER, bundle)

    assert done.skills is not None and done.skills.own == 2 and not done.notes  # the seed and the evolver's
    assert await origin(moved, "deploy-service", DEPLOY_QUERY) == OWN
    assert await origin(moved, "rotate-tls-certificates", TLS_QUERY) == PEERS  # pulled there, not made there


async def test_another_hives_bundle_merged_into_a_team_with_runs_moves_its_skills_but_serves_them_unverified(
    tmp_path: Path, make_hive: Callable[..., Hive]
) -> None:
    hive = make_hive("a")
    behind = make_hive("b")  # a clone of the same remote, the seed alone: the bundle's history is ahead of it
    await record_as(behind, "dave", [failed_deploy(9, "dave")])  # the team here has runs of its own
    await evolve(hive, ScriptedModel())
    bundle = tmp_path / "a.skillhive.tar.gz"
    hive.bundles.export(MAINTAINER, bundle)
    theirs = own_commits(hive.directory(TEAM).root, hive.directories.commits(TEAM))

    done = behind.bundles.import_bundle(MAINTAINER, bundle)

    assert done.skills is not None and done.skills.outcome in ("fast-forward", "same") and done.skills.own == 0
    assert version(behind, "deploy-service") == version(hive, "deploy-service")  # the skill moved
    assert await origin(behind, "deploy-service", DEPLOY_QUERY) == PEERS  # but nobody here vouched for it
    assert behind.directories.commits(TEAM).made(theirs) == set()
    assert any("served unverified" in note and "skillhive skills adopt" in note for note in done.notes)


async def test_a_bundle_that_names_this_hive_is_not_taken_at_its_word(
    tmp_path: Path, make_hive: Callable[..., Hive]
) -> None:
    hive = make_hive("a")
    target = make_hive("b")  # a clone of the same remote whose team has runs of its own
    await record_as(target, "dave", [failed_deploy(9, "dave")])
    await evolve(hive, ScriptedModel())
    bundle, forged = tmp_path / "a.skillhive.tar.gz", tmp_path / "forged.skillhive.tar.gz"
    hive.bundles.export(MAINTAINER, bundle)
    with_manifest(bundle, forged, lambda m: {**m, "hive": target.backends.ledger.hive_id()})  # any export shows it

    done = target.bundles.import_bundle(MAINTAINER, forged)

    assert done.skills is not None and done.skills.own == 0
    assert await origin(target, "deploy-service", DEPLOY_QUERY) == PEERS


async def test_a_hives_own_bundle_imported_back_keeps_its_skills_its_own_and_says_nothing_of_adopting(
    tmp_path: Path, make_hive: Callable[..., Hive]
) -> None:
    hive = make_hive("a")
    await evolve(hive, ScriptedModel())
    bundle = tmp_path / "a.skillhive.tar.gz"
    hive.bundles.export(MAINTAINER, bundle)

    done = hive.bundles.import_bundle(MAINTAINER, bundle)

    assert done.skills is not None and done.skills.outcome == "same" and not done.notes
    assert await origin(hive, "deploy-service", DEPLOY_QUERY) == OWN


def test_a_bundle_names_its_hive_the_same_in_every_export_and_another_hive_differently(
    tmp_path: Path, make_hive: Callable[..., Hive]
) -> None:
    def hive_of(bundle: Path) -> str:
        with tarfile.open(bundle, "r:gz") as tar:
            return str(json.loads(tar.extractfile("manifest.json").read())["hive"])  # type: ignore[union-attr]

    hive, other = make_hive("a"), make_hive("b")
    first, second, theirs = tmp_path / "1.tar.gz", tmp_path / "2.tar.gz", tmp_path / "3.tar.gz"
    hive.bundles.export(MAINTAINER, first)
    hive.bundles.export(MAINTAINER, second)
    other.bundles.export(MAINTAINER, theirs)

    assert re.fullmatch(r"[0-9a-f]{32}", hive_of(first))
    assert hive_of(first) == hive_of(second) == hive.backends.ledger.hive_id() != hive_of(theirs)


async def test_a_bundle_of_another_hives_history_is_only_fetched_and_records_none_of_its_commits_as_own(
    tmp_path: Path, make_hive: Callable[..., Hive]
) -> None:
    hive = make_hive("a")
    await evolve(hive, ScriptedModel())
    bundle = tmp_path / "team.skillhive.tar.gz"
    hive.bundles.export(MAINTAINER, bundle)
    theirs = own_commits(hive.directory(TEAM).root, hive.directories.commits(TEAM))
    elsewhere_remote = tmp_path / "elsewhere-skills.git"
    subprocess.run(["git", "init", "--quiet", "--bare", "--initial-branch=main", str(elsewhere_remote)], check=True)
    own_seed = tmp_path / "elsewhere-seed"  # another first commit (two hives seeded alike in one second share it)
    for name, text in (("deploy-service", DEPLOY_SKILL), ("rotate-tls-certificates", TLS_SKILL)):
        (own_seed / name).mkdir(parents=True)
        (own_seed / name / "SKILL.md").write_text(text)
    elsewhere = make_hive("elsewhere", skills_remote=str(elsewhere_remote), seed_skills=own_seed)
    await evolve(elsewhere, ScriptedModel())  # a history of its own beyond the seed: the bundle's is another

    done = elsewhere.bundles.import_bundle(MAINTAINER, bundle)

    assert done.skills is not None and done.skills.outcome == "fetched" and done.skills.own == 0
    assert len(theirs) == 2 and elsewhere.directories.commits(TEAM).made(theirs) == set()


async def test_a_bundle_exported_before_commits_were_recorded_restores_no_record_and_says_adopt(
    tmp_path: Path, make_hive: Callable[..., Hive]
) -> None:
    hive = make_hive("a")
    await evolve(hive, ScriptedModel())
    bundle = tmp_path / "team.skillhive.tar.gz"
    hive.bundles.export(MAINTAINER, bundle)
    older = tmp_path / "older.skillhive.tar.gz"
    with_manifest(bundle, older, lambda m: {**m, "skills": {k: v for k, v in m["skills"].items() if k != "own"}})
    moved = make_hive("moved")

    done = moved.bundles.import_bundle(MAINTAINER, older)

    assert done.skills is not None and done.skills.own == 0
    assert any("skillhive skills adopt" in note for note in done.notes)
    assert await origin(moved, "deploy-service", DEPLOY_QUERY) == PEERS


# -- every surface that serves a skill -------------------------------------------------------------


class RawSkills(BaseModel):
    """skills/list and skills/get as they are on the wire (every key kept)."""

    model_config = ConfigDict(extra="allow")
    skills: list[dict[str, Any]] = []
    skill: dict[str, Any] | None = None


async def test_the_skills_extension_and_the_skill_resources_say_whose_commit_each_skill_is_as_list_skills_does(
    tmp_path: Path, make_hive: Callable[..., Hive], remote: Path
) -> None:
    hive = make_hive("a")
    peer_pushes(tmp_path, remote, "rotate-tls-certificates", TLS_SKILL)
    hive.directories.sync(TEAM)
    async with Client(build_server(hive, identify=lambda: DAVE)) as client:
        listed = await client.call_tool("list_skills", {})
        extension = await client.session.send_request(SkillsListRequest(), RawSkills)
        uri = "skill://rotate-tls-certificates/SKILL.md"
        got = await client.session.send_request(GetSkillRequest(params=GetSkillParams(uri=uri)), RawSkills)
        resources = await client.list_resources()
    wanted = {s["name"]: {"source": s["source"], "trust": s["trust"]} for s in listed.structured_content["result"]}
    assert wanted == {
        "deploy-service": {"source": "skills", "trust": "verified"},
        "rotate-tls-certificates": {"source": "remote:team-skills", "trust": "unverified"},
    }

    assert {e["uri"].split("/")[2]: e["_meta"]["skillhive/origin"] for e in extension.skills} == wanted
    assert got.skill is not None and got.skill["_meta"]["skillhive/origin"] == wanted["rotate-tls-certificates"]
    by_uri = {r.uri: r for r in resources.resources}
    for name, said in wanted.items():
        meta = by_uri[f"skill://{name}/SKILL.md"].meta
        assert meta is not None and meta["skillhive/origin"] == said


async def test_reading_a_skills_files_and_its_folder_says_whose_commit_they_are_as_its_listing_does(
    tmp_path: Path, make_hive: Callable[..., Hive], remote: Path
) -> None:
    hive = make_hive("a")
    peer_pushes(tmp_path, remote, "rotate-tls-certificates", TLS_SKILL)
    hive.directories.sync(TEAM)
    async with Client(build_server(hive, identify=lambda: DAVE)) as client:
        read = {
            name: await client.read_resource(f"skill://{name}/SKILL.md")
            for name in ("rotate-tls-certificates", "deploy-service")
        }
        folders = {
            name: await client.session.send_request(
                ReadDirectoryRequest(params=ReadDirectoryParams(uri=f"skill://{name}")), ReadDirectoryResult
            )
            for name in ("rotate-tls-certificates", "deploy-service")
        }
    said = {"rotate-tls-certificates": PEERS, "deploy-service": OWN}
    for name, (source, trust) in said.items():
        (content,) = read[name].contents
        assert content.meta == {"skillhive/origin": {"source": source, "trust": trust}}
        children = folders[name].resources
        assert [c.uri for c in children] == [f"skill://{name}/SKILL.md"]
        assert all(c.meta == {"skillhive/origin": {"source": source, "trust": trust}} for c in children)


async def test_the_web_view_shows_whose_commit_each_skill_is_as_list_skills_does(
    tmp_path: Path, make_hive: Callable[..., Hive], remote: Path
) -> None:
    hive = make_hive("a")
    peer_pushes(tmp_path, remote, "rotate-tls-certificates", TLS_SKILL)
    hive.directories.sync(TEAM)
    token = TokenStore(hive.backends.ledger).create("dave", TEAM, "member").token
    with serve(hive) as running:
        async with httpx2.AsyncClient(base_url=running.base, timeout=60) as http:
            await sign_in(http, token)
            listed = await http.get(f"/ui/{TEAM}/skills")
            peers = await http.get(f"/ui/{TEAM}/skills/rotate-tls-certificates")
            own = await http.get(f"/ui/{TEAM}/skills/deploy-service")
    rows = {name: row for row in listed.text.split("<tr>") for name in re.findall(r'/skills/([a-z-]+)"', row)}
    assert "remote:team-skills, unverified" in rows["rotate-tls-certificates"]
    assert "skills" in rows["deploy-service"] and "unverified" not in rows["deploy-service"]
    assert "remote:team-skills, unverified" in peers.text
    assert "unverified" not in own.text.split("<h2>")[0]


def test_the_context_hook_says_a_peers_skill_is_the_remotes_and_unverified(
    tmp_path: Path, make_hive: Callable[..., Hive], remote: Path
) -> None:
    hive = make_hive("a")
    peer_pushes(tmp_path, remote, "rotate-tls-certificates", TLS_SKILL)
    hive.directories.sync(TEAM)
    s = hive.settings
    env = {"SKILLHIVE_TEAM": TEAM, "SKILLHIVE_SKILLS_REMOTE": str(remote), "SKILLHIVE_SEED_SKILLS": str(s.seed_skills)}

    def context(prompt: str) -> str:
        done = hook(s.data_dir, "claude-code", prompt_event(tmp_path, prompt), **env)
        assert done.returncode == 0 and done.stderr == "", done.stderr
        return str(json.loads(done.stdout)["hookSpecificOutput"]["additionalContext"])

    peers = context(TLS_QUERY)
    assert "- skill rotate-tls-certificates (relevance" in peers
    assert "from remote:team-skills, unverified):" in peers
    own = context(DEPLOY_QUERY)
    assert "- skill deploy-service (relevance" in own and "unverified" not in own


async def test_a_remote_trusted_for_one_team_leaves_the_other_teams_remote_unverified(
    tmp_path: Path, make_hive: Callable[..., Hive], remote: Path
) -> None:
    other_remote = tmp_path / "team-b-skills.git"
    subprocess.run(["git", "init", "--quiet", "--bare", "--initial-branch=main", str(other_remote)], check=True)
    hive = make_hive(
        "a", team_skills_remotes={"team-b": str(other_remote)}, skills_remote_trusted_teams=frozenset({"team-b"})
    )
    hive.directory("team-b")  # seeds team-b's remote
    peer_pushes(tmp_path, remote, "rotate-tls-certificates", TLS_SKILL)
    peer_pushes(tmp_path, other_remote, "rotate-tls-certificates", TLS_SKILL)
    for team in (TEAM, "team-b"):
        assert hive.directories.sync(team).pulled == 1

    async with Client(build_server(hive, identify=lambda: Caller(user="bea", team="team-b"))) as client:
        trusted = await client.call_tool("get_skill", {"name": "rotate-tls-certificates"})
    assert (trusted.structured_content["source"], trusted.structured_content["trust"]) == OWN
    assert await origin(hive, "rotate-tls-certificates", TLS_QUERY) == PEERS  # team-a's remote is not trusted
