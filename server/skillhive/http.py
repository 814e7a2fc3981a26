"""The streamable HTTP app: MCP at `/mcp`, a health check at `/healthz`, bearer tokens, and the
web view at `/ui` (web/; `/` redirects there).

Identity over HTTP comes from the token alone: the SDK's bearer middleware asks `HiveTokenVerifier`,
which looks the token up in the ledger and returns a `CallerToken` carrying the stored user, team
and role; `identify()` reads it back through `get_access_token()` for every call. DNS-rebinding
protection (Host and Origin checks, 421/403) stays on for every bind address, request bodies are
capped (413), and a non-loopback bind without auth is refused before anything listens. A loopback
hive that started without auth because no token existed (`auto`) refuses requests (503) once a
token is created, until it is restarted to require tokens: creating one must not leave it open.
"""

from __future__ import annotations

import asyncio
import ipaddress
import logging
import signal
import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

import anyio.to_thread
from mcp.server.auth.middleware.auth_context import get_access_token
from mcp.server.auth.provider import AccessToken, TokenVerifier
from mcp.server.auth.settings import AuthSettings
from mcp.server.streamable_http_manager import StreamableHTTPSessionManager
from mcp.server.transport_security import TransportSecuritySettings
from pydantic import AnyHttpUrl
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from skillhive import __version__
from skillhive.errors import ConfigError, Forbidden, StorageError
from skillhive.hive import Hive
from skillhive.http_sessions import SessionsPerToken
from skillhive.mcp_app import build_server
from skillhive.models import Caller
from skillhive.usecases.tokens import AuthMode, Tokens
from skillhive.web import web_routes

if TYPE_CHECKING:
    import uvicorn

log = logging.getLogger(__name__)

MCP_PATH = "/mcp"
_LOOPBACK_HOSTS = ["127.0.0.1:*", "localhost:*", "[::1]:*"]
_LOOPBACK_ORIGINS = ["http://127.0.0.1:*", "http://localhost:*", "http://[::1]:*"]


class CallerToken(AccessToken):
    """The SDK's access token, plus the caller stored with it (what `identify()` hands to the tools)."""

    caller: Caller


class HiveTokenVerifier(TokenVerifier):
    """Checks bearer tokens against the token store; unknown, malformed or revoked tokens get None (401)."""

    def __init__(self, tokens: Tokens) -> None:
        self.tokens = tokens

    async def verify_token(self, token: str) -> CallerToken | None:
        info = await anyio.to_thread.run_sync(self.tokens.verify, token)
        if info is None:
            return None
        return CallerToken(token=token, client_id=info.id, subject=info.user, scopes=[], caller=info.caller)


def token_caller() -> Caller:
    """The caller of the current HTTP request, as the token's row says; never from tool arguments."""
    token = get_access_token()
    if not isinstance(token, CallerToken):
        # Unreachable behind the SDK's RequireAuthMiddleware; refuse rather than guess.
        raise Forbidden("no authenticated caller for this request")
    return token.caller


class RefuseOnceTokensExist:
    """ASGI middleware for a hive serving without auth because no token existed when it started.

    Once a token exists (`skillhive token create` from another process) the hive cannot switch to
    checking tokens in place, and going on without auth would leave it open to whoever the new
    token was meant to keep out: every request gets 503 saying to restart it (/healthz as well, with
    `"status": "restart_required"`, so that a supervisor does).
    """

    CHECK_SECONDS = 2.0  # how stale the "no token yet" answer may be

    def __init__(self, app: ASGIApp, tokens: Tokens) -> None:
        self.app, self.tokens = app, tokens
        self._checked = -self.CHECK_SECONDS
        self._appeared = False

    REASON = "a token was created after this server started without auth: restart it to require tokens"

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and await self._tokens_appeared():
            # The health check says so too, so that a supervisor restarts the server.
            body = {"status": "restart_required", "reason": self.REASON} if scope["path"] == "/healthz" else None
            await JSONResponse(body or {"error": self.REASON}, status_code=503)(scope, receive, send)
            return
        await self.app(scope, receive, send)

    async def _tokens_appeared(self) -> bool:
        now = time.monotonic()
        if not self._appeared and now - self._checked >= self.CHECK_SECONDS:
            self._checked = now
            if await anyio.to_thread.run_sync(self.tokens.any_active):
                self._appeared = True
                log.warning("a token now exists but this server runs without auth: refusing requests until restarted")
        return self._appeared


class AnswerWhenTheLedgerFails:
    """ASGI middleware: a request that fails because the ledger does not answer (the token check reads
    it before any tool runs) gets 503 with a JSON-RPC error saying so, not a bare 500, and the server
    goes on serving. Errors after the response started are left to the server."""

    MESSAGE = "the hive's ledger does not answer; try again shortly"

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def watch(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, receive, watch)
        except StorageError as exc:
            if started:
                raise
            log.warning("%s %s: %s", scope.get("method"), scope.get("path"), exc)
            body = {"jsonrpc": "2.0", "id": None, "error": {"code": -32000, "message": self.MESSAGE}}
            await JSONResponse(body, status_code=503, headers={"Retry-After": "5"})(scope, receive, send)


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def check_bind(host: str, auth: bool, mode: AuthMode = "auto") -> None:
    """Refuse to expose an unauthenticated hive beyond this machine."""
    if auth or is_loopback(host):
        return
    if mode == "off":
        raise ConfigError(f"refusing to serve on {host} with auth off: bind to 127.0.0.1, or use tokens")
    raise ConfigError(
        f"refusing to serve on {host} without auth: create a token first "
        "(`skillhive token create --user USER --team TEAM`) or bind to 127.0.0.1"
    )


