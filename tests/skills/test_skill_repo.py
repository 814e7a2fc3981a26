"""The skill directory as a real git repository: creation, versions, history, concurrency."""

from __future__ import annotations

import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from skillhive.errors import InvalidInput, SkillError
from skillhive.skills.directory import SkillDirectory
from skillhive.skills.git import IDENTITY, current_head, head, run_git
from skillhive.skills.repo import ensure_repo, skill_history, skill_version, skill_versions

SERVER = Path(__file__).resolve().parents[2] / "server"


def write_skill(root: Path, name: str, description: str = "Does it.") -> None:
    (root / name).mkdir(parents=True, exist_ok=True)
    (root / name / "SKILL.md").write_text(f"---\nname: {name}\ndescription: {description}\n---\nSteps.\n")


def commit(root: Path, message: str, *, author: str = "Ada") -> str:
    run_git(root, "add", "--all", "--", ".")
    run_git(root, "-c", f"user.name={author}", "-c", "user.email=a@example.com", "commit", "-q", "-m", message)
    return head(root)


def commits(root: Path) -> list[str]:
    return run_git(root, "log", "--format=%H").split()


@pytest.fixture
def seed(tmp_path: Path) -> Path:
    seed = tmp_path / "seed"
    write_skill(seed, "alpha")
    write_skill(seed, "beta")
    (seed / ".DS_Store").write_text("junk")
    return seed


@pytest.fixture
def repo(tmp_path: Path, seed: Path) -> Path:
    root = tmp_path / "skills"
    ensure_repo(root, seed)
    return root


def test_ensure_repo_creates_a_repository_with_one_commit_of_the_seed_skills(repo: Path) -> None:
    assert len(commits(repo)) == 1
    tracked = run_git(repo, "ls-files").split()
    assert tracked == ["alpha/SKILL.md", "beta/SKILL.md"]
    assert run_git(repo, "status", "--porcelain") == ""  # the lock file is ignored
    assert run_git(repo, "log", "-1", "--format=%an %s").strip() == "skillhive Seed the skill directory with 2 skills"


def test_ensure_repo_twice_changes_nothing(repo: Path, seed: Path) -> None:
    before = head(repo)
    ensure_repo(repo, seed)
    assert commits(repo) == [before]


def test_ensure_repo_without_seed_makes_an_empty_first_commit(tmp_path: Path) -> None:
    root = tmp_path / "skills"
    ensure_repo(root, None)
    assert len(commits(root)) == 1 and run_git(root, "ls-files") == ""


def test_ensure_repo_with_a_missing_seed_starts_empty(tmp_path: Path) -> None:
    root = tmp_path / "skills"
    ensure_repo(root, tmp_path / "no-seed")
    assert len(commits(root)) == 1


def test_ensure_repo_on_a_folder_of_skills_commits_them_and_does_not_seed(tmp_path: Path, seed: Path) -> None:
    root = tmp_path / "mine"
    write_skill(root, "gamma")
    ensure_repo(root, seed)
    assert run_git(root, "ls-files").split() == ["gamma/SKILL.md"]


def test_ensure_repo_inside_another_repository_makes_its_own(tmp_path: Path, seed: Path) -> None:
    outer = tmp_path / "outer"
    outer.mkdir()
    run_git(outer, "init", "-q")
    assert current_head(outer / "skills") is None
    ensure_repo(outer / "skills", seed)
    assert (outer / "skills" / ".git").is_dir()
    assert run_git(outer / "skills", "rev-parse", "--show-toplevel").strip() == str((outer / "skills").resolve())


def test_ensure_repo_finishes_a_repository_left_without_commits(tmp_path: Path, seed: Path) -> None:
    root = tmp_path / "skills"
    root.mkdir()
    run_git(root, "init", "-q")
    ensure_repo(root, seed)
    assert len(commits(root)) == 1


def test_two_threads_calling_ensure_repo_at_once_make_one_repository_and_one_commit(tmp_path: Path, seed: Path) -> None:
    root = tmp_path / "skills"
    with ThreadPoolExecutor(8) as pool:
        list(pool.map(lambda _: ensure_repo(root, seed), range(8)))
    assert len(commits(root)) == 1
    assert run_git(root, "ls-files").split() == ["alpha/SKILL.md", "beta/SKILL.md"]


def test_two_processes_calling_ensure_repo_at_once_make_one_repository_and_one_commit(
    tmp_path: Path, seed: Path
) -> None:
    root = tmp_path / "skills"
    code = "import sys; from pathlib import Path; from skillhive.skills.repo import ensure_repo; "
    code += "ensure_repo(Path(sys.argv[1]), Path(sys.argv[2]))"
    env = {"PYTHONPATH": str(SERVER), "PATH": "/usr/bin:/bin:/usr/local/bin"}
    procs = [
        subprocess.Popen([sys.executable, "-c", code, str(root), str(seed)], env=env, stderr=subprocess.PIPE)
        for _ in range(4)
    ]
    for proc in procs:
        _, err = proc.communicate(timeout=60)
        assert proc.returncode == 0, err.decode()
    assert len(commits(root)) == 1


def test_head_is_the_current_commit_and_current_head_reads_it_without_git(repo: Path) -> None:
    assert head(repo) == run_git(repo, "rev-parse", "HEAD").strip()
    run_git(repo, "pack-refs", "--all")  # the ref now lives only in packed-refs
    assert current_head(repo) == run_git(repo, "rev-parse", "HEAD").strip()


