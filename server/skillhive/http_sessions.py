"""At most N open MCP sessions per token, counted from what crosses HTTP.

The SDK caps sessions in total only, so one member opening sessions in a loop could take everyone's.
This wrapper sits on the MCP route, inside authentication, and keeps its own account of each token's
sessions from the protocol alone: a session opens when a request without `Mcp-Session-Id` is
answered below 400 with one; it ends when its DELETE is answered, when a request for it is answered
404 (the server no longer knows it), or once no request of it has been in flight for the session
manager's `session_idle_timeout` (the rule the SDK expires sessions by). A new session past the cap
gets the SDK's own answer, 503 "Too many open sessions". Admission reserves its slot before the
request is passed on, so concurrent openings by one token cannot overshoot.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass

from mcp.server.auth.middleware.bearer_auth import AuthenticatedUser, authorization_context
from mcp_types import INTERNAL_ERROR
from starlette.responses import JSONResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send

log = logging.getLogger(__name__)

SESSION_HEADER = b"mcp-session-id"


@dataclass
class _Session:
    in_flight: int = 0
    idle_since: float = 0.0


class SessionsPerToken:
    """ASGI wrapper for the MCP endpoint: each token holds at most `cap` open sessions."""

    def __init__(
        self, app: ASGIApp, cap: int, idle_timeout: float | None, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.app, self.cap, self.idle_timeout, self.clock = app, cap, idle_timeout, clock
        self._open: dict[str, dict[str, _Session]] = {}  # token -> session id -> its traffic
        self._opening: dict[str, int] = {}  # token -> admitted openings not yet answered

    def held(self, token: str) -> int:
        """Sessions `token` holds now (open, or admitted and not yet answered)."""
        sessions = self._open.get(token, {})
        if self.idle_timeout is not None:  # the SDK has ended these by now
            now = self.clock()
            for sid in [s for s, x in sessions.items() if x.in_flight == 0 and now - x.idle_since >= self.idle_timeout]:
                del sessions[sid]
        return len(sessions) + self._opening.get(token, 0)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        user = scope.get("user")
        if scope["type"] != "http" or not isinstance(user, AuthenticatedUser):
            await self.app(scope, receive, send)  # the route's own auth check answers it
            return
        token = authorization_context(user)["client_id"]
        sid = _header(scope, SESSION_HEADER)
        if sid is None and scope["method"] == "POST":
            await self._open_session(token, scope, receive, send)
        elif sid is not None and sid in self._open.get(token, {}):
            await self._in_session(token, sid, scope, receive, send)
        else:
            await self.app(scope, receive, send)

    async def _open_session(self, token: str, scope: Scope, receive: Receive, send: Send) -> None:
        held = self.held(token)
        if held >= self.cap:
            log.warning(
                "refusing a new session for token %s: it holds %d (SKILLHIVE_HTTP_MAX_SESSIONS_PER_TOKEN)", token, held
            )
            await _too_many(scope, receive, send)
            return
        self._opening[token] = self._opening.get(token, 0) + 1
        opened: list[_Session] = []

        async def watch(message: Message) -> None:
            if message["type"] == "http.response.start" and message["status"] < 400:
                sid = dict(message.get("headers", [])).get(SESSION_HEADER)
                if sid:
                    opened.append(self._open.setdefault(token, {}).setdefault(sid.decode("latin-1"), _Session()))
                    opened[0].in_flight += 1
            await send(message)

        try:
            await self.app(scope, receive, watch)
        finally:
            self._opening[token] -= 1
            if not self._opening[token]:
                del self._opening[token]
            if opened:
                opened[0].in_flight -= 1
                opened[0].idle_since = self.clock()

    async def _in_session(self, token: str, sid: str, scope: Scope, receive: Receive, send: Send) -> None:
        session = self._open[token][sid]
        session.in_flight += 1
        status: list[int] = []

        async def watch(message: Message) -> None:
            if message["type"] == "http.response.start":
                status.append(message["status"])
            await send(message)

        try:
            await self.app(scope, receive, watch)
        finally:
            session.in_flight -= 1
            session.idle_since = self.clock()
            gone = bool(status) and (status[0] == 404 or (scope["method"] == "DELETE" and status[0] < 400))
            sessions = self._open.get(token, {})
            if gone and sessions.get(sid) is session:
                del sessions[sid]
            if not sessions:
                self._open.pop(token, None)


def _header(scope: Scope, name: bytes) -> str | None:
    for key, value in scope.get("headers", []):
        if key.lower() == name:
            return bytes(value).decode("latin-1")
    return None


async def _too_many(scope: Scope, receive: Receive, send: Send) -> None:
    """The SDK's answer at its own session limit (no request id), so clients see one kind of refusal."""
    body = {"jsonrpc": "2.0", "id": None, "error": {"code": INTERNAL_ERROR, "message": "Too many open sessions"}}
    await JSONResponse(body, status_code=503)(scope, receive, send)
