"""Skill sync over git: a team's skill repository tracks one branch of a remote.

Pull is a fetch, then a fast-forward, or — when this hive has commits the remote lacks — a
replay of those commits onto the remote's head, one `cherry-pick` at a time in a temporary
worktree (so the live working tree never holds conflict markers). Push is a plain push that
only fast-forwards: never forced, so a commit already on the remote is never rewritten.

Conflict policy: the remote wins. A local commit that does not apply on top of the remote is
parked on a review branch `evolve/<run id>` (from its `Skillhive-Run` trailer; otherwise
`evolve/sync-<sha>`) and the live branch follows the remote: the human's commit is served, the
evolver's change waits in `skillhive skills review`. A failed fetch or push (remote unreachable)
keeps every local commit and leaves the retry to the next sync; nothing here raises for it.

Every writer — sync, evolver commits, approve, rollback — holds the one writers' lock of
skills/git.py (a `flock` on `.git/skillhive-evolve.lock`), so a sync never races a commit.
"""

from __future__ import annotations

import logging
import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from skillhive.errors import InvalidInput, SkillError
from skillhive.filelock import file_lock
from skillhive.skills import repo
from skillhive.skills.files import MAX_FILE_BYTES
from skillhive.skills.git import (
    LOCK_NAME,
    count_commits,
    current_head,
    failure_reason,
    head,
    init,
    is_ancestor,
    is_run_id,
    live_branch,
    move_live,
    require_live_branch,
    rev_parse,
    run_git,
    temporary_worktree,
    writer_lock,
)
from skillhive.skills.origin import HiveCommits, record
from skillhive.skills.repo import ensure_repo

log = logging.getLogger(__name__)

REMOTE = "origin"
REVIEW_PREFIX = "evolve/"
PUSH_ATTEMPTS = 3  # a push the remote refused because it moved meanwhile: fetch, replay, try again
_BRANCH = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._/-]{0,99}$")


# -- checks and display ---------------------------------------------------------------------------


def check_remote(url: str, field: str = "skills_remote") -> str:
    """A remote git can take as a URL or path, never as an option; the `ext::` transport is refused."""
    if not isinstance(url, str) or not url.strip():
        raise InvalidInput(field, "a git URL or path is required")
    if url.startswith("-") or any(c in url for c in "\r\n\0") or url.lower().startswith("ext::"):
        raise InvalidInput(field, "must be a git URL or path (no leading '-', no newlines, no ext:: transport)")
    return url


def check_branch(branch: str, field: str = "skills_remote_branch") -> str:
    if not isinstance(branch, str) or not _BRANCH.fullmatch(branch):
        raise InvalidInput(field, "a branch name such as 'main'")
    if ".." in branch or branch.endswith((".lock", "/")):
        raise InvalidInput(field, "a branch name such as 'main'")
    return branch


def display_url(url: str) -> str:
    """The remote without any user or password in it (for logs and messages)."""
    parts = urlsplit(url)
    if parts.scheme and "@" in parts.netloc:
        return urlunsplit(parts._replace(netloc=parts.netloc.rsplit("@", 1)[1]))
    return url


# -- results --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Parked:
    """A local commit that conflicted with the remote, kept on a review branch."""

    branch: str
    sha: str
    subject: str


@dataclass
class SyncResult:
    """What one sync did. `error` set: it stopped early and kept every local commit."""

    remote: str | None = None
    branch: str | None = None
    head: str | None = None
    pulled: int = 0
    pushed: int = 0
    dropped: int = 0  # local commits whose change the remote already had
    parked: list[Parked] = field(default_factory=list)
    rewritten: dict[str, str] = field(default_factory=dict)  # local commit → its replay on the remote
    deferred: str | None = None
    error: str | None = None

    def parked_as(self, sha: str) -> Parked | None:
        return next((p for p in self.parked if p.sha == sha), None)

    def summary(self) -> str:
        if self.remote is None:
            return "no remote configured for this skill directory"
        where = f"{self.remote} ({self.branch})"
        if self.deferred:
            return f"sync with {where} deferred: {self.deferred}"
        if self.error and not (self.pulled or self.pushed):
            return f"sync with {where} failed: {self.error}; local commits are kept and the next sync retries"
        lines = [f"synced with {where}: pulled {self.pulled} commit(s), pushed {self.pushed}"]
        if self.head:
            lines[0] += f"; live at {self.head[:12]}"
        if self.dropped:
            lines.append(f"{self.dropped} local commit(s) were already on the remote")
        lines += [
            f"conflict: {p.subject!r} ({p.sha[:12]}) conflicts with the remote; kept on {p.branch} for review, "
            "the remote's version is live"
            for p in self.parked
        ]
        if self.error:
            lines.append(f"stopped: {self.error}; local commits are kept and the next sync retries")
        return "\n".join(lines)


