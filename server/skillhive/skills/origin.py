"""Whose commit a skill's version is: this hive's own, or one that arrived from the skills remote.

Every commit skillhive makes in a team's skill repository (the seed, evolver commits, approvals,
rollbacks, and the replay of any of them onto the remote during a pull) is recorded in the ledger
before it can reach the remote. Replicas share the ledger, so a commit one replica pushed is the
hive's own when another pulls it; a peer's commit, or one made by hand, is recorded nowhere.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Literal, Protocol
from urllib.parse import urlsplit

from skillhive.errors import InvalidInput
from skillhive.skills.git import head, is_ancestor, require_live_branch, rev_parse, run_git

What = Literal["seed", "evolve", "approve", "rollback", "replay", "adopt", "restore"]
Trust = Literal["verified", "unverified"]
REMOTE = "remote"
SKILLS = "skills"  # the source of a skill whose version this hive committed
_LABEL = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,63}")


class CommitRecords(Protocol):
    """Where the hive records the commits it made (the ledger)."""

    def record_hive_commits(self, team: str, shas: Sequence[str], what: str) -> None: ...

    def hive_commits(self, team: str, shas: Sequence[str]) -> set[str]: ...


@dataclass(frozen=True)
class HiveCommits:
    """The commits this hive made in one team's skill repository."""

    records: CommitRecords
    team: str

    def record(self, shas: Sequence[str], what: What) -> None:
        self.records.record_hive_commits(self.team, list(shas), what)

    def made(self, shas: Sequence[str]) -> set[str]:
        """Those of `shas` this hive made."""
        return self.records.hive_commits(self.team, list(shas)) if shas else set()


@dataclass(frozen=True)
class Origin:
    """How a skill is served: whose commit its version is (`skills`, the hive's own, or
    `remote:<repository>`), and whether it is vouched for."""

    source: str
    trust: Trust


OWN = Origin(SKILLS, "verified")
UPSTREAM = Origin("upstream", "unverified")  # a forwarding hive's: the team hive served it, unchecked here
_OWN_MAX = 4096  # commits known to be the hive's own, per process


@dataclass
class KnownOwn:
    """Commits already found to be the hive's own. Only those are remembered: a commit recorded once
    stays recorded, while one not recorded yet may be adopted (`skillhive skills adopt`, a bundle
    restore) by another process at any time."""

    _known: set[tuple[str, str]] = field(default_factory=set)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def split(self, team: str, shas: Iterable[str]) -> tuple[set[str], list[str]]:
        """(those known to be own, the rest)."""
        with self._lock:
            listed = [(sha, (team, sha) in self._known) for sha in shas]
        return {sha for sha, known in listed if known}, [sha for sha, known in listed if not known]

    def add(self, team: str, shas: Iterable[str]) -> None:
        with self._lock:
            new = {(team, sha) for sha in shas}
            if len(self._known) + len(new) > _OWN_MAX:
                self._known.clear()
            self._known |= new


@dataclass(frozen=True)
class Origins:
    """Whose commit each skill's version is, in one team's skills: the one place that decides how a
    skill is served (retrieval, list_skills, get_skill, the Skills extension, resources, hooks, web)."""

    made: HiveCommits
    remote: str | None  # the remote the team's skills track, when its commits are not trusted as the hive's
    known: KnownOwn | None = None

    def of(self, versions: Mapping[str, str | None]) -> dict[str, Origin]:
        """Skill name → its origin, for skills given as name → version. A skill never committed (None)
        is the hive's own folder's; so is every skill when the remote is trusted or there is none."""
        if self.remote is None:
            return dict.fromkeys(versions, OWN)
        foreign = self.foreign(versions.values())
        theirs = Origin(remote_source(self.remote), "unverified")
        return {name: theirs if v in foreign else OWN for name, v in versions.items()}

    def foreign(self, versions: Iterable[str | None]) -> set[str]:
        """Those of `versions` this hive did not commit."""
        wanted = {v for v in versions if v}
        known = self.known or KnownOwn()
        own, ask = known.split(self.made.team, wanted)
        if ask:
            made = self.made.made(ask)
            known.add(self.made.team, made)
            own |= made
        return wanted - own


def record(made: HiveCommits | None, shas: Sequence[str], what: What) -> None:
    """`made.record`, for writers that may run without a ledger (a bare repository in a tool or test)."""
    if made is not None and shas:
        made.record(shas, what)


@dataclass(frozen=True)
class Adoption:
    rev: str  # the commit whose history was adopted
    adopted: list[str]  # the commits recorded now
    already: int  # commits of that history that were the hive's already


def adopt(root: Path, rev: str | None, made: HiveCommits) -> Adoption:
    """Record the live branch's history up to `rev` (a commit id on it; default: its head) as the
    hive's own: for commits made before the hive recorded its own (migration 14), when the remote
    they came from is the hive's own."""
    live = require_live_branch(root)
    tip = head(root)
    sha = tip
    if rev is not None:
        if not re.fullmatch(r"[0-9a-f]{4,64}", rev):
            raise InvalidInput("rev", f"a commit id of the live branch {live}: 4 to 64 lowercase hex digits")
        found = rev_parse(root, f"{rev}^{{commit}}")
        if found is None or not is_ancestor(root, found, tip):
            raise InvalidInput("rev", f"no commit of the live branch {live} (unknown, ambiguous or on another branch)")
        sha = found
    history = run_git(root, "rev-list", sha).split()
    before = made.made(history)
    adopted = [c for c in history if c not in before]
    made.record(adopted, "adopt")
    return Adoption(sha, adopted, len(before))


def remote_source(url: str) -> str:
    """How a skill from the remote `url` is labelled when served: `remote:<its repository's name>`
    (`remote:skills` for git@host:team/skills.git), or only `remote` when that name is not a plain one.
    Never a host, user or password."""
    path = urlsplit(url).path if "://" in url else url.rpartition(":")[2] if _scp_like(url) else url
    name = PurePosixPath(path.replace("\\", "/").rstrip("/")).name.removesuffix(".git")
    return f"{REMOTE}:{name}" if _LABEL.fullmatch(name) else REMOTE


def _scp_like(url: str) -> bool:
    """`user@host:path` or `host:path`, as git reads it (a colon before any slash)."""
    head, colon, _ = url.partition(":")
    return bool(colon) and "/" not in head and len(head) > 1
