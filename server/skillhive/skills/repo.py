"""The skill directory's git repository: creation, seeding, per-skill versions and history.

Git itself runs through skills/git.py. A skill's version is the last commit on the first-parent
(main line) history that changed its folder: a skill changed on a merged branch takes the merge
commit as its version. Versions are cached per HEAD, and found for many skills in one `git log` pass.
"""

from __future__ import annotations

import logging
import re
import shutil
import threading
from collections import OrderedDict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from skillhive.errors import InvalidInput, SkillError
from skillhive.filelock import file_lock
from skillhive.models import SKILL_NAME_MAX, SKILL_NAME_PATTERN
from skillhive.skills import origin
from skillhive.skills.git import LOCK_NAME, current_head, init, run_git, stream_git
from skillhive.skills.origin import HiveCommits

log = logging.getLogger(__name__)

MAX_HISTORY = 1000
_SINGLE_LOOKUPS = 3  # up to this many missing versions: one `git log -1` each; more: one pass
_NAME = re.compile(SKILL_NAME_PATTERN)
_RECORD = "\x1e"


@dataclass(frozen=True)
class Commit:
    """One commit in a skill's history."""

    sha: str
    date: datetime
    author: str
    subject: str
    body: str = ""

    @property
    def rolled_back_from(self) -> str | None:
        """The version this commit rolled back, when it is a rollback (skills/reviews.py writes the lines)."""
        if "Skillhive-Rollback:" not in self.body:
            return None
        found = re.search(r"^From version: ([0-9a-f]{40,64})$", self.body, re.MULTILINE)
        return found.group(1) if found else None


def check_name(name: str, field: str = "name") -> str:
    """A skill name that matches the pattern, or `InvalidInput` (before any path is built from it)."""
    if not isinstance(name, str) or not name:
        raise InvalidInput(field, "a skill name is required")
    if len(name) > SKILL_NAME_MAX or not _NAME.fullmatch(name):
        raise InvalidInput(
            field, f"at most {SKILL_NAME_MAX} lowercase letters, digits and single hyphens (e.g. 'pdf-forms')"
        )
    return name


# -- creation -------------------------------------------------------------------------------------


def ensure_repo(root: Path, seed: Path | None = None, *, adopt: bool = True, made: HiveCommits | None = None) -> None:
    """Make `root` a git repository with at least one commit; seed it when it holds no skills.

    A folder that already holds files but no repository is the user's own: with `adopt` False it
    is refused (SkillError with a hint) rather than put under git and committed as it is.
    Safe to call from several processes at once: the first one creates the repository under a
    lock file, the others wait and find it done. The first commit is recorded in `made`.
    """
    root = Path(root)
    if current_head(root) is not None:
        return
    if not adopt and not (root / ".git").exists() and root.is_dir() and _has_files(root):
        raise SkillError(
            f"{root} holds files but is not a git repository; skillhive keeps skills under git and would commit "
            "them as they are: run `git init` there yourself, or pass --init (SKILLHIVE_SKILLS_INIT=true)"
        )
    try:
        root.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise SkillError(f"cannot create the skill directory {root}: {exc.strerror}") from None
    with file_lock(root / LOCK_NAME):
        if current_head(root) is not None:
            return
        if not (root / ".git").exists():
            init(root)
        _exclude(root, LOCK_NAME)
        copied = _copy_seed(seed, root) if seed is not None and not _has_folders(root) else []
        run_git(root, "add", "--all", "--", ".")
        message = f"Seed the skill directory with {len(copied)} skills" if copied else "Create the skill directory"
        run_git(root, "commit", "--quiet", "--allow-empty", "--no-verify", "-m", message)
        origin.record(made, [run_git(root, "rev-parse", "HEAD").strip()], "seed")
        log.info("created the skill repository at %s (%d seed skills)", root, len(copied))


def _exclude(root: Path, pattern: str) -> None:
    exclude = root / ".git" / "info" / "exclude"
    exclude.parent.mkdir(parents=True, exist_ok=True)
    existing = exclude.read_text(encoding="utf-8") if exclude.exists() else ""
    if pattern not in existing.splitlines():
        with open(exclude, "a", encoding="utf-8") as handle:
            handle.write(("" if not existing or existing.endswith("\n") else "\n") + pattern + "\n")


def _has_files(root: Path) -> bool:
    return any(p.name != LOCK_NAME for p in root.iterdir())


def _has_folders(root: Path) -> bool:
    return any(p.is_dir() and not p.name.startswith(".") for p in root.iterdir())


def _copy_seed(seed: Path, root: Path) -> list[str]:
    if not seed.is_dir():
        log.warning("seed skill directory %s does not exist; starting empty", seed)
        return []
    copied = []
    ignore = shutil.ignore_patterns(".*", "__pycache__", "*.pyc")
    for child in sorted(seed.iterdir()):
        if child.name.startswith(".") or not child.is_dir() or (root / child.name).exists():
            continue
        shutil.copytree(child, root / child.name, ignore=ignore)
        copied.append(child.name)
    return copied


# -- versions and history -------------------------------------------------------------------------

_versions: OrderedDict[tuple[str, str], dict[str, str | None]] = OrderedDict()
_versions_lock = threading.Lock()
_VERSION_CACHE_HEADS = 16


