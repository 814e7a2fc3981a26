"""Shared fixtures: a real hive (SQLite, Chroma, git, the offline model) in a tmp dir, and MCP clients."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import pytest
from mcp import Client

from skillhive.config import Settings
from skillhive.hive import Hive
from skillhive.mcp_app import build_server
from skillhive.store.embeddings import LocalMiniLM

pytest_plugins = ["trust.fixtures"]  # the team hive of tests/trust/

REPO = Path(__file__).resolve().parents[1]
SEED = REPO / "skills"


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture(scope="session")
def embedder() -> LocalMiniLM:
    """One loaded model for the whole run: loading it is the slow part, not using it."""
    return LocalMiniLM()


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    # The background evolver is tested on its own (tests/evolver/test_evolver_background.py).
    return Settings(data_dir=tmp_path / "data", user="alice", team="team-a", seed_skills=SEED, evolve_in_server=False)


@pytest.fixture
def hive(settings: Settings, embedder: LocalMiniLM) -> Iterator[Hive]:
    h = Hive(settings, embedder=embedder)
    yield h
    h.close()


@pytest.fixture
async def client(hive: Hive) -> AsyncIterator[Client]:
    async with Client(build_server(hive)) as c:
        yield c


def trajectory(task: str, status: str = "success", steps: list[dict[str, Any]] | None = None, **extra: Any) -> dict:
    """Arguments for record_trajectory."""
    return {
        "task": task,
        "steps": steps
        if steps is not None
        else [{"thought": "look first", "action": f"run {task[:20]}", "observation": "done"}],
        "outcome": {"status": status},
        **extra,
    }
