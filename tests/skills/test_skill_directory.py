"""Scanning a skill directory: valid skills load, invalid ones are reported, the scan is cached."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from skillhive.errors import InvalidInput, NotFound
from skillhive.skills.directory import SkillDirectory, validate_directory
from skillhive.skills.files import MAX_FILES

SEED = Path(__file__).resolve().parents[2] / "skills"


def write_skill(root: Path, name: str, description: str = "Does it. Use when asked.", body: str = "Steps.\n") -> Path:
    folder = root / name
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "SKILL.md").write_text(f"---\nname: {name}\ndescription: {description}\n---\n{body}")
    return folder


def bump(path: Path) -> None:
    """Move a path's mtime forward so the change is visible even on coarse-timestamp filesystems."""
    st = path.stat()
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + 10_000_000))


def test_directory_with_one_invalid_and_two_valid_skills_loads_the_two_and_reports_the_one(
    tmp_path: Path,
) -> None:
    write_skill(tmp_path, "alpha")
    write_skill(tmp_path, "beta")
    write_skill(tmp_path, "broken", description="''")
    result = SkillDirectory(tmp_path).scan()
    assert sorted(result.skills) == ["alpha", "beta"]
    assert [(p.file, p.rule) for p in result.problems] == [("broken/SKILL.md", "description.empty")]
    assert result.head is None
    assert result.skills["alpha"].version is None


def test_skill_carries_meta_body_frontmatter_path_and_sorted_files(tmp_path: Path) -> None:
    folder = write_skill(tmp_path, "alpha", body="# Alpha\n")
    (folder / "scripts").mkdir()
    (folder / "scripts" / "run.py").write_text("print('hi')\n")
    (folder / "references").mkdir()
    (folder / "references" / "b.md").write_text("b")
    (folder / "references" / "a.md").write_text("a")
    skill = SkillDirectory(tmp_path).get("alpha")
    assert skill.name == "alpha"
    assert skill.meta.description == "Does it. Use when asked."
    assert skill.body == "# Alpha\n"
    assert skill.frontmatter == {"name": "alpha", "description": "Does it. Use when asked."}
    assert skill.path == tmp_path / "alpha"
    assert skill.files == ["SKILL.md", "references/a.md", "references/b.md", "scripts/run.py"]


def test_files_leave_out_dotfiles_git_folders_and_pycache(tmp_path: Path) -> None:
    folder = write_skill(tmp_path, "alpha")
    (folder / ".hidden").write_text("x")
    (folder / ".git").mkdir()
    (folder / ".git" / "config").write_text("x")
    (folder / "scripts" / "__pycache__").mkdir(parents=True)
    (folder / "scripts" / "__pycache__" / "run.cpython-311.pyc").write_bytes(b"x")
    (folder / "scripts" / "run.py").write_text("x")
    assert SkillDirectory(tmp_path).get("alpha").files == ["SKILL.md", "scripts/run.py"]


def test_files_leave_out_symlinks_that_leave_the_folder(tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_text("secret")
    root = tmp_path / "root"
    folder = write_skill(root, "alpha")
    os.symlink(outside / "secret.txt", folder / "secret.txt")
    os.symlink(outside, folder / "linked-dir")
    os.symlink("/etc/passwd", folder / "passwd")
    os.symlink(folder / "missing", folder / "dangling")
    assert SkillDirectory(root).get("alpha").files == ["SKILL.md"]


def test_files_include_symlinks_that_stay_inside_the_folder(tmp_path: Path) -> None:
    folder = write_skill(tmp_path, "alpha")
    (folder / "references").mkdir()
    (folder / "references" / "guide.md").write_text("g")
    os.symlink("references/guide.md", folder / "guide.md")
    os.symlink(".", folder / "references" / "loop")  # a loop is walked once, not forever
    assert SkillDirectory(tmp_path).get("alpha").files == ["SKILL.md", "guide.md", "references/guide.md"]


def test_a_folder_with_too_many_files_lists_the_first_ones_and_warns(tmp_path: Path) -> None:
    folder = write_skill(tmp_path, "alpha")
    (folder / "assets").mkdir()
    for i in range(MAX_FILES + 5):
        (folder / "assets" / f"{i:05}.txt").write_text("")
    result = SkillDirectory(tmp_path).scan()
    assert len(result.skills["alpha"].files) == MAX_FILES
    assert [p.rule for p in result.problems] == ["files.too-many"]


def test_top_level_files_and_dot_folders_are_ignored(tmp_path: Path) -> None:
    write_skill(tmp_path, "alpha")
    (tmp_path / "README.md").write_text("the skills")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".github").mkdir()
    result = SkillDirectory(tmp_path).scan()
    assert list(result.skills) == ["alpha"] and result.problems == []


def test_a_folder_without_skill_md_is_reported(tmp_path: Path) -> None:
    write_skill(tmp_path, "alpha")
    (tmp_path / "notes").mkdir()
    result = SkillDirectory(tmp_path).scan()
    assert list(result.skills) == ["alpha"]
    assert [(p.file, p.rule) for p in result.problems] == [("notes/SKILL.md", "skill-md.missing")]


def test_a_symlinked_skill_folder_is_reported_and_not_loaded(tmp_path: Path) -> None:
    write_skill(tmp_path / "elsewhere", "alpha")
    root = tmp_path / "root"
    root.mkdir()
    os.symlink(tmp_path / "elsewhere" / "alpha", root / "alpha")
    result = SkillDirectory(root).scan()
    assert result.skills == {}
    assert [(p.file, p.rule) for p in result.problems] == [("alpha/", "folder.symlink")]