def skill_versions(root: Path, names: Iterable[str]) -> dict[str, str | None]:
    """The version of each named skill at HEAD (None: never committed, or no repository)."""
    wanted = [check_name(n) for n in names]
    sha = current_head(root)
    if sha is None:
        return dict.fromkeys(wanted)
    key = (str(Path(root).resolve()), sha)
    with _versions_lock:
        known = _versions.setdefault(key, {})
        _versions.move_to_end(key)
        while len(_versions) > _VERSION_CACHE_HEADS:
            _versions.popitem(last=False)
        missing = [n for n in wanted if n not in known]
    if missing:
        found = _last_changes(root, sha, missing)
        with _versions_lock:
            known.update(found)
    return {n: known.get(n) for n in wanted}


_dates: dict[str, str] = {}  # commit sha -> its commit date (a commit never changes)
_DATES_MAX = 4096


def commit_dates(root: Path, shas: Iterable[str | None]) -> dict[str, str]:
    """The commit date (UTC, YYYY-MM-DD) of each commit, looked up in one `git show` for those not
    known yet; a sha git does not know is left out."""
    wanted = {s for s in shas if s}
    with _versions_lock:
        missing = sorted(s for s in wanted if s not in _dates)
    if missing:
        out = run_git(root, "show", "-s", "--format=%H %ct", *missing, check=False)
        found = {
            sha: datetime.fromtimestamp(int(when), tz=UTC).strftime("%Y-%m-%d")
            for sha, _, when in (line.partition(" ") for line in out.splitlines())
            if when.isdigit()
        }
        with _versions_lock:
            if len(_dates) + len(found) > _DATES_MAX:
                _dates.clear()
            _dates.update(found)
    with _versions_lock:
        return {s: _dates[s] for s in wanted if s in _dates}


def skill_version(root: Path, name: str) -> str | None:
    """The last commit that changed the skill's folder, or None."""
    return skill_versions(root, [name])[name]


def _last_changes(root: Path, sha: str, names: list[str]) -> dict[str, str | None]:
    if len(names) <= _SINGLE_LOOKUPS:
        found: dict[str, str | None] = {}
        for name in names:
            out = run_git(root, "log", "--first-parent", "-1", "--format=%H", sha, "--", f"{name}/").strip()
            found[name] = out or None
        return found
    return _last_changes_one_pass(root, sha, names)


def _last_changes_one_pass(root: Path, sha: str, names: list[str]) -> dict[str, str | None]:
    """Walk the main line once, newest first, and stop as soon as every name is found.

    A merge lists the files it changed against its first parent, as `git log --first-parent
    -- <folder>` sees it, so both ways give the same version.
    """
    log_args = ["log", "--first-parent", "--diff-merges=first-parent", "--no-renames"]
    remaining = set(names)
    found: dict[str, str | None] = dict.fromkeys(names)
    commit = ""
    with stream_git(root, *log_args, "--name-only", f"--format={_RECORD}%H", sha, "--") as lines:
        for line in lines:
            if line.startswith(_RECORD):
                commit = line[1:].strip()
                continue
            top = line.split("/", 1)[0]
            if top in remaining:
                found[top] = commit
                remaining.discard(top)
                if not remaining:
                    break
    return found


def skill_history(root: Path, name: str, limit: int = 20) -> list[Commit]:
    """The newest `limit` commits that changed the skill's folder, newest first."""
    check_name(name)
    if not 1 <= limit <= MAX_HISTORY:
        raise InvalidInput("limit", f"must be between 1 and {MAX_HISTORY}")
    sha = current_head(root)
    if sha is None:
        return []
    out = run_git(
        root,
        "log",
        "--first-parent",
        "--no-renames",
        f"--max-count={limit}",
        "--format=%H%x1f%aI%x1f%an%x1f%s%x1f%b%x1e",
        sha,
        "--",
        f"{name}/",
    )
    commits = []
    for record in out.split(_RECORD):
        fields = record.strip("\n").split("\x1f")
        if len(fields) == 5:
            commits.append(Commit(fields[0], datetime.fromisoformat(fields[1]), fields[2], fields[3], fields[4]))
    return commits


def resolve_version(root: Path, name: str, version: str, field: str = "version") -> str:
    """The full commit id of `version` (a full id or an unambiguous prefix) in the skill's live history.

    A version that never was the skill's (another skill's commit, a review branch, made up) is refused:
    outcomes reported against it would compare versions nobody was served.
    """
    if not re.fullmatch(r"[0-9a-f]{4,64}", version or ""):
        raise InvalidInput(field, "a commit id of the skill: 4 to 64 lowercase hex digits")
    found = [c.sha for c in skill_history(root, name, MAX_HISTORY) if c.sha.startswith(version)]
    if not found:
        raise InvalidInput(field, f"not a version of skill {name!r} (see skill_history)")
    if len(found) > 1:
        raise InvalidInput(field, f"ambiguous: {len(found)} versions of {name!r} start with it; give more digits")
    return found[0]


def commits_citing(root: Path, ids: Iterable[str], limit: int = 200) -> list[tuple[str, str]]:
    """Commits on any branch whose message names one of these run ids (the evolver cites its
    evidence so): (sha, subject), at most `limit`."""
    wanted = sorted(set(ids))
    if not wanted or current_head(root) is None:
        return []
    found: dict[str, str] = {}
    for start in range(0, len(wanted), 200):  # a bounded command line
        greps = [f"--grep={i}" for i in wanted[start : start + 200]]
        out = run_git(root, "log", "--all", "--fixed-strings", f"--max-count={limit}", "--format=%H%x1f%s", *greps)
        for line in out.splitlines():
            sha, _, subject = line.partition("\x1f")
            found.setdefault(sha, subject)
    return list(found.items())[:limit]
