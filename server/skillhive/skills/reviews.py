"""Reviews and rollbacks in the skill repository: list, show, approve or reject a review branch
`evolve/<run id>`, and roll a skill back to an earlier version as a new commit.

Every change is made under the writers' lock, with git run by skills/git.py; a new commit is built
without touching the live working tree and then fast-forwards it. When the live branch tracks a
remote, an approval or a live rollback is then pushed: one that conflicts with the remote goes
(back) to review and the remote's version stays live.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from skillhive.errors import Conflict, InvalidInput, NotFound, SkillError
from skillhive.skills.git import (
    CommitResult,
    check_run_id,
    commit_index,
    head,
    is_ancestor,
    is_run_id,
    move_live,
    one_line,
    require_live_branch,
    rev_parse,
    run_git,
    temporary_worktree,
    writer_lock,
)
from skillhive.skills.origin import HiveCommits, record
from skillhive.skills.repo import check_name, skill_history
from skillhive.skills.sync import REVIEW_PREFIX, publish_commit

_VERSION = re.compile(r"^[A-Za-z0-9._/~^][A-Za-z0-9._/~^-]{0,199}$")


@dataclass(frozen=True)
class Review:
    """A pass waiting on its review branch."""

    branch: str
    run_id: str
    sha: str
    subject: str


# -- reviews -------------------------------------------------------------------------------------


def _review_branch(root: Path, branch: str) -> tuple[str, str]:
    """(branch, tip) of a pending review named `evolve/<run_id>` or just `<run_id>`."""
    run_id = branch.removeprefix(REVIEW_PREFIX) if isinstance(branch, str) else ""
    if not is_run_id(run_id):
        raise InvalidInput("branch", f"a review branch is named {REVIEW_PREFIX}<run id>")
    name = f"{REVIEW_PREFIX}{run_id}"
    tip = rev_parse(root, f"refs/heads/{name}^{{commit}}")
    if tip is None:
        raise NotFound(f"no pending review {name!r}")
    return name, tip


def pending_reviews(root: Path) -> list[Review]:
    """The passes waiting for review, oldest first."""
    out = run_git(
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
    log = run_git(root, "log", "--no-color", "--format=commit %H%n%n%B", f"{live}..{tip}")
    diff = run_git(root, "diff", "--no-color", "--no-ext-diff", "--no-textconv", "--stat", "--patch", f"{live}...{tip}")
    return f"{log.rstrip()}\n\n{diff}" if log.strip() else diff


def approve(root: Path, branch: str, made: HiveCommits | None = None) -> str:
    """Put a review live (fast-forward, or a merge when the live branch moved); returns the live head.

    What goes live is the hive's own: recorded in `made` (a maintainer approved it). With a remote,
    the approval is pushed; when it conflicts with the remote it goes back to review and the
    returned commit is not on the live branch.
    """
    root = Path(root)
    with writer_lock(root):
        name, tip = _review_branch(root, branch)
        live = require_live_branch(root)
        base = head(root)
        if is_ancestor(root, tip, base):
            target = base  # already live
        elif is_ancestor(root, base, tip):
            target = tip
        else:
            target = _merge_commit(root, name, live, base, tip)
        if target != base:
            record(made, run_git(root, "rev-list", "--first-parent", f"{base}..{target}").split(), "approve")
            move_live(root, target)
        run_git(root, "update-ref", "-d", f"refs/heads/{name}", tip)
        target, _ = publish_commit(root, target, made)
    return target


def _merge_commit(root: Path, name: str, live: str, base: str, tip: str) -> str:
    """A merge of `tip` into `base` built without any working tree; `Conflict` on a conflict."""
    out = run_git(root, "merge-tree", "--write-tree", "--no-messages", "--name-only", base, tip, check=False)
    lines = [line for line in out.splitlines() if line.strip()]
    if not lines or not re.fullmatch(r"[0-9a-f]{40,64}", lines[0]):
        raise SkillError(f"git merge-tree failed on {name}")
    if len(lines) > 1:
        raise Conflict(
            f"cannot approve {name}: it conflicts with changes on {live} in {', '.join(lines[1:])}; "
            "nothing was changed — reject it and let the next pass propose again"
        )
    subject = run_git(root, "log", "-1", "--format=%s", tip).strip()
    body = run_git(root, "log", "-1", "--format=%b", tip).strip()
    message = f"Approve {name}: {subject}\n\n{body}\n"
    return run_git(root, "commit-tree", lines[0], "-p", base, "-p", tip, "-F", "-", input=message).strip()


def reject(root: Path, branch: str) -> None:
    """Discard a review: delete its branch; nothing live changes."""
    root = Path(root)
    with writer_lock(root):
        name, tip = _review_branch(root, branch)
        run_git(root, "update-ref", "-d", f"refs/heads/{name}", tip)


# -- rollback ------------------------------------------------------------------------------------


def rollback(
    root: Path,
    name: str,
    version: str | None = None,
    *,
    reason: str,
    mode: Literal["live", "review"] = "live",
    run_id: str | None = None,
    made: HiveCommits | None = None,
) -> CommitResult:
    """Restore skill `name` as it was at `version` (default: its previous version) as a new commit:
    live, or (`review`, the evolver in review mode) on the review branch `evolve/<run_id>-rollback-<name>`.

    The rollback commit is recorded in `made`. With a remote, a live rollback is pushed; when the remote
    changed the skill meanwhile, the rollback is parked for review and the returned branch is the review branch.
    """
    root = Path(root)
    check_name(name)
    if not isinstance(reason, str) or not reason.strip():
        raise InvalidInput("reason", "say why the skill is rolled back")
    if version is not None and not _VERSION.fullmatch(version):
        raise InvalidInput("version", "a commit id such as 'a1b2c3d'")
    if mode == "review":
        branch = f"{REVIEW_PREFIX}{check_run_id(run_id or '')}-rollback-{name}"
    with writer_lock(root):
        live = require_live_branch(root)
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
            found = rev_parse(root, f"{version}^{{commit}}")
            if found is None or not is_ancestor(root, found, base):
                raise NotFound(f"no version {version!r} in the history of the live branch")
            target = found
        if not run_git(root, "ls-tree", "-d", "--name-only", target, "--", name).strip():
            raise Conflict(f"skill {name!r} did not exist at version {target[:12]}; choose a later version")
        message = (
            f"Roll back {name} to {target[:12]}\n\nReason: {one_line(reason, 1000)}\n"
            f"From version: {current}\nTo version: {target}\n\nSkillhive-Rollback: {name}\n"
        )
        with temporary_worktree(root, base, checkout=False) as worktree:
            run_git(worktree, "restore", f"--source={target}", "--staged", "--", f"{name}/")
            sha = commit_index(worktree, message, f"skill {name!r} already matches version {target[:12]}")
        record(made, [sha], "rollback")
        if mode == "review":
            run_git(root, "update-ref", f"refs/heads/{branch}", sha, "")
            return CommitResult(sha=sha, branch=branch)
        move_live(root, sha)
        sha, synced = publish_commit(root, sha, made)
        parked = synced.parked_as(sha)
    return CommitResult(sha=sha, branch=parked.branch if parked is not None else live)
