"""The HTTP hive keeps serving through failures of what is behind it, and says so honestly.

A PostgreSQL restart must not kill the server (its background evolver polls the ledger too); while
the ledger is down every call gets a quick JSON-RPC error and `/healthz` says 503; once it is back,
calls succeed again without restarting the hive.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Iterator
from pathlib import Path

import anyio
import httpx2
import pytest

from conftest import SEED, trajectory
from hive_http import INITIALIZE, MCP_HEADERS, bearer, connect, serve
from postgres_server import PostgresServer, PostgresUnavailable, running_server
from skillhive.config import Settings
from skillhive.hive import Hive
from skillhive.store.postgres.database import CONNECT_TIMEOUT
from skillhive.store.tokens import TokenStore

pytestmark = [pytest.mark.anyio, pytest.mark.slow]


@pytest.fixture
def own_postgres() -> Iterator[PostgresServer]:
    """A server of this test's own: it is stopped and started again, which the shared one must not be."""
    try:
        with running_server() as server:
            yield server
    except PostgresUnavailable as exc:
        pytest.skip(str(exc))


async def healthz(base: str) -> httpx2.Response:
    async with httpx2.AsyncClient(timeout=60) as http:
        return await http.get(f"{base}/healthz")


async def until_health(base: str, status: int, timeout: float = 60) -> httpx2.Response:
    with anyio.fail_after(timeout):
        while (answer := await healthz(base)).status_code != status:
            await anyio.sleep(0.1)
    return answer


async def test_the_http_hive_survives_a_postgresql_restart_and_answers_quickly_while_it_is_down(
    tmp_path: Path, own_postgres: PostgresServer, embedder: object, caplog: pytest.LogCaptureFixture
) -> None:
    settings = Settings(
        data_dir=tmp_path / "data",
        user="alice",
        team="team-a",
        seed_skills=SEED,
        database_url=own_postgres.create_database(),  # type: ignore[arg-type]
        evolve_in_server=True,  # its background task reads the ledger every poll
        evolve_poll=0.1,
    )
    hive = Hive(settings, embedder=embedder)  # type: ignore[arg-type]
    caplog.set_level(logging.INFO, logger="skillhive")
    try:
        token = TokenStore(hive.backends.ledger).create("alice", "team-a").token
        with serve(hive, auth="tokens") as running:
            async with connect(running.mcp_url, token) as client:
                first = await client.call_tool("record_trajectory", trajectory("Rotate the signing key of the API"))
            assert not first.is_error, first.content

            own_postgres.stop()
            down = await until_health(running.base, 503)
            assert down.json()["status"] == "unavailable"
            with anyio.fail_after(60):  # the background evolver met the outage (and lived)
                while not any(r.name == "skillhive.evolver.runner" for r in caplog.records if r.levelno >= 30):
                    await anyio.sleep(0.1)

            async with httpx2.AsyncClient(timeout=60) as http:
                started = time.monotonic()
                answer = await http.post(
                    running.mcp_url, content=json.dumps(INITIALIZE), headers={**MCP_HEADERS, **bearer(token)}
                )
                took = time.monotonic() - started
            assert answer.status_code == 503, answer.text
            error = answer.json()["error"]
            assert "ledger" in error["message"] and answer.json()["jsonrpc"] == "2.0"
            assert took < CONNECT_TIMEOUT  # not the pool's whole wait for a server that is known to be down

            own_postgres.resume()
            up = await until_health(running.base, 200)
            assert up.json()["ledger"] == "ok"
            async with connect(running.mcp_url, token) as client:  # the same server, no restart
                again = await client.call_tool("record_trajectory", trajectory("Renew the TLS certificate"))
                found = await client.call_tool("retrieve_experience", {"query": "rotate the signing key", "k": 3})
            assert not again.is_error, again.content
            assert not found.is_error, found.content
    finally:
        hive.close()
