"""Apply typed skill edits to SKILL.md texts: pure functions over a frozen snapshot, no I/O.

A body is split into blocks at level-1 and level-2 ATX headings outside code fences; a `##`
block is a *section*, addressed by its heading compared case-insensitively with whitespace
collapsed. Frontmatter is kept byte for byte (so `name` can never change); a created skill gets
a fresh frontmatter with `metadata.evolved-by: skillhive`.

Edits from many groups are merged per skill, then per heading, so they never conflict in the
file: of several edits to one section the one with the most distinct evidence wins (ties: the
earlier one, and content over removal); when a replace and an add meet, the winner is applied as
a replace if the section exists, else as an add. Losers are reported as conflicts, never applied.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

import yaml

from skillhive.evolver.types import (
    AddSection,
    CreateSkill,
    RemoveSection,
    ReplaceSection,
    RetireSkill,
    SkillEdit,
)

DEFAULT_LICENSE = "Apache-2.0"
EVOLVED_BY = {"evolved-by": "skillhive"}

_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_HEADING = re.compile(r"^ {0,3}(#{1,2})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$")
_DELIMITER = re.compile(r"^---[ \t]*$")

SectionEdit = AddSection | ReplaceSection | RemoveSection


@dataclass(frozen=True)
class EditError:
    """Why one edit (by its index in the input) was not applied."""

    index: int
    skill: str
    op: str
    reason: str
    conflict: bool = False  # lost a merge against another edit of the same pass


@dataclass(frozen=True)
class EditResult:
    """New texts of the skills that changed (None: retired), what applied, and what did not."""

    texts: dict[str, str | None] = field(default_factory=dict)
    applied: list[int] = field(default_factory=list)
    errors: list[EditError] = field(default_factory=list)

    def error_of(self, index: int) -> EditError | None:
        return next((e for e in self.errors if e.index == index), None)


def heading_key(heading: str) -> str:
    """How headings compare: without leading `#`s, trimmed, case-folded, whitespace collapsed."""
    return " ".join(heading.strip().lstrip("#").split()).casefold()


def split_frontmatter(text: str) -> tuple[str, str] | None:
    """(frontmatter block with both `---` lines, body) of a SKILL.md, or None without frontmatter."""
    lines = text.splitlines(keepends=True)
    if not lines or not _DELIMITER.match(lines[0].removeprefix("\ufeff").rstrip("\r\n")):
        return None
    for i in range(1, len(lines)):
        if _DELIMITER.match(lines[i].rstrip("\r\n")):
            return "".join(lines[: i + 1]), "".join(lines[i + 1 :])
    return None


@dataclass
class _Block:
    """A run of body lines; `key` is set for a `##` section (None for the preamble and `#` blocks)."""

    lines: list[str]
    key: str | None = None
    changed: bool = False


def _blocks(body: str) -> list[_Block]:
    blocks = [_Block([])]
    fence: str | None = None
    for line in body.splitlines(keepends=True):
        stripped = line.rstrip("\r\n")
        opener = _FENCE.match(stripped)
        if fence is not None:
            if opener and opener.group(1)[0] == fence[0] and len(opener.group(1)) >= len(fence):
                fence = None
        elif opener:
            fence = opener.group(1)
        elif m := _HEADING.match(stripped):
            blocks.append(_Block([], heading_key(m.group(2) or "") if len(m.group(1)) == 2 else None))
        blocks[-1].lines.append(line)
    return blocks


def _render(blocks: list[_Block]) -> str:
    """The body again: untouched blocks verbatim, one blank line around a changed block."""
    out = ""
    previous_changed = False
    for block in blocks:
        text = "".join(block.lines)
        if not text:
            continue
        if (block.changed or previous_changed) and out.strip():
            out = out.rstrip("\n") + "\n\n"
        out += text
        previous_changed = block.changed
    return out.rstrip("\n") + "\n" if out.strip() else out


def _section_lines(content: str, heading: str) -> list[str]:
    """Content as section lines: its own heading line dropped, `#`/`##` headings demoted to `###`."""
    lines = content.strip("\n").replace("\r\n", "\n").split("\n")
    first = _HEADING.match(lines[0]) if lines else None
    if first and heading_key(first.group(2) or "") == heading_key(heading):
        lines = lines[1:]
        while lines and not lines[0].strip():
            lines.pop(0)
    out: list[str] = []
    fence: str | None = None
    for line in lines:
        opener = _FENCE.match(line)
        if fence is not None:
            if opener and opener.group(1)[0] == fence[0] and len(opener.group(1)) >= len(fence):
                fence = None
        elif opener:
            fence = opener.group(1)
        elif m := _HEADING.match(line):
            line = f"### {m.group(2) or ''}".rstrip()
        out.append(line + "\n")
    return out


def _clean_heading(heading: str) -> str | None:
    text = " ".join(heading.strip().lstrip("#").split())
    return text if text and "\n" not in heading.strip() else None


def _apply_section(blocks: list[_Block], edit: SectionEdit, as_op: str) -> str | None:
    """Apply one section edit in place as `as_op`; the reason it cannot apply, or None."""
    heading = _clean_heading(edit.heading)
    if heading is None:
        return "the heading is empty or spans several lines"
    key = heading_key(heading)
    found = [i for i, b in enumerate(blocks) if b.key == key]
    if as_op == "add_section":
        if found:
            return f"a section '## {heading}' already exists"
        assert isinstance(edit, AddSection | ReplaceSection)
        blocks.append(_Block([f"## {heading}\n", "\n", *_section_lines(edit.content, heading)], key, True))
        return None
    if not found:
        return f"no section '## {heading}'"
    if len(found) > 1:
        return f"the heading '## {heading}' appears {len(found)} times; fix the skill by hand"
    i = found[0]
    if as_op == "remove_section":
        del blocks[i]
    else:
        assert isinstance(edit, AddSection | ReplaceSection)
        blocks[i] = _Block([blocks[i].lines[0], "\n", *_section_lines(edit.content, heading)], key, True)
    return None


def new_skill_text(edit: CreateSkill, *, default_license: str | None = DEFAULT_LICENSE) -> str:
    """A full SKILL.md for a created skill: name, description, license, evolver metadata, body."""
    front: dict[str, object] = {"name": edit.skill, "description": edit.description.strip()}
    if default_license:
        front["license"] = default_license
    front["metadata"] = dict(EVOLVED_BY)
    dumped = yaml.safe_dump(front, sort_keys=False, allow_unicode=True, width=100)
    return f"---\n{dumped}---\n\n{edit.body.strip()}\n"


def _strength(edits: Sequence[SkillEdit], i: int) -> int:
    return len(set(edits[i].evidence))


def _winner(edits: Sequence[SkillEdit], indices: list[int]) -> int:
    """Most distinct evidence; ties go to content over removal, then to the earlier edit."""
    return max(indices, key=lambda i: (_strength(edits, i), not isinstance(edits[i], RemoveSection), -i))


def apply_edits(
    snapshot: Mapping[str, str],
    edits: Sequence[SkillEdit],
    *,
    default_license: str | None = DEFAULT_LICENSE,
) -> EditResult:
    """Merge and apply `edits` to `snapshot` (skill name → SKILL.md text); never raises on a bad edit."""
    result = EditResult()
    by_skill: dict[str, list[int]] = {}
    for i, edit in enumerate(edits):
        by_skill.setdefault(edit.skill, []).append(i)
    for skill in sorted(by_skill):
        _SkillMerge(skill, edits, result).run(snapshot.get(skill), by_skill[skill], default_license)
    result.applied.sort()
    result.errors.sort(key=lambda e: e.index)
    return result


class _SkillMerge:
    """The edits of one pass to one skill: merged, applied, and every outcome recorded in `result`."""

    def __init__(self, skill: str, edits: Sequence[SkillEdit], result: EditResult) -> None:
        self.skill, self.edits, self.result = skill, edits, result

    def fail(self, i: int, reason: str, conflict: bool = False) -> None:
        self.result.errors.append(EditError(i, self.skill, self.edits[i].op, reason, conflict))

    def lose(self, losers: list[int], winner: int, what: str) -> None:
        for i in losers:
            if i != winner:
                self.fail(i, f"{what}; edit #{winner} has more evidence (or came first) and wins", True)

    def run(self, old: str | None, indices: list[int], default_license: str | None) -> None:
        edits, skill = self.edits, self.skill
        creates = [i for i in indices if isinstance(edits[i], CreateSkill)]
        retires = [i for i in indices if isinstance(edits[i], RetireSkill)]
        sections = [i for i in indices if i not in creates and i not in retires]
        text, created = old, None
        if creates and old is not None:
            for i in creates:
                self.fail(i, f"a skill named {skill!r} already exists")
        elif creates:
            created = _winner(edits, creates)
            self.lose(creates, created, f"another edit also creates {skill!r}")
            create = edits[created]
            assert isinstance(create, CreateSkill)
            text = new_skill_text(create, default_license=default_license)
            self.result.applied.append(created)
        if text is None:
            for i in [*sections, *retires]:
                self.fail(i, f"no skill named {skill!r}")
            return
        if retires and created is not None:
            for i in retires:
                self.fail(i, f"{skill!r} is created in this pass", True)
        elif retires:
            retire = _winner(edits, retires)
            self.lose(retires, retire, f"another edit also retires {skill!r}")
            if not sections or _strength(edits, retire) > max(_strength(edits, i) for i in sections):
                self.lose(sections, retire, f"{skill!r} is retired in this pass")
                self.result.texts[skill] = None
                self.result.applied.append(retire)
                return
            self.lose([retire], _winner(edits, sections), f"{skill!r} is changed in this pass")
        if sections:
            text = self.sections(text, sections)
        if text != old:
            self.result.texts[skill] = text

    def sections(self, text: str, indices: list[int]) -> str:
        parts = split_frontmatter(text)
        if parts is None:
            for i in indices:
                self.fail(i, f"{self.skill}/SKILL.md has no frontmatter; fix it by hand")
            return text
        front, body = parts
        blocks = _blocks(body)
        groups: dict[str, list[int]] = {}
        for i in indices:
            edit = self.edits[i]
            assert isinstance(edit, AddSection | ReplaceSection | RemoveSection)
            groups.setdefault(heading_key(edit.heading), []).append(i)
        for group in groups.values():
            winner = _winner(self.edits, group)
            self.lose(group, winner, "another edit changes the same section")
            edit = self.edits[winner]
            assert isinstance(edit, AddSection | ReplaceSection | RemoveSection)
            op = edit.op
            if len(group) > 1 and not isinstance(edit, RemoveSection):  # add + replace → one edit
                exists = any(b.key == heading_key(edit.heading) for b in blocks)
                op = "replace_section" if exists else "add_section"
            reason = _apply_section(blocks, edit, op)
            if reason is None:
                self.result.applied.append(winner)
            else:
                self.fail(winner, reason)
        body = _render(blocks)
        return front + body
