"""The git layer against real repositories: a repository-local config or hook never runs code, the
identity is fixed, temporary worktrees always go away, ancestry and run ids are checked."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from skillhive.errors import InvalidInput, SkillError
from skillhive.filelock import file_lock
from skillhive.skills.git import (
    LOCK_FILE,
    check_run_id,
    count_commits,
    head,
    init,
    is_ancestor,
    move_live,
    run_git,
    stream_git,
    temporary_worktree,
    writer_lock,
)
from skillhive.skills.reviews import review_diff


def commit_file(root: Path, name: str, text: str) -> str:
    (root / name).write_text(text)
    run_git(root, "add", "--", name)
    run_git(root, "commit", "--quiet", "-m", f"Write {name}")
    return head(root)


def trap(path: Path, marker: Path) -> Path:
    """An executable script that leaves `marker` behind when anything runs it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f"#!/bin/sh\necho ran > '{marker}'\nexit 1\n")
    path.chmod(path.stat().st_mode | stat.S_IXUSR)
    return path


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    root = tmp_path / "repo"
    root.mkdir()
    init(root)
    commit_file(root, "a.txt", "one\n")
    return root


@pytest.fixture
def marker(tmp_path: Path) -> Path:
    return tmp_path / "hostile-code-ran"


# -- the runner ignores what a hostile repository sets up -----------------------------------------


def test_a_post_commit_hook_in_the_repository_does_not_run(repo: Path, marker: Path) -> None:
    trap(repo / ".git" / "hooks" / "post-commit", marker)
    commit_file(repo, "b.txt", "two\n")
    assert not marker.exists()


def test_a_hooks_path_set_in_the_repository_config_is_ignored(repo: Path, tmp_path: Path, marker: Path) -> None:
    hooks = tmp_path / "hooks"
    trap(hooks / "pre-commit", marker)
    trap(hooks / "post-commit", marker)
    run_git(repo, "config", "--local", "core.hooksPath", str(hooks))
    commit_file(repo, "b.txt", "two\n")
    assert not marker.exists()


def test_an_fsmonitor_command_in_the_repository_config_never_runs(repo: Path, tmp_path: Path, marker: Path) -> None:
    run_git(repo, "config", "--local", "core.fsmonitor", str(trap(tmp_path / "fsmonitor", marker)))
    (repo / "a.txt").write_text("changed\n")
    assert run_git(repo, "status", "--porcelain").strip() == "M a.txt"
    assert not marker.exists()


def test_commit_signing_asked_for_by_the_repository_is_off(repo: Path, tmp_path: Path, marker: Path) -> None:
    run_git(repo, "config", "--local", "commit.gpgsign", "true")
    run_git(repo, "config", "--local", "gpg.program", str(trap(tmp_path / "gpg", marker)))
    commit_file(repo, "b.txt", "two\n")
    assert not marker.exists()


def test_the_ext_transport_is_refused_even_when_the_repository_allows_it(repo: Path, marker: Path) -> None:
    run_git(repo, "config", "--local", "protocol.ext.allow", "always")
    run_git(repo, "config", "--local", "remote.evil.url", f"ext::sh -c touch% {marker}")
    with pytest.raises(SkillError, match="not allowed"):
        run_git(repo, "fetch", "--quiet", "evil")
    assert not marker.exists()


def test_a_diff_driver_set_in_the_repository_config_never_runs_when_a_review_is_shown(
    repo: Path, tmp_path: Path, marker: Path
) -> None:
    run_git(repo, "config", "--local", "diff.evil.textconv", str(trap(tmp_path / "textconv", marker)))
    run_git(repo, "config", "--local", "diff.evil.command", str(trap(tmp_path / "external-diff", marker)))
    commit_file(repo, ".gitattributes", "*.txt diff=evil\n")  # attributes are read from the live tree
    run_git(repo, "checkout", "--quiet", "-b", "evolve/run-1")
    commit_file(repo, "a.txt", "one\ntwo\n")
    run_git(repo, "checkout", "--quiet", "-")
    shown = review_diff(repo, "evolve/run-1")
    assert "+two" in shown
    assert not marker.exists()


