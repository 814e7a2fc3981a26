"""Reading a skill's files: what is inside is served, every way out is refused."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from skillhive.errors import InvalidInput, NotFound, PathRefused
from skillhive.skills.directory import SkillDirectory


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    """`root/` with skills `alpha` and `other-skill`, and a secret beside the root."""
    root = tmp_path / "root"
    for name in ("alpha", "other-skill"):
        folder = root / name
        (folder / "references").mkdir(parents=True)
        (folder / "SKILL.md").write_text(f"---\nname: {name}\ndescription: Does it.\n---\nBody of {name}.\n")
        (folder / "references" / "guide.md").write_text(f"guide of {name}")
    (tmp_path / "secret.txt").write_text("top secret")
    return root


def refused(tree: Path, path: str) -> PathRefused:
    with pytest.raises(PathRefused) as caught:
        SkillDirectory(tree).read_file("alpha", path)
    assert caught.value.field == "path"
    return caught.value


def test_a_file_inside_the_skill_is_read(tree: Path) -> None:
    directory = SkillDirectory(tree)
    assert directory.read_file("alpha", "references/guide.md") == b"guide of alpha"
    assert directory.read_text("alpha", "SKILL.md").endswith("Body of alpha.\n")


def test_dot_dot_is_refused(tree: Path) -> None:
    assert "'..'" in str(refused(tree, ".."))
    refused(tree, "references/../../secret.txt")


def test_a_path_into_another_skill_is_refused(tree: Path) -> None:
    refused(tree, "../other-skill/SKILL.md")


def test_an_absolute_path_is_refused(tree: Path) -> None:
    assert "absolute" in str(refused(tree, str(tree / "alpha" / "SKILL.md")))
    refused(tree, "/etc/passwd")


def test_a_symlink_to_etc_passwd_is_refused(tree: Path) -> None:
    os.symlink("/etc/passwd", tree / "alpha" / "passwd")
    assert "outside the skill folder" in str(refused(tree, "passwd"))


def test_a_symlink_to_a_file_beside_the_root_is_refused(tree: Path) -> None:
    os.symlink(tree.parent / "secret.txt", tree / "alpha" / "notes.md")
    refused(tree, "notes.md")


def test_a_symlinked_directory_pointing_outside_is_refused(tree: Path) -> None:
    os.symlink(tree.parent, tree / "alpha" / "references" / "up")
    refused(tree, "references/up/secret.txt")


def test_a_symlink_into_another_skill_is_refused(tree: Path) -> None:
    os.symlink(tree / "other-skill", tree / "alpha" / "sibling")
    refused(tree, "sibling/SKILL.md")


def test_a_symlink_that_stays_inside_the_skill_is_followed(tree: Path) -> None:
    os.symlink("references/guide.md", tree / "alpha" / "guide.md")
    assert SkillDirectory(tree).read_file("alpha", "guide.md") == b"guide of alpha"


def test_a_backslash_is_refused(tree: Path) -> None:
    assert "backslash" in str(refused(tree, "references\\guide.md"))
    refused(tree, "..\\other-skill\\SKILL.md")


def test_a_leading_dash_is_refused(tree: Path) -> None:
    (tree / "alpha" / "-rf").write_text("x")
    assert "'-'" in str(refused(tree, "-rf"))


def test_a_nul_character_is_refused(tree: Path) -> None:
    assert "NUL" in str(refused(tree, "SKILL.md\x00.png"))


def test_other_control_characters_are_refused(tree: Path) -> None:
    refused(tree, "SKILL.md\n")


def test_hidden_files_are_refused(tree: Path) -> None:
    (tree / "alpha" / ".env").write_text("KEY=1")
    refused(tree, ".env")
    refused(tree, "references/.git/config")


def test_empty_and_dot_components_are_refused(tree: Path) -> None:
    refused(tree, "references//guide.md")
    refused(tree, "./SKILL.md")


def test_an_empty_path_is_invalid(tree: Path) -> None:
    with pytest.raises(InvalidInput, match="path"):
        SkillDirectory(tree).read_file("alpha", "")


def test_a_missing_file_raises_not_found_naming_skill_and_path(tree: Path) -> None:
    with pytest.raises(NotFound, match=r"skill 'alpha' has no file 'references/nope\.md'"):
        SkillDirectory(tree).read_file("alpha", "references/nope.md")


def test_a_folder_is_not_a_file(tree: Path) -> None:
    with pytest.raises(InvalidInput, match="folder"):
        SkillDirectory(tree).read_file("alpha", "references")


def test_a_file_over_the_limit_is_refused_naming_the_limit(tree: Path) -> None:
    (tree / "alpha" / "big.bin").write_bytes(b"x" * ((1 << 20) + 1))
    with pytest.raises(InvalidInput, match="1 MiB") as caught:
        SkillDirectory(tree).read_file("alpha", "big.bin")
    assert caught.value.field == "path"
    (tree / "alpha" / "edge.bin").write_bytes(b"x" * (1 << 20))
    assert len(SkillDirectory(tree).read_file("alpha", "edge.bin")) == 1 << 20


def test_a_fifo_is_refused_without_blocking(tree: Path) -> None:
    os.mkfifo(tree / "alpha" / "pipe")
    with pytest.raises(InvalidInput, match="regular file"):
        SkillDirectory(tree).read_file("alpha", "pipe")


def test_binary_files_are_bytes_and_read_text_refuses_them(tree: Path) -> None:
    (tree / "alpha" / "logo.png").write_bytes(b"\x89PNG\xff\x00")
    directory = SkillDirectory(tree)
    assert directory.read_file("alpha", "logo.png") == b"\x89PNG\xff\x00"
    with pytest.raises(InvalidInput, match="not UTF-8"):
        directory.read_text("alpha", "logo.png")


def test_an_invalid_skill_name_is_refused_before_the_path_is_looked_at(tree: Path) -> None:
    with pytest.raises(InvalidInput) as caught:
        SkillDirectory(tree).read_file("../alpha", "SKILL.md")
    assert caught.value.field == "name"


def test_a_file_of_an_unknown_skill_raises_not_found(tree: Path) -> None:
    with pytest.raises(NotFound, match="no skill named 'beta'"):
        SkillDirectory(tree).read_file("beta", "SKILL.md")
