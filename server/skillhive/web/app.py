"""The web view's routes: server-rendered pages under /ui, readable without JavaScript.

Pages live under `/ui/<team>/…`; a caller may open their own team's pages only (403 otherwise).
With tokens, a session starts by posting a hive token to /ui/signin (the cookie is HttpOnly,
SameSite=Strict, Secure over https, and holds no secret); without them (`skillhive ui`, or an HTTP
hive bound to loopback without auth) the local user acts, as the CLI does. Every POST carries the
session's CSRF token, and every request's Host header must be one the hive answers to (DNS rebinding).
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol
from urllib.parse import parse_qs, quote

import anyio.to_thread
import pydantic
from jinja2 import Environment, PackageLoader, select_autoescape
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response
from starlette.routing import Mount, Route

from skillhive.errors import ClientError, Conflict, Forbidden, InvalidInput, NotFound, validation_message
from skillhive.hive import Hive
from skillhive.models import Caller
from skillhive.roles import has_role
from skillhive.usecases.tokens import TokenInfo
from skillhive.web.session import (
    COOKIE,
    LIFETIME,
    Session,
    Signer,
    csrf_ok,
    session_key,
    sign_out,
    signed_out_at,
)
from skillhive.web.views import Views

log = logging.getLogger(__name__)

ROOT = "/ui"
MAX_FORM_BYTES = 8192
_HEADERS = {
    "Cache-Control": "no-store",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "same-origin",
    "Content-Security-Policy": (
        "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; form-action 'self'; frame-ancestors 'none'"
    ),
}
LOOPBACK_HOSTS = ("127.0.0.1", "127.0.0.1:*", "localhost", "localhost:*", "[::1]", "[::1]:*")


class TokenLookup(Protocol):
    """What the view needs of the hive's tokens (usecases.tokens.Tokens, or the store itself)."""

    def get(self, token_id: str) -> TokenInfo: ...

    def verify(self, token: str) -> TokenInfo | None: ...


class WebError(Exception):
    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


@dataclass(frozen=True)
class Page:
    """The request as a page sees it: who, their session, and the form when it was posted."""

    caller: Caller
    session: Session
    request: Request