def _url_host(host: str) -> str:
    return f"[{host}]" if ":" in host and not host.startswith("[") else host


def transport_security(host: str, public_url: str | None, extra_hosts: list[str]) -> TransportSecuritySettings:
    """Host and Origin allow-lists: loopback, the bind address, the public URL's host, configured extras."""
    hosts, origins = list(_LOOPBACK_HOSTS), list(_LOOPBACK_ORIGINS)
    wildcard = host in ("0.0.0.0", "::", "[::]")
    if not wildcard and not is_loopback(host):
        hosts += [_url_host(host), f"{_url_host(host)}:*"]
        origins += [f"http://{_url_host(host)}:*", f"https://{_url_host(host)}"]
    if public_url:
        url = urlsplit(public_url)
        if url.hostname:
            hosts += [url.netloc, f"{_url_host(url.hostname)}:*"]
            origins.append(f"{url.scheme}://{url.netloc}")
    for extra in extra_hosts:
        hosts.append(extra)
        origins += [f"http://{extra}", f"https://{extra}"]
    if wildcard and not public_url and not extra_hosts:
        log.warning(
            "bound to %s but only loopback Host headers are accepted (DNS-rebinding protection): "
            "set SKILLHIVE_PUBLIC_URL or SKILLHIVE_HTTP_ALLOWED_HOSTS to the name clients use",
            host,
        )
    return TransportSecuritySettings(
        enable_dns_rebinding_protection=True,
        allowed_hosts=list(dict.fromkeys(hosts)),
        allowed_origins=list(dict.fromkeys(origins)),
    )


@dataclass(frozen=True)
class HttpApp:
    """The ASGI app and what it was built with."""

    app: Starlette
    host: str
    port: int
    url: str
    auth: bool
    max_header_bytes: int
    header_timeout: float = 10.0
    max_connections: int = 1000


def build_http_app(
    hive: Hive, *, host: str | None = None, port: int | None = None, auth: AuthMode | None = None
) -> HttpApp:
    """The Starlette app serving `hive`; host, port and auth default to the hive's settings.

    The SDK's app runs the MCP session manager (and our server lifespan) once in its own
    lifespan, so the hive is started once and shared by every session; closing it is the caller's job.
    """
    settings = hive.settings
    host = host or settings.http_host
    port = settings.http_port if port is None else port
    tokens = hive.tokens
    mode = auth or settings.http_auth
    need_token = tokens.required(mode)
    check_bind(host, need_token, mode)
    url = settings.public_url or f"http://{_url_host(host)}:{port}{MCP_PATH}"

    if need_token:
        teams = tokens.teams()
        if not teams:
            log.warning("auth is on but no token is active: every request will get 401 (`skillhive token create`)")
        for team in teams:
            hive.directory(team)  # create each known team's skill repository now, not on a request
        base = urlsplit(url)
        mcp = build_server(
            hive,
            token_caller,
            token_verifier=HiveTokenVerifier(tokens),
            # No OAuth server stands behind these tokens, so no resource metadata is advertised.
            auth=AuthSettings(issuer_url=AnyHttpUrl(f"{base.scheme}://{base.netloc}"), resource_server_url=None),
        )
    else:
        log.warning("auth is off on %s: every caller acts as the local user %s", host, settings.user)
        mcp = build_server(hive)

    @mcp.custom_route("/healthz", methods=["GET"])
    async def healthz(_: Request) -> Response:
        """200 while the hive can serve (status "degraded" when the index is down: keyword results
        only); 503 when it cannot (its ledger does not answer, or the MCP sessions' task group is not
        running). Details of failures stay in the log."""
        serving, parts = await anyio.to_thread.run_sync(hive.maintenance.health)
        parts["sessions"] = "ok" if mcp.serving else "stopped"
        serving = serving and mcp.serving
        index = parts["index"]
        status = "ok" if isinstance(index, dict) and index.get("status") == "ok" else "degraded"
        body = {"status": status if serving else "unavailable", "version": __version__, **parts}
        body["auth"] = "tokens" if need_token else "off"
        return JSONResponse(body, status_code=200 if serving else 503)

    security = transport_security(host, settings.public_url, settings.http_allowed_hosts)
    app = mcp.streamable_http_app(
        streamable_http_path=MCP_PATH,
        host=host,
        transport_security=security,
        max_request_body_size=settings.max_body_bytes,
        max_sessions=settings.http_max_sessions,
    )
    # The web view at /ui (and / redirects there): same tokens, same Host allow-list.
    secure = (settings.public_url or "").startswith("https:")
    web = web_routes(hive, tokens=tokens if need_token else None, hosts=security.allowed_hosts, secure=secure)
    app.router.routes.extend(web)
    if need_token:
        cap_sessions_per_token(app, mcp.session_manager, settings.http_max_sessions_per_token)
    if mode == "auto" and not need_token:
        app.add_middleware(RefuseOnceTokensExist, tokens=tokens)
    app.add_middleware(AnswerWhenTheLedgerFails)  # outermost of ours: it also covers the token check above
    return HttpApp(
        app=app,
        host=host,
        port=port,
        url=url,
        auth=need_token,
        max_header_bytes=settings.max_header_bytes,
        header_timeout=settings.http_header_timeout,
        max_connections=settings.http_max_connections,
    )


