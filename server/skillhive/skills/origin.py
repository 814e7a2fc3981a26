"""Whose commit a skill's version is: this hive's own, or one that arrived from the skills remote.

Every commit skillhive makes in a team's skill repository (the seed, evolver commits, approvals,
rollbacks, and the replay of any of them onto the remote during a pull) is recorded in the ledger
before it can reach the remote. Replicas share the ledger, so a commit one replica pushed is the
hive's own when another pulls it; a peer's commit, or one made by hand, is recorded nowhere.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import PurePosixPath
from typing import Literal, Protocol
from urllib.parse import urlsplit

What = Literal["seed", "evolve", "approve", "rollback", "replay"]
REMOTE = "remote"
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


def record(made: HiveCommits | None, shas: Sequence[str], what: What) -> None:
    """`made.record`, for writers that may run without a ledger (a bare repository in a tool or test)."""
    if made is not None and shas:
        made.record(shas, what)


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
