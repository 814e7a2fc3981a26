"""`UpstreamHive`: the services behind the MCP tools, for a local server forwarding to a team hive."""

from __future__ import annotations

import hashlib
import json
import logging
import re
import shutil
import threading
import uuid
from collections.abc import Callable, Coroutine, Mapping, Sequence
from concurrent.futures import Future
from contextlib import ExitStack
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar
from urllib.parse import urlsplit

import anyio.from_thread

from skillhive.config import Settings
from skillhive.errors import ClientError, ConfigError, NotFound
from skillhive.models import (
    Caller,
    ExperienceResult,
    ForgetResult,
    OutcomeRecorded,
    RecordResult,
    SkillDetail,
    SkillFileContent,
    SkillSummary,
    Trajectory,
    TrajectoryIn,
)
from skillhive.redact import redact_text, redact_trajectory
from skillhive.requests import (
    ForgetRequest,
    GetSkillRequest,
    GetTrajectoryRequest,
    ListSkillsRequest,
    RetrieveRequest,
    SkillFileRequest,
    SkillOutcomeRequest,
)
from skillhive.safety import withhold_served
from skillhive.skills.directory import SkillDirectory
from skillhive.skills.origin import UPSTREAM, Origin
from skillhive.store.sqlite.outgoing import Outgoing, SenderLock
from skillhive.upstream.link import QUEUED_PREFIX, Link, UpstreamUnavailable
from skillhive.upstream.skill_copy import SkillCopy

if TYPE_CHECKING:
    from skillhive.curation import Curation

log = logging.getLogger(__name__)

_LOOPBACK = ("127.0.0.1", "localhost", "::1")


_SOURCE = re.compile(r"[a-z]{1,20}(?::[A-Za-z0-9_.-]{1,64})?")


def from_the_team_hive(result: ExperienceResult) -> ExperienceResult:
    """What the team hive says of who stands behind an item cannot be checked here: its `trust`,
    `users` and `mine` are not passed on as if this hive had found them (every item is unverified,
    and none is said to be the caller's), its `source` says it came from the team hive (`upstream`,
    then the team hive's own word for it when that is a plain label), and its text is held to this
    hive's own filter."""
    for item in result.items:
        item.trust, item.users, item.mine = "unverified", None, False
        said = item.source if item.source is not None and _SOURCE.fullmatch(item.source) else None
        item.source = f"upstream:{said}" if said else "upstream"
        withhold_served(item)
    return result


_S = TypeVar("_S", bound=SkillSummary)


def _unvouched(skill: _S) -> _S:
    """A skill the team hive served: whose commit it is was not checked here (from_the_team_hive)."""
    skill.source, skill.trust = UPSTREAM.source, UPSTREAM.trust
    return skill


class QueueFull(ClientError):
    """The local queue is at its limit while the team hive is unreachable."""


def link_folder(data_dir: Path, url: str, token: str) -> Path:
    """Where the queue and the skill copy of one (team hive, token) live: writes queued under one
    identity are never sent with another's token, and one team's skills never served to another."""
    key = hashlib.sha256(f"{url}\n{token}".encode()).hexdigest()[:16]
    folder = data_dir / "upstream" / key
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "link.json").write_text(json.dumps({"upstream": url}) + "\n")  # the URL, never the token
    return folder


def _link_url(folder: Path) -> str | None:
    try:
        found = json.loads((folder / "link.json").read_text()).get("upstream")
    except (OSError, ValueError, AttributeError):
        return None
    return found if isinstance(found, str) else None


def _adopt_legacy_layout(data_dir: Path, folder: Path) -> None:
    """A data directory from before the per-identity folders: its queue and copy become this one's."""
    moves = [(data_dir / "upstream-skills", folder / "skills")] + [
        (data_dir / f"outgoing.db{suffix}", folder / f"outgoing.db{suffix}") for suffix in ("", "-wal", "-shm")
    ]
    if not (data_dir / "outgoing.db").exists() or (folder / "outgoing.db").exists():
        return
    for old, new in moves:
        if old.exists():
            shutil.move(old, new)
    log.warning("moved the outgoing queue and the skill copy of %s to %s", data_dir, folder)