def cap_sessions_per_token(app: Starlette, manager: StreamableHTTPSessionManager, cap: int) -> None:
    """Wrap the MCP route (inside authentication) so each token holds at most `cap` sessions."""
    [route] = [r for r in app.router.routes if isinstance(r, Route) and r.path == MCP_PATH]
    route.app = SessionsPerToken(route.app, cap, manager.session_idle_timeout)


def uvicorn_config(http: HttpApp, **overrides: Any) -> uvicorn.Config:
    """How the hive is served: our logging, no access log, no server header, bounded request heads."""
    import uvicorn

    options: dict[str, Any] = {
        "host": http.host.strip("[]"),
        "port": http.port,
        "log_config": None,  # keep our stderr logging; uvicorn's default sends access logs to stdout
        "access_log": False,
        "server_header": False,
        "timeout_graceful_shutdown": 5,
        # h11 bounds what it buffers of an unfinished request line and headers (httptools has no cap:
        # three connections sending endless header lines grew the server by hundreds of MB before
        # auth). Past the bound the connection gets 400 and is closed.
        # ...and it waits for a request's headers without a limit: ours closes a connection that takes
        # longer than header_timeout, and one past max_connections at once (slow-header floods).
        "http": bounded_h11(http.header_timeout, http.max_connections),
        "h11_max_incomplete_event_size": http.max_header_bytes,
    }
    return uvicorn.Config(http.app, **{**options, **overrides})


def bounded_h11(header_timeout: float, max_connections: int) -> type[asyncio.Protocol]:
    """uvicorn's h11 protocol, closing a connection that has not sent a whole request head within
    `header_timeout` seconds (uvicorn's own keep-alive timer starts only after a first response), and
    any connection past `max_connections` at once, before it is read."""
    import h11
    from uvicorn.protocols.http.h11_impl import H11Protocol

    class BoundedH11(H11Protocol):
        _head_timer: asyncio.TimerHandle | None = None

        def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
            super().connection_made(transport)
            if len(self.connections) > max_connections:
                log.warning("closing a connection from %s: %d are open (SKILLHIVE_HTTP_MAX_CONNECTIONS)",
                            self.client, len(self.connections))  # fmt: skip
                transport.close()
                return
            self._arm()

        def data_received(self, data: bytes) -> None:
            super().data_received(data)
            if self.conn.their_state is h11.IDLE:
                self._arm()  # a (next) request head is still to come, or on its way
            elif self._head_timer is not None:
                self._head_timer.cancel()
                self._head_timer = None

        def connection_lost(self, exc: Exception | None) -> None:
            if self._head_timer is not None:
                self._head_timer.cancel()
                self._head_timer = None
            super().connection_lost(exc)

        def _arm(self) -> None:
            if self._head_timer is None and not self.transport.is_closing():
                self._head_timer = self.loop.call_later(header_timeout, self._head_late)

        def _head_late(self) -> None:
            self._head_timer = None
            idle = self.cycle is None or self.cycle.response_complete
            if self.conn.their_state is h11.IDLE and idle and not self.transport.is_closing():
                log.info("closing a connection from %s: no request head within %gs", self.client, header_timeout)
                self.transport.close()

    return BoundedH11


def run_http(http: HttpApp, sock: socket.socket | None = None, on_ready: Callable[[], None] | None = None) -> None:
    """Serve until interrupted (SIGINT / SIGTERM); uvicorn logs through `logging`, to stderr. `sock`:
    an already listening socket (the CLI binds first, so a port in use is reported before anything runs).
    `on_ready` runs once a SIGTERM would stop the server (the CLI says "serving" there)."""
    import uvicorn

    server = uvicorn.Server(uvicorn_config(http))
    # uvicorn shuts down gracefully on SIGTERM and then raises it again, which would kill the
    # process before the hive is closed; our handler underneath lets run_http return instead. It
    # also asks the server to stop: a SIGTERM that comes before uvicorn installs its own handlers
    # (just after the ready line) must stop the server, not be lost.
    main = threading.current_thread() is threading.main_thread()
    previous = signal.signal(signal.SIGTERM, lambda *_: setattr(server, "should_exit", True)) if main else None
    try:
        if on_ready is not None:
            on_ready()
        server.run(sockets=[sock] if sock is not None else None)
    finally:
        if main:
            signal.signal(signal.SIGTERM, previous)
