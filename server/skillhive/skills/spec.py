"""Parse and validate one SKILL.md against the Agent Skills format (agentskills.io).

A SKILL.md is YAML frontmatter between `---` lines, then a markdown body. Every broken rule
becomes a `SkillProblem` with a stable rule id; errors make the skill invalid, warnings do not.
Only what breaks a skill's identity or safety is an error (bad YAML, a missing or mismatched name,
a missing description, paths that leave the folder); size limits and odd field types are advice
for context budgets, so a peer's skill that breaks them (anthropics/skills' `claude-api` has a
1,068-character description) still loads, with a warning. What the evolver writes keeps every
limit: `STRICT_RULES` are errors for it (`strict_problems`).
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ClassVar

import yaml

from skillhive.errors import InvalidInput, NotFound, PathRefused
from skillhive.models import (
    SKILL_BODY_WARN_LINES,
    SKILL_COMPATIBILITY_MAX,
    SKILL_DESCRIPTION_MAX,
    SKILL_NAME_MAX,
    SKILL_NAME_PATTERN,
    SkillMeta,
    SkillProblem,
)
from skillhive.skills.files import MAX_FILE_BYTES, read_bounded, resolve_inside

SKILL_FILE = "SKILL.md"
KNOWN_FIELDS = ("name", "description", "license", "compatibility", "metadata", "allowed-tools")
NAME_RE = re.compile(SKILL_NAME_PATTERN)
_DELIMITER = re.compile(r"^---[ \t]*\r?\n?$")

try:  # libyaml's parser when present: ~10x faster on a cold scan of many skills
    from yaml import CSafeLoader as _BaseLoader
except ImportError:  # pragma: no cover - PyYAML built without libyaml
    from yaml import SafeLoader as _BaseLoader  # type: ignore[assignment]

# Tags whose Python values are not JSON: the frontmatter is served verbatim, so refuse them,
# and keep dates as the strings the author wrote.
_NOT_JSON_TAGS = {f"tag:yaml.org,2002:{t}" for t in ("binary", "set", "omap", "pairs", "timestamp")}


class _FrontmatterLoader(_BaseLoader):
    """Safe YAML limited to JSON values; refuses duplicate keys (aliases: see `_refuse_aliases`)."""

    yaml_implicit_resolvers = {  # noqa: RUF012 - PyYAML's per-class registry, never mutated here
        first: [(tag, regexp) for tag, regexp in resolvers if tag not in _NOT_JSON_TAGS]
        for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
    }
    yaml_constructors: ClassVar[dict[Any, Any]] = {
        tag: ctor for tag, ctor in yaml.SafeLoader.yaml_constructors.items() if tag not in _NOT_JSON_TAGS
    }

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: set[str] = set()
        for key_node, _ in node.value:
            if isinstance(key_node, yaml.ScalarNode):
                if key_node.value in seen:
                    raise yaml.constructor.ConstructorError(
                        None, None, f"duplicate key {key_node.value!r}", key_node.start_mark
                    )
                seen.add(key_node.value)
        return super().construct_mapping(node, deep=deep)


@dataclass(frozen=True)
class ParsedSkill:
    """One parsed SKILL.md: `meta` is None when any error was found."""

    meta: SkillMeta | None
    body: str
    frontmatter: dict[str, Any] = field(default_factory=dict)
    problems: list[SkillProblem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.meta is not None


class _Report:
    """Collects problems for one file, adding the frontmatter line of a field when known."""

    def __init__(self, file: str) -> None:
        self.file = file
        self.problems: list[SkillProblem] = []
        self.lines: dict[str, int] = {}

    def error(self, field: str | None, rule: str, message: str) -> None:
        self._add(field, rule, message, "error")

    def warn(self, field: str | None, rule: str, message: str) -> None:
        self._add(field, rule, message, "warning")

    def _add(self, field: str | None, rule: str, message: str, severity: str) -> None:
        top = field.split(".", 1)[0] if field else None
        if top in self.lines:
            message = f"{message} (line {self.lines[top]})"
        self.problems.append(SkillProblem(file=self.file, field=field, rule=rule, message=message, severity=severity))

    @property
    def has_errors(self) -> bool:
        return any(p.severity == "error" for p in self.problems)


def parse_skill_md(text: str, folder: str, *, file: str | None = None) -> ParsedSkill:
    """Parse a SKILL.md's text; `folder` is the folder name the `name` field must equal.

    `file` is the path named in problems (default `<folder>/SKILL.md`).
    """
    report = _Report(file or f"{folder}/{SKILL_FILE}")
    text = text.removeprefix("\ufeff")
    lines = text.splitlines(keepends=True)
    if not lines or not _DELIMITER.match(lines[0]):
        report.error(None, "frontmatter.missing", "line 1: the file must start with '---' and YAML frontmatter")
        return ParsedSkill(None, text, {}, report.problems)
    end = next((i for i in range(1, len(lines)) if _DELIMITER.match(lines[i])), None)
    if end is None:
        report.error(None, "frontmatter.unterminated", "the frontmatter has no closing '---' line")
        return ParsedSkill(None, text, {}, report.problems)
    body = "".join(lines[end + 1 :]).lstrip("\r\n")
    data = _load_yaml("".join(lines[1:end]), report)
    if data is None:
        return ParsedSkill(None, body, {}, report.problems)
    meta_fields = _check_fields(data, folder, report)
    if len(body.splitlines()) > SKILL_BODY_WARN_LINES:
        report.warn(
            "body",
            "body.max-lines",
            f"the body has {len(body.splitlines())} lines; keep it under {SKILL_BODY_WARN_LINES} "
            "and move detail to references/",
        )
    elif not body.strip():
        report.warn("body", "body.empty", "the body is empty; say how to do the task")
    meta = None if report.has_errors else SkillMeta(**meta_fields)
    return ParsedSkill(meta, body, data, report.problems)


def _load_yaml(source: str, report: _Report) -> dict[str, Any] | None:
    """The frontmatter mapping, with the top-level key lines noted in `report`, or None."""
    loader = _FrontmatterLoader(source)
    try:
        node = loader.get_single_node()
        _refuse_aliases(node)
        if isinstance(node, yaml.MappingNode):
            for key_node, _ in node.value:
                if isinstance(key_node, yaml.ScalarNode):
                    report.lines.setdefault(str(key_node.value), key_node.start_mark.line + 2)
        data = loader.construct_document(node) if node is not None else None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        where = f"line {mark.line + 2}: " if mark is not None else ""
        what = exc.problem or exc.context or "invalid YAML"
        report.error(None, "frontmatter.yaml", f"{where}invalid YAML frontmatter: {what}")
        return None
    except yaml.YAMLError as exc:
        report.error(None, "frontmatter.yaml", f"invalid YAML frontmatter: {exc}")
        return None
    finally:
        loader.dispose()
    if not isinstance(data, dict):
        found = "empty" if data is None else f"a {type(data).__name__}"
        report.error(None, "frontmatter.mapping", f"the frontmatter must be a YAML mapping, found {found}")
        return None
    return data


def _refuse_aliases(root: yaml.Node | None) -> None:
    """Refuse a node reached twice: an alias (`*name`). Keeps the served frontmatter a plain tree."""
    seen: set[int] = set()
    stack = [root] if root is not None else []
    while stack:
        node = stack.pop()
        if id(node) in seen:
            raise yaml.composer.ComposerError(
                None, None, "aliases (*name) are not allowed in frontmatter", node.start_mark
            )
        seen.add(id(node))
        if isinstance(node, yaml.MappingNode):
            stack.extend(n for pair in node.value for n in pair)
        elif isinstance(node, yaml.SequenceNode):
            stack.extend(node.value)


def _check_fields(data: dict[Any, Any], folder: str, report: _Report) -> dict[str, Any]:
    """Validate every field; returns SkillMeta's keyword arguments (meaningful without errors)."""
    out: dict[str, Any] = {
        "name": _check_name(data.get("name"), "name" in data, folder, report),
        "description": _check_description(data.get("description"), "description" in data, report),
        "license": _optional_string(data, "license", report),
        "compatibility": _optional_string(data, "compatibility", report),
        "metadata": _check_metadata(data.get("metadata"), report),
        "allowed_tools": _check_allowed_tools(data.get("allowed-tools"), report),
    }
    compat = out["compatibility"]
    if compat is not None and not compat.strip():
        report.error("compatibility", "compatibility.empty", "compatibility must not be empty when given")
    elif compat is not None and len(compat) > SKILL_COMPATIBILITY_MAX:
        report.warn(
            "compatibility",
            "compatibility.max-length",
            f"compatibility has {len(compat)} characters; at most {SKILL_COMPATIBILITY_MAX}",
        )
    for key in data:
        if key not in KNOWN_FIELDS:
            hint = str(key).lower().replace("_", "-")
            also = f"; did you mean '{hint}'?" if hint in KNOWN_FIELDS else ""
            report.warn(
                str(key),
                "frontmatter.unknown-field",
                f"unknown field {str(key)!r} (known: {', '.join(KNOWN_FIELDS)}; put extra data in metadata){also}",
            )
    return out


