"""The per-token session cap counts sessions from what crosses HTTP (http_sessions.py).

Over the real server in tests/test_http_uptime.py; here, the accounting rules on a small ASGI app
that answers as the SDK's session manager does (a new session id on an opening POST, 404 for a
session it does not know, 200 for a DELETE), with a clock the test moves.
"""

from __future__ import annotations

import uuid

import anyio
import anyio.lowlevel
import httpx2
import pytest
from mcp.server.auth.middleware.bearer_auth import AuthenticatedUser
from mcp.server.auth.provider import AccessToken
from starlette.types import ASGIApp, Receive, Scope, Send

from skillhive.http_sessions import SessionsPerToken

pytestmark = pytest.mark.anyio


class SessionServer:
    """Answers like the SDK's manager: opens, serves, forgets (idle or DELETE) sessions."""

    def __init__(self) -> None:
        self.known: set[str] = set()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        sid = dict(scope["headers"]).get(b"mcp-session-id", b"").decode()
        await anyio.lowlevel.checkpoint()  # other requests run meanwhile, as on a real server
        if not sid:
            sid = uuid.uuid4().hex
            self.known.add(sid)
            await reply(send, 200, [(b"mcp-session-id", sid.encode())])
        elif sid not in self.known:
            await reply(send, 404)
        else:
            if scope["method"] == "DELETE":
                self.known.discard(sid)
            await reply(send, 200)


async def reply(send: Send, status: int, headers: list[tuple[bytes, bytes]] | None = None) -> None:
    await send({"type": "http.response.start", "status": status, "headers": headers or []})
    await send({"type": "http.response.body", "body": b"{}"})


def as_user(app: SessionsPerToken) -> ASGIApp:
    """What the authentication middleware does: the bearer token's holder on the scope."""

    async def authenticated(scope: Scope, receive: Receive, send: Send) -> None:
        token = dict(scope["headers"])[b"authorization"].decode().removeprefix("Bearer ")
        scope["user"] = AuthenticatedUser(AccessToken(token=token, client_id=token, scopes=[]))
        await app(scope, receive, send)

    return authenticated


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def server() -> SessionServer:
    return SessionServer()


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def capped(server: SessionServer, clock: Clock) -> SessionsPerToken:
    return SessionsPerToken(server, cap=2, idle_timeout=60.0, clock=clock)


def client(capped: SessionsPerToken) -> httpx2.AsyncClient:
    return httpx2.AsyncClient(transport=httpx2.ASGITransport(app=as_user(capped)), base_url="http://127.0.0.1")


async def open_as(http: httpx2.AsyncClient, token: str) -> httpx2.Response:
    return await http.post("/mcp", headers={"authorization": f"Bearer {token}"})


async def test_a_token_past_its_cap_gets_the_sdks_503_and_other_tokens_still_open_sessions(
    capped: SessionsPerToken,
) -> None:
    async with client(capped) as http:
        assert [(await open_as(http, "alice")).status_code for _ in range(3)] == [200, 200, 503]
        refused = await open_as(http, "alice")
        assert refused.json() == {
            "jsonrpc": "2.0",
            "id": None,
            "error": {"code": -32603, "message": "Too many open sessions"},
        }
        assert (await open_as(http, "bob")).status_code == 200


async def test_a_session_the_server_answers_404_for_no_longer_counts(
    capped: SessionsPerToken, server: SessionServer
) -> None:
    async with client(capped) as http:
        first = (await open_as(http, "alice")).headers["mcp-session-id"]
        await open_as(http, "alice")
        server.known.discard(first)  # the manager ended it (a crash, a restart of its task)
        gone = await http.post("/mcp", headers={"authorization": "Bearer alice", "mcp-session-id": first})
        assert gone.status_code == 404
        assert (await open_as(http, "alice")).status_code == 200


async def test_a_session_idle_for_the_managers_timeout_no_longer_counts_and_one_in_use_does(
    capped: SessionsPerToken, clock: Clock
) -> None:
    async with client(capped) as http:
        assert (await open_as(http, "alice")).status_code == 200
        clock.now += 50
        used = (await open_as(http, "alice")).headers["mcp-session-id"]
        clock.now += 20  # the first idle 70 s (> 60), `used` 20 s
        assert capped.held("alice") == 1
        assert (await open_as(http, "alice")).status_code == 200
        assert (await open_as(http, "alice")).status_code == 503  # `used` and the new one
        closed = await http.delete("/mcp", headers={"authorization": "Bearer alice", "mcp-session-id": used})
        assert closed.status_code == 200
        assert (await open_as(http, "alice")).status_code == 200  # a DELETE frees its slot at once


async def test_openings_at_the_same_moment_by_one_token_cannot_overshoot_its_cap(capped: SessionsPerToken) -> None:
    statuses: list[int] = []
    async with client(capped) as http:

        async def one() -> None:
            statuses.append((await open_as(http, "alice")).status_code)

        async with anyio.create_task_group() as tg:
            for _ in range(8):
                tg.start_soon(one)
    assert sorted(statuses) == [200, 200] + [503] * 6
