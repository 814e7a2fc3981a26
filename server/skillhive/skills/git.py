"""The one place skillhive runs git: a safe runner, the writers' lock, temporary worktrees, HEAD,
ancestry, and the run-id check review branches are named with.

Every call is an argument list (never a shell) with one set of protections, so a hostile
repository-local config or hook cannot run code and the user's settings cannot change a commit:

- config given on the command line, which wins over every config file: no hooks
  (`core.hooksPath=/dev/null`), no fsmonitor command, no rerere, no `ext::` transport, no signing,
  no pager, the fixed identity `skillhive <skillhive@localhost>`;
- an environment without the variables that point git at another repository or set another
  identity, with terminal prompts off and the C locale (git's messages are parsed);
- stdin closed and a timeout, so git never waits for a person;
- review diffs without external diff programs or textconv drivers (`--no-ext-diff --no-textconv`).

Honoured on purpose: the credential helper, ssh command and filter or merge drivers configured for
the repository or the user. They are how the owner of the data directory reaches the skills remote,
and only someone who can already write that directory's config can set them (a `.gitattributes`
pulled from the remote can name a driver but cannot define one).
"""

from __future__ import annotations

import os
import re
import subprocess
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from skillhive.errors import Conflict, InvalidInput, SkillError
from skillhive.filelock import file_lock

GIT_TIMEOUT = 120.0
LOCK_NAME = ".skillhive.lock"  # in the skill directory: held while the repository is created
LOCK_FILE = "skillhive-evolve.lock"  # in .git: held by every writer (commit, approve, rollback, sync)
IDENTITY = ("-c", "user.name=skillhive", "-c", "user.email=skillhive@localhost")
SAFE_CONFIG = (
    *IDENTITY,
    "-c",
    "core.hooksPath=/dev/null",
    "-c",
    "core.fsmonitor=false",
    "-c",
    "rerere.enabled=false",
    "-c",
    "protocol.ext.allow=never",
    "-c",
    "commit.gpgsign=false",
    "-c",
    "log.showSignature=false",
    "-c",
    "core.pager=cat",
)
_DROPPED_ENV = frozenset(
    {
        # would point git at another repository, index or object store
        "GIT_DIR",
        "GIT_WORK_TREE",
        "GIT_INDEX_FILE",
        "GIT_OBJECT_DIRECTORY",
        "GIT_ALTERNATE_OBJECT_DIRECTORIES",
        "GIT_COMMON_DIR",
        "GIT_NAMESPACE",
        "GIT_PREFIX",
        "GIT_CEILING_DIRECTORIES",
        "GIT_DISCOVERY_ACROSS_FILESYSTEM",
        # would win over the fixed identity given as config
        "GIT_AUTHOR_NAME",
        "GIT_AUTHOR_EMAIL",
        "GIT_COMMITTER_NAME",
        "GIT_COMMITTER_EMAIL",
    }
)
_SHA = re.compile(r"^[0-9a-f]{40}([0-9a-f]{24})?$")
_RUN_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,99}")  # fullmatch: `$` would let a final newline in


# -- the runner -----------------------------------------------------------------------------------


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in _DROPPED_ENV}
    env.update(GIT_TERMINAL_PROMPT="0", LC_ALL="C")
    return env


def _argv(root: Path, args: Iterable[str]) -> list[str]:
    return ["git", "-C", str(root), *SAFE_CONFIG, *args]


def run_git(root: Path, *args: str, check: bool = True, input: str | None = None) -> str:
    """Run `git -C root args…` safely and return stdout; `SkillError` with git's message on failure.

    `input` is written to git's stdin (a commit message for `-F -`); otherwise stdin is closed.
    """
    try:
        proc = subprocess.run(
            _argv(root, args),
            capture_output=True,
            text=True,
            encoding="utf-8",
            errors="replace",
            env=_env(),
            timeout=GIT_TIMEOUT,
            input=input,
            stdin=subprocess.DEVNULL if input is None else None,
            check=False,
        )
    except FileNotFoundError:
        raise SkillError("git is not installed or not on PATH") from None
    except subprocess.TimeoutExpired:
        raise SkillError(f"git {args[0] if args else ''} took longer than {GIT_TIMEOUT:.0f}s") from None
    if check and proc.returncode != 0:
        raise SkillError(f"git {args[0] if args else ''} failed: {_git_message(proc.stderr or proc.stdout)}")
    return proc.stdout


