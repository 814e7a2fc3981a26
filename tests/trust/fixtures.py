"""The trust tests: each finding of the security review replayed over real HTTP with member tokens.

`team` is a hive served by uvicorn on a loopback port, with five members, a maintainer and a
seeded skill `deploy-service`.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from mcp import Client
from mcp_types import CallToolResult

from hive_http import Running, connect, serve
from skillhive.config import Settings
from skillhive.hive import Hive
from skillhive.skills.git import head, run_git
from skillhive.store.embeddings import LocalMiniLM
from skillhive.store.tokens import TokenStore

TEAM = "team-a"
MEMBERS = ("alice", "bob", "carol", "dave", "mallory")
DEPLOY = """---
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


@dataclass
class TeamHive:
    hive: Hive
    srv: Running
    tokens: dict[str, str]

    @property
    def root(self) -> Path:
        return self.hive.directories.root(TEAM)

    @asynccontextmanager
    async def client(self, user: str) -> AsyncIterator[Client]:
        async with connect(self.srv.mcp_url, self.tokens[user]) as c:
            yield c

    async def call(self, user: str, tool: str, **args: Any) -> CallToolResult:
        async with self.client(user) as c:
            return await c.call_tool(tool, args)

    async def ok(self, user: str, tool: str, **args: Any) -> dict[str, Any]:
        res = await self.call(user, tool, **args)
        assert not res.is_error, res.content
        return res.structured_content or {}

    async def refused(self, user: str, tool: str, **args: Any) -> str:
        res = await self.call(user, tool, **args)
        assert res.is_error, res.structured_content
        return str(res.content[0].text)

    def commit_skill(self, text: str, message: str) -> str:
        """A person's commit of the skill (as a maintainer would make by hand)."""
        (self.root / "deploy-service" / "SKILL.md").write_text(text)
        run_git(self.root, "-c", "user.name=m", "-c", "user.email=m@x", "commit", "-qam", message)
        self.hive.directory(TEAM).invalidate()
        return head(self.root)


@pytest.fixture
def seed(tmp_path: Path) -> Path:
    root = tmp_path / "seed"
    (root / "deploy-service").mkdir(parents=True)
    (root / "deploy-service" / "SKILL.md").write_text(DEPLOY)
    return root


@pytest.fixture
def team(tmp_path: Path, seed: Path, embedder: LocalMiniLM, database_url: str | None) -> Iterator[TeamHive]:
    settings = Settings(
        data_dir=tmp_path / "data",
        user="ops",
        team=TEAM,
        seed_skills=seed,
        evolve_in_server=False,
        database_url=database_url,  # type: ignore[arg-type]
    )
    hive = Hive(settings, embedder=embedder)
    store = TokenStore(hive.backends.ledger)
    tokens = {user: store.create(user, TEAM).token for user in MEMBERS}
    tokens["maint"] = store.create("maint", TEAM, role="maintainer").token
    hive.directory(TEAM)
    try:
        with serve(hive) as srv:
            yield TeamHive(hive, srv, tokens)
    finally:
        hive.close()
