"""SKILL.md parsing and validation: every rule, each with its file, field and rule id."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from skillhive.models import SkillProblem
from skillhive.skills.spec import parse_skill_md, strict_problems, validate_skill_folder


def skill_md(body: str = "# Do it\n\n1. Step one.\n", **fields: str) -> str:
    lines = {"name": "my-skill", "description": "Does one thing. Use when asked to do it."}
    lines.update(fields)
    front = "".join(f"{k}: {v}\n" for k, v in lines.items() if v is not None)
    return f"---\n{front}---\n{body}"


def rules(problems: list[SkillProblem]) -> set[str]:
    return {p.rule for p in problems}


def only(problems: list[SkillProblem], rule: str) -> SkillProblem:
    found = [p for p in problems if p.rule == rule]
    assert len(found) == 1, problems
    return found[0]


def test_a_valid_skill_parses_into_meta_body_and_verbatim_frontmatter() -> None:
    text = skill_md(
        license="Apache-2.0",
        compatibility="Needs git",
        metadata="\n  author: me\n  version: '1.0'",
        **{"allowed-tools": "Bash(git:*) Read"},
    )
    parsed = parse_skill_md(text, "my-skill")
    assert parsed.problems == []
    assert parsed.meta is not None
    assert parsed.meta.name == "my-skill"
    assert parsed.meta.license == "Apache-2.0"
    assert parsed.meta.compatibility == "Needs git"
    assert parsed.meta.metadata == {"author": "me", "version": "1.0"}
    assert parsed.meta.allowed_tools == ["Bash(git:*)", "Read"]
    assert parsed.body == "# Do it\n\n1. Step one.\n"
    assert parsed.frontmatter["allowed-tools"] == "Bash(git:*) Read"


def test_allowed_tools_may_be_a_yaml_list() -> None:
    parsed = parse_skill_md(skill_md(**{"allowed-tools": "[Bash, Read]"}), "my-skill")
    assert parsed.meta is not None and parsed.meta.allowed_tools == ["Bash", "Read"]


def test_allowed_tools_of_another_type_is_ignored_with_a_warning() -> None:
    parsed = parse_skill_md(skill_md(**{"allowed-tools": "{a: b}"}), "my-skill")
    problem = only(parsed.problems, "allowed-tools.type")
    assert problem.field == "allowed-tools" and problem.severity == "warning"
    assert parsed.meta is not None and parsed.meta.allowed_tools == []


def test_name_that_differs_from_folder_is_reported_with_file_and_rule() -> None:
    parsed = parse_skill_md(skill_md(name="other-skill"), "my-skill")
    problem = only(parsed.problems, "name.matches-folder")
    assert problem.file == "my-skill/SKILL.md"
    assert problem.field == "name"
    assert problem.severity == "error"
    assert "other-skill" in problem.message and "my-skill" in problem.message
    assert parsed.meta is None


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("My-Skill", "lowercase"),
        ("-skill", "hyphen"),
        ("skill-", "hyphen"),
        ("my--skill", "consecutive"),
        ("my_skill", "lowercase letters, digits"),
        ("my skill", "lowercase letters, digits"),
    ],
)
def test_name_breaking_the_pattern_is_an_error_saying_why(name: str, reason: str) -> None:
    parsed = parse_skill_md(skill_md(name=f"'{name}'"), name)
    problem = only(parsed.problems, "name.pattern")
    assert reason in problem.message
    assert "(line 2)" in problem.message
    assert "name.matches-folder" not in rules(parsed.problems)


def test_name_longer_than_64_characters_is_an_error() -> None:
    name = "a" * 65
    parsed = parse_skill_md(skill_md(name=name), name)
    assert "65" in only(parsed.problems, "name.max-length").message


def test_name_of_exactly_64_characters_is_fine() -> None:
    name = "a" * 64
    assert parse_skill_md(skill_md(name=name), name).problems == []


def test_missing_name_is_an_error() -> None:
    text = "---\ndescription: Does it.\n---\nbody\n"
    assert only(parse_skill_md(text, "my-skill").problems, "name.required").field == "name"


def test_name_that_is_not_a_string_is_an_error() -> None:
    assert "int" in only(parse_skill_md(skill_md(name="123"), "123").problems, "name.type").message


def test_missing_description_is_an_error() -> None:
    text = "---\nname: my-skill\n---\nbody\n"
    assert only(parse_skill_md(text, "my-skill").problems, "description.required").field == "description"


def test_empty_description_is_an_error() -> None:
    assert rules(parse_skill_md(skill_md(description="'  '"), "my-skill").problems) == {"description.empty"}


def test_description_that_is_not_a_string_is_an_error() -> None:
    assert rules(parse_skill_md(skill_md(description="[a, b]"), "my-skill").problems) == {"description.type"}


def test_description_over_1024_characters_loads_with_a_warning_naming_the_limit() -> None:
    # anthropics/skills' claude-api has a 1,068-character description: a peer skill like it loads.
    parsed = parse_skill_md(skill_md(description="x" * 1068), "my-skill")
    problem = only(parsed.problems, "description.max-length")
    assert "1024" in problem.message and problem.severity == "warning" and parsed.meta is not None
    assert strict_problems(parsed.problems) == [problem]  # what the evolver writes keeps the limit
    assert parse_skill_md(skill_md(description="x" * 1024), "my-skill").problems == []


def test_license_that_is_not_a_string_is_reported() -> None:
    assert rules(parse_skill_md(skill_md(license="[MIT]"), "my-skill").problems) == {"license.type"}


def test_compatibility_over_500_characters_is_a_warning() -> None:
    parsed = parse_skill_md(skill_md(compatibility="c" * 501), "my-skill")
    assert "500" in only(parsed.problems, "compatibility.max-length").message


def test_empty_compatibility_is_an_error() -> None:
    assert rules(parse_skill_md(skill_md(compatibility="''"), "my-skill").problems) == {"compatibility.empty"}


def test_compatibility_that_is_not_a_string_is_an_error() -> None:
    assert rules(parse_skill_md(skill_md(compatibility="3"), "my-skill").problems) == {"compatibility.type"}


def test_metadata_that_is_not_a_mapping_is_an_error() -> None:
    assert rules(parse_skill_md(skill_md(metadata="[a]"), "my-skill").problems) == {"metadata.type"}


def test_metadata_with_a_nested_value_is_ignored_with_a_warning_naming_the_key() -> None:
    parsed = parse_skill_md(skill_md(metadata="\n  tags: [a, b]"), "my-skill")
    problem = only(parsed.problems, "metadata.value-type")
    assert problem.field == "metadata.tags" and problem.severity == "warning"
    assert parsed.meta is not None and parsed.meta.metadata == {}


def test_metadata_with_a_number_is_coerced_with_a_warning() -> None:
    parsed = parse_skill_md(skill_md(metadata="\n  version: 1.0\n  stable: true"), "my-skill")
    assert {p.severity for p in parsed.problems} == {"warning"}
    assert rules(parsed.problems) == {"metadata.value-coerced"}
    assert parsed.meta is not None and parsed.meta.metadata == {"version": "1.0", "stable": "true"}


def test_metadata_with_a_non_string_key_is_an_error() -> None:
    assert rules(parse_skill_md(skill_md(metadata="\n  1: one"), "my-skill").problems) == {"metadata.key-type"}


def test_unknown_field_is_a_warning_and_the_skill_still_loads() -> None:
    parsed = parse_skill_md(skill_md(tags="[a]"), "my-skill")
    problem = only(parsed.problems, "frontmatter.unknown-field")
    assert problem.severity == "warning" and problem.field == "tags"
    assert parsed.meta is not None
    assert parsed.frontmatter["tags"] == ["a"]


def test_unknown_field_that_looks_like_a_known_one_suggests_it() -> None:
    parsed = parse_skill_md(skill_md(allowed_tools="Read"), "my-skill")
    assert "did you mean 'allowed-tools'" in only(parsed.problems, "frontmatter.unknown-field").message


def test_body_over_500_lines_is_a_warning() -> None:
    parsed = parse_skill_md(skill_md(body="line\n" * 501), "my-skill")
    problem = only(parsed.problems, "body.max-lines")
    assert problem.severity == "warning" and "500" in problem.message
    assert parsed.meta is not None
    assert strict_problems(parsed.problems) == [problem]  # what the evolver writes keeps the limit
    assert parse_skill_md(skill_md(body="line\n" * 500), "my-skill").problems == []


def test_empty_body_is_a_warning() -> None:
    parsed = parse_skill_md(skill_md(body=""), "my-skill")
    assert only(parsed.problems, "body.empty").severity == "warning"
    assert parsed.meta is not None


def test_missing_frontmatter_is_an_error_on_line_1() -> None:
    parsed = parse_skill_md("# Just markdown\n", "my-skill")
    problem = only(parsed.problems, "frontmatter.missing")
    assert "line 1" in problem.message and problem.file == "my-skill/SKILL.md"
    assert parsed.meta is None


def test_unterminated_frontmatter_is_an_error() -> None:
    assert rules(parse_skill_md("---\nname: my-skill\n", "my-skill").problems) == {"frontmatter.unterminated"}


def test_yaml_syntax_error_names_the_line_in_the_file() -> None:
    text = "---\nname: my-skill\ndescription: [unclosed\nlicense: MIT\n---\nbody\n"
    problem = only(parse_skill_md(text, "my-skill").problems, "frontmatter.yaml")
    assert "line " in problem.message and problem.severity == "error"


def test_yaml_error_line_counts_the_opening_delimiter() -> None:
    text = "---\nname: my-skill\ndescription: ok\n  bad: indent\n---\nbody\n"
    problem = only(parse_skill_md(text, "my-skill").problems, "frontmatter.yaml")
    assert "line 4" in problem.message


def test_frontmatter_that_is_not_a_mapping_is_an_error() -> None:
    problem = only(parse_skill_md("---\n- a\n- b\n---\nbody\n", "my-skill").problems, "frontmatter.mapping")
    assert "list" in problem.message


def test_empty_frontmatter_is_an_error() -> None:
    assert rules(parse_skill_md("---\n---\nbody\n", "my-skill").problems) == {"frontmatter.mapping"}


def test_duplicate_keys_are_an_error() -> None:
    text = "---\nname: my-skill\nname: other\ndescription: d\n---\nbody\n"
    assert "duplicate key 'name'" in only(parse_skill_md(text, "my-skill").problems, "frontmatter.yaml").message


def test_yaml_aliases_are_refused() -> None:
    text = "---\nname: &n my-skill\ndescription: *n\n---\nbody\n"
    assert "aliases" in only(parse_skill_md(text, "my-skill").problems, "frontmatter.yaml").message


def test_yaml_tags_that_are_not_json_are_refused() -> None:
    text = "---\nname: my-skill\ndescription: d\nblob: !!binary aGVsbG8=\n---\nbody\n"
    assert rules(parse_skill_md(text, "my-skill").problems) == {"frontmatter.yaml"}


def test_dates_stay_the_strings_the_author_wrote() -> None:
    parsed = parse_skill_md(skill_md(metadata="\n  updated: 2025-01-31"), "my-skill")
    assert parsed.problems == []
    assert parsed.frontmatter["metadata"] == {"updated": "2025-01-31"}


def test_crlf_line_endings_and_a_byte_order_mark_are_accepted() -> None:
    text = "\ufeff" + skill_md().replace("\n", "\r\n")
    parsed = parse_skill_md(text, "my-skill")
    assert parsed.problems == [] and parsed.meta is not None


def test_several_problems_are_all_reported_at_once() -> None:
    parsed = parse_skill_md(skill_md(name="Bad", description="''", license="1"), "my-skill")
    assert {"name.pattern", "name.matches-folder", "description.empty", "license.type"} <= rules(parsed.problems)


# -- folders ------------------------------------------------------------------------------------


def test_folder_without_skill_md_is_reported(tmp_path: Path) -> None:
    (tmp_path / "my-skill").mkdir()
    problems = validate_skill_folder(tmp_path / "my-skill", "my-skill")
    assert [(p.file, p.rule) for p in problems] == [("my-skill/SKILL.md", "skill-md.missing")]


def test_lowercase_skill_md_is_reported_with_a_hint_to_rename(tmp_path: Path) -> None:
    (tmp_path / "my-skill").mkdir()
    (tmp_path / "my-skill" / "skill.md").write_text(skill_md())
    problem = only(validate_skill_folder(tmp_path / "my-skill", "my-skill"), "skill-md.missing")
    assert "rename" in problem.message


def test_skill_md_that_is_not_utf8_is_reported(tmp_path: Path) -> None:
    (tmp_path / "my-skill").mkdir()
    (tmp_path / "my-skill" / "SKILL.md").write_bytes(b"---\nname: my-skill\xff\n---\n")
    assert rules(validate_skill_folder(tmp_path / "my-skill", "my-skill")) == {"skill-md.encoding"}


def test_skill_md_over_one_mib_is_reported(tmp_path: Path) -> None:
    (tmp_path / "my-skill").mkdir()
    (tmp_path / "my-skill" / "SKILL.md").write_text(skill_md(body="x" * (1 << 20)))
    assert rules(validate_skill_folder(tmp_path / "my-skill", "my-skill")) == {"skill-md.too-large"}


def test_skill_md_symlinked_out_of_the_folder_is_refused(tmp_path: Path) -> None:
    (tmp_path / "outside.md").write_text(skill_md())
    (tmp_path / "my-skill").mkdir()
    os.symlink(tmp_path / "outside.md", tmp_path / "my-skill" / "SKILL.md")
    assert rules(validate_skill_folder(tmp_path / "my-skill", "my-skill")) == {"skill-md.outside-folder"}


def test_valid_folder_has_no_problems(tmp_path: Path) -> None:
    (tmp_path / "my-skill").mkdir()
    (tmp_path / "my-skill" / "SKILL.md").write_text(skill_md())
    assert validate_skill_folder(tmp_path / "my-skill", "my-skill") == []
