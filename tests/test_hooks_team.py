"""The hooks against a team hive (SKILLHIVE_UPSTREAM_URL and a token): the real HTTP team hive on a
fixed loopback port, stopped and started for an outage, and the hook run as Claude Code runs it."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from conftest import SEED
from importers.transcripts import ClaudeSession
from skillhive.config import Settings
from skillhive.hive import Hive
from skillhive.store.embeddings import LocalMiniLM
from skillhive.store.tokens import TokenStore
from test_hooks import discount_session, hook, stop
from test_upstream import TEAM, USER, TeamHive, free_port


@pytest.fixture
def team(tmp_path: Path, embedder: LocalMiniLM) -> Iterator[tuple[TeamHive, str]]:
    """The team hive, not started, and a member's token for it."""
    settings = Settings(
        data_dir=tmp_path / "team", user="admin", team="team-a", seed_skills=SEED, evolve_in_server=False
    )
    hive = Hive(settings, embedder=embedder)
    server = TeamHive(hive, free_port())
    try:
        yield server, TokenStore(hive.backends.ledger).create(USER, TEAM).token
    finally:
        server.stop()
        hive.close()


def queued(data: Path) -> int:
    [queue] = data.rglob("outgoing.db")
    with sqlite3.connect(queue) as db:
        return int(db.execute("SELECT count(*) FROM outgoing").fetchone()[0])


def test_a_session_captured_while_the_team_hive_is_down_reaches_it_once_when_it_is_back(
    tmp_path: Path, team: tuple[TeamHive, str]
) -> None:
    server, token = team
    data, transcripts = tmp_path / "data", tmp_path / "projects"
    # A generous wait for the team hive (3 s by default): a loaded machine must not leave the queue unsent.
    env = {"SKILLHIVE_UPSTREAM_URL": server.url, "SKILLHIVE_UPSTREAM_TOKEN": token, "SKILLHIVE_HOOK_TIMEOUT": "60"}
    s: ClaudeSession = discount_session(str(tmp_path))
    path = s.write(transcripts)

    down = hook(data, "claude-code", stop(s, path), **env)
    assert (down.returncode, down.stdout, down.stderr) == (0, "", "")
    s.tool("Bash", {"command": "pytest -q tests/test_cart.py"}, "31 passed")
    s.write(transcripts)
    grown = hook(data, "claude-code", stop(s, path), **env)  # the session went on: queued too
    assert (grown.returncode, grown.stdout, grown.stderr) == (0, "", "")
    assert queued(data) == 2 and server.trajectories() == 0
    assert not (data / "hook.log").exists()  # a queued write is no failure

    server.start()
    back = hook(data, "claude-code", stop(s, path, "SessionEnd"), **env)  # the next hook sends the queue
    assert (back.returncode, back.stdout, back.stderr) == (0, "", "")
    assert queued(data) == 0 and server.trajectories() == 1
    ledger = server.hive.backends.ledger
    run = ledger.session_run(TEAM, USER, f"claude-code:{s.session_id}")
    assert run is not None
    [card] = ledger.trajectory_cards(TEAM, [run]).values()
    assert (card.n_steps, card.status) == (3, "success")  # the session as it ended, once

    assert hook(data, "claude-code", stop(s, path), **env).returncode == 0  # again: still one run
    assert server.trajectories() == 1 and queued(data) == 0
