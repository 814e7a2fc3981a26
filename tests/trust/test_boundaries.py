"""Findings 7, 8, 9 and 10: a header cap before auth, one skill repository per team for every process,
a lost index noticed and rebuilt, keyword statistics per team, internal errors kept on the server."""

from __future__ import annotations

import logging
import os
import re
import shutil
import socket
import sqlite3
import subprocess
import sys
from pathlib import Path

import anyio
import pytest
from mcp.server.mcpserver.exceptions import ToolError

from backends import both
from conftest import SEED, trajectory
from hive_http import connect, serve
from skillhive.config import Settings
from skillhive.hive import Hive
from skillhive.mcp_boundary import client_errors
from skillhive.models import Caller, TrajectoryIn
from skillhive.skills.git import run_git
from skillhive.store.embeddings import LocalMiniLM
from skillhive.store.tokens import TokenStore
from trust.fixtures import TEAM, TeamHive

pytestmark = [pytest.mark.anyio, both]


def send_endless_header(base: str, limit: int = 8 * 1024 * 1024) -> tuple[int, bytes]:
    """Send one endless header line; (bytes the server took before closing, what it answered)."""
    host, port = base.removeprefix("http://").split(":")
    sent = 0
    with socket.create_connection((host, int(port)), timeout=10) as sock:
        sock.sendall(b"POST /mcp HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Filler: ")
        chunk = b"a" * 65536
        try:
            while sent < limit:
                sock.sendall(chunk)
                sent += len(chunk)
        except (BrokenPipeError, ConnectionResetError):
            pass
        try:
            answer = sock.recv(4096)
        except (ConnectionResetError, TimeoutError):
            answer = b""
    return sent, answer


async def test_an_endless_header_line_is_cut_off_before_auth_and_the_hive_keeps_serving(team: TeamHive) -> None:
    results = await anyio.to_thread.run_sync(lambda: [send_endless_header(team.srv.base) for _ in range(3)])
    for sent, answer in results:
        assert sent < 8 * 1024 * 1024  # closed long before: the server buffers at most max_header_bytes
        assert answer == b"" or answer.startswith(b"HTTP/1.1 400")
    assert (await team.ok("alice", "list_skills"))["result"]


def cli(data: Path, *args: str, team: str, database_url: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "SKILLHIVE_DATA_DIR": str(data), "SKILLHIVE_TEAM": team, "SKILLHIVE_USER": "ops"}
    if database_url:
        env["SKILLHIVE_DATABASE_URL"] = database_url
    return subprocess.run([sys.executable, "-m", "skillhive.cli", *args], env=env, capture_output=True, text=True)


async def test_each_team_keeps_its_skill_repository_whatever_team_a_process_is_started_for(team: TeamHive) -> None:
    served = team.root
    before = run_git(served, "rev-parse", "HEAD").strip()
    data, url = team.hive.settings.data_dir, team.hive.settings.ledger_url
    out = await anyio.to_thread.run_sync(lambda: cli(data, "evolve", "--once", team="acme", database_url=url))
    assert out.returncode == 0, out.stderr
    assert run_git(served, "rev-parse", "HEAD").strip() == before  # team-a's repository untouched
    listed = await anyio.to_thread.run_sync(lambda: cli(data, "skills", "list", team="acme", database_url=url))
    assert listed.returncode == 0, listed.stderr
    assert (data / "teams" / "acme" / "skills" / ".git").is_dir()
    rows = {r["team"]: r["path"] for r in team.hive.backends.ledger.read("SELECT team, path FROM team_skills")}
    assert rows == {TEAM: "skills", "acme": "teams/acme/skills"}  # relative: replicas each have a data directory
    assert data.resolve() / rows[TEAM] == served.resolve()


def test_a_skills_dir_that_disagrees_with_the_ledger_is_refused(tmp_path: Path, embedder: LocalMiniLM) -> None:
    data = tmp_path / "data"
    first = Hive(Settings(data_dir=data, team="t", seed_skills=SEED, evolve_in_server=False), embedder=embedder)
    first.directory("t")
    first.close()
    other = tmp_path / "elsewhere"
    again = Hive(
        Settings(data_dir=data, team="t", skills_dir=other, seed_skills=SEED, evolve_in_server=False), embedder=embedder
    )
    with pytest.raises(Exception, match=r"--skills-dir .*elsewhere disagrees with the ledger"):
        again.directory("t")
    again.close()


async def test_a_deleted_index_is_noticed_at_start_and_filled_again(tmp_path: Path, embedder: LocalMiniLM) -> None:
    settings = Settings(data_dir=tmp_path / "data", user="alice", team=TEAM, seed_skills=SEED, evolve_in_server=False)
    hive = Hive(settings, embedder=embedder)
    alice = Caller(user="alice", team=TEAM)
    for n in range(12):
        hive.record(alice, TrajectoryIn.model_validate(trajectory(f"Renew the TLS certificate of web frontend {n}")))
    hive.backends.indexer.drain()
    hive.close()
    shutil.rmtree(settings.data_dir / "index")
    from chromadb.api.client import SharedSystemClient

    SharedSystemClient.clear_system_cache()  # as a new process would start
    hive = Hive(settings, embedder=embedder)
    try:
        with serve(hive) as srv:
            async with connect(srv.mcp_url, None) as client:
                with anyio.fail_after(60):
                    while hive.backends.index.count(TEAM, "trajectory") < 12 or hive.backends.ledger.outbox.count():
                        await anyio.sleep(0.1)
                found = await client.call_tool(
                    "retrieve_experience", {"query": "rotate https cert for website", "k": 20}
                )
        assert len(found.structured_content["items"]) >= 10
        assert all(i["why"].startswith("similar task") for i in found.structured_content["items"])
    finally:
        hive.close()


