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


# -- sessions and connections --------------------------------------------------------------------


@pytest.fixture
def header_timeout() -> float:
    return 1.0


@pytest.fixture
def bounded(tmp_path: Path, embedder: object, header_timeout: float) -> Iterator[Hive]:
    settings = Settings(
        data_dir=tmp_path / "data",
        user="alice",
        team="team-a",
        seed_skills=SEED,
        evolve_in_server=False,
        http_max_sessions_per_token=3,
        http_max_connections=20,
        http_header_timeout=header_timeout,
    )
    hive = Hive(settings, embedder=embedder)  # type: ignore[arg-type]
    yield hive
    hive.close()


async def open_session(http: httpx2.AsyncClient, url: str, token: str) -> httpx2.Response:
    return await http.post(url, content=json.dumps(INITIALIZE), headers={**MCP_HEADERS, **bearer(token)})


async def test_one_member_opening_sessions_in_a_loop_cannot_take_the_others_sessions(bounded: Hive) -> None:
    tokens = TokenStore(bounded.backends.ledger)
    alice, bob = tokens.create("alice", "team-a").token, tokens.create("bob", "team-a").token
    with serve(bounded, auth="tokens") as running, anyio.fail_after(120):
        async with httpx2.AsyncClient(timeout=60) as http:
            mine = [await open_session(http, running.mcp_url, alice) for _ in range(3)]
            assert [r.status_code for r in mine] == [200, 200, 200]
            refused = await open_session(http, running.mcp_url, alice)
            assert refused.status_code == 503 and refused.json()["error"]["message"] == "Too many open sessions"
            assert (await open_session(http, running.mcp_url, bob)).status_code == 200
            closed = await http.delete(
                running.mcp_url, headers={**bearer(alice), "mcp-session-id": mine[0].headers["mcp-session-id"]}
            )
            assert closed.status_code == 200
            assert (await open_session(http, running.mcp_url, alice)).status_code == 200  # one was freed


SLOW_HEAD = b"POST /mcp HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: "


async def closed_by_server(stream: anyio.abc.SocketStream, within: float) -> bool:
    """Whether the server closes the connection within `within` seconds (we send nothing more)."""
    with anyio.move_on_after(within):
        try:
            while await stream.receive():
                pass
        except (anyio.EndOfStream, anyio.BrokenResourceError, ConnectionResetError):
            pass
        return True
    return False


async def test_a_connection_that_never_finishes_its_request_head_is_closed(bounded: Hive) -> None:
    with serve(bounded, auth="off") as running:
        port = int(running.base.rsplit(":", 1)[1])
        async with await anyio.connect_tcp("127.0.0.1", port) as stream:
            await stream.send(SLOW_HEAD)
            assert await closed_by_server(stream, 60)  # after http_header_timeout (1 s), not never
        assert (await healthz(running.base)).status_code == 200


@pytest.mark.parametrize("header_timeout", [120.0])  # only the connection limit closes them here
async def test_slow_header_connections_past_the_limit_are_shed_and_the_hive_stays_reachable(bounded: Hive) -> None:
    with serve(bounded, auth="off") as running:
        port = int(running.base.rsplit(":", 1)[1])
        streams = [await anyio.connect_tcp("127.0.0.1", port) for _ in range(50)]
        try:
            for stream in streams:
                await stream.send(SLOW_HEAD)
            shed = [False] * len(streams)

            async def watch(i: int) -> None:
                shed[i] = await closed_by_server(streams[i], 10)

            async with anyio.create_task_group() as tg:
                for i in range(len(streams)):
                    tg.start_soon(watch, i)
            assert sum(shed) >= 30, sum(shed)  # at most 20 held
        finally:
            for stream in streams:
                await stream.aclose()
        assert (await until_health(running.base, 200)).json()["ledger"] == "ok"