@contextmanager
def stream_git(root: Path, *args: str) -> Iterator[Iterator[str]]:
    """git's stdout line by line, for a reader that may stop early: git is then killed and its exit
    ignored. Read to the end, a failure raises `SkillError` when the block ends."""
    try:
        proc = subprocess.Popen(
            _argv(root, args),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            stdin=subprocess.DEVNULL,
            env=_env(),
            text=True,
            encoding="utf-8",
            errors="replace",
        )
    except FileNotFoundError:
        raise SkillError("git is not installed or not on PATH") from None
    assert proc.stdout is not None and proc.stderr is not None
    stdout, finished = proc.stdout, False

    def lines() -> Iterator[str]:
        nonlocal finished
        yield from stdout
        finished = True

    try:
        yield lines()
    finally:
        if not finished:
            proc.kill()
        stdout.close()
        error = proc.stderr.read()
        proc.stderr.close()
        code = proc.wait(timeout=GIT_TIMEOUT)
    if finished and code != 0:
        raise SkillError(f"git {args[0] if args else ''} failed: {_git_message(error)}")


def failure_reason(exc: SkillError) -> str:
    """git's own words in a runner error, without the `git <cmd> failed:` prefix."""
    return str(exc).split(" failed: ", 1)[-1]


def _git_message(output: str) -> str:
    """The line of git's output that says what went wrong (not the hints around it)."""
    lines = [line.strip() for line in output.splitlines() if line.strip()]
    for line in lines:
        if line.startswith(("fatal:", "error:")):
            return line
    return lines[-1] if lines else "no message"


def init(root: Path) -> None:
    """`git init` with no template (so no sample hooks) and `main` as the first branch."""
    run_git(root, "init", "--quiet", "--template=", "--initial-branch=main")


# -- the lock every writer holds ------------------------------------------------------------------


@contextmanager
def writer_lock(root: Path) -> Iterator[None]:
    """Exclusive across processes and threads; not re-entrant (never take it twice in one thread)."""
    gitdir = Path(root) / ".git"
    if not gitdir.is_dir():
        raise SkillError(f"the skill directory {root} is not a git repository")
    with file_lock(gitdir / LOCK_FILE):
        yield


# -- HEAD, refs and ancestry ----------------------------------------------------------------------


def current_head(root: Path) -> str | None:
    """The commit HEAD points at, or None when `root` is no repository or has no commits.

    Reads `.git/HEAD` and the ref files directly (no subprocess) so it can run on every scan;
    falls back to `git rev-parse` for layouts it does not know (worktrees, reftable).
    """
    gitdir = root / ".git"
    if not gitdir.is_dir():
        return _rev_parse_head(root) if gitdir.is_file() else None
    try:
        content = (gitdir / "HEAD").read_text(encoding="utf-8").strip()
    except OSError:
        return None
    if _SHA.fullmatch(content):
        return content
    ref = content.removeprefix("ref: ").strip() if content.startswith("ref: ") else ""
    if ref.startswith("refs/") and ".." not in ref.split("/"):
        try:
            sha = (gitdir / ref).read_text(encoding="utf-8").strip()
            if _SHA.fullmatch(sha):
                return sha
        except OSError:
            pass
        packed = _packed_ref(gitdir, ref)
        if packed:
            return packed
    return _rev_parse_head(root)


def _packed_ref(gitdir: Path, ref: str) -> str | None:
    try:
        text = (gitdir / "packed-refs").read_text(encoding="utf-8")
    except OSError:
        return None
    for line in text.splitlines():
        sha, _, name = line.partition(" ")
        if name == ref and _SHA.fullmatch(sha):
            return sha
    return None


def _rev_parse_head(root: Path) -> str | None:
    out = run_git(root, "rev-parse", "--verify", "--quiet", "HEAD^{commit}", check=False).strip()
    return out if _SHA.fullmatch(out) else None


