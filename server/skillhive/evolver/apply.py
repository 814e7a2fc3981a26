"""Commit an evolution pass to the skill repository: auto or review mode, reviews, rollback.

Every commit is built in a temporary worktree (`git worktree add --no-checkout`: its own index,
no files checked out) from the live head, so the live working tree — what users are served —
never holds a half-written pass. `auto` then fast-forwards the live branch (and its working
tree) to the commit; `review` only points a branch `evolve/<run_id>` at it. Retiring a skill
deletes its folder in that commit: git history keeps it, and `rollback` brings it back.

All writers take one `flock` on `.git/skillhive-evolve.lock`, so two processes (or threads)
never commit at once; git always runs with an argument list, a fixed identity and no hooks.

When the live branch tracks a remote (skills/sync.py), every live commit — an auto pass, an
approval, a rollback — is then rebased onto the remote and pushed under the same lock. A commit
that conflicts with the remote is parked on a review branch and the remote's version stays live;
a push that fails keeps the commit locally for the next sync. Neither raises.
"""

from __future__ import annotations

import re
import tempfile
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from skillhive.errors import Conflict, InvalidInput, NotFound, SkillError
from skillhive.evolver.types import SkillEdit
from skillhive.skills.repo import IDENTITY, check_name, head, run_git, skill_history
from skillhive.skills.spec import SKILL_FILE
from skillhive.skills.sync import LOCK_FILE as LOCK_FILE  # one lock for every writer, sync included
from skillhive.skills.sync import REVIEW_PREFIX, SyncResult, publish, writer_lock

MAX_LISTED_IDS = 20
_RUN_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$")
_VERSION = re.compile(r"^[A-Za-z0-9._/~^][A-Za-z0-9._/~^-]{0,199}$")
_NO_HOOKS = ("-c", "core.hooksPath=/dev/null")

Change = tuple[SkillEdit, int, int]  # an edit, its supporting trajectories, its distinct users


@dataclass(frozen=True)
class CommitResult:
    """The commit a pass produced and the branch it is on (the live one, or `evolve/<run_id>`)."""

    sha: str
    branch: str


@dataclass(frozen=True)
class Review:
    """A pass waiting on its review branch."""

    branch: str
    run_id: str
    sha: str
    subject: str


def _git(root: Path, *args: str, check: bool = True) -> str:
    return run_git(root, *IDENTITY, *_NO_HOOKS, *args, check=check)


@contextmanager
def _evolve_lock(root: Path) -> Iterator[None]:
    with writer_lock(root):
        yield


def _publish(root: Path, sha: str) -> tuple[str, SyncResult]:
    """Push the live branch (rebased onto the remote); `sha` as it is on the remote now, or parked."""
    result = publish(root)
    return result.rewritten.get(sha, sha), result


def _live_branch(root: Path) -> str:
    branch = _git(root, "symbolic-ref", "--quiet", "--short", "HEAD", check=False).strip()
    if not branch:
        raise SkillError(f"the skill repository {root} has a detached HEAD; check out its live branch")
    return branch


def _is_ancestor(root: Path, older: str, newer: str) -> bool:
    return _git(root, "merge-base", older, newer, check=False).strip() == older


def _check_run_id(run_id: str) -> str:
    if not isinstance(run_id, str) or not _RUN_ID.match(run_id) or ".." in run_id or run_id.endswith(".lock"):
        raise InvalidInput("run_id", "1-100 letters, digits, '.', '_' or '-', starting with a letter or digit")
    return run_id


@contextmanager
def _worktree(root: Path, base: str) -> Iterator[Path]:
    """A detached worktree at `base` with its index filled and no files checked out."""
    with tempfile.TemporaryDirectory(prefix="skillhive-evolve-") as tmp:
        path = Path(tmp) / "wt"
        _git(root, "worktree", "add", "--quiet", "--no-checkout", "--detach", str(path), base)
        try:
            _git(path, "read-tree", "HEAD")
            yield path
        finally:
            _git(root, "worktree", "remove", "--force", str(path), check=False)
            _git(root, "worktree", "prune", check=False)