def test_reindex_rebuilds_an_index_folder_it_cannot_open(tmp_path: Path) -> None:
    data = tmp_path / "data"
    src = tmp_path / "runs.jsonl"
    src.write_text("".join(__import__("json").dumps(trajectory(f"Backup database {n}")) + "\n" for n in range(5)))
    assert cli(data, "import", str(src), "--no-progress", team=TEAM).returncode == 0
    (data / "index" / "chroma.sqlite3").write_bytes(b"not a database" * 1000)
    out = cli(data, "reindex", team=TEAM)
    assert out.returncode == 0, out.stderr
    assert out.stdout.startswith("reindexed 5 items")
    assert [p.name.split("-")[0] for p in data.iterdir() if p.name.startswith("index.broken")] == ["index.broken"]


async def test_another_teams_runs_change_nothing_in_my_keyword_matches(team: TeamHive) -> None:
    other = TokenStore(team.hive.backends.ledger).create("zed", "team-z").token
    mine = (await team.ok("alice", "record_trajectory", **trajectory("Run the zanzibar migration on staging")))["id"]
    query = {"query": "zanzibar", "kinds": ["trajectory"]}
    before = (await team.ok("alice", "retrieve_experience", **query))["items"]
    async with connect(team.srv.mcp_url, other) as zed:
        for n in range(250):  # enough for "zanzibar" to be among the commonest words of all runs
            await zed.call_tool("record_trajectory", trajectory(f"Zanzibar job {n} of team z"))
    after = (await team.ok("alice", "retrieve_experience", **query))["items"]
    assert [i["id"] for i in after] == [i["id"] for i in before] == [mine]
    assert after[0]["score"] == before[0]["score"] and "keywords: zanzibar" in after[0]["why"]


def test_an_unexpected_error_is_logged_and_the_client_learns_only_which_part_failed(
    caplog: pytest.LogCaptureFixture,
) -> None:
    with caplog.at_level(logging.ERROR), pytest.raises(ToolError) as caught, client_errors("retrieve_experience"):
        raise sqlite3.OperationalError("no such table: /srv/hive/ledger.db trajectories")
    found = re.fullmatch(
        r"retrieve_experience failed in the server \(an unexpected error\) \[error ([0-9a-f]{12})\];"
        r" the details are in the server's log",
        str(caught.value),
    )
    assert found is not None, str(caught.value)
    assert "no such table" in caplog.text and f"[error {found[1]}]" in caplog.text  # the traceback stays on the server


def test_names_that_end_in_a_newline_are_refused_everywhere_a_path_or_ref_is_built_from_them(ledger) -> None:  # type: ignore[no-untyped-def]
    """`^…$` with re.match lets "name\\n" through: a team "a\\n" would be a directory, a skill a path."""
    from pydantic import ValidationError

    from skillhive.errors import InvalidInput
    from skillhive.skills.repo import check_name
    from skillhive.skills.sync import check_branch

    with pytest.raises(InvalidInput):
        check_name("deploy-service\n")
    with pytest.raises(InvalidInput):
        check_branch("main\n")
    with pytest.raises(ValidationError):
        Settings(team="team-a\n")
    with pytest.raises(InvalidInput):
        TokenStore(ledger).create("alice\n", "team-a")
    assert TokenStore(ledger).verify(TokenStore(ledger).create("bob", "team-a").token + "\n") is None


async def test_a_member_can_call_exactly_the_tools_listed_for_them(team: TeamHive) -> None:
    # The finding: members could call evolution_status, skill_history and list_skill_reviews though
    # tools/list left them out.
    async with team.client("mallory") as client:
        listed = {t.name for t in (await client.list_tools()).tools}
    async with team.client("maint") as client:
        every = {t.name: t for t in (await client.list_tools()).tools}
    unlisted = sorted(set(every) - listed)
    assert {"evolution_status", "skill_history", "list_skill_reviews", "rollback_skill"} <= set(unlisted)
    args = {"skill_history": {"name": "deploy-service"}, "rollback_skill": {"name": "deploy-service", "reason": "r?"}}
    args |= {"approve_skill_review": {"branch": "evolve/x"}, "reject_skill_review": {"branch": "evolve/x"}}
    for name in unlisted:
        text = await team.refused("mallory", name, **args.get(name, {}))
        assert f"{name} needs the maintainer role" in text, text
    assert not (await team.call("maint", "skill_history", name="deploy-service")).is_error
    assert not (await team.call("mallory", "list_skills")).is_error