def test_commits_carry_the_fixed_identity_whatever_the_environment_and_config_say(
    repo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    run_git(repo, "config", "--local", "user.name", "Mallory")
    run_git(repo, "config", "--local", "user.email", "mallory@example.com")
    for key in ("GIT_AUTHOR_NAME", "GIT_COMMITTER_NAME"):
        monkeypatch.setenv(key, "Eve")
    for key in ("GIT_AUTHOR_EMAIL", "GIT_COMMITTER_EMAIL"):
        monkeypatch.setenv(key, "eve@example.com")
    commit_file(repo, "b.txt", "two\n")
    who = run_git(repo, "log", "-1", "--format=%an <%ae> %cn <%ce>").strip()
    assert who == "skillhive <skillhive@localhost> skillhive <skillhive@localhost>"


def test_a_failing_command_raises_with_the_line_where_git_says_what_went_wrong(repo: Path) -> None:
    with pytest.raises(SkillError, match=r"^git rev-parse failed: fatal: .*no-such-ref"):
        run_git(repo, "rev-parse", "no-such-ref")


def test_a_streamed_command_read_to_the_end_raises_when_git_failed(repo: Path) -> None:
    with pytest.raises(SkillError, match="git log failed"), stream_git(repo, "log", "no-such-ref", "--") as lines:
        list(lines)


def test_a_streamed_command_can_be_left_early_without_an_error(repo: Path) -> None:
    for n in range(5):
        commit_file(repo, f"n{n}.txt", f"{n}\n")
    with stream_git(repo, "log", "--format=%H") as lines:
        first = next(iter(lines)).strip()
    assert first == head(repo)


# -- the writers' lock ----------------------------------------------------------------------------


def test_the_writer_lock_is_held_on_the_lock_file_for_the_whole_block(repo: Path) -> None:
    with writer_lock(repo), file_lock(repo / ".git" / LOCK_FILE, wait=False) as got:
        assert got is False
    with file_lock(repo / ".git" / LOCK_FILE, wait=False) as got:
        assert got is True


def test_the_writer_lock_refuses_a_folder_that_is_no_repository(tmp_path: Path) -> None:
    with pytest.raises(SkillError, match="not a git repository"), writer_lock(tmp_path):
        pass


# -- temporary worktrees --------------------------------------------------------------------------


def worktrees(root: Path) -> int:
    return run_git(root, "worktree", "list", "--porcelain").count("worktree ")


def test_the_temporary_worktree_is_removed_even_when_the_block_raises(repo: Path) -> None:
    with pytest.raises(RuntimeError), temporary_worktree(repo, head(repo)) as worktree:
        assert (worktree / "a.txt").read_text() == "one\n" and worktrees(repo) == 2
        raise RuntimeError("the body failed")
    assert not worktree.exists()
    assert not worktree.parent.exists()
    assert worktrees(repo) == 1


def test_a_worktree_without_checkout_has_the_index_but_no_files(repo: Path) -> None:
    with temporary_worktree(repo, head(repo), checkout=False) as worktree:
        assert not (worktree / "a.txt").exists()
        assert run_git(worktree, "diff", "--cached", "--name-only").strip() == ""
        assert run_git(worktree, "ls-files").split() == ["a.txt"]
    assert worktrees(repo) == 1


# -- ancestry and the live branch -----------------------------------------------------------------


def test_is_ancestor_is_true_from_an_older_commit_and_false_from_a_newer_one(repo: Path) -> None:
    older = head(repo)
    newer = commit_file(repo, "b.txt", "two\n")
    assert is_ancestor(repo, older, newer)
    assert not is_ancestor(repo, newer, older)
    assert is_ancestor(repo, newer, newer)


def test_is_ancestor_is_false_for_commits_on_diverged_branches_and_unknown_ones(repo: Path) -> None:
    base = head(repo)
    ours = commit_file(repo, "b.txt", "ours\n")
    run_git(repo, "checkout", "--quiet", "--detach", base)
    theirs = commit_file(repo, "c.txt", "theirs\n")
    assert not is_ancestor(repo, ours, theirs) and not is_ancestor(repo, theirs, ours)
    assert not is_ancestor(repo, "0" * 40, ours)


def test_count_commits_counts_those_in_the_newer_and_not_the_older(repo: Path) -> None:
    older = head(repo)
    for n in range(3):
        commit_file(repo, f"n{n}.txt", f"{n}\n")
    assert count_commits(repo, f"{older}..{head(repo)}") == 3
    assert count_commits(repo, f"{head(repo)}..{older}") == 0


def test_moving_the_live_branch_refuses_to_overwrite_uncommitted_edits(repo: Path) -> None:
    older = head(repo)
    newer = commit_file(repo, "a.txt", "two\n")
    run_git(repo, "reset", "--quiet", "--hard", older)
    (repo / "a.txt").write_text("my own edit\n")
    with pytest.raises(SkillError, match="cannot update the live skill directory"):
        move_live(repo, newer)
    assert head(repo) == older and (repo / "a.txt").read_text() == "my own edit\n"


# -- run ids --------------------------------------------------------------------------------------


@pytest.mark.parametrize("run_id", ["", "-x", ".hidden", "a..b", "run.lock", "a/b", "a b", "run\n", "r" * 101])
def test_a_bad_run_id_is_refused_with_an_error_naming_the_field(run_id: str) -> None:
    with pytest.raises(InvalidInput, match=r"^run_id: ") as refused:
        check_run_id(run_id)
    assert refused.value.field == "run_id"
    with pytest.raises(InvalidInput, match=r"^branch: "):
        check_run_id(run_id, field="branch")


@pytest.mark.parametrize("run_id", ["20261129-a1b2", "run_1.2", "R" * 100])
def test_a_good_run_id_is_returned_as_it_is(run_id: str) -> None:
    assert check_run_id(run_id) == run_id