def _commit(worktree: Path, message: str, nothing: str) -> str:
    """Commit the worktree's index with `message`; `Conflict(nothing)` when it changes nothing."""
    if not _git(worktree, "diff", "--cached", "--name-only").strip():
        raise Conflict(nothing)
    message_file = worktree.parent / "MESSAGE"
    message_file.write_text(message, encoding="utf-8")
    _git(worktree, "commit", "--quiet", "--no-verify", "--cleanup=whitespace", "-F", str(message_file))
    return _git(worktree, "rev-parse", "HEAD").strip()


def _advance_live(root: Path, sha: str) -> None:
    """Fast-forward the live branch and its working tree to `sha`."""
    try:
        _git(root, "merge", "--ff-only", "--quiet", sha)
    except SkillError as exc:
        raise SkillError(f"cannot update the live skill directory (local changes or a moved branch?): {exc}") from None


def _one_line(text: str, limit: int = 300) -> str:
    """Untrusted text for a commit message: one line, bounded, so it can never forge a trailer."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def commit_message(run_id: str, changes: Sequence[Change]) -> str:
    """What a reviewer reads: each change (op, skill, heading), why, and its evidence."""
    _check_run_id(run_id)
    skills = sorted({edit.skill for edit, _, _ in changes})
    subject = f"Evolve {', '.join(skills)}" if skills else "Evolve skills"
    subject = _one_line(subject, 60) + f" (run {run_id})"
    lines = [subject, "", f"{len(changes)} change(s) proposed by the skillhive evolver, run {run_id}.", ""]
    for edit, trajectories, users in changes:
        heading = getattr(edit, "heading", None)
        where = f' "{_one_line(heading, 120)}"' if heading else ""
        ids = [_one_line(i, 80) for i in dict.fromkeys(edit.evidence)]
        shown = ", ".join(ids[:MAX_LISTED_IDS]) + (
            f", … {len(ids) - MAX_LISTED_IDS} more" if len(ids) > MAX_LISTED_IDS else ""
        )
        lines.append(f"- {edit.op} {edit.skill}{where}")
        if edit.rationale.strip():
            lines.append(f"  why: {_one_line(edit.rationale)}")
        read = f"; read by the model: {shown}" if ids else ""
        lines.append(f"  evidence: {trajectories} trajectories from {users} users{read}")
    return "\n".join(lines) + "\n"


def commit_pass(
    root: Path,
    new_texts: Mapping[str, str | None],
    message: str,
    *,
    mode: Literal["auto", "review"],
    run_id: str,
) -> CommitResult:
    """Write each SKILL.md (None: retire the skill) as one commit, live (`auto`) or on `evolve/<run_id>`."""
    root = Path(root)
    if mode not in ("auto", "review"):
        raise InvalidInput("mode", "must be 'auto' or 'review'")
    _check_run_id(run_id)
    if not message.strip():
        raise InvalidInput("message", "a commit message is required (see commit_message)")
    if not new_texts:
        raise InvalidInput("new_texts", "no skill changes to commit")
    for name in new_texts:
        check_name(name)
    full = f"{message.strip()}\n\nSkillhive-Run: {run_id}\nSkillhive-Mode: {mode}\n"
    with _evolve_lock(root):
        live = _live_branch(root)
        branch = f"{REVIEW_PREFIX}{run_id}" if mode == "review" else live
        if mode == "review" and _git(root, "rev-parse", "--verify", "--quiet", f"refs/heads/{branch}", check=False):
            raise SkillError(f"the review branch {branch} already exists")
        with _worktree(root, head(root)) as worktree:
            for name, text in sorted(new_texts.items()):
                if text is None:
                    if not _git(worktree, "ls-files", "--", f"{name}/").strip():
                        raise SkillError(f"cannot retire {name!r}: no such skill")
                    _git(worktree, "rm", "-r", "--quiet", "--cached", "--", f"{name}/")
                    continue
                path = worktree / name / SKILL_FILE
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_text(text, encoding="utf-8", newline="")
                _git(worktree, "add", "--", f"{name}/{SKILL_FILE}")
            sha = _commit(worktree, full, "the pass changes nothing in the skill directory")
        if mode == "review":
            _git(root, "update-ref", f"refs/heads/{branch}", sha, "")  # "": only if it does not exist
        else:
            _advance_live(root, sha)
            sha, synced = _publish(root, sha)
            parked = synced.parked_as(sha)
            if parked is not None:  # the remote changed the same lines: re-proposed for review
                return CommitResult(sha=sha, branch=parked.branch)
    return CommitResult(sha=sha, branch=branch)


# -- reviews -------------------------------------------------------------------------------------
def _review_branch(root: Path, branch: str) -> tuple[str, str]:
    """(branch, tip) of a pending review named `evolve/<run_id>` or just `<run_id>`."""
    run_id = branch.removeprefix(REVIEW_PREFIX) if isinstance(branch, str) else ""
    if not _RUN_ID.match(run_id) or ".." in run_id or run_id.endswith(".lock"):
        raise InvalidInput("branch", f"a review branch is named {REVIEW_PREFIX}<run id>")
    name = f"{REVIEW_PREFIX}{run_id}"
    tip = _git(root, "rev-parse", "--verify", "--quiet", f"refs/heads/{name}^{{commit}}", check=False).strip()
    if not tip:
        raise NotFound(f"no pending review {name!r}")
    return name, tip


def pending_reviews(root: Path) -> list[Review]:
    """The passes waiting for review, oldest first."""
    out = _git(
        Path(root),
        "for-each-ref",
        "--sort=committerdate",
        "--format=%(refname)%1f%(objectname)%1f%(contents:subject)",
        f"refs/heads/{REVIEW_PREFIX}",
    )
    reviews = []
    for line in out.splitlines():
        ref, sha, subject = [*line.split("\x1f"), "", ""][:3]
        branch = ref.removeprefix("refs/heads/")
        reviews.append(Review(branch, branch.removeprefix(REVIEW_PREFIX), sha, subject))
    return reviews


def review_diff(root: Path, branch: str) -> str:
    """The review's commit message(s), then its diff against the live branch."""
    root = Path(root)
    _, tip = _review_branch(root, branch)
    live = head(root)
    log = _git(root, "log", "--no-color", "--format=commit %H%n%n%B", f"{live}..{tip}")
    diff = _git(root, "diff", "--no-color", "--no-ext-diff", "--stat", "--patch", f"{live}...{tip}")
    return f"{log.rstrip()}\n\n{diff}" if log.strip() else diff