# -- configuration --------------------------------------------------------------------------------


def tracking(root: Path) -> tuple[str, str] | None:
    """(remote URL, remote branch) the live branch tracks, or None when it tracks none."""
    root = Path(root)
    if not (root / ".git").is_dir():
        return None
    live = live_branch(root)
    if live is None:
        return None
    config = _config(root)
    merge = config.get(f"branch.{live}.merge", "")
    url = config.get(f"remote.{REMOTE}.url")
    if config.get(f"branch.{live}.remote") != REMOTE or not url or not merge.startswith("refs/heads/"):
        return None
    return url, merge.removeprefix("refs/heads/")


def _config(root: Path) -> dict[str, str]:
    out = run_git(root, "config", "--local", "--get-regexp", r"^(remote\.origin|branch\.[^.]+)\.", check=False)
    found: dict[str, str] = {}
    for line in out.splitlines():
        key, _, value = line.partition(" ")
        found.setdefault(key, value)
    return found


def configure(root: Path, url: str, branch: str) -> None:
    """Make the live branch track `branch` of `url` (idempotent; writes .git/config only on a change)."""
    check_remote(url)
    check_branch(branch)
    root = Path(root)
    with writer_lock(root):
        live = require_live_branch(root)
        want = {
            f"remote.{REMOTE}.url": url,
            f"remote.{REMOTE}.fetch": f"+refs/heads/*:refs/remotes/{REMOTE}/*",
            f"branch.{live}.remote": REMOTE,
            f"branch.{live}.merge": f"refs/heads/{branch}",
        }
        have = _config(root)
        for key, value in want.items():
            if have.get(key) != value:
                run_git(root, "config", "--local", "--replace-all", key, value)
        repo._exclude(root, LOCK_NAME)


# -- first run ------------------------------------------------------------------------------------


def attach(root: Path, url: str, branch: str, seed: Path | None = None, *, made: HiveCommits | None = None) -> bool:
    """Make `root` track `url`: on first run clone it, or seed it and push the seed when the remote
    has no commits (or cannot be reached: then the next sync pushes). True when created now.
    A seed is recorded in `made`; what a clone brings is the remote's, not the hive's."""
    check_remote(url)
    check_branch(branch)
    root = Path(root)
    created = current_head(root) is None
    if created:
        try:
            root.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise SkillError(f"cannot create the skill directory {root}: {exc.strerror}") from None
        with file_lock(root / LOCK_NAME):  # the lock ensure_repo takes: two processes clone once
            if current_head(root) is None and not repo._has_folders(root):
                _clone_into(root, url, branch)
    ensure_repo(root, seed, made=made)  # seeds when nothing came from the remote; a no-op after a clone
    configure(root, url, branch)
    if created:
        result = sync(root, made)  # publishes the seed to an empty remote; after a clone, nothing to do
        if result.error:
            log.warning("skill directory %s: %s", root, result.summary())
    return created


def _clone_into(root: Path, url: str, branch: str) -> None:
    if not (root / ".git").exists():
        init(root)
    repo._exclude(root, LOCK_NAME)
    run_git(root, "config", "--local", "--replace-all", f"remote.{REMOTE}.url", url)
    run_git(
        root, "config", "--local", "--replace-all", f"remote.{REMOTE}.fetch", f"+refs/heads/*:refs/remotes/{REMOTE}/*"
    )
    try:
        run_git(root, "fetch", "--quiet", "--prune", "--no-tags", REMOTE)
    except SkillError as exc:
        log.warning("cannot fetch %s (%s): starting from the seed skills", display_url(url), failure_reason(exc))
        return
    tip = _remote_tip(root, branch)
    if tip is None:
        log.info("the remote %s has no branch %s yet: seeding it", display_url(url), branch)
        return
    if (why := oversized(root, tip)) is not None:
        raise SkillError(f"not cloning {display_url(url)}: {why}")
    run_git(root, "checkout", "--quiet", "-B", "main", tip)
    log.info("cloned the skill directory %s from %s (%s)", root, display_url(url), branch)