class WebView:
    def __init__(self, hive: Hive, *, tokens: TokenLookup | None, hosts: Sequence[str], secure: bool = False) -> None:
        self.hive = hive
        self.tokens = tokens  # None: no sign-in, the local user acts
        self.hosts = tuple(hosts)
        self.secure = secure
        self.views = Views(hive)
        self._signer: Signer | None = None
        self.env = Environment(
            loader=PackageLoader("skillhive.web", "templates"),
            autoescape=select_autoescape(default=True, default_for_string=True),
            trim_blocks=True,
            lstrip_blocks=True,
        )
        self.env.filters["short"] = lambda sha: (sha or "")[:12]
        self.env.filters["when"] = lambda iso: str(iso or "")[:19].replace("T", " ")
        self.env.filters["v"] = lambda x: getattr(x, "value", x)
        self.env.filters["q"] = lambda value: quote(str(value), safe="")

    # -- plumbing --------------------------------------------------------------------------------
    async def signer(self) -> Signer:
        if self._signer is None:
            key = await anyio.to_thread.run_sync(session_key, self.hive.backends.ledger)
            self._signer = Signer(key)
        return self._signer

    def local_caller(self) -> Caller:
        settings = self.hive.settings
        return Caller(user=settings.user, team=settings.team, role="admin")

    def host_allowed(self, request: Request) -> bool:
        return host_allowed(request.headers.get("host", ""), self.hosts)

    async def caller_of(self, session: Session | None) -> Caller | None:
        if self.tokens is None:
            return self.local_caller()
        if session is None or not session.token_id:
            return None
        tokens = self.tokens

        def lookup() -> Caller | None:
            try:
                info = tokens.get(session.token_id)
            except NotFound:
                return None
            if not info.active or session.issued <= signed_out_at(self.hive.backends.ledger, info.id):
                return None
            return info.caller

        return await anyio.to_thread.run_sync(lookup)

    def render(self, template: str, /, http_status: int = 200, **context: Any) -> HTMLResponse:
        html = self.env.get_template(template).render(root=ROOT, **context)
        return HTMLResponse(html, status_code=http_status, headers=_HEADERS)

    def set_cookie(self, response: Response, request: Request, value: str) -> None:
        response.set_cookie(
            COOKIE,
            value,
            max_age=LIFETIME,
            path=ROOT,
            httponly=True,
            samesite="strict",
            secure=self.secure or request.url.scheme == "https",
        )

    async def form(self, request: Request) -> dict[str, str]:
        body = b""
        async for chunk in request.stream():
            body += chunk
            if len(body) > MAX_FORM_BYTES:
                raise WebError(413, f"a form is at most {MAX_FORM_BYTES} bytes")
        try:
            parsed = parse_qs(body.decode(), keep_blank_values=True, max_num_fields=20)
        except (UnicodeDecodeError, ValueError):
            raise WebError(400, "the form could not be read") from None
        return {k: v[0] for k, v in parsed.items()}

    # -- the gate every page passes ----------------------------------------------------------------
    def page(
        self,
        handler: Callable[[Page], Awaitable[Response]],
        *,
        post: bool = False,
    ) -> Callable[[Request], Awaitable[Response]]:
        async def endpoint(request: Request) -> Response:
            if not self.host_allowed(request):
                return Response("unknown Host", status_code=421, headers=_HEADERS)
            signer = await self.signer()
            session = signer.load(request.cookies.get(COOKIE))
            fresh = session is None
            try:
                if post:
                    form = await self.form(request)
                    if not csrf_ok(session, form.get("csrf")):
                        raise WebError(403, "the form's CSRF token is missing or stale: reload the page and try again")
                    request.state.form = form
                caller = await self.caller_of(session)
                if caller is None:
                    if post:
                        raise WebError(403, "sign in first")
                    return RedirectResponse(f"{ROOT}/signin", status_code=303, headers=_HEADERS)
                team = request.path_params.get("team")
                if team is not None and team != caller.team:
                    raise WebError(403, "you can open the pages of your own team only")
                if session is None:
                    session = signer.new("")
                response = await handler(Page(caller, session, request))
            except WebError as exc:
                response = self.error(exc.status, str(exc))
            except pydantic.ValidationError as exc:
                response = self.error(400, validation_message(exc))
            except ClientError as exc:
                response = self.error(_status(exc), str(exc))
            if fresh and session is not None and self.tokens is None:
                self.set_cookie(response, request, signer.dump(session))
            return response

        return endpoint

    def error(self, status: int, message: str) -> Response:
        return self.render("error.html", http_status=status, status_code=status, message=message, caller=None)

    def context(self, page: Page, /, **more: Any) -> dict[str, Any]:
        base = f"{ROOT}/{quote(page.caller.team, safe='')}"
        return {
            "caller": page.caller,
            "csrf": page.session.csrf,
            "maintainer": has_role(page.caller, "maintainer"),
            "base": base,
            "signin": self.tokens is not None,
            **more,
        }

    async def show(self, page: Page, template: str, fn: Callable[..., dict[str, Any]], *args: Any) -> Response:
        data = await anyio.to_thread.run_sync(fn, page.caller, *args)
        return self.render(template, **self.context(page, **data))

    # -- sign in and out -------------------------------------------------------------------------
    async def signin_form(self, request: Request) -> Response:
        if not self.host_allowed(request):
            return Response("unknown Host", status_code=421, headers=_HEADERS)
        if self.tokens is None:
            return RedirectResponse(f"{ROOT}/", status_code=303, headers=_HEADERS)
        signer = await self.signer()
        session = signer.load(request.cookies.get(COOKIE)) or signer.new("")
        response = self.render("signin.html", csrf=session.csrf, caller=None, message=None)
        self.set_cookie(response, request, signer.dump(session))
        return response

    async def signin(self, request: Request) -> Response:
        if not self.host_allowed(request):
            return Response("unknown Host", status_code=421, headers=_HEADERS)
        if self.tokens is None:
            return RedirectResponse(f"{ROOT}/", status_code=303, headers=_HEADERS)
        signer = await self.signer()
        session = signer.load(request.cookies.get(COOKIE))
        try:
            form = await self.form(request)
        except WebError as exc:
            return self.error(exc.status, str(exc))
        if not csrf_ok(session, form.get("csrf")):
            return self.error(403, "the form's CSRF token is missing or stale: reload the page and try again")
        assert session is not None
        info = await anyio.to_thread.run_sync(self.tokens.verify, form.get("token", "").strip())
        if info is None:
            # The token is never echoed back, not even a wrong one.
            return self.render(
                "signin.html",
                http_status=401,
                csrf=session.csrf,
                caller=None,
                message="That token is not an active hive token.",
            )
        fresh = signer.new(info.id)  # a new session (and CSRF token) on sign-in: no fixation
        done = RedirectResponse(f"{ROOT}/{quote(info.team, safe='')}/", status_code=303, headers=_HEADERS)
        self.set_cookie(done, request, signer.dump(fresh))
        log.info("web sign-in: %s of team %s", info.user, info.team)
        return done

    async def signout(self, page: Page) -> Response:
        if self.tokens is not None and page.session.token_id:
            await anyio.to_thread.run_sync(sign_out, self.hive.backends.ledger, page.session.token_id)
        response = RedirectResponse(f"{ROOT}/signin", status_code=303, headers=_HEADERS)
        response.delete_cookie(COOKIE, path=ROOT, httponly=True, samesite="strict")
        return response

    # -- pages -----------------------------------------------------------------------------------
    async def index(self, page: Page) -> Response:
        return RedirectResponse(f"{ROOT}/{quote(page.caller.team, safe='')}/", status_code=303, headers=_HEADERS)

    async def home(self, page: Page) -> Response:
        return await self.show(page, "home.html", self.views.home)

    async def runs(self, page: Page) -> Response:
        return await self.show(page, "runs.html", self.views.runs, dict(page.request.query_params))

    async def run(self, page: Page) -> Response:
        return await self.show(page, "run.html", self.views.run, page.request.path_params["run_id"])

    async def skills(self, page: Page) -> Response:
        return await self.show(page, "skills.html", self.views.skills)

    async def skill(self, page: Page) -> Response:
        return await self.show(page, "skill.html", self.views.skill, page.request.path_params["name"])

    async def skill_version(self, page: Page) -> Response:
        p = page.request.path_params
        return await self.show(page, "version.html", self.views.skill_version, p["name"], p["version"])

    async def passes(self, page: Page) -> Response:
        return await self.show(page, "passes.html", self.views.passes)

    async def evolver_pass(self, page: Page) -> Response:
        return await self.show(page, "pass.html", self.views.evolver_pass, page.request.path_params["run_id"])

    async def reviews(self, page: Page) -> Response:
        return await self.show(page, "reviews.html", self.views.reviews)

    async def decide(self, page: Page) -> Response:
        """Approve or reject a review (maintainers; Curation checks the role again)."""
        if not has_role(page.caller, "maintainer"):
            raise WebError(403, "approving and rejecting reviews needs the maintainer role")
        form: dict[str, str] = page.request.state.form
        branch = form.get("branch", "")
        action = page.request.path_params["action"]
        if action not in ("approve", "reject"):
            raise WebError(404, f"no action {action!r}: approve or reject")
        if action == "approve":
            sha = await anyio.to_thread.run_sync(self.views.approve, page.caller, branch)
            note = f"approved {branch}: the live skills are now at {sha[:12]}"
        else:
            await anyio.to_thread.run_sync(self.views.reject, page.caller, branch)
            note = f"rejected {branch}"
        data = await anyio.to_thread.run_sync(self.views.reviews, page.caller)
        return self.render("reviews.html", **self.context(page, note=note, **data))

    async def lessons(self, page: Page) -> Response:
        return await self.show(page, "lessons.html", self.views.lessons)

    async def lesson(self, page: Page) -> Response:
        return await self.show(page, "lesson.html", self.views.lesson, page.request.path_params["lesson_id"])

    def routes(self) -> list[Route]:
        g = self.page
        team = "/{team}"
        return [
            Route("/", g(self.index)),
            Route("/signin", self.signin_form, methods=["GET"]),
            Route("/signin", self.signin, methods=["POST"]),
            Route("/signout", g(self.signout, post=True), methods=["POST"]),
            Route(f"{team}/", g(self.home)),
            Route(f"{team}/runs", g(self.runs)),
            Route(f"{team}/runs/{{run_id}}", g(self.run)),
            Route(f"{team}/skills", g(self.skills)),
            Route(f"{team}/skills/{{name}}", g(self.skill)),
            Route(f"{team}/skills/{{name}}/{{version}}", g(self.skill_version)),
            Route(f"{team}/passes", g(self.passes)),
            Route(f"{team}/passes/{{run_id}}", g(self.evolver_pass)),
            Route(f"{team}/reviews", g(self.reviews)),
            Route(f"{team}/reviews/{{action:str}}", g(self.decide, post=True), methods=["POST"]),
            Route(f"{team}/lessons", g(self.lessons)),
            Route(f"{team}/lessons/{{lesson_id}}", g(self.lesson)),
        ]


