"""The team's skills as last synced from the team hive, on disk, served through `SkillDirectory`.

Each sync that changes a file writes a complete folder (`g-<n>/`) and then replaces `state.json`,
which names the current folder and carries what the team hive said about each skill (version, uses,
success rate, file digests); the rename switches every skill at once, so a reader never sees half
a sync. The previous folder is kept one sync longer for readers still on it.
"""

from __future__ import annotations

import base64
import hashlib
import json
import logging
import os
import re
import shutil
import threading
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from urllib.parse import unquote

from skillhive.errors import InvalidInput, SkillError
from skillhive.filelock import file_lock
from skillhive.models import SKILL_NAME_MAX, SKILL_NAME_PATTERN, SkillDetail, SkillFileContent, SkillSummary
from skillhive.skills.directory import Skill, SkillDirectory
from skillhive.skills.files import MAX_FILE_BYTES, check_relative_path
from skillhive.skills_extension import (
    MAX_BYTES_PER_SKILL,
    MAX_RESOURCES_PER_SKILL,
    SKILL_FILE,
    SKILL_SCHEME,
    SkillEntry,
)
from skillhive.store.records import now_iso

log = logging.getLogger(__name__)

_DIGEST = re.compile(r"^sha256:[0-9a-f]{64}$")
_GENERATION = re.compile(r"^g-\d+$")


@dataclass(frozen=True)
class RemoteSkill:
    """One skill as the team hive described it at the last sync."""

    files: dict[str, str]  # path inside the skill folder -> "sha256:<hex>"
    version: str | None = None
    uses: int = 0
    success_rate: float | None = None


class SkillCopy:
    """The team's skills as last synced: one complete folder per change (`g-<n>/`) and `state.json`
    naming the current one. Replacing state.json (an atomic rename) switches every skill at once.

    Several local servers may share a data directory: syncs take a file lock, and every reader
    notices a state.json replaced by another process (one `stat`) and follows it.
    """

    STATE = "state.json"

    def __init__(self, root: Path) -> None:
        self.root = root
        root.mkdir(parents=True, exist_ok=True)
        self._lock = threading.Lock()
        self._stamp: tuple[int, int] | None = None
        self._generation = "g-0"
        self._skills: dict[str, RemoteSkill] = {}
        self._synced_at: str | None = None
        self._directory = SkillDirectory(root / self._generation, versions=False)
        with self._lock:
            self._reload()

    # -- the state, as the last sync of any process left it --

    def _state_stamp(self) -> tuple[int, int] | None:
        try:
            st = os.stat(self.root / self.STATE)
        except FileNotFoundError:
            return None
        return (st.st_ino, st.st_mtime_ns)

    def _reload(self) -> None:
        """Read state.json if it changed since we last did (caller holds the lock)."""
        stamp = self._state_stamp()
        if stamp is not None and stamp == self._stamp:
            return
        self._stamp = stamp
        generation, skills, synced_at = "g-0", {}, None
        if stamp is not None:
            try:
                state = json.loads((self.root / self.STATE).read_text(encoding="utf-8"))
                generation, synced_at = state["generation"], state.get("synced_at")
                skills = {name: RemoteSkill(**raw) for name, raw in state["skills"].items()}
                if not _GENERATION.fullmatch(generation) or not (self.root / generation).is_dir():
                    raise ValueError(f"no folder {generation!r}")
            except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
                log.warning(
                    "the local copy of the team's skills in %s is unreadable (%s); the next sync rebuilds it",
                    self.root,
                    exc,
                )
                generation, skills, synced_at = "g-0", {}, None
        if generation == "g-0":
            (self.root / generation).mkdir(exist_ok=True)
        if generation != self._generation:
            self._directory = SkillDirectory(self.root / generation, versions=False)
        self._generation, self._skills, self._synced_at = generation, skills, synced_at

    def _current(self) -> tuple[str, dict[str, RemoteSkill], str | None, SkillDirectory]:
        with self._lock:
            self._reload()
            return self._generation, self._skills, self._synced_at, self._directory

    @property
    def directory(self) -> SkillDirectory:
        return self._current()[3]

    @property
    def skills(self) -> dict[str, RemoteSkill]:
        return self._current()[1]

    @property
    def synced_at(self) -> str | None:
        return self._current()[2]

    @property
    def generation(self) -> str:
        return self._current()[0]

    def has(self, name: str, path: str, digest: str) -> bool:
        """Whether the current copy holds this exact file (so a sync need not download it)."""
        generation, skills, _, _ = self._current()
        known = skills.get(name)
        return (
            known is not None and known.files.get(path) == digest and (self.root / generation / name / path).is_file()
        )

    # -- a sync --

    def install(self, skills: dict[str, RemoteSkill], blobs: dict[tuple[str, str], bytes], upstream: str) -> bool:
        """Make `skills` the current copy: files from `blobs`, or unchanged from the current folder.
        Returns whether any file changed (usage figures alone only rewrite state.json)."""
        with self._lock, file_lock(self.root / ".sync.lock"):
            self._reload()  # another process may have synced since the files were fetched
            previous = self._generation
            changed = {n: s.files for n, s in skills.items()} != {n: s.files for n, s in self._skills.items()}
            generation = previous
            if changed:
                generation = f"g-{time.time_ns()}"
                staging = self.root / f"{generation}.tmp"
                staging.mkdir()
                for name, skill in skills.items():
                    for path, digest in skill.files.items():
                        data = blobs.get((name, path))
                        if data is None:
                            data = self._reuse(previous, name, path, digest)
                        target = staging.joinpath(name, *path.split("/"))
                        target.parent.mkdir(parents=True, exist_ok=True)
                        _write_durably(target, data)
                os.replace(staging, self.root / generation)
            state = {
                "upstream": upstream,
                "generation": generation,
                "synced_at": now_iso(),
                "skills": {name: asdict(skill) for name, skill in sorted(skills.items())},
            }
            _replace_durably(self.root / self.STATE, json.dumps(state, indent=1, ensure_ascii=False).encode())
            self._reload()
            if changed:
                self._prune(keep={generation, previous})  # readers may still be on the previous folder
            return changed

    def _reuse(self, generation: str, name: str, path: str, digest: str) -> bytes:
        """An unchanged file, from the current folder, checked against the digest the team hive listed."""
        try:
            data = (self.root / generation / name / path).read_bytes()
        except OSError:
            data = b""
        if "sha256:" + hashlib.sha256(data).hexdigest() != digest:
            raise SkillError(f"{name}/{path} changed in the local copy during the sync; the next sync fetches it")
        return data

    def _prune(self, keep: set[str]) -> None:
        for child in self.root.iterdir():
            stem = child.name.removesuffix(".tmp")
            if child.name not in keep and _GENERATION.fullmatch(stem) and child.is_dir() and not child.is_symlink():
                shutil.rmtree(child, ignore_errors=True)

    # -- serving from the copy ---------------------------------------------------------------------

    def summary(self, skill: Skill, skills: dict[str, RemoteSkill] | None = None) -> SkillSummary:
        known = (self.skills if skills is None else skills).get(skill.meta.name)
        return SkillSummary(
            name=skill.meta.name,
            description=skill.meta.description,
            version=known.version if known else None,
            uses=known.uses if known else 0,
            success_rate=known.success_rate if known else None,
        )

    def list(self, query: str | None, limit: int) -> list[SkillSummary]:
        """Skills by name, or, with a query, those sharing words with it (no embedding model here)."""
        _, known, _, directory = self._current()
        skills = sorted(directory.scan().skills.values(), key=lambda s: s.meta.name)
        if query:
            terms = _words(query)
            scored = [(len(terms & _words(f"{s.meta.name} {s.meta.description}")), s) for s in skills]
            skills = [s for n, s in sorted(scored, key=lambda p: -p[0]) if n > 0]
        return [self.summary(s, known) for s in skills[:limit]]

    def detail(self, name: str) -> SkillDetail:
        skill = self.directory.get(name)
        return SkillDetail(
            **self.summary(skill).model_dump(),
            body=skill.body,
            frontmatter=skill.frontmatter,
            files=skill.files,
        )

    def read(self, name: str, path: str) -> SkillFileContent:
        data = self.directory.read_file(name, path)
        try:
            return SkillFileContent(name=name, path=path, size=len(data), text=data.decode("utf-8"), base64=None)
        except UnicodeDecodeError:
            return SkillFileContent(
                name=name, path=path, size=len(data), text=None, base64=base64.b64encode(data).decode()
            )


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9]+", text.lower()) if len(w) > 2}