def oversized(root: Path, tip: str, limit: int = MAX_FILE_BYTES) -> str | None:
    """Why the remote's `tip` must not be checked out: a file in it over `limit` bytes (git reports
    each blob's size from the object store; nothing is read or written), or None."""
    for line in run_git(root, "ls-tree", "-r", "-l", "-z", tip).split("\0"):
        meta, _, path = line.partition("\t")
        size = meta.split()[-1] if meta else "-"
        if size.isdigit() and int(size) > limit:
            return f"the remote's {tip[:12]} holds {path} of {int(size)} bytes, over the {limit} a skill file may have"
    return None


def _remote_tip(root: Path, branch: str) -> str | None:
    ref = f"refs/remotes/{REMOTE}/{branch}^{{commit}}"
    return rev_parse(root, ref)


# -- pull and push --------------------------------------------------------------------------------


def sync(root: Path, made: HiveCommits | None = None) -> SyncResult:
    """Pull (fetch, fast-forward or replay) and push, under the writers' lock."""
    with writer_lock(root):
        return publish(root, made)


def publish(root: Path, made: HiveCommits | None = None) -> SyncResult:
    """`sync` for a caller that already holds `writer_lock` (a writer, after its commit).

    Never raises: whatever goes wrong is in `error`, and the local commits stay where they are.
    A replay of the hive's own commits (those in `made`) is recorded there before it is pushed.
    """
    root = Path(root)
    result = SyncResult()
    try:
        target = tracking(root)
        if target is None:
            return result
        url, branch = target
        result.remote, result.branch = display_url(url), branch
        _pull_and_push(root, branch, result, made)
    except SkillError as exc:
        result.error = failure_reason(exc)
    except Exception as exc:  # a sync must never take down the pass or request that triggered it
        log.exception("skill sync of %s failed", root)
        result.error = f"{type(exc).__name__}: {exc}"
    result.head = current_head(root)
    if result.error:
        log.warning("skill sync of %s: %s", root, result.error)
    for parked in result.parked:
        log.warning("skill sync of %s: %s conflicts with the remote; kept on %s", root, parked.sha[:12], parked.branch)
    return result


def publish_commit(root: Path, sha: str, made: HiveCommits | None = None) -> tuple[str, SyncResult]:
    """`publish` after a live commit `sha`: where `sha` is now (its replay on the remote, or itself), and
    what the sync did (`parked_as` says whether it went to review)."""
    result = publish(root, made)
    return result.rewritten.get(sha, sha), result


def _pull_and_push(root: Path, branch: str, result: SyncResult, made: HiveCommits | None) -> None:
    for _ in range(PUSH_ATTEMPTS):
        try:
            run_git(root, "fetch", "--quiet", "--prune", "--no-tags", REMOTE)
        except SkillError as exc:
            result.error = f"cannot fetch from {result.remote}: {failure_reason(exc)}"
            return
        local = head(root)
        remote = _remote_tip(root, branch)
        if remote is not None and local != remote and (why := oversized(root, remote)) is not None:
            result.error = f"not taking the remote: {why}"  # nothing of it is checked out; local commits stay
            return
        if remote is not None and local != remote:
            if is_ancestor(root, local, remote):
                result.pulled += count_commits(root, f"{local}..{remote}")
                move_live(root, remote)
                return
            if not is_ancestor(root, remote, local):
                local = _rebase(root, local, remote, result, made)
        if local == remote:
            return
        try:
            run_git(root, "push", "--quiet", "--no-verify", REMOTE, f"{local}:refs/heads/{branch}")
        except SkillError as exc:
            reason = failure_reason(exc)
            if "failed to push some refs" not in reason:  # unreachable, no permission: retry next sync
                result.error = f"cannot push to {result.remote}: {reason}"
                return
            result.error = f"the remote refused the push ({reason})"  # it moved meanwhile: go round again
            continue
        result.error = None
        result.pushed += count_commits(root, f"{remote}..{local}" if remote else local)
        return


def _rebase(root: Path, local: str, remote: str, result: SyncResult, made: HiveCommits | None) -> str:
    """Replay the local commits missing from the remote onto it; park the ones that conflict. The
    replay of a commit the hive made is the hive's too: recorded before the live branch moves to it."""
    commits = run_git(root, "rev-list", "--reverse", "--first-parent", f"{remote}..{local}").split()
    result.pulled += count_commits(root, f"{local}..{remote}")
    own = made.made(commits) if made is not None else set()
    tip, parked, replayed = remote, [], []
    with temporary_worktree(root, remote) as worktree:
        for sha in commits:
            applied = _cherry_pick(worktree, sha, tip)
            if applied is None:
                parked.append(sha)
            else:
                result.dropped += applied == tip  # its change is on the remote already
                if applied != tip and sha in own:
                    replayed.append(applied)
                result.rewritten[sha] = tip = applied
    record(made, replayed, "replay")
    branches = [_park(root, sha) for sha in parked]
    try:
        move_live(root, tip, fast_forward=False)
    except SkillError:
        for name, sha in zip(branches, parked, strict=True):
            run_git(root, "update-ref", "-d", f"refs/heads/{name}", sha, check=False)
        raise
    for name, sha in zip(branches, parked, strict=True):
        subject = run_git(root, "log", "-1", "--format=%s", sha).strip()
        result.parked.append(Parked(branch=name, sha=sha, subject=subject))
    return tip