def approve(root: Path, branch: str) -> str:
    """Put a review live (fast-forward, or a merge when the live branch moved); returns the live head.

    With a remote, the approval is pushed; when it conflicts with the remote it goes back to review
    and the returned commit is not on the live branch.
    """
    root = Path(root)
    with _evolve_lock(root):
        name, tip = _review_branch(root, branch)
        live = _live_branch(root)
        base = head(root)
        if _is_ancestor(root, tip, base):
            target = base  # already live
        elif _is_ancestor(root, base, tip):
            target = tip
        else:
            target = _merge_commit(root, name, live, base, tip)
        if target != base:
            _advance_live(root, target)
        _git(root, "update-ref", "-d", f"refs/heads/{name}", tip)
        target, _ = _publish(root, target)
    return target


def _merge_commit(root: Path, name: str, live: str, base: str, tip: str) -> str:
    """A merge of `tip` into `base` built without any working tree; `Conflict` on a conflict."""
    out = _git(root, "merge-tree", "--write-tree", "--no-messages", "--name-only", base, tip, check=False)
    lines = [line for line in out.splitlines() if line.strip()]
    if not lines or not re.fullmatch(r"[0-9a-f]{40,64}", lines[0]):
        raise SkillError(f"git merge-tree failed on {name}")
    if len(lines) > 1:
        raise Conflict(
            f"cannot approve {name}: it conflicts with changes on {live} in {', '.join(lines[1:])}; "
            "nothing was changed — reject it and let the next pass propose again"
        )
    subject = _git(root, "log", "-1", "--format=%s", tip).strip()
    body = _git(root, "log", "-1", "--format=%b", tip).strip()
    message = f"Approve {name}: {subject}\n\n{body}\n"
    with tempfile.TemporaryDirectory(prefix="skillhive-approve-") as tmp:
        message_file = Path(tmp) / "MESSAGE"
        message_file.write_text(message, encoding="utf-8")
        return _git(root, "commit-tree", lines[0], "-p", base, "-p", tip, "-F", str(message_file)).strip()