def _check_name(value: Any, present: bool, folder: str, report: _Report) -> str:
    if not present or value is None or value == "":
        report.error("name", "name.required", "name is required")
        return ""
    if not isinstance(value, str):
        report.error("name", "name.type", f"name must be a string, found {type(value).__name__}")
        return ""
    if len(value) > SKILL_NAME_MAX:
        report.error("name", "name.max-length", f"name has {len(value)} characters; at most {SKILL_NAME_MAX}")
    if not NAME_RE.fullmatch(value):
        report.error("name", "name.pattern", f"name {value!r} {name_pattern_reason(value)}")
    if value != folder:
        report.error("name", "name.matches-folder", f"name {value!r} must equal its folder name {folder!r}")
    return value


def name_pattern_reason(value: str) -> str:
    """Why a skill name breaks the pattern, in words."""
    if any(c.isupper() for c in value):
        return "must be lowercase"
    if value.startswith("-") or value.endswith("-"):
        return "must not start or end with a hyphen"
    if "--" in value:
        return "must not contain consecutive hyphens"
    return "may only contain lowercase letters, digits and single hyphens"


def _check_description(value: Any, present: bool, report: _Report) -> str:
    if not present or value is None:
        report.error("description", "description.required", "description is required")
        return ""
    if not isinstance(value, str):
        report.error("description", "description.type", f"description must be a string, found {type(value).__name__}")
        return ""
    if not value.strip():
        report.error("description", "description.empty", "description must not be empty")
    elif len(value) > SKILL_DESCRIPTION_MAX:
        report.warn(
            "description",
            "description.max-length",
            f"description has {len(value)} characters; at most {SKILL_DESCRIPTION_MAX}",
        )
    return value


