"""What of a captured session stays on the machine: excluded projects and withheld paths.

A project is never captured when its folder matches a pattern of the `capture_exclude` setting, or
when a `.skillhiveignore` file in it (or in a folder above it) has no pattern: an empty file means
"not this project". With patterns (one a line, gitignore-like globs relative to the file's folder;
`#` starts a comment), the project is captured but every step that touches a matching path keeps
only its tool name and the path: its arguments' contents and its result are withheld.
Secrets are redacted later, on the record path every run takes.
"""

from __future__ import annotations

import fnmatch
import shlex
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any, Final

from skillhive.models import Step, TrajectoryIn

IGNORE_FILE: Final = ".skillhiveignore"
WITHHELD: Final = "[withheld by .skillhiveignore]"
_PATH_KEYS: Final = ("file_path", "path", "notebook_path", "filename", "file")


@dataclass(frozen=True)
class IgnoreRules:
    root: Path
    patterns: tuple[str, ...]

    def matches(self, path: str) -> bool:
        """Whether a path (absolute, or relative to the project) falls under a pattern."""
        p = PurePosixPath(path)
        try:
            rel = p.relative_to(self.root.as_posix()) if p.is_absolute() else p
        except ValueError:
            return False
        text = rel.as_posix()
        for pattern in self.patterns:
            bare = pattern.strip("/")
            if fnmatch.fnmatch(text, bare) or fnmatch.fnmatch(rel.name, bare) or text.startswith(bare + "/"):
                return True
            if any(fnmatch.fnmatch(part, bare) for part in rel.parts[:-1]):
                return True
        return False


def find_ignore_file(cwd: Path) -> Path | None:
    for folder in (cwd, *cwd.parents):
        candidate = folder / IGNORE_FILE
        if candidate.is_file():
            return candidate
    return None


def read_rules(cwd: Path) -> IgnoreRules | None:
    """The rules of the `.skillhiveignore` that governs `cwd`, if one does."""
    found = find_ignore_file(cwd)
    if found is None:
        return None
    try:
        lines = found.read_text(errors="replace").splitlines()
    except OSError:
        return IgnoreRules(found.parent, ())  # unreadable: the safe side, the whole project
    patterns = tuple(line.strip() for line in lines if line.strip() and not line.strip().startswith("#"))
    return IgnoreRules(found.parent, patterns)


def excluded(cwd: Path, patterns: list[str]) -> str | None:
    """Why the project at `cwd` must not be captured, or None."""
    folder = cwd.expanduser().as_posix()
    for pattern in patterns:
        expanded = str(Path(pattern).expanduser())
        if fnmatch.fnmatch(folder, expanded) or folder.startswith(expanded.rstrip("/") + "/"):
            return f"{cwd} matches capture_exclude pattern {pattern!r}"
    rules = read_rules(cwd)
    if rules is not None and not rules.patterns:
        return f"{rules.root / IGNORE_FILE} excludes the project"
    return None


def _paths_of(step: Step) -> list[str]:
    args: dict[str, Any] = step.tool_args or {}
    paths = [v for k in _PATH_KEYS if isinstance(v := args.get(k), str)]
    command = args.get("command")
    if isinstance(command, list):
        command = " ".join(str(c) for c in command)
    if isinstance(command, str):
        try:
            paths += shlex.split(command)
        except ValueError:
            paths += command.split()
    return paths


def withhold(trajectory: TrajectoryIn, rules: IgnoreRules | None) -> TrajectoryIn:
    """The run with every step that touches a withheld path reduced to its tool and that path."""
    if rules is None or not rules.patterns:
        return trajectory
    steps: list[Step] = []
    changed = False
    for step in trajectory.steps:
        hit = next((p for p in _paths_of(step) if rules.matches(p)), None)
        if hit is None:
            steps.append(step)
            continue
        changed = True
        name = step.tool_name or "step"
        steps.append(
            Step(
                thought=step.thought,
                action=f"{name}({hit}) {WITHHELD}",
                observation=WITHHELD,
                tool_name=step.tool_name,
                tool_args={"path": hit},
            )
        )
    return trajectory.model_copy(update={"steps": steps}) if changed else trajectory