def _cherry_pick(worktree: Path, sha: str, tip: str) -> str | None:
    """The new commit, `tip` when the change is already there, None on a conflict."""
    merge = len(run_git(worktree, "rev-list", "--parents", "-n", "1", sha).split()) > 2
    try:
        run_git(worktree, "cherry-pick", *(("-m", "1") if merge else ()), sha)
        return run_git(worktree, "rev-parse", "HEAD").strip()
    except SkillError:
        # Empty means: git started the pick (CHERRY_PICK_HEAD), merged without a conflict and found
        # nothing left to commit. Any other failure parks the commit rather than drop it.
        started = rev_parse(worktree, "CHERRY_PICK_HEAD")
        unmerged = run_git(worktree, "ls-files", "--unmerged", check=False).strip()
        dirty = run_git(worktree, "status", "--porcelain", "--untracked-files=no", check=False).strip()
        run_git(worktree, "cherry-pick", "--abort", check=False)
        run_git(worktree, "reset", "--hard", "--quiet", tip, check=False)
        return tip if started and not unmerged and not dirty else None


def _park(root: Path, sha: str) -> str:
    """Create a review branch for a commit that conflicts with the remote; its name."""
    run_id = run_git(root, "log", "-1", "--format=%(trailers:key=Skillhive-Run,valueonly,separator=%x2C)", sha)
    run_id = run_id.strip().split(",")[0].strip()
    base = f"{REVIEW_PREFIX}{run_id}" if is_run_id(run_id) else f"{REVIEW_PREFIX}sync-{sha[:12]}"
    for n in range(1, 100):
        name = base if n == 1 else f"{base}-{n}"
        existing = rev_parse(root, f"refs/heads/{name}")
        if existing == sha:
            return name
        if not existing:
            run_git(root, "update-ref", f"refs/heads/{name}", sha, "")
            return name
    raise SkillError(f"too many review branches named {base}-N")


# -- when to pull ---------------------------------------------------------------------------------


class SyncSchedule:
    """Pulls lazily: a read past the interval starts one background sync per team; reads never wait.

    `busy(team)` says to skip a turn (an evolver pass is between its snapshot and its commit).
    """

    def __init__(self, interval: float, *, busy: Callable[[str], bool] | None = None) -> None:
        self.interval = interval
        self.busy = busy or (lambda _team: False)
        self._last: dict[str, float] = {}
        self._threads: dict[str, threading.Thread] = {}
        self._lock = threading.Lock()
        self._closed = False

    def mark(self, team: str) -> None:
        """A sync just happened: the next one is an interval away."""
        with self._lock:
            self._last[team] = time.monotonic()

    def poke(self, team: str, root: Path, made: HiveCommits | None = None) -> None:
        """Start a background sync of `team` when one is due; cheap when none is."""
        if self.interval <= 0:
            return
        with self._lock:
            now = time.monotonic()
            if self._closed or now - self._last.get(team, float("-inf")) < self.interval:
                return
            running = self._threads.get(team)
            if running is not None and running.is_alive():
                return
            self._last[team] = now
            thread = threading.Thread(target=self._run, args=(team, root, made), name=f"skill-sync-{team}", daemon=True)
            self._threads[team] = thread
            thread.start()

    def _run(self, team: str, root: Path, made: HiveCommits | None) -> None:
        try:
            if self.busy(team):
                log.debug("skill sync of %s deferred: an evolver pass is running", team)
                return
            result = sync(root, made)
            log.debug("skill sync of %s: %s", team, result.summary())
        except Exception:
            log.exception("background skill sync of %s failed", team)

    def wait(self, timeout: float = 10.0) -> None:
        """Until the background syncs running now are done."""
        with self._lock:
            threads = list(self._threads.values())
        for thread in threads:
            thread.join(timeout)

    def close(self, timeout: float = 10.0) -> None:
        with self._lock:
            self._closed = True
        self.wait(timeout)
