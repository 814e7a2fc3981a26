"""The skill directory: scan the skill folders, cache the result, serve their files safely.

A scan is cached per skill folder and kept while the folder's stamp holds: the modification
times of the folders walked and the stat of its SKILL.md. Checking the stamps costs a few
`stat` calls per skill and no subprocess; versions are recomputed only when HEAD moves.
"""

from __future__ import annotations

import dataclasses
import logging
import os
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from skillhive.errors import InvalidInput, NotFound, PathRefused
from skillhive.models import SkillMeta, SkillProblem
from skillhive.skills import git, repo
from skillhive.skills.files import (
    MAX_FILE_BYTES,
    MAX_FILES,
    check_relative_path,
    list_files,
    read_bounded,
    resolve_inside,
)
from skillhive.skills.spec import SKILL_FILE, ParsedSkill, load_skill_folder, validate_skill_folder

log = logging.getLogger(__name__)

_Stamp = tuple[Any, ...]


@dataclass(frozen=True)
class Skill:
    """One valid skill: its frontmatter, body, folder, files and version (None outside git)."""

    meta: SkillMeta
    body: str
    frontmatter: dict[str, Any]
    path: Path
    files: list[str]
    version: str | None = None
    problems: list[SkillProblem] = dataclasses.field(default_factory=list)  # warnings only

    @property
    def name(self) -> str:
        return self.meta.name


@dataclass(frozen=True)
class ScanResult:
    """The valid skills by name, and every problem found (errors and warnings). Read-only."""

    skills: dict[str, Skill]
    problems: list[SkillProblem]
    head: str | None = None

    def problems_of(self, name: str) -> list[SkillProblem]:
        """The problems reported for one skill folder."""
        return [p for p in self.problems if p.file.startswith(f"{name}/")]


@dataclass
class _Entry:
    """One folder's cached scan: what was parsed and the stamp it was parsed under."""

    stamp: _Stamp
    watched: tuple[str, ...]  # absolute paths whose stat makes up the stamp
    parsed: ParsedSkill
    files: list[str]
    problems: list[SkillProblem]