def _optional_string(data: dict[Any, Any], key: str, report: _Report) -> str | None:
    value = data.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        report.warn(key, f"{key}.type", f"{key} must be a string, found {type(value).__name__}; ignored")
        return None
    return value


def _check_metadata(value: Any, report: _Report) -> dict[str, str]:
    if value is None:
        return {}
    if not isinstance(value, dict):
        report.warn("metadata", "metadata.type", f"metadata must be a mapping, found {type(value).__name__}; ignored")
        return {}
    out: dict[str, str] = {}
    for key, item in value.items():
        if not isinstance(key, str):
            report.warn("metadata", "metadata.key-type", f"metadata key {key!r} must be a string; ignored")
            continue
        where = f"metadata.{key}"
        if isinstance(item, str):
            out[key] = item
        elif isinstance(item, bool | int | float):
            out[key] = str(item).lower() if isinstance(item, bool) else str(item)
            report.warn(where, "metadata.value-coerced", f"metadata value {item!r} is not a string; quote it in YAML")
        else:
            report.warn(
                where, "metadata.value-type", f"metadata values must be strings, found {type(item).__name__}; ignored"
            )
    return out


def _check_allowed_tools(value: Any, report: _Report) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return value.split()
    if isinstance(value, list) and all(isinstance(v, str) and v.strip() for v in value):
        return [v.strip() for v in value]
    report.warn(
        "allowed-tools",
        "allowed-tools.type",
        "allowed-tools must be a space-delimited string or a list of non-empty strings; ignored",
    )
    return []


def load_skill_folder(path: Path, rel: str) -> ParsedSkill:
    """Read and parse `path/SKILL.md` safely; problems name files as `rel/...`."""
    file = f"{rel}/{SKILL_FILE}"

    def fail(rule: str, message: str) -> ParsedSkill:
        return ParsedSkill(None, "", {}, [SkillProblem(file=file, rule=rule, message=message)])

    try:
        real = resolve_inside(path, (SKILL_FILE,))
        size = os.stat(real).st_size
        if size > MAX_FILE_BYTES:
            return fail("skill-md.too-large", f"{SKILL_FILE} has {size} bytes; at most {MAX_FILE_BYTES}")
        raw = read_bounded(real, MAX_FILE_BYTES)
    except PathRefused:
        return fail("skill-md.outside-folder", f"{SKILL_FILE} is a symlink that leads out of the folder")
    except (FileNotFoundError, NotFound):
        other = next((p.name for p in _safe_iterdir(path) if p.name.lower() == "skill.md"), None)
        hint = f"; found {other!r}, rename it to {SKILL_FILE}" if other else ""
        return fail("skill-md.missing", f"the folder has no {SKILL_FILE}{hint}")
    except (InvalidInput, OSError) as exc:
        reason = str(exc).split(": ", 1)[-1]
        return fail("skill-md.unreadable", f"{SKILL_FILE} cannot be read: {reason}")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        return fail("skill-md.encoding", f"{SKILL_FILE} is not UTF-8 (byte {exc.start})")
    return parse_skill_md(text, path.name, file=file)


def validate_skill_folder(path: Path, rel: str) -> list[SkillProblem]:
    """Every problem of the skill folder at `path`, named relative to the skill root as `rel/...`."""
    return load_skill_folder(path, rel).problems


def _safe_iterdir(path: Path) -> list[Path]:
    try:
        return list(path.iterdir())
    except OSError:
        return []


STRICT_RULES = frozenset({"description.max-length", "compatibility.max-length", "body.max-lines"})


def strict_problems(problems: list[SkillProblem]) -> list[SkillProblem]:
    """Problems that fail a skill held to every limit (`skills validate --strict`, evolved skills)."""
    return [p for p in problems if p.severity == "error" or p.rule in STRICT_RULES or p.rule.endswith(".type")]
