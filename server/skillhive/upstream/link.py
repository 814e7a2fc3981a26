"""The connection to the team hive: one SDK client session, the queue courier, the skills syncer.

Everything here runs on the event loop of the forwarding hive's own thread (an anyio blocking
portal, see service.py). `Link.run` owns the streamable HTTP session and reconnects with backoff;
while the session is up, a courier sends the outgoing queue in order and a syncer refreshes the
local copy of the team's skills. The SDK ends a session on a connection error, failing the
requests in flight with CONNECTION_CLOSED: that is how an outage is noticed.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import logging
import time
from collections.abc import AsyncIterator, Iterator, Sequence
from contextlib import asynccontextmanager, contextmanager
from dataclasses import dataclass
from typing import Any, Literal

import anyio
import anyio.to_thread
import httpx2
from mcp import Client
from mcp.client.streamable_http import streamable_http_client
from mcp.shared.exceptions import MCPError
from mcp_types import CONNECTION_CLOSED, REQUEST_TIMEOUT, Implementation, PaginatedRequestParams, TextResourceContents
from pydantic import ValidationError

from skillhive import __version__
from skillhive.config import Settings
from skillhive.errors import SERVER_FAULT, ClientError, SkillError, SkillhiveError
from skillhive.requests import ForgetRequest, RecordRequest, SkillOutcomeRequest
from skillhive.skills_extension import ListSkillsRequest, ListSkillsResult, SkillEntry, skill_uri
from skillhive.store.sqlite.outgoing import Entry, Outgoing, SenderLock
from skillhive.upstream.skill_copy import RemoteSkill, SkillCopy, skill_manifest

log = logging.getLogger(__name__)

QUEUED_PREFIX = "queued_"
RETRY_MIN = 0.5  # seconds before the first reconnection attempt; doubles up to upstream_retry_max
MAX_REFUSALS = 5  # JSON-RPC errors for one queued entry before it is set aside (kept in `rejected`)
UNAUTHORIZED = 401  # the team hive refuses our token: nothing is sent until it is fixed
TOO_LARGE = 413  # the one HTTP status that is about the entry sent, not about the link
MAX_SKILL_PAGES = 1000
MAX_TIMEOUTS = 2  # calls in a row that time out before the link counts as down (a hung team hive)
MAX_WAIT_BEHIND = 20  # a write behind more queued ones is answered 'queued' at once, not after the backlog
# What an HTTP error status from the team hive most likely means, for the log and the tool error.
_HTTP_HINTS = {
    401: "the token is missing, wrong or revoked; check SKILLHIVE_UPSTREAM_TOKEN",
    403: "the team hive refuses this origin",
    404: "no MCP endpoint at this URL; it usually ends in /mcp",
    413: "the request is larger than the team hive accepts",
    421: "the team hive does not accept this host name; see its SKILLHIVE_PUBLIC_URL",
}


class UpstreamUnavailable(ClientError):
    """The team hive cannot be reached (refused connection, timeout, dropped session)."""


class UpstreamRefused(UpstreamUnavailable):
    """The team hive, or a proxy before it, refused a request: an HTTP error status (401, 413, 502…)
    or a JSON-RPC error. `status` is the HTTP status when there was one."""

    def __init__(self, message: str, status: int | None = None) -> None:
        super().__init__(message)
        self.status = status


class UpstreamError(ClientError):
    """The team hive answered a tool call with a tool error; its message is passed on as it is."""


class MessageTooLarge(UpstreamError):
    """The team hive sent one message longer than SKILLHIVE_UPSTREAM_MAX_MESSAGE_MB."""


class _CappedStream(httpx2.AsyncByteStream):
    """A response body read as it comes, failing once one message (the body, or one event of an event
    stream) passes `cap` bytes: what a hostile or broken peer sends is never held whole."""

    def __init__(self, inner: httpx2.AsyncByteStream, cap: int) -> None:
        self.inner, self.cap = inner, cap

    async def __aiter__(self) -> AsyncIterator[bytes]:
        pending = 0  # bytes since the last event boundary
        async for chunk in self.inner:
            cut = chunk.rfind(b"\n\n")
            pending = len(chunk) - cut - 2 if cut >= 0 else pending + len(chunk)
            if pending > self.cap:
                raise MessageTooLarge(
                    f"the team hive sent a message over {self.cap} bytes (SKILLHIVE_UPSTREAM_MAX_MESSAGE_MB); "
                    "it was not read"
                )
            yield chunk

    async def aclose(self) -> None:
        await self.inner.aclose()


class CappedTransport(httpx2.AsyncHTTPTransport):
    """httpx's transport, with every response body read through `_CappedStream`."""

    def __init__(self, cap: int, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.cap = cap

    async def handle_async_request(self, request: httpx2.Request) -> httpx2.Response:
        response = await super().handle_async_request(request)
        assert isinstance(response.stream, httpx2.AsyncByteStream)
        response.stream = _CappedStream(response.stream, self.cap)
        return response


@dataclass
class _Waiter:
    """A client waiting for its queued write to be sent."""

    done: anyio.Event
    answer: dict[str, Any] | None = None
    error: UpstreamError | None = None


def describe(exc: BaseException) -> str:
    """The first real error inside the exception groups the SDK's task groups raise, in one line."""
    while isinstance(exc, BaseExceptionGroup) and exc.exceptions:
        exc = exc.exceptions[0]
    text = str(exc) or "no detail"
    return f"{type(exc).__name__}: {text}"


def _tool_error_text(name: str, content: Sequence[Any]) -> str:
    text = " ".join(getattr(block, "text", "") for block in content).strip() or "the tool failed"
    return text.removeprefix(f"Error executing tool {name}: ")


class Link:
    """The connection to the team hive. Every method runs on the portal's event loop."""

    def __init__(self, settings: Settings, url: str, queue: Outgoing, copy: SkillCopy, sender: SenderLock) -> None:
        token = settings.upstream_token.get_secret_value() if settings.upstream_token else None
        self.url = url
        self._headers = {"Authorization": f"Bearer {token}"} if token else {}
        self.max_message = int(settings.upstream_max_message_mb * 1_000_000)
        self.timeout = settings.upstream_timeout
        self.connect_timeout = settings.upstream_connect_timeout
        self.retry_max = settings.upstream_retry_max
        self.sync_interval = settings.upstream_sync_interval
        self.queue, self.copy, self.sender = queue, copy, sender
        self.state: Literal["connecting", "up", "down"] = "connecting"
        self.last_error: str | None = None
        self.token_refused = False  # the team hive answered 401 to our token (status(), each record's warning)
        self._refusal_logged = False
        self.retry_at = 0.0
        self._client: Client | None = None
        self._waiters: dict[int, _Waiter] = {}
        self._outage_logged = False
        self._pauses = 0  # consecutive refusals of the queue for reasons of the link (token, proxy…)
        self._timeouts = 0  # consecutive calls the team hive did not answer in time
        self._http_status: int | None = None  # the last HTTP error status seen, to explain an MCPError
        # Events belong to the portal's loop, so they are made in run().
        self._changed: anyio.Event
        self._wake: anyio.Event
        self._reset: anyio.Event

    # -- the owner of the session --

    async def run(self) -> None:
        """Connect; while connected, send the queue and refresh the skills; on failure back off and retry."""
        self._changed, self._wake, self._reset = anyio.Event(), anyio.Event(), anyio.Event()
        backoff = RETRY_MIN
        while True:
            self._reset = anyio.Event()
            was_up = hung = False
            try:
                async with self._session() as client:
                    self._up(client)
                    was_up = True
                    await self._while_up(client)
                hung = self._timeouts >= MAX_TIMEOUTS
                error = (
                    f"{self._timeouts} calls in a row got no answer within {self.timeout:g}s"
                    if hung
                    else "the session was reset"
                )
            except Exception as exc:  # connection failures arrive wrapped in the SDK's exception groups
                status, error = self._explain(describe(exc))
                self.token_refused = status == UNAUTHORIZED
            if was_up and not hung:
                # A session that worked: try again soon. One that connects but leaves calls unanswered
                # backs off further each time (and, its timeouts still counted, goes down at the next).
                backoff = RETRY_MIN
            self._down(error, backoff)
            await anyio.sleep(backoff)
            backoff = min(backoff * 2, self.retry_max)
            self._set_state("connecting")

    @asynccontextmanager
    async def _session(self) -> AsyncIterator[Client]:
        # httpx's read timeout sits above the MCP one, so a slow answer fails the call, not the session.
        timeout = httpx2.Timeout(self.timeout + 5, connect=self.connect_timeout)
        self._http_status = None
        hooks = {"response": [self._note_status]}
        async with (
            httpx2.AsyncClient(
                headers=self._headers, timeout=timeout, event_hooks=hooks, transport=CappedTransport(self.max_message)
            ) as http,
            Client(
                streamable_http_client(self.url, http_client=http),
                cache=None,  # every read reaches the team hive; the local copy is the offline cache
                read_timeout_seconds=self.timeout,
                client_info=Implementation(name="skillhive-upstream", version=__version__),
            ) as client,
        ):
            yield client

    async def _note_status(self, response: httpx2.Response) -> None:
        if response.status_code >= 400:
            self._http_status = response.status_code

    def _explain(self, error: str) -> tuple[int | None, str]:
        """The HTTP status behind `error` (if one was seen) and what it usually means, else `error`."""
        status, self._http_status = self._http_status, None
        if status is None:
            return None, error
        hint = _HTTP_HINTS.get(status, "the team hive or a proxy before it failed" if status >= 500 else error)
        return status, f"HTTP {status}: {hint}"

    async def _while_up(self, client: Client) -> None:
        async with anyio.create_task_group() as tg:
            tg.start_soon(self._courier, client)
            tg.start_soon(self._syncer, client)
            await self._reset.wait()
            tg.cancel_scope.cancel()

    def _set_state(self, state: Literal["connecting", "up", "down"]) -> None:
        self.state = state
        changed, self._changed = self._changed, anyio.Event()
        changed.set()

    def _up(self, client: Client) -> None:
        self._client, self.last_error, self.token_refused = client, None, False
        self._set_state("up")
        if self._outage_logged:
            log.warning(
                "the team hive at %s is reachable again; sending %d queued writes", self.url, self.queue.count()
            )
        else:
            log.info("connected to the team hive at %s", self.url)
        self._outage_logged = False

    def _down(self, error: str, backoff: float) -> None:
        self._client, self.last_error = None, error
        self.retry_at = time.monotonic() + backoff
        self._set_state("down")
        self._release_waiters()
        if self.token_refused and not self._refusal_logged:
            self._refusal_logged = True
            log.error(
                "the team hive at %s refuses this token (%s): recordings are held in the local queue (%d waiting) "
                "and are not sent until a valid token is set (then `serve --adopt-queued`)",
                self.url,
                error,
                self.queue.count(),
            )
        if not self._outage_logged:
            self._outage_logged = True
            synced = f"synced at {self.copy.synced_at}" if self.copy.synced_at else "never synced"
            log.warning(
                "the team hive at %s is unreachable (%s): skills are served from the local copy (%s; it may be "
                "stale), recordings are queued (%d waiting); reconnecting in the background",
                self.url,
                error,
                synced,
                self.queue.count(),
            )
        else:
            log.debug("still unreachable: %s; next attempt in %.1fs", error, backoff)

    def unreachable(self) -> str:
        wait = max(0.0, self.retry_at - time.monotonic())
        why = f" ({self.last_error})" if self.last_error else ""
        return f"the team hive at {self.url} is unreachable{why}; retrying {f'in {wait:.0f}s' if wait >= 1 else 'now'}"

    async def _ready(self) -> Client:
        """The live session; while connecting, wait for the attempt (briefly); while down, fail at once."""
        with anyio.move_on_after(self.connect_timeout + 1):
            while self.state == "connecting":
                await self._changed.wait()
        if self.state == "up" and self._client is not None:
            return self._client
        if self.state == "connecting":
            raise UpstreamUnavailable(f"the team hive at {self.url} did not answer within {self.connect_timeout:.0f}s")
        raise UpstreamUnavailable(self.unreachable())

    # -- calls --

    @contextmanager
    def _failures(self, what: str) -> Iterator[None]:
        """SDK and transport failures as UpstreamUnavailable / UpstreamRefused naming what failed."""
        try:
            yield
        except MCPError as exc:
            if exc.code == REQUEST_TIMEOUT:
                self._timeouts += 1
                if self._timeouts >= MAX_TIMEOUTS:  # it hangs: go down, so that reads use the local copy at once
                    self._reset.set()
            if exc.code in (CONNECTION_CLOSED, REQUEST_TIMEOUT):
                raise UpstreamUnavailable(f"the team hive at {self.url} failed during {what}: {exc.message}") from exc
            if exc.message == "Session terminated":  # a restarted hive that keeps sessions: start a new one
                self._reset.set()
                raise UpstreamUnavailable(f"the team hive at {self.url} restarted during {what}") from exc
            status, why = self._explain(exc.message)
            raise UpstreamRefused(f"the team hive at {self.url} refused {what}: {why}", status) from exc
        except (anyio.ClosedResourceError, anyio.BrokenResourceError, anyio.EndOfStream, httpx2.HTTPError) as exc:
            raise UpstreamUnavailable(f"the team hive at {self.url} failed during {what}: {describe(exc)}") from exc

    async def call_with(self, client: Client, name: str, args: dict[str, Any]) -> dict[str, Any]:
        with self._failures(name):
            result = await client.call_tool(name, args)
        self._timeouts = 0
        if result.is_error:
            raise UpstreamError(_tool_error_text(name, result.content))
        return result.structured_content or {}

    async def call(self, name: str, args: dict[str, Any]) -> dict[str, Any]:
        """Call a tool of the team hive now (reads); UpstreamUnavailable when it cannot be reached."""
        return await self.call_with(await self._ready(), name, args)

    # -- the queue --

    async def submit(self, seq: int) -> dict[str, Any] | None:
        """Wait, at most upstream_timeout, until queued entry `seq` is sent: the team hive's answer, or
        None while it stays queued. A tool error from the team hive is raised (and the entry dropped)."""
        try:
            await self._ready()
        except UpstreamUnavailable:
            return None
        if await anyio.to_thread.run_sync(self.queue.ahead_of, seq) > MAX_WAIT_BEHIND:
            self._wake.set()  # a backlog is being sent: answer 'queued' now rather than wait for it
            return None
        waiter = self._waiters.setdefault(seq, _Waiter(anyio.Event()))
        self._wake.set()
        with anyio.move_on_after(self.timeout):
            await waiter.done.wait()
        if self._waiters.get(seq) is waiter:
            del self._waiters[seq]
        if waiter.error is not None:
            raise waiter.error
        return waiter.answer

    def _resolve(self, seq: int, answer: dict[str, Any] | None = None, error: UpstreamError | None = None) -> None:
        waiter = self._waiters.pop(seq, None)
        if waiter is not None:
            waiter.answer, waiter.error = answer, error
            waiter.done.set()

    def _release_waiters(self) -> None:
        """Everyone waiting is answered 'queued' (their entries stay on disk)."""
        for waiter in self._waiters.values():
            waiter.done.set()
        self._waiters.clear()

    async def _courier(self, client: Client) -> None:
        while True:
            self._wake = anyio.Event()  # before reading the queue, so no new entry is missed
            pause = await self._send_queue(client)
            with anyio.move_on_after(pause):
                await self._wake.wait()

    async def _send_queue(self, client: Client) -> float | None:
        """Send every queued entry in order; None when the queue is empty, else seconds to wait."""
        if not self.sender.acquire():  # another local server on this data directory is sending
            self._release_waiters()
            return 2.0
        try:
            while entries := await anyio.to_thread.run_sync(self.queue.peek):
                for entry in entries:
                    try:
                        answer = await self._send(client, entry)
                    except UpstreamRefused as exc:
                        pause = await self._refused(client, entry, exc)
                        if pause is not None:
                            return pause
                    except UpstreamError as exc:
                        if str(exc).endswith(SERVER_FAULT):  # the team hive failed, not the entry: try again later
                            return await self._server_fault(entry, exc)
                        if entry.seq in self._waiters:  # the client hears why; nothing more to keep
                            await anyio.to_thread.run_sync(self.queue.drop, entry.seq)
                            self._resolve(entry.seq, error=exc)
                        else:
                            await anyio.to_thread.run_sync(self.queue.reject, entry.seq, str(exc))
                            log.warning(
                                "the team hive refused queued %s %s for good: %s", entry.kind, entry.local_id, exc
                            )
                    else:
                        self._pauses = 0
                        upstream_id = answer.get("id") if entry.kind == "trajectory" else None
                        kept = await anyio.to_thread.run_sync(self.queue.done, entry.seq, entry.local_id, upstream_id)
                        if not kept and upstream_id:  # forgotten while on its way: the team hive forgets it too
                            await self._forget_delivered(client, entry.local_id, upstream_id)
                        self._resolve(entry.seq, answer=answer)
            return None
        finally:
            self.sender.release()

    async def _server_fault(self, entry: Entry, exc: UpstreamError) -> float:
        """The team hive failed on its side (storage, index...): the entry stays first in line and the
        queue pauses, however long it lasts; a client still waiting is answered 'queued'."""
        self._release_waiters()
        self._pauses += 1
        self.last_error = str(exc)
        log.warning("queued %s %s not sent, the team hive failed: %s", entry.kind, entry.local_id, exc)
        return min(RETRY_MIN * 2**self._pauses, self.retry_max)

    async def _refused(self, client: Client, entry: Entry, exc: UpstreamRefused) -> float | None:
        """A refused entry: seconds to pause the queue, or None to go on with the next entry.

        A refusal about the link (a revoked token, a proxy in trouble) pauses the queue and keeps the
        entry, however long it lasts. A refusal about the entry (too large; a JSON-RPC error, or an HTTP
        error while a small request on the same link goes through — a filter in the way of this one write —,
        after MAX_REFUSALS attempts) sets it aside, kept in `rejected`; a client still waiting hears why.
        """
        if exc.status is not None and exc.status != TOO_LARGE and not await self._link_answers(client):
            self._release_waiters()
            self._pauses += 1
            self.token_refused = exc.status == UNAUTHORIZED
            if self.token_refused:
                self.last_error = str(exc)
            log.warning("the queue waits (%d writes): %s", await anyio.to_thread.run_sync(self.queue.count), exc)
            return min(RETRY_MIN * 2**self._pauses, self.retry_max)
        attempts = await anyio.to_thread.run_sync(self.queue.failed, entry.seq, str(exc))
        if entry.seq in self._waiters:
            await anyio.to_thread.run_sync(self.queue.drop, entry.seq)
            self._resolve(entry.seq, error=UpstreamError(str(exc)))
            return None
        if exc.status != TOO_LARGE and attempts < MAX_REFUSALS:
            self._release_waiters()
            log.warning("queued %s %s not sent (attempt %d): %s", entry.kind, entry.local_id, attempts, exc)
            return min(RETRY_MIN * 2**attempts, self.retry_max)
        await anyio.to_thread.run_sync(self.queue.reject, entry.seq, str(exc))
        log.error("queued %s %s set aside after %d attempts: %s", entry.kind, entry.local_id, attempts, exc)
        return None

    async def _link_answers(self, client: Client) -> bool:
        """Whether the team hive answers a small request on this session (`tools/list`; the protocol
        has no ping any more): then a refusal was about the write."""
        try:
            with anyio.fail_after(self.connect_timeout + 1):
                await client.list_tools()
        except Exception:  # any failure of the probe: the link is in trouble, not the write
            self._http_status = None
            return False
        return True

    async def _forget_delivered(self, client: Client, local_id: str, upstream_id: str) -> None:
        try:
            await self.call_with(client, ForgetRequest.tool, {"id": upstream_id})
        except (UpstreamUnavailable, UpstreamError) as exc:
            log.error(
                "run %s was forgotten here while on its way; the team hive stored it as %s and did not forget it"
                " (%s): forget %s again",
                local_id, upstream_id, exc, upstream_id,
            )  # fmt: skip

    async def _send(self, client: Client, entry: Entry) -> dict[str, Any]:
        if entry.kind == "trajectory":
            return await self.call_with(client, RecordRequest.tool, entry.payload)
        payload = dict(entry.payload)
        ref = payload.get("trajectory_id")
        if isinstance(ref, str) and ref.startswith(QUEUED_PREFIX):
            real = await anyio.to_thread.run_sync(self.queue.delivered_id, ref)
            if real is None:
                log.warning(
                    "queued %s names run %s, which never reached the team hive; sent without it", entry.local_id, ref
                )
                payload.pop("trajectory_id")
            else:
                payload["trajectory_id"] = real
        return await self.call_with(client, SkillOutcomeRequest.tool, payload)

    # -- the skills --

    async def _syncer(self, client: Client) -> None:
        while True:
            try:
                await self.sync_skills(client)
            except UpstreamRefused as exc:
                log.warning("the local copy of the team's skills was not refreshed: %s", exc)
            except UpstreamUnavailable:
                raise
            except (UpstreamError, SkillhiveError, ValidationError, OSError) as exc:
                log.warning("the local copy of the team's skills was not refreshed: %s", exc)
            await anyio.sleep(self.sync_interval)

    async def sync_skills(self, client: Client) -> bool:
        """Bring the local copy in line with the team's skills, downloading only changed files."""
        entries: list[SkillEntry] = []
        cursor: str | None = None
        for _ in range(MAX_SKILL_PAGES):
            request = ListSkillsRequest(params=PaginatedRequestParams(cursor=cursor) if cursor else None)
            with self._failures("skills/list"):
                page = await client.session.send_request(request, ListSkillsResult)
            entries.extend(page.skills)
            cursor = page.next_cursor
            if not cursor:
                break
        listed = (await self.call_with(client, "list_skills", {"limit": 200})).get("result", [])
        usage = {item["name"]: item for item in listed if isinstance(item, dict) and "name" in item}
        skills: dict[str, RemoteSkill] = {}
        blobs: dict[tuple[str, str], bytes] = {}
        sizes: dict[str, dict[str, int]] = {}
        for entry in entries:
            try:
                name, files = skill_manifest(entry, sizes)
            except SkillError as exc:
                log.warning("not copying a skill of the team hive: %s", exc)
                continue
            for path, digest in files.items():
                if not self.copy.has(name, path, digest):
                    blobs[(name, path)] = await self._fetch(client, name, path, digest, sizes[name][path])
            known = usage.get(name, {})
            version, uses, rate = known.get("version"), known.get("uses"), known.get("success_rate")
            skills[name] = RemoteSkill(
                files=files,
                version=version if isinstance(version, str) else None,
                uses=uses if isinstance(uses, int) else 0,
                success_rate=float(rate) if isinstance(rate, int | float) else None,
            )
        changed = await anyio.to_thread.run_sync(self.copy.install, skills, blobs, self.url)
        log.info(
            "synced %d skills from the team hive (%d files fetched, copy %s)",
            len(skills),
            len(blobs),
            "updated" if changed else "unchanged",
        )
        return changed

    async def _fetch(self, client: Client, name: str, path: str, digest: str, size: int) -> bytes:
        uri = skill_uri(name, path)
        with self._failures(f"resources/read {uri}"):
            result = await client.read_resource(uri)
        if len(result.contents) != 1:
            raise SkillError(f"{uri} came back in {len(result.contents)} parts")
        content = result.contents[0]
        try:
            data = (
                content.text.encode()
                if isinstance(content, TextResourceContents)
                else base64.b64decode(content.blob, validate=True)
            )
        except binascii.Error as exc:
            raise SkillError(f"{uri} came back as invalid base64") from exc
        if len(data) != size:
            raise SkillError(f"{uri} came back with {len(data)} bytes; it was listed with {size}")
        if "sha256:" + hashlib.sha256(data).hexdigest() != digest:
            raise SkillError(f"{uri} does not match its listed digest (changed during the sync?)")
        return data