def test_a_symlinked_skill_folder_added_later_is_reported_on_the_next_scan(tmp_path: Path) -> None:
    write_skill(tmp_path / "elsewhere", "alpha")
    root = tmp_path / "root"
    write_skill(root, "beta")
    directory = SkillDirectory(root)
    assert directory.scan().problems == []
    os.symlink(tmp_path / "elsewhere" / "alpha", root / "alpha")
    assert [p.rule for p in directory.scan().problems] == ["folder.symlink"]


def test_get_of_an_unknown_skill_raises_not_found_naming_it(tmp_path: Path) -> None:
    write_skill(tmp_path, "alpha")
    with pytest.raises(NotFound, match="no skill named 'beta'"):
        SkillDirectory(tmp_path).get("beta")


def test_get_of_an_invalid_skill_raises_not_found_saying_why(tmp_path: Path) -> None:
    write_skill(tmp_path, "broken", description="''")
    with pytest.raises(NotFound, match=r"skill 'broken' is invalid: .*description\.empty"):
        SkillDirectory(tmp_path).get("broken")


@pytest.mark.parametrize("name", ["", "Alpha", "../alpha", "a/b", "-rf", "a" * 65, "alpha\x00"])
def test_get_refuses_a_name_that_breaks_the_pattern_before_touching_the_disk(tmp_path: Path, name: str) -> None:
    with pytest.raises(InvalidInput) as caught:
        SkillDirectory(tmp_path / "does-not-exist").get(name)
    assert caught.value.field == "name"


def test_scan_of_a_missing_directory_raises_not_found(tmp_path: Path) -> None:
    with pytest.raises(NotFound, match="no skill directory"):
        SkillDirectory(tmp_path / "nope").scan()


def test_an_unchanged_directory_returns_the_cached_scan(tmp_path: Path) -> None:
    write_skill(tmp_path, "alpha")
    directory = SkillDirectory(tmp_path)
    assert directory.scan() is directory.scan()


def test_an_edited_skill_md_is_seen_on_the_next_scan(tmp_path: Path) -> None:
    folder = write_skill(tmp_path, "alpha")
    directory = SkillDirectory(tmp_path)
    assert directory.get("alpha").meta.description == "Does it. Use when asked."
    write_skill(tmp_path, "alpha", description="Changed.")
    bump(folder / "SKILL.md")
    assert directory.get("alpha").meta.description == "Changed."


def test_added_and_removed_skills_are_seen_on_the_next_scan(tmp_path: Path) -> None:
    write_skill(tmp_path, "alpha")
    directory = SkillDirectory(tmp_path)
    assert list(directory.scan().skills) == ["alpha"]
    write_skill(tmp_path, "beta")
    assert sorted(directory.scan().skills) == ["alpha", "beta"]
    (tmp_path / "alpha" / "SKILL.md").unlink()
    (tmp_path / "alpha").rmdir()
    assert list(directory.scan().skills) == ["beta"]


def test_a_file_added_in_a_subfolder_is_listed_on_the_next_scan(tmp_path: Path) -> None:
    folder = write_skill(tmp_path, "alpha")
    (folder / "references").mkdir()
    directory = SkillDirectory(tmp_path)
    assert directory.get("alpha").files == ["SKILL.md"]
    (folder / "references" / "new.md").write_text("n")
    bump(folder / "references")
    assert directory.get("alpha").files == ["SKILL.md", "references/new.md"]


def test_only_the_changed_skill_is_parsed_again(tmp_path: Path) -> None:
    write_skill(tmp_path, "alpha")
    write_skill(tmp_path, "beta")
    directory = SkillDirectory(tmp_path)
    before = directory.scan()
    write_skill(tmp_path, "beta", description="New.")
    bump(tmp_path / "beta" / "SKILL.md")
    after = directory.scan()
    assert after is not before
    assert after.skills["alpha"].meta is before.skills["alpha"].meta
    assert after.skills["beta"].meta.description == "New."


def test_cached_scan_of_200_skills_is_fast(tmp_path: Path) -> None:
    for i in range(200):
        folder = write_skill(tmp_path, f"skill-{i:03}", body="# Steps\n" * 40)
        (folder / "references").mkdir()
        (folder / "references" / "guide.md").write_text("guide")
    directory = SkillDirectory(tmp_path)
    assert len(directory.scan().skills) == 200
    started = time.perf_counter()
    for _ in range(20):
        directory.scan()
    per_scan = (time.perf_counter() - started) / 20
    assert per_scan < 0.05, f"a cached scan of 200 skills took {per_scan * 1000:.1f} ms"


def test_validate_directory_reports_every_problem(tmp_path: Path) -> None:
    write_skill(tmp_path, "alpha")
    write_skill(tmp_path, "broken", description="''")
    assert [p.rule for p in validate_directory(tmp_path)] == ["description.empty"]


def test_validate_directory_on_one_skill_folder_validates_that_skill(tmp_path: Path) -> None:
    folder = write_skill(tmp_path, "alpha", description="''")
    assert [(p.file, p.rule) for p in validate_directory(folder)] == [("alpha/SKILL.md", "description.empty")]


def test_validate_directory_of_a_missing_path_raises_not_found(tmp_path: Path) -> None:
    with pytest.raises(NotFound):
        validate_directory(tmp_path / "nope")


def test_the_seed_skills_all_validate_without_problems() -> None:
    assert SEED.is_dir()
    assert validate_directory(SEED) == []
    skills = SkillDirectory(SEED, versions=False).scan().skills
    assert "using-skillhive" in skills
    seed = skills["using-skillhive"]
    assert seed.meta.license == "Apache-2.0" and seed.meta.metadata
    assert len((SEED / "using-skillhive" / "SKILL.md").read_text().splitlines()) < 120
