"""Typed edits applied to SKILL.md texts: each op, error reporting, and the hierarchical merge."""

from __future__ import annotations

import random

from skillhive.evolver.edits import apply_edits, heading_key, split_frontmatter
from skillhive.evolver.types import (
    AddSection,
    CreateSkill,
    RemoveSection,
    ReplaceSection,
    RetireSkill,
    SkillEdit,
)
from skillhive.skills.spec import parse_skill_md

FRONT = """---
name: pdf-forms
description: >-
  Fill PDF forms with pypdf. Use when a task asks to fill, read or flatten form fields.
license: MIT
metadata:
  author: ada
---
"""
BODY = """
# PDF forms

Read the fields first.

## Steps

1. List the fields.
2. Fill them.

## Pitfalls

```bash
## not a heading: a comment in a shell block
pypdf --help
```

- `NeedAppearances` must be set.

## Checks

Open the file again and read the values back.
"""
SKILL = FRONT + BODY
SNAPSHOT = {"pdf-forms": SKILL}


def ids(n: int, prefix: str = "t") -> list[str]:
    return [f"{prefix}{i}" for i in range(n)]


def replace(heading: str, content: str, evidence: int = 1, skill: str = "pdf-forms") -> ReplaceSection:
    return ReplaceSection(
        op="replace_section",
        skill=skill,
        rationale="r",
        heading=heading,
        content=content,
        evidence=ids(evidence, content[:3]),
    )


def add(heading: str, content: str, evidence: int = 1, skill: str = "pdf-forms") -> AddSection:
    return AddSection(
        op="add_section",
        skill=skill,
        rationale="r",
        heading=heading,
        content=content,
        evidence=ids(evidence, content[:3]),
    )


def sections(text: str) -> list[str]:
    """The `##` headings outside code fences."""
    out, fenced = [], False
    for line in text.splitlines():
        fenced ^= line.startswith("```")
        if not fenced and line.startswith("## "):
            out.append(line[3:])
    return out


def test_add_section_appends_a_new_section_after_the_others() -> None:
    result = apply_edits(SNAPSHOT, [add("Recovery", "Re-open the file with `strict=False`.")])
    text = result.texts["pdf-forms"]
    assert result.errors == [] and result.applied == [0]
    assert text is not None and text.startswith(SKILL.rstrip("\n"))
    assert text.endswith("\n\n## Recovery\n\nRe-open the file with `strict=False`.\n")
    assert parse_skill_md(text, "pdf-forms").ok


def test_add_section_refuses_a_heading_that_already_exists_whatever_its_case() -> None:
    result = apply_edits(SNAPSHOT, [add("  pitFALLS ", "More.")])
    assert result.texts == {}
    assert [(e.index, e.op, e.conflict) for e in result.errors] == [(0, "add_section", False)]
    assert "already exists" in result.errors[0].reason


def test_replace_section_keeps_its_heading_line_and_every_other_line_verbatim() -> None:
    result = apply_edits(SNAPSHOT, [replace("steps", "1. Read the fields.\n2. Fill them.\n3. Save.")])
    text = result.texts["pdf-forms"]
    assert text == SKILL.replace(
        "1. List the fields.\n2. Fill them.\n", "1. Read the fields.\n2. Fill them.\n3. Save.\n"
    )


def test_replace_or_remove_of_a_missing_heading_is_reported_not_raised() -> None:
    edits: list[SkillEdit] = [
        replace("Nope", "x"),
        RemoveSection(
            op="remove_section", skill="pdf-forms", rationale="r", heading="Also nope", evidence=["tr_cited"]
        ),
    ]
    result = apply_edits(SNAPSHOT, edits)
    assert result.texts == {} and result.applied == []
    assert [e.index for e in result.errors] == [0, 1]
    assert all("no section" in e.reason for e in result.errors)


def test_remove_section_drops_only_that_section() -> None:
    result = apply_edits(
        SNAPSHOT,
        [
            RemoveSection(
                op="remove_section", skill="pdf-forms", rationale="r", heading="Pitfalls", evidence=["tr_cited"]
            )
        ],
    )
    text = result.texts["pdf-forms"]
    assert text is not None and sections(text) == ["Steps", "Checks"]
    assert "NeedAppearances" not in text and "Read the fields first." in text


def test_a_heading_inside_a_code_fence_is_not_a_section() -> None:
    result = apply_edits(SNAPSHOT, [replace("not a heading: a comment in a shell block", "x")])
    assert result.texts == {} and "no section" in result.errors[0].reason
    replaced = apply_edits(SNAPSHOT, [replace("Pitfalls", "Only this.")]).texts["pdf-forms"]
    assert replaced is not None and "pypdf --help" not in replaced and sections(replaced)[-1] == "Checks"


def test_section_content_drops_its_own_heading_and_demotes_inner_headings() -> None:
    content = "## Steps\n\nDo it.\n\n## Details\n\n# Top\nmore"
    text = apply_edits(SNAPSHOT, [replace("Steps", content)]).texts["pdf-forms"]
    assert text is not None and sections(text) == ["Steps", "Pitfalls", "Checks"]
    assert "### Details\n" in text and "### Top\n" in text and text.count("## Steps") == 1


def test_frontmatter_is_kept_byte_for_byte_so_the_name_never_changes() -> None:
    text = apply_edits(SNAPSHOT, [replace("Checks", "name: other\n---\nx")]).texts["pdf-forms"]
    assert text is not None and text.startswith(FRONT)
    parsed = parse_skill_md(text, "pdf-forms")
    assert parsed.ok and parsed.frontmatter["name"] == "pdf-forms" and parsed.frontmatter["license"] == "MIT"