class SkillDirectory:
    """A folder of skill folders, usually a git repository (see `repo.ensure_repo`).

    Thread-safe. `scan()` is cheap when nothing changed; every accessor goes through it, so an
    edit on disk or a new commit is seen on the next call.
    """

    def __init__(self, root: Path, *, versions: bool = True, max_file_bytes: int = MAX_FILE_BYTES) -> None:
        self.root = Path(root)
        self.versions = versions
        self.max_file_bytes = max_file_bytes
        self._entries: dict[str, _Entry] = {}
        self._result: ScanResult | None = None
        self._top_problems: list[SkillProblem] = []
        self._lock = threading.Lock()

    def scan(self) -> ScanResult:
        """The valid skills and every problem; reuses the cached parse of unchanged folders."""
        with self._lock:
            started = time.perf_counter()
            folders, problems = self._top_level()
            changed = set(self._entries) != set(folders) or problems != self._top_problems
            self._top_problems = problems
            entries: dict[str, _Entry] = {}
            for name in folders:
                entry = self._entries.get(name)
                if entry is None or _stamp(entry.watched) != entry.stamp:
                    entry = self._load(name)
                    changed = True
                entries[name] = entry
            self._entries = entries
            sha = git.current_head(self.root) if self.versions else None
            if self._result is not None and not changed and self._result.head == sha:
                return self._result
            self._result = self._build(entries, problems, sha)
            log.debug(
                "scanned %s: %d skills, %d problems in %.1f ms",
                self.root,
                len(self._result.skills),
                len(self._result.problems),
                (time.perf_counter() - started) * 1000,
            )
            return self._result

    def invalidate(self) -> None:
        """Forget the cache (the next scan re-reads every folder)."""
        with self._lock:
            self._entries.clear()
            self._result = None

    def get(self, name: str) -> Skill:
        """The valid skill named `name`; `NotFound` naming it when absent or invalid."""
        repo.check_name(name)
        result = self.scan()
        skill = result.skills.get(name)
        if skill is not None:
            return skill
        errors = [p for p in result.problems_of(name) if p.severity == "error"]
        if errors:
            raise NotFound(f"skill {name!r} is invalid: {errors[0].message} [{errors[0].rule}]")
        raise NotFound(f"no skill named {name!r}")

    def read_file(self, name: str, path: str) -> bytes:
        """The bytes of `path` inside skill `name`; refuses any path that would leave its folder."""
        repo.check_name(name)
        parts = check_relative_path(path)
        self.get(name)
        folder = os.path.join(os.path.realpath(self.root), name)
        if os.path.realpath(folder) != folder:  # swapped for a symlink since the scan
            raise PathRefused("name", f"the folder of skill {name!r} is a symlink; refused")
        real = resolve_inside(Path(folder), parts)
        try:
            return read_bounded(real, self.max_file_bytes)
        except NotFound:
            raise NotFound(f"skill {name!r} has no file {path!r}") from None

    def read_text(self, name: str, path: str) -> str:
        """`read_file` decoded as UTF-8; `InvalidInput` for binary files."""
        data = self.read_file(name, path)
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError:
            raise InvalidInput("path", f"{path!r} is not UTF-8 text; read it as bytes") from None

    # -- internals --------------------------------------------------------------------------------

    def _top_level(self) -> tuple[list[str], list[SkillProblem]]:
        try:
            entries = sorted(os.scandir(self.root), key=lambda e: e.name)
        except FileNotFoundError:
            raise NotFound(f"no skill directory at {self.root}") from None
        except NotADirectoryError:
            raise NotFound(f"{self.root} is not a directory") from None
        folders: list[str] = []
        problems: list[SkillProblem] = []
        for entry in entries:
            if entry.name.startswith("."):
                continue
            if entry.is_symlink():
                if os.path.isdir(entry.path):
                    problems.append(
                        SkillProblem(
                            file=f"{entry.name}/",
                            rule="folder.symlink",
                            message="skill folders must not be symlinks; it was not loaded",
                        )
                    )
            elif entry.is_dir(follow_symlinks=False):
                folders.append(entry.name)
        return folders, problems

    def _load(self, name: str) -> _Entry:
        folder = self.root / name
        files, dirs, truncated = list_files(folder)
        base = str(folder)
        watched = tuple(os.path.join(base, rel) for rel in (*dirs, SKILL_FILE))
        stamp = _stamp(watched)  # taken before reading, so an edit during the read shows next time
        parsed = load_skill_folder(folder, name)
        problems = list(parsed.problems)
        if truncated:
            problems.append(
                SkillProblem(
                    file=f"{name}/",
                    field=None,
                    rule="files.too-many",
                    message=f"more than {MAX_FILES} files; only the first {MAX_FILES} are listed",
                    severity="warning",
                )
            )
        return _Entry(stamp, watched, parsed, files, problems)

    def _build(self, entries: dict[str, _Entry], problems: list[SkillProblem], sha: str | None) -> ScanResult:
        valid = {n: e for n, e in entries.items() if e.parsed.meta is not None}
        versions = repo.skill_versions(self.root, list(valid)) if sha is not None and valid else {}
        skills: dict[str, Skill] = {}
        for name, entry in valid.items():
            assert entry.parsed.meta is not None
            skills[name] = Skill(
                meta=entry.parsed.meta,
                body=entry.parsed.body,
                frontmatter=entry.parsed.frontmatter,
                path=self.root / name,
                files=entry.files,
                version=versions.get(name),
                problems=entry.problems,
            )
        all_problems = [*problems, *(p for e in entries.values() for p in e.problems)]
        all_problems.sort(key=lambda p: (p.file, p.severity != "error"))
        return ScanResult(skills=skills, problems=all_problems, head=sha)


def _stamp(watched: tuple[str, ...]) -> _Stamp:
    """What must stay equal for a folder's cached scan to hold (None for a vanished path)."""
    out: list[Any] = []
    for path in watched:
        try:
            st = os.stat(path)
            out.append((st.st_ino, st.st_mtime_ns, st.st_ctime_ns, st.st_size))
        except OSError:
            out.append(None)
    return tuple(out)


def validate_directory(path: Path) -> list[SkillProblem]:
    """Every problem in a skill directory, or in one skill folder when `path` holds a SKILL.md."""
    path = Path(path)
    if not path.is_dir():
        raise NotFound(f"no directory at {path}")
    if any(p.name.lower() == SKILL_FILE.lower() for p in path.iterdir()):
        return validate_skill_folder(path, path.name)
    return SkillDirectory(path, versions=False).scan().problems