def host_allowed(host: str, allowed: Sequence[str]) -> bool:
    """The MCP transport's rule: an exact name, or `name:*` for that name on any port."""
    for pattern in allowed:
        if host == pattern:
            return True
        if pattern.endswith(":*") and host.startswith(pattern[:-1]) and host[len(pattern) - 1 :].isdigit():
            return True
    return False


def _status(exc: ClientError) -> int:
    if isinstance(exc, NotFound):
        return 404
    if isinstance(exc, Forbidden):
        return 403
    if isinstance(exc, Conflict):
        return 409
    if isinstance(exc, InvalidInput):
        return 400
    return 400


def web_routes(hive: Hive, *, tokens: TokenLookup | None, hosts: Sequence[str], secure: bool = False) -> list[Any]:
    """`/ui` (the pages) and `/` (a redirect to them), to add to a Starlette app's routes."""
    view = WebView(hive, tokens=tokens, hosts=hosts, secure=secure)

    async def to_ui(_: Request) -> Response:
        return RedirectResponse(f"{ROOT}/", status_code=303)

    return [Mount(ROOT, routes=view.routes()), Route("/", to_ui, methods=["GET"])]


def local_app(hive: Hive) -> Starlette:
    """The view of a local hive (`skillhive ui`): loopback only, the local user acts, no sign-in."""
    return Starlette(routes=web_routes(hive, tokens=None, hosts=LOOPBACK_HOSTS))