def test_create_skill_builds_a_valid_frontmatter_with_a_default_license() -> None:
    edit = CreateSkill(
        op="create_skill",
        skill="csv-cleaning",
        rationale="r",
        description="Clean CSV files: fix encodings, quoting and header rows. Use before loading a CSV.",
        body="# CSV cleaning\n\n1. Detect the encoding.",
        evidence=["tr_cited"],
    )
    result = apply_edits(SNAPSHOT, [edit])
    text = result.texts["csv-cleaning"]
    assert text is not None and result.applied == [0]
    parsed = parse_skill_md(text, "csv-cleaning")
    assert parsed.ok and parsed.meta is not None
    assert parsed.meta.license == "Apache-2.0" and parsed.meta.metadata == {"evolved-by": "skillhive"}
    assert parsed.meta.description == edit.description and parsed.body.startswith("# CSV cleaning")


def test_create_skill_of_an_existing_name_is_reported() -> None:
    edit = CreateSkill(
        op="create_skill", skill="pdf-forms", rationale="r", description="d", body="b", evidence=["tr_cited"]
    )
    result = apply_edits(SNAPSHOT, [edit])
    assert result.texts == {} and "already exists" in result.errors[0].reason


def test_retire_skill_gives_none_and_an_unknown_skill_is_reported() -> None:
    result = apply_edits(
        SNAPSHOT,
        [
            RetireSkill(op="retire_skill", skill="pdf-forms", rationale="r", evidence=["tr_cited"]),
            RetireSkill(op="retire_skill", skill="ghost", rationale="r", evidence=["tr_cited"]),
            add("A", "b", skill="ghost"),
        ],
    )
    assert result.texts == {"pdf-forms": None} and result.applied == [0]
    assert [(e.index, e.skill) for e in result.errors] == [(1, "ghost"), (2, "ghost")]
    assert all("no skill named 'ghost'" in e.reason for e in result.errors)


def test_a_skill_without_frontmatter_is_reported_not_rewritten() -> None:
    result = apply_edits({"bare": "# Just a body\n\n## Steps\n\nx\n"}, [replace("Steps", "y", skill="bare")])
    assert result.texts == {} and "no frontmatter" in result.errors[0].reason


def test_a_heading_that_appears_twice_is_not_guessed_at() -> None:
    text = SKILL + "\n## Steps\n\nagain\n"
    result = apply_edits({"pdf-forms": text}, [replace("Steps", "x")])
    assert result.texts == {} and "appears 2 times" in result.errors[0].reason


def test_two_replaces_of_one_section_keep_the_one_with_more_evidence() -> None:
    weak, strong = (
        replace("Steps", "weak version", evidence=2),
        replace("steps", "strong version", evidence=5),
    )
    result = apply_edits(SNAPSHOT, [weak, strong])
    text = result.texts["pdf-forms"]
    assert text is not None and "strong version" in text and "weak version" not in text
    assert result.applied == [1]
    assert [(e.index, e.conflict) for e in result.errors] == [(0, True)]
    assert "edit #1" in result.errors[0].reason


def test_an_add_and_a_replace_of_one_heading_become_one_replace() -> None:
    result = apply_edits(SNAPSHOT, [add("Checks", "added", evidence=4), replace("Checks", "replaced", evidence=1)])
    text = result.texts["pdf-forms"]
    assert text is not None and sections(text) == ["Steps", "Pitfalls", "Checks"]
    assert "added" in text and "replaced" not in text
    assert result.applied == [0] and [(e.index, e.conflict) for e in result.errors] == [(1, True)]


def test_on_equal_evidence_content_wins_over_removal() -> None:
    remove = RemoveSection(op="remove_section", skill="pdf-forms", rationale="r", heading="Checks", evidence=["a", "b"])
    result = apply_edits(SNAPSHOT, [remove, replace("Checks", "kept", evidence=2)])
    text = result.texts["pdf-forms"]
    assert text is not None and "kept" in text and result.applied == [1]


def test_retire_wins_over_section_edits_only_with_more_evidence() -> None:
    retire = RetireSkill(op="retire_skill", skill="pdf-forms", rationale="r", evidence=ids(6, "x"))
    assert apply_edits(SNAPSHOT, [replace("Steps", "x", evidence=2), retire]).texts == {"pdf-forms": None}
    weak = retire.model_copy(update={"evidence": ["x"]})
    result = apply_edits(SNAPSHOT, [replace("Steps", "x", evidence=2), weak])
    assert result.texts["pdf-forms"] is not None and result.errors[0].index == 1 and result.errors[0].conflict


def test_edits_from_many_groups_merge_to_the_same_text_in_any_order() -> None:
    edits: list[SkillEdit] = [
        replace("Steps", "steps from group a", evidence=3),
        replace("Steps", "steps from group b", evidence=4),
        add("Recovery", "recover", evidence=2),
        RemoveSection(op="remove_section", skill="pdf-forms", rationale="r", heading="Pitfalls", evidence=["p"]),
        replace("Checks", "checks", evidence=1),
        add("Recovery", "recover too", evidence=1),
    ]
    expected = apply_edits(SNAPSHOT, edits).texts
    text = expected["pdf-forms"]
    assert text is not None and sections(text) == ["Steps", "Checks", "Recovery"]
    assert "group b" in text and "recover\n" in text and "recover too" not in text
    rng = random.Random(7)
    for _ in range(5):
        shuffled = edits[:]
        rng.shuffle(shuffled)
        assert apply_edits(SNAPSHOT, shuffled).texts == expected


def test_heading_key_ignores_case_hashes_and_spacing() -> None:
    assert heading_key("## Common   Pitfalls ") == heading_key("common pitfalls")
    assert split_frontmatter("no frontmatter") is None
