"""The skill directories of a hive: which folder holds each team's skills, the git remote it tracks,
and when it is pulled and pushed.

A team's folder is recorded in the ledger the first time any process sees the team, so every
process (HTTP, stdio, CLI, whatever its SKILLHIVE_TEAM) finds the same one: the first team of a
hive gets `<data dir>/skills` (or --skills-dir), every other team `<data dir>/teams/<team>/skills`.
Folders inside the data directory are recorded relative to it, so replicas that share a ledger but
each have their own data directory (and their own clone of the team's remote) agree too.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from skillhive.config import Settings
from skillhive.errors import ConfigError
from skillhive.skills import sync as skill_sync
from skillhive.skills.directory import SkillDirectory
from skillhive.skills.origin import CommitRecords, HiveCommits, KnownOwn, Origins
from skillhive.skills.repo import ensure_repo


class DirectoryRecords(CommitRecords, Protocol):
    """Where the hive records each team's folder and the commits it made there (the ledger)."""

    def claim_skill_directory(self, team: str, wanted: str, fallback: str) -> str: ...


class SkillDirectories:
    """Team → SkillDirectory, opened once per process; pulls due ones in the background when a
    remote is set. `busy(team)` says an evolver pass is running (pulls wait for its commit)."""

    def __init__(self, settings: Settings, records: DirectoryRecords, *, busy: Callable[[str], bool]) -> None:
        self.settings = settings
        self.records = records
        self.busy = busy
        self.schedule = skill_sync.SyncSchedule(settings.skills_sync_interval, busy=busy)
        self._open: dict[str, SkillDirectory] = {}
        self._roots: dict[str, Path] = {}
        self._lock = threading.Lock()
        self._known_own = KnownOwn()

    def root(self, team: str) -> Path:
        """The folder of the team's skills (module docstring); --skills-dir naming another folder than
        the recorded one is an error."""
        with self._lock:
            known = self._roots.get(team)
        if known is not None:
            return known
        data = self.settings.data_dir.resolve()
        explicit = team == self.settings.team and self.settings.skills_dir is not None
        wanted = self.settings.skill_root.resolve() if explicit else data / "skills"
        recorded = self.records.claim_skill_directory(
            team, _relative(wanted, data), _relative(data / "teams" / team / "skills", data)
        )
        path = data / recorded  # an absolute record stays as it is
        if explicit and path != wanted:
            raise ConfigError(
                f"--skills-dir {wanted} disagrees with the ledger: team {team!r} keeps its skills in {path}"
            )
        with self._lock:
            self._roots[team] = path
        return path

    def commits(self, team: str) -> HiveCommits:
        """The record of the commits this hive made in the team's skills (skills/origin.py)."""
        return HiveCommits(self.records, team)

    def origins(self, team: str) -> Origins:
        """Whose commit each version of the team's skills is (skills/origin.py)."""
        return Origins(self.commits(team), self.settings.untrusted_remote(team), self._known_own)

    def remote(self, team: str) -> str | None:
        """The git remote a team's skills track: its own in team_skills_remotes, else skills_remote (local team)."""
        return self.settings.skills_remote_of(team)

    def get(self, team: str) -> SkillDirectory:
        """A team's skill directory; with a remote, a pull starts in the background when one is due."""
        found = self._directory(team)
        if self.remote(team):
            self.schedule.poke(team, found.root, self.commits(team))
        return found

    def _directory(self, team: str) -> SkillDirectory:
        with self._lock:
            found = self._open.get(team)
        if found is not None:
            return found
        root = self.root(team)
        with self._lock:
            found = self._open.get(team)
            if found is None:
                remote = self.remote(team)
                if remote is None:
                    ensure_repo(root, self.settings.seed_skills, adopt=self._may_adopt(team), made=self.commits(team))
                elif skill_sync.attach(
                    root, remote, self.settings.skills_remote_branch, self.settings.seed_skills, made=self.commits(team)
                ):
                    self.schedule.mark(team)  # just cloned (or seeded and pushed)
                found = self._open[team] = SkillDirectory(root)
            return found

    def _may_adopt(self, team: str) -> bool:
        """Whether a folder of files that is no repository may become one: only skillhive's own folders,
        or a --skills-dir the user allowed with --init."""
        return team != self.settings.team or self.settings.skills_dir is None or self.settings.skills_init

    def sync(self, team: str) -> skill_sync.SyncResult:
        """Pull and push a team's skills now (`skillhive skills sync`); deferred while a pass runs."""
        remote = self.remote(team)
        if remote is None:
            raise ConfigError(f"no skills remote for team {team!r}: set --skills-remote or SKILLHIVE_SKILLS_REMOTE")
        directory = self._directory(team)
        self.schedule.mark(team)
        if self.busy(team):
            return skill_sync.SyncResult(
                remote=skill_sync.display_url(remote),
                branch=self.settings.skills_remote_branch,
                deferred="an evolver pass is running; it pushes its own commit, try again when it is done",
            )
        result = skill_sync.sync(directory.root, self.commits(team))
        directory.invalidate()
        return result

    def close(self) -> None:
        self.schedule.close()


def _relative(path: Path, base: Path) -> str:
    return str(path.relative_to(base)) if path.is_relative_to(base) else str(path)