def check_upstream_url(url: str) -> str:
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018  # reading it checks it
    except ValueError as exc:
        raise ConfigError(f"--upstream: a URL such as https://HOST[:PORT]/mcp ({exc})") from None
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ConfigError(f"the team hive's URL must be http(s)://HOST[:PORT]/mcp, not {url!r}")
    if parts.username or parts.password:
        raise ConfigError("do not put credentials in the team hive's URL: set SKILLHIVE_UPSTREAM_TOKEN")
    return url


class UpstreamHive:
    """The services behind the MCP tools for a local server that forwards to a team hive.

    The same methods as `Hive` (see `mcp_app.HiveService`), called from the server's worker
    threads; `caller` is ignored, since the team hive knows who calls from the token. Each request
    goes on as the arguments of the team hive's tool of the same name. No curation here: the
    team's skills are curated on the team hive.
    """

    curation: Curation | None = None

    def __init__(self, settings: Settings) -> None:
        if not settings.upstream_url:
            raise ConfigError("no team hive to forward to: pass --upstream URL or set SKILLHIVE_UPSTREAM_URL")
        self.url = check_upstream_url(settings.upstream_url)
        if settings.upstream_token is None:
            log.warning("no token for the team hive (SKILLHIVE_UPSTREAM_TOKEN): it will refuse calls if it needs one")
        elif urlsplit(self.url).scheme == "http" and urlsplit(self.url).hostname not in _LOOPBACK:
            log.warning("the token for %s travels unencrypted over http; use https beyond this machine", self.url)
        self.settings = settings
        token = settings.upstream_token.get_secret_value() if settings.upstream_token else ""
        self.folder = link_folder(settings.data_dir, self.url, token)
        _adopt_legacy_layout(settings.data_dir, self.folder)
        self.queue = Outgoing(self.folder / "outgoing.db")
        self._others_queued(adopt=settings.upstream_adopt)
        self.copy = SkillCopy(self.folder / "skills")
        self._link = Link(settings, self.url, self.queue, self.copy, SenderLock(self.folder / "outgoing.lock"))
        self._lock = threading.Lock()
        self._stack: ExitStack | None = None
        self._portal: anyio.from_thread.BlockingPortal | None = None
        self._runner: Future[None] | None = None

    def _others_queued(self, *, adopt: bool) -> None:
        """Writes queued here for the same team hive under another token wait for a server started
        with that token, or, when `adopt` says so (a renewed token), join this queue in their order."""
        for other in sorted(self.folder.parent.glob("*/outgoing.db")):
            if other.parent == self.folder or _link_url(other.parent) != self.url:
                continue
            queue = Outgoing(other)
            try:
                entries = queue.peek(1_000_000)
                if entries and adopt:
                    for entry in entries:
                        self.queue.put(entry.kind, entry.local_id, entry.payload)
                        queue.drop(entry.seq)
                    log.warning("%d writes queued under an earlier token now wait in this queue", len(entries))
                elif entries:
                    log.warning(
                        "%d writes are queued in %s under another token for %s: a server started with that token"
                        " sends them, or `serve --upstream URL --adopt-queued` (after a token renewal)",
                        len(entries),
                        other.parent,
                        self.url,
                    )
            finally:
                queue.close()

    # -- lifecycle --

    def start(self) -> None:
        """Start the connection thread (it connects, syncs the skills and sends the queue)."""
        with self._lock:
            if self._portal is None:
                stack = ExitStack()
                self._portal = stack.enter_context(anyio.from_thread.start_blocking_portal(name="skillhive-upstream"))
                self._runner = self._portal.start_task_soon(self._link.run)
                self._stack = stack

    def warm_up(self) -> None:
        """Nothing to load: no model and no index here."""

    def background(self) -> Sequence[Callable[[], Coroutine[Any, Any, None]]]:
        """Nothing: the link runs on its own thread (`start`)."""
        return []

    def close(self) -> None:
        """Stop the connection; whatever is still queued stays on disk for the next start."""
        with self._lock:
            if self._runner is not None:
                self._runner.cancel()
            if self._stack is not None:
                self._stack.close()
            self._portal = self._runner = self._stack = None
        self.queue.close()

    def __enter__(self) -> UpstreamHive:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def status(self) -> dict[str, Any]:
        """Where the link stands: state, last error, queued and set-aside writes, when skills last synced."""
        return {
            "upstream": self.url,
            "state": self._link.state,
            "last_error": self._link.last_error,
            "token_refused": self._link.token_refused,
            "queued": self.queue.count(),
            "rejected": self.queue.count_rejected(),
            "skills_synced_at": self.copy.synced_at,
        }

    def _started_portal(self) -> anyio.from_thread.BlockingPortal:
        self.start()
        assert self._portal is not None
        return self._portal

    def _forward(self, name: str, args: dict[str, Any]) -> dict[str, Any]:
        return self._started_portal().call(self._link.call, name, args)

    def _submit(self, seq: int) -> dict[str, Any] | None:
        return self._started_portal().call(self._link.submit, seq)

    def _make_room(self, size: int) -> None:
        """Refuse a write that would take the queue past its limit (a stat of the file first: the exact
        sum of the waiting payloads is read only when the file is that large)."""
        cap = int(self.settings.upstream_queue_max_mb * 1_000_000)
        on_disk = sum(f.stat().st_size for f in self.folder.glob("outgoing.db*"))
        if on_disk + size <= cap:
            return
        waiting = self.queue.queued_bytes()
        if waiting + size > cap:
            raise QueueFull(
                f"the local queue holds {waiting / 1e6:.1f} MB of writes for {self.url}, its limit "
                f"(SKILLHIVE_UPSTREAM_QUEUE_MAX_MB={self.settings.upstream_queue_max_mb:g}): this one was not "
                f"recorded; {'it is being sent' if self._link.state == 'up' else self._link.unreachable()}"
            )

    def _offline(self, what: str, exc: UpstreamUnavailable) -> None:
        synced = f"synced at {self.copy.synced_at}" if self.copy.synced_at else "never synced"
        log.info("%s served from the local copy (%s, may be stale): %s", what, synced, exc)

    # -- trajectories --

    def record(self, caller: Caller, trajectory: TrajectoryIn, session: str | None = None) -> RecordResult:
        """Redact, queue on disk, send; answers with the team hive's result, or a `queued_…` id when it is down.
        A `session` goes along: the team hive replaces that session's run."""
        clean, redactions = redact_trajectory(trajectory)
        local_id = QUEUED_PREFIX + clean.content_hash()[:20]
        payload = clean.model_dump(mode="json")
        if session is not None:
            payload["session"] = session
        self._make_room(len(json.dumps(payload)))
        seq, fresh = self.queue.put("trajectory", local_id, payload)
        answer = self._submit(seq)
        if answer is None:
            log.info("run %s queued until the team hive is reachable (%d waiting)", local_id, self.queue.count())
            warning = None
            if self._link.token_refused:  # it would wait forever: say so instead of a plain `queued_…`
                warning = (
                    f"held, not sent: the team hive at {self.url} refuses this token ({self._link.last_error}); "
                    f"{self.queue.count()} runs wait here until a valid token is set (then `serve --adopt-queued`)"
                )
            return RecordResult(id=local_id, created=fresh, redactions=redactions, warning=warning)
        result = RecordResult.model_validate(answer)
        return result.model_copy(update={"redactions": result.redactions + redactions})

    def get_trajectory(self, caller: Caller, request: GetTrajectoryRequest) -> Trajectory:
        trajectory_id = request.id
        if trajectory_id.startswith(QUEUED_PREFIX):
            delivered = self.queue.delivered_id(trajectory_id)
            if delivered is None:
                if self.queue.is_queued(trajectory_id):
                    raise NotFound(f"run {trajectory_id!r} is queued on this machine until the team hive is reachable")
                raise NotFound(f"no trajectory {trajectory_id!r}")
            trajectory_id = delivered
        return Trajectory.model_validate(self._forward(request.tool, {"id": trajectory_id}))

    def forget(self, caller: Caller, request: ForgetRequest) -> ForgetResult:
        """A run still queued here is dropped from the queue; a delivered one is forgotten by the team hive."""
        trajectory_id = request.id
        if trajectory_id.startswith(QUEUED_PREFIX):
            delivered = self.queue.delivered_id(trajectory_id)
            if delivered is None:
                if self.queue.discard(trajectory_id):
                    return ForgetResult(id=trajectory_id, removed="run")
                raise NotFound(f"no trajectory {trajectory_id!r}")
            trajectory_id = delivered
        return ForgetResult.model_validate(self._forward(request.tool, {"id": trajectory_id}))

    def retrieve(self, caller: Caller, request: RetrieveRequest) -> ExperienceResult:
        try:
            result = ExperienceResult.model_validate(self._forward(request.tool, request.arguments()))
        except UpstreamUnavailable as exc:
            raise UpstreamUnavailable(
                f"{exc}. Past runs can only be searched on the team hive; skills still load from the local "
                "copy and recordings are queued"
            ) from None
        return from_the_team_hive(result)

    # -- skills --

    def directory(self, team: str) -> SkillDirectory:
        """The local copy (resources and the Skills extension read it, reachable or not)."""
        return self.copy.directory

    def skill_origins(self, team: str, versions: Mapping[str, str | None]) -> dict[str, Origin]:
        """Every skill of the copy is the team hive's: whose commit it is was not checked here."""
        return dict.fromkeys(versions, UPSTREAM)

    def list_skills(self, caller: Caller, request: ListSkillsRequest) -> list[SkillSummary]:
        try:
            listed = self._forward(request.tool, request.arguments()).get("result", [])
        except UpstreamUnavailable as exc:
            self._offline("list_skills", exc)
            return [_unvouched(s) for s in self.copy.list(request.query, request.limit)]
        return [_unvouched(SkillSummary.model_validate(item)) for item in listed]

    def get_skill(self, caller: Caller, request: GetSkillRequest) -> SkillDetail:
        try:
            return _unvouched(SkillDetail.model_validate(self._forward(request.tool, request.arguments())))
        except UpstreamUnavailable as exc:
            self._offline(f"get_skill {request.name}", exc)
            return _unvouched(self.copy.detail(request.name))

    def read_skill_file(self, caller: Caller, request: SkillFileRequest) -> SkillFileContent:
        try:
            return SkillFileContent.model_validate(self._forward(request.tool, request.arguments()))
        except UpstreamUnavailable as exc:
            self._offline(f"read_skill_file {request.name}/{request.path}", exc)
            return self.copy.read(request.name, request.path)

    def report_skill_outcome(self, caller: Caller, request: SkillOutcomeRequest) -> OutcomeRecorded:
        """Queued and sent like a recording; while the team hive is down, the figures are the last
        synced ones plus this report."""
        if request.note is not None:
            request = request.model_copy(update={"note": redact_text(request.note)[0]})
        name, success, version = request.name, request.success, request.version
        self._make_room(len(json.dumps(request.arguments())))
        seq, _ = self.queue.put("outcome", "outcome_" + uuid.uuid4().hex, request.arguments())
        answer = self._submit(seq)
        if answer is not None:
            return OutcomeRecorded.model_validate(answer)
        known = self.copy.skills.get(name)
        uses = known.uses if known else 0
        successes = round((known.success_rate or 0.0) * uses) if known else 0
        return OutcomeRecorded(
            skill=name,
            version=version or (known.version if known else None),
            success=success,
            uses=uses + 1,
            success_rate=round((successes + success) / (uses + 1), 3),
        )
