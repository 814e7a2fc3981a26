"""A skill repository's history as one file (`git bundle`), out of a hive and back into another.

Export bundles every branch. Restoring fetches the branches under `refs/skillhive/imports/<batch>/`
first, then: a live branch that is the bundle's, or behind it, moves to it (fast-forward); a
repository that holds only the commit that created it (a new hive) takes the bundle's history as
its own; otherwise the fetched branches stay where they are for a maintainer to merge. Branches
the repository lacks (review branches `evolve/…`) are created; existing ones are never moved.

Which of the bundled commits the exporting hive made itself travels beside them (`own_commits`);
restoring records those, and only those the bundle holds, as this hive's own (skills/origin.py) when
the bundle's history becomes this hive's; a history that is only fetched records none.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from skillhive.skills.git import (
    count_commits,
    current_head,
    is_ancestor,
    move_live,
    require_live_branch,
    rev_parse,
    run_git,
    writer_lock,
)
from skillhive.skills.origin import HiveCommits, record

HEADS = "refs/heads/"
_SHA = re.compile(r"[0-9a-f]{40}|[0-9a-f]{64}")
Outcome = Literal["same", "fast-forward", "restored", "fetched"]


def bundle_history(root: Path, dest: Path) -> dict[str, str]:
    """Write every branch of the repository at `root` to the git bundle `dest`; returns branch → commit."""
    run_git(root, "bundle", "create", "--quiet", str(dest), "--branches")
    return bundle_heads(root, dest)


def own_commits(root: Path, made: HiveCommits) -> list[str]:
    """The commits on the repository's branches that this hive made, sorted (what an export names)."""
    return sorted(made.made(run_git(root, "rev-list", "--branches").split()))


def bundle_heads(root: Path, bundle: Path) -> dict[str, str]:
    """The branches a bundle holds: name → commit."""
    out = run_git(root, "bundle", "list-heads", str(bundle))
    heads = {}
    for line in out.splitlines():
        sha, _, ref = line.partition(" ")
        if ref.startswith(HEADS):
            heads[ref[len(HEADS) :]] = sha
    return heads


@dataclass(frozen=True)
class HistoryRestored:
    outcome: Outcome
    live: str  # the live branch
    created: list[str] = field(default_factory=list)  # branches created from the bundle
    kept_under: str | None = None  # where the fetched branches wait ("fetched")
    own: int = 0  # commits recorded as this hive's own: those the exporting hive made


def restore_history(
    root: Path, bundle: Path, batch_id: str, own: Sequence[str] = (), made: HiveCommits | None = None
) -> HistoryRestored:
    """Bring a bundle's branches into the repository at `root` (module docstring); when its live
    branch becomes this one's (restored, fast-forward, same), those of its commits `own` names (its
    hive made them) are recorded in `made` as this hive's. A history that differs is only fetched,
    and its commits are not recorded as this hive's: another hive made them, whoever merges them."""
    namespace = f"refs/skillhive/imports/{batch_id}/"
    with writer_lock(root):
        run_git(root, "bundle", "verify", "--quiet", str(bundle))
        heads = bundle_heads(root, bundle)
        run_git(root, "fetch", "--quiet", "--no-tags", str(bundle), f"+{HEADS}*:{namespace}*")
        adopted: list[str] = []
        if own and heads:
            tips = sorted({sha for sha in heads.values() if _SHA.fullmatch(sha)})
            held = set(run_git(root, "rev-list", *tips).split()) if tips else set()
            adopted = [sha for sha in own if sha in held]
        live = require_live_branch(root)
        here = current_head(root)
        theirs = heads.get(live) or heads.get("main")
        created = []
        for branch, sha in sorted(heads.items()):
            if branch != live and rev_parse(root, HEADS + branch) is None:
                run_git(root, "branch", branch, sha)
                created.append(branch)
        outcome: Outcome
        if theirs is None and heads:  # no branch of the live one's name: nothing to move it to
            return HistoryRestored("fetched", live, created, kept_under=namespace)
        if theirs is None or theirs == here:
            outcome = "same"
        elif here is not None and is_ancestor(root, here, theirs):
            move_live(root, theirs, fast_forward=True)
            outcome = "fast-forward"
        elif here is None or (count_commits(root, "HEAD") == 1 and _only_branch(root, live, created)):
            move_live(root, theirs, fast_forward=False)
            outcome = "restored"
        else:  # another hive's history: its commits are that hive's, whoever merges them later
            return HistoryRestored("fetched", live, created, kept_under=namespace)
        record(made, adopted, "restore")  # the bundle's history is now this hive's
        for ref in run_git(root, "for-each-ref", "--format=%(refname)", namespace).split():
            run_git(root, "update-ref", "-d", ref)
        return HistoryRestored(outcome, live, created, own=len(adopted))


def _only_branch(root: Path, live: str, created: list[str]) -> bool:
    """Whether the live branch was the repository's only branch before the restore."""
    branches = run_git(root, "for-each-ref", "--format=%(refname:short)", HEADS).split()
    return set(branches) - set(created) == {live}