def head(root: Path) -> str:
    """The commit HEAD points at; `SkillError` when the skill directory has no commits."""
    sha = current_head(root)
    if sha is None:
        raise SkillError(f"the skill directory {root} is not a git repository with commits")
    return sha


def rev_parse(root: Path, rev: str) -> str | None:
    """The object `rev` names, or None when it names nothing."""
    return run_git(root, "rev-parse", "--verify", "--quiet", rev, check=False).strip() or None


def live_branch(root: Path) -> str | None:
    """The branch HEAD is on, or None when HEAD is detached."""
    return run_git(root, "symbolic-ref", "--quiet", "--short", "HEAD", check=False).strip() or None


def require_live_branch(root: Path) -> str:
    """The branch HEAD is on; `SkillError` when HEAD is detached."""
    branch = live_branch(root)
    if branch is None:
        raise SkillError(f"the skill repository {root} has a detached HEAD; check out its live branch")
    return branch


def is_ancestor(root: Path, older: str, newer: str) -> bool:
    """True when commit `older` is `newer` or in its history (False for an unknown commit)."""
    return run_git(root, "merge-base", older, newer, check=False).strip() == older


def count_commits(root: Path, revs: str) -> int:
    """How many commits `git rev-list revs` lists (`a..b`: those in b and not in a)."""
    return int(run_git(root, "rev-list", "--count", revs).strip() or 0)


# -- run ids --------------------------------------------------------------------------------------


def is_run_id(run_id: object) -> bool:
    """A run id is safe as the last part of a branch name: 1-100 letters, digits, '.', '_', '-'."""
    if not isinstance(run_id, str) or not _RUN_ID.fullmatch(run_id):
        return False
    return ".." not in run_id and not run_id.endswith(".lock")


def check_run_id(run_id: str, field: str = "run_id") -> str:
    """`run_id` when it is one, else `InvalidInput` naming `field`."""
    if not is_run_id(run_id):
        raise InvalidInput(field, "1-100 letters, digits, '.', '_' or '-', starting with a letter or digit")
    return run_id


# -- commits off the live tree --------------------------------------------------------------------


@contextmanager
def temporary_worktree(root: Path, base: str, *, checkout: bool = True) -> Iterator[Path]:
    """A detached worktree at `base`, removed when the block ends however it ends.

    `checkout=False`: no files written, only the index filled (for commits built from the index).
    """
    with tempfile.TemporaryDirectory(prefix="skillhive-worktree-") as tmp:
        path = Path(tmp) / "wt"
        mode = () if checkout else ("--no-checkout",)
        run_git(root, "worktree", "add", "--quiet", *mode, "--detach", str(path), base)
        try:
            if not checkout:
                run_git(path, "read-tree", "HEAD")
            yield path
        finally:
            run_git(root, "worktree", "remove", "--force", str(path), check=False)
            run_git(root, "worktree", "prune", check=False)


def commit_index(worktree: Path, message: str, nothing: str) -> str:
    """Commit the worktree's index with `message`; `Conflict(nothing)` when it changes nothing."""
    if not run_git(worktree, "diff", "--cached", "--name-only").strip():
        raise Conflict(nothing)
    run_git(worktree, "commit", "--quiet", "--no-verify", "--cleanup=whitespace", "-F", "-", input=message)
    return run_git(worktree, "rev-parse", "HEAD").strip()


def move_live(root: Path, sha: str, *, fast_forward: bool = True) -> None:
    """Point the live branch and its working tree at `sha` (a fast-forward, or `reset --keep`);
    refuses to overwrite uncommitted edits."""
    try:
        if fast_forward:
            run_git(root, "merge", "--ff-only", "--quiet", sha)
        else:
            run_git(root, "reset", "--keep", "--quiet", sha)
    except SkillError as exc:
        raise SkillError(
            f"cannot update the live skill directory (uncommitted edits or a moved branch?): {failure_reason(exc)}"
        ) from None


def one_line(text: str, limit: int = 300) -> str:
    """Untrusted text for a commit message: one line, bounded, so it can never forge a trailer."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


@dataclass(frozen=True)
class CommitResult:
    """A commit skillhive made and the branch it is on (the live one, or a review branch)."""

    sha: str
    branch: str