def test_head_of_a_folder_that_is_no_repository_is_an_error(tmp_path: Path) -> None:
    assert current_head(tmp_path) is None
    with pytest.raises(SkillError, match="not a git repository"):
        head(tmp_path)


def test_version_changes_after_a_commit_touching_the_folder(repo: Path) -> None:
    first = skill_version(repo, "alpha")
    assert first == head(repo)
    write_skill(repo, "alpha", description="Sharper.")
    second = commit(repo, "Sharpen alpha")
    assert skill_version(repo, "alpha") == second != first


def test_version_stays_after_a_commit_touching_another_skill(repo: Path) -> None:
    first = skill_version(repo, "alpha")
    write_skill(repo, "beta", description="Sharper.")
    commit(repo, "Sharpen beta")
    assert skill_version(repo, "alpha") == first
    assert skill_version(repo, "beta") == head(repo)


def test_version_of_an_uncommitted_skill_is_none(repo: Path) -> None:
    write_skill(repo, "gamma")
    assert skill_version(repo, "gamma") is None


def test_version_outside_a_repository_is_none(tmp_path: Path) -> None:
    assert skill_version(tmp_path, "alpha") is None


def test_versions_of_many_skills_in_one_pass_match_one_lookup_each(tmp_path: Path) -> None:
    root = tmp_path / "skills"
    ensure_repo(root, None)
    names = [f"skill-{i}" for i in range(8)]
    for i, name in enumerate(names):
        write_skill(root, name)
        commit(root, f"Add {name}")
        if i % 3 == 0:
            write_skill(root, names[0], description=f"Edit {i}")
            commit(root, f"Edit {names[0]}")
    batch = skill_versions(root, [*names, "never-there"])
    single = {n: run_git(root, "log", "-1", "--format=%H", "--", f"{n}/").strip() for n in names}
    assert {n: batch[n] for n in names} == single
    assert batch["never-there"] is None
    write_skill(root, names[-1], description="Last edit.")
    last = commit(root, "Edit the last")
    again = skill_versions(root, names)  # a new HEAD: one pass that stops once all are found
    assert again == {**single, names[-1]: last}


def test_a_skill_changed_on_a_merged_branch_takes_the_merge_commit_as_version(tmp_path: Path) -> None:
    root = tmp_path / "skills"
    ensure_repo(root, None)
    for name in ("alpha", "beta", "gamma", "delta"):
        write_skill(root, name)
    commit(root, "Add skills")
    run_git(root, "checkout", "-q", "-b", "side")
    write_skill(root, "alpha", description="From the side branch.")
    side = commit(root, "Side edit")
    run_git(root, "checkout", "-q", "main")
    write_skill(root, "beta", description="On main.")
    commit(root, "Main edit")
    run_git(root, *IDENTITY, "merge", "-q", "--no-ff", "-m", "Merge side", "side")
    merge = head(root)
    batch = skill_versions(root, ["alpha", "beta", "gamma", "delta"])  # one pass, not one lookup each
    single = run_git(root, "log", "--first-parent", "-1", "--format=%H", "--", "alpha/").strip()
    assert batch["alpha"] == single == merge != side
    assert skill_version(root, "alpha") == merge
    assert [c.subject for c in skill_history(root, "alpha", 5)] == ["Merge side", "Add skills"]


def test_history_lists_the_commits_that_changed_the_skill_newest_first(repo: Path) -> None:
    write_skill(repo, "alpha", description="Second.")
    commit(repo, "Sharpen alpha", author="Grace")
    write_skill(repo, "beta", description="Other.")
    commit(repo, "Sharpen beta")
    history = skill_history(repo, "alpha", 10)
    assert [c.subject for c in history] == ["Sharpen alpha", "Seed the skill directory with 2 skills"]
    assert history[0].author == "Grace" and history[0].sha == skill_version(repo, "alpha")
    assert history[0].date >= history[1].date and history[0].date.tzinfo is not None
    assert len(skill_history(repo, "alpha", 1)) == 1


def test_history_refuses_a_bad_name_or_limit(repo: Path) -> None:
    with pytest.raises(InvalidInput):
        skill_history(repo, "--all", 5)
    with pytest.raises(InvalidInput, match="limit"):
        skill_history(repo, "alpha", 0)


def test_history_outside_a_repository_is_empty(tmp_path: Path) -> None:
    assert skill_history(tmp_path, "alpha", 5) == []


def test_git_ignores_variables_that_point_at_another_repository(
    repo: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("GIT_DIR", str(tmp_path / "elsewhere"))
    monkeypatch.setenv("GIT_WORK_TREE", str(tmp_path))
    assert run_git(repo, "ls-files").split() == ["alpha/SKILL.md", "beta/SKILL.md"]


def test_scan_of_a_repository_gives_each_skill_its_version_and_follows_new_commits(repo: Path) -> None:
    directory = SkillDirectory(repo)
    first = directory.scan()
    assert first.head == head(repo)
    assert {n: s.version for n, s in first.skills.items()} == {"alpha": first.head, "beta": first.head}
    write_skill(repo, "beta", description="Sharper.")
    second = commit(repo, "Sharpen beta")
    result = directory.scan()
    assert result.head == second
    assert result.skills["alpha"].version == first.head
    assert result.skills["beta"].version == second
    assert result.skills["beta"].meta.description == "Sharper."


def test_a_failing_git_command_raises_skill_error_with_gits_message(repo: Path) -> None:
    with pytest.raises(SkillError, match="git rev-parse failed"):
        run_git(repo, "rev-parse", "--verify", "no-such-ref")
