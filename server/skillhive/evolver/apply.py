"""Commit an evolution pass to the skill repository, live (`auto`) or on a review branch (`review`).

Every commit is built in a temporary worktree (no files checked out, its own index) from the
live head, so the live working tree — what users are served — never holds a half-written pass.
`auto` then fast-forwards the live branch (and its working tree) to the commit; `review` only
points a branch `evolve/<run_id>` at it. Retiring a skill deletes its folder in that commit: git
history keeps it, and a rollback (skills/reviews.py) brings it back.

The commit is made under the writers' lock, with git run by skills/git.py. When the live branch
tracks a remote (skills/sync.py), an auto commit is then rebased onto the remote and pushed under
the same lock: one that conflicts is parked on a review branch and the remote's version stays
live; a push that fails keeps the commit locally for the next sync. Neither raises.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Literal

from skillhive.errors import InvalidInput, SkillError
from skillhive.evolver.types import SkillEdit
from skillhive.skills.git import (
    CommitResult,
    check_run_id,
    commit_index,
    head,
    move_live,
    one_line,
    require_live_branch,
    rev_parse,
    run_git,
    temporary_worktree,
    writer_lock,
)
from skillhive.skills.origin import HiveCommits, record
from skillhive.skills.repo import check_name
from skillhive.skills.spec import SKILL_FILE
from skillhive.skills.sync import REVIEW_PREFIX, publish_commit

MAX_LISTED_IDS = 20

Change = tuple[SkillEdit, int, int]  # an edit, its supporting trajectories, its distinct users


def commit_message(run_id: str, changes: Sequence[Change]) -> str:
    """What a reviewer reads: each change (op, skill, heading), why, and its evidence."""
    check_run_id(run_id)
    skills = sorted({edit.skill for edit, _, _ in changes})
    subject = f"Evolve {', '.join(skills)}" if skills else "Evolve skills"
    subject = one_line(subject, 60) + f" (run {run_id})"
    lines = [subject, "", f"{len(changes)} change(s) proposed by the skillhive evolver, run {run_id}.", ""]
    for edit, trajectories, users in changes:
        heading = getattr(edit, "heading", None)
        where = f' "{one_line(heading, 120)}"' if heading else ""
        ids = [one_line(i, 80) for i in dict.fromkeys(edit.evidence)]
        shown = ", ".join(ids[:MAX_LISTED_IDS]) + (
            f", … {len(ids) - MAX_LISTED_IDS} more" if len(ids) > MAX_LISTED_IDS else ""
        )
        lines.append(f"- {edit.op} {edit.skill}{where}")
        if edit.rationale.strip():
            lines.append(f"  why: {one_line(edit.rationale)}")
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
    made: HiveCommits | None = None,
) -> CommitResult:
    """Write each SKILL.md (None: retire the skill) as one commit, live (`auto`) or on `evolve/<run_id>`;
    the commit is recorded in `made` (the hive's own) before it goes live or is pushed."""
    root = Path(root)
    if mode not in ("auto", "review"):
        raise InvalidInput("mode", "must be 'auto' or 'review'")
    check_run_id(run_id)
    if not message.strip():
        raise InvalidInput("message", "a commit message is required (see commit_message)")
    if not new_texts:
        raise InvalidInput("new_texts", "no skill changes to commit")
    for name in new_texts:
        check_name(name)
    full = f"{message.strip()}\n\nSkillhive-Run: {run_id}\nSkillhive-Mode: {mode}\n"
    with writer_lock(root):
        live = require_live_branch(root)
        branch = f"{REVIEW_PREFIX}{run_id}" if mode == "review" else live
        if mode == "review" and rev_parse(root, f"refs/heads/{branch}"):
            raise SkillError(f"the review branch {branch} already exists")
        with temporary_worktree(root, head(root), checkout=False) as worktree:
            for name, text in sorted(new_texts.items()):
                if text is None:
                    if not run_git(worktree, "ls-files", "--", f"{name}/").strip():
                        raise SkillError(f"cannot retire {name!r}: no such skill")
                    run_git(worktree, "rm", "-r", "--quiet", "--cached", "--", f"{name}/")
                    continue
                path = worktree / name / SKILL_FILE
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_text(text, encoding="utf-8", newline="")
                run_git(worktree, "add", "--", f"{name}/{SKILL_FILE}")
            sha = commit_index(worktree, full, "the pass changes nothing in the skill directory")
        record(made, [sha], "evolve")
        if mode == "review":
            run_git(root, "update-ref", f"refs/heads/{branch}", sha, "")  # "": only if it does not exist
        else:
            move_live(root, sha)
            sha, synced = publish_commit(root, sha, made)
            parked = synced.parked_as(sha)
            if parked is not None:  # the remote changed the same lines: re-proposed for review
                return CommitResult(sha=sha, branch=parked.branch)
    return CommitResult(sha=sha, branch=branch)