def _write_durably(path: Path, data: bytes) -> None:
    with open(path, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())


def _replace_durably(path: Path, data: bytes) -> None:
    """Write `path` through a temporary file and a rename: readers see the old or the new, never half."""
    staging = path.with_name(path.name + ".tmp")
    _write_durably(staging, data)
    os.replace(staging, path)
    folder = os.open(path.parent, os.O_RDONLY)
    try:
        os.fsync(folder)
    finally:
        os.close(folder)


def skill_manifest(
    entry: SkillEntry, declared_sizes: dict[str, dict[str, int]] | None = None
) -> tuple[str, dict[str, str]]:
    """The name and files (path -> digest) of a `skills/list` entry, checked like any untrusted input;
    each file's declared size goes into `declared_sizes[name][path]` when given."""
    suffix = "/" + SKILL_FILE
    name = entry.uri[len(SKILL_SCHEME) : -len(suffix)] if entry.uri.endswith(suffix) else ""
    valid = len(name) <= SKILL_NAME_MAX and re.fullmatch(SKILL_NAME_PATTERN, name) is not None
    if not entry.uri.startswith(SKILL_SCHEME) or not valid:
        raise SkillError(f"{entry.uri!r} is not the SKILL.md of a skill with a valid name")
    if entry.resources == "dynamic":
        raise SkillError(f"skill {name!r} lists its files as dynamic; only skills with a file list are copied")
    if len(entry.resources) > MAX_RESOURCES_PER_SKILL:
        raise SkillError(f"skill {name!r} has more than {MAX_RESOURCES_PER_SKILL} files")
    prefix = f"{SKILL_SCHEME}{name}/"
    files: dict[str, str] = {}
    sizes = declared_sizes.setdefault(name, {}) if declared_sizes is not None else {}
    for resource in entry.resources:
        path = unquote(resource.uri[len(prefix) :]) if resource.uri.startswith(prefix) else ""
        try:
            check_relative_path(path)
        except InvalidInput as exc:
            raise SkillError(f"skill {name!r} lists {resource.uri!r}: {exc}") from exc
        if not _DIGEST.fullmatch(resource.digest) or not 0 <= resource.size <= MAX_FILE_BYTES:
            raise SkillError(f"skill {name!r} lists {path!r} with a bad digest or a size over {MAX_FILE_BYTES} bytes")
        files[path] = resource.digest
        sizes[path] = resource.size
    if SKILL_FILE not in files or sum(r.size for r in entry.resources) > MAX_BYTES_PER_SKILL:
        raise SkillError(f"skill {name!r} lacks {SKILL_FILE} or is over {MAX_BYTES_PER_SKILL} bytes")
    return name, files
