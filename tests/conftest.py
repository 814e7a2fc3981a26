"""Shared fixtures: a real hive (SQLite, Chroma, git, the offline model) in a tmp dir, and MCP clients."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import pytest
from mcp import Client

from backends import BACKENDS
from postgres_server import PostgresServer, PostgresUnavailable, running_server
from skillhive.config import Settings
from skillhive.hive import Hive
from skillhive.mcp_app import build_server
from skillhive.store.embeddings import LocalMiniLM
from skillhive.store.ledger import Ledger
from skillhive.wiring import ledger_at

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


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "backend" in metafunc.fixturenames and metafunc.definition.get_closest_marker("both_backends"):
        metafunc.parametrize("backend", BACKENDS, indirect=True)


@pytest.fixture(scope="session")
def postgres() -> Iterator[PostgresServer]:
    """One PostgreSQL server for the session (tests/postgres_server.py); a database per test. Without
    one the PostgreSQL tests skip, except under CI=true, where they fail."""
    try:
        with running_server() as server:
            yield server
    except PostgresUnavailable as exc:
        if os.environ.get("CI") == "true":
            pytest.fail(f"CI=true: the PostgreSQL tests must run, but: {exc}")
        pytest.skip(str(exc))


@pytest.fixture
def backend(request: pytest.FixtureRequest) -> str:
    """The ledger's engine: SQLite unless a module runs on both (`backends.both`)."""
    return str(getattr(request, "param", "sqlite"))


@pytest.fixture
def database_url(backend: str, request: pytest.FixtureRequest) -> str | None:
    """None (the embedded SQLite file), or a fresh, empty PostgreSQL database."""
    if backend == "sqlite":
        return None
    server: PostgresServer = request.getfixturevalue("postgres")
    return server.create_database()


@pytest.fixture
def ledger(tmp_path: Path, database_url: str | None) -> Iterator[Ledger]:
    opened = ledger_at(tmp_path / "ledger.db", database_url)
    yield opened
    opened.close()


@pytest.fixture
def settings(tmp_path: Path, database_url: str | None) -> Settings:
    # The background evolver is tested on its own (tests/evolver/test_evolver_background.py).
    return Settings(
        data_dir=tmp_path / "data",
        user="alice",
        team="team-a",
        seed_skills=SEED,
        evolve_in_server=False,
        database_url=database_url,  # type: ignore[arg-type]
    )


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