def reject(root: Path, branch: str) -> None:
    """Discard a review: delete its branch; nothing live changes."""
    root = Path(root)
    with _evolve_lock(root):
        name, tip = _review_branch(root, branch)
        _git(root, "update-ref", "-d", f"refs/heads/{name}", tip)


# -- rollback ------------------------------------------------------------------------------------
def rollback(
    root: Path,
    name: str,
    version: str | None = None,
    *,
    reason: str,
    mode: Literal["live", "review"] = "live",
    run_id: str | None = None,
) -> CommitResult:
    """Restore skill `name` as it was at `version` (default: its previous version) as a new commit:
    live, or (`review`, the evolver in review mode) on the review branch `evolve/<run_id>-rollback-<name>`.

    With a remote, a live rollback is pushed; when the remote changed the skill meanwhile, the rollback
    is parked for review and the returned branch is the review branch.
    """
    root = Path(root)
    check_name(name)
    if not isinstance(reason, str) or not reason.strip():
        raise InvalidInput("reason", "say why the skill is rolled back")
    if version is not None and not _VERSION.match(version):
        raise InvalidInput("version", "a commit id such as 'a1b2c3d'")
    if mode == "review":
        branch = f"{REVIEW_PREFIX}{_check_run_id(run_id or '')}-rollback-{name}"
    with _evolve_lock(root):
        live = _live_branch(root)
        base = head(root)
        history = skill_history(root, name, limit=2)
        if not history:
            raise NotFound(f"skill {name!r} has no history in the skill directory")
        current = history[0].sha
        if version is None:
            if len(history) < 2:
                raise Conflict(f"skill {name!r} has only one version ({current[:12]}); nothing to roll back to")
            target = history[1].sha
        else:
            target = _git(root, "rev-parse", "--verify", "--quiet", f"{version}^{{commit}}", check=False).strip()
            if not target or not _is_ancestor(root, target, base):
                raise NotFound(f"no version {version!r} in the history of the live branch")
        if not _git(root, "ls-tree", "-d", "--name-only", target, "--", name).strip():
            raise Conflict(f"skill {name!r} did not exist at version {target[:12]}; choose a later version")
        message = (
            f"Roll back {name} to {target[:12]}\n\nReason: {_one_line(reason, 1000)}\n"
            f"From version: {current}\nTo version: {target}\n\nSkillhive-Rollback: {name}\n"
        )
        with _worktree(root, base) as worktree:
            _git(worktree, "restore", f"--source={target}", "--staged", "--", f"{name}/")
            sha = _commit(worktree, message, f"skill {name!r} already matches version {target[:12]}")
        if mode == "review":
            _git(root, "update-ref", f"refs/heads/{branch}", sha, "")
            return CommitResult(sha=sha, branch=branch)
        _advance_live(root, sha)
        sha, synced = _publish(root, sha)
        parked = synced.parked_as(sha)
    return CommitResult(sha=sha, branch=parked.branch if parked is not None else live)
