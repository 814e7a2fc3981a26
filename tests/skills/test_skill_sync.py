"""Skill sync over git with real repositories: a bare remote on disk, two hives' skill directories,
and a human's clone pushing behind their backs. The remote refuses non-fast-forward pushes, so a
force-push would fail the test rather than slip through."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from skillhive.errors import InvalidInput, SkillError
from skillhive.evolver.apply import commit_message, commit_pass
from skillhive.skills.directory import SkillDirectory
from skillhive.skills.git import head, run_git
from skillhive.skills.repo import ensure_repo
from skillhive.skills.reviews import approve, pending_reviews, rollback
from skillhive.skills.sync import attach, check_remote, display_url, sync, tracking

HUMAN = ("-c", "user.name=Hannah Human", "-c", "user.email=hannah@example.com")


def skill_md(name: str, steps: str = "1. Do it.") -> str:
    return f"---\nname: {name}\ndescription: The {name} skill, for tests.\n---\n# {name}\n\n## Steps\n\n{steps}\n"


@pytest.fixture
def seed(tmp_path: Path) -> Path:
    root = tmp_path / "seed"
    for name in ("alpha", "beta"):
        (root / name).mkdir(parents=True)
        (root / name / "SKILL.md").write_text(skill_md(name))
    return root


@pytest.fixture
def remote(tmp_path: Path) -> Path:
    bare = tmp_path / "remote.git"
    subprocess.run(["git", "init", "--quiet", "--bare", "--initial-branch=main", str(bare)], check=True)
    run_git(bare, "config", "receive.denyNonFastForwards", "true")
    run_git(bare, "config", "receive.denyDeletes", "true")
    run_git(bare, "config", "core.logAllRefUpdates", "true")  # a reflog, to check no push rewrote history
    return bare


@pytest.fixture
def hive_a(tmp_path: Path, remote: Path, seed: Path) -> Path:
    root = tmp_path / "a" / "skills"
    attach(root, str(remote), "main", seed)
    return root


@pytest.fixture
def hive_b(tmp_path: Path, remote: Path, seed: Path, hive_a: Path) -> Path:
    root = tmp_path / "b" / "skills"
    attach(root, str(remote), "main", seed)
    return root


def remote_head(remote: Path) -> str:
    return run_git(remote, "rev-parse", "refs/heads/main").strip()


def is_ancestor(repo: Path, older: str, newer: str) -> bool:
    return run_git(repo, "merge-base", older, newer, check=False).strip() == older


def assert_never_rewritten(remote: Path) -> None:
    """Every value the remote's branch ever had is an ancestor of its head: nothing was force-pushed."""
    final = remote_head(remote)
    for old in run_git(remote, "reflog", "show", "--format=%H", "refs/heads/main").split():
        assert is_ancestor(remote, old, final), f"{old} was dropped from the remote"


def human_pushes(tmp_path: Path, remote: Path, name: str, text: str, message: str) -> str:
    """A human clones the remote, changes a skill and pushes; returns their commit."""
    clone = tmp_path / f"human-{name}-{len(list(tmp_path.glob('human-*')))}"
    subprocess.run(["git", "clone", "--quiet", str(remote), str(clone)], check=True, env=_git_env())
    (clone / name).mkdir(exist_ok=True)
    (clone / name / "SKILL.md").write_text(text)
    run_git(clone, "add", "--all")
    run_git(clone, *HUMAN, "commit", "--quiet", "-m", message)
    run_git(clone, "push", "--quiet", "origin", "HEAD:refs/heads/main")
    return head(clone)


def _git_env() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if not k.startswith("GIT_")}


def evolve(root: Path, name: str, text: str, run_id: str) -> tuple[str, str]:
    """An auto-mode evolver commit of one skill; (sha, branch) as commit_pass reports them."""
    result = commit_pass(root, {name: text}, commit_message(run_id, []), mode="auto", run_id=run_id)
    return result.sha, result.branch


def test_the_first_hive_seeds_an_empty_remote_and_the_second_clones_it(
    hive_a: Path, hive_b: Path, remote: Path
) -> None:
    assert head(hive_a) == head(hive_b) == remote_head(remote)
    assert (hive_b / "alpha" / "SKILL.md").read_text() == skill_md("alpha")
    assert tracking(hive_b) == (str(remote), "main")
    assert not run_git(hive_b, "status", "--porcelain").strip()  # the lock file is ignored


def test_an_evolver_commit_in_one_hive_is_pushed_and_served_by_the_other_after_its_sync(
    hive_a: Path, hive_b: Path, remote: Path
) -> None:
    served_b = SkillDirectory(hive_b)
    assert "Check the logs" not in served_b.get("alpha").body
    sha, branch = evolve(hive_a, "alpha", skill_md("alpha", "1. Do it.\n2. Check the logs."), "run-1")
    assert branch == "main" and remote_head(remote) == sha == head(hive_a)

    result = sync(hive_b)
    assert result.error is None and result.pulled == 1 and result.pushed == 0
    assert "Check the logs" in served_b.get("alpha").body
    assert served_b.get("alpha").version == sha


def test_a_humans_commit_and_an_evolver_commit_on_other_lines_both_end_up_on_the_remote(
    tmp_path: Path, hive_a: Path, remote: Path
) -> None:
    human = human_pushes(tmp_path, remote, "beta", skill_md("beta", "1. Ask Hannah first."), "Hannah's tip")
    local, branch = evolve(hive_a, "alpha", skill_md("alpha", "1. Do it.\n2. Check the logs."), "run-2")
    assert branch == "main"
    final = remote_head(remote)
    assert final == head(hive_a) == local  # rebased onto the human's commit, then pushed
    assert is_ancestor(remote, human, final)
    assert "Ask Hannah first" in (hive_a / "beta" / "SKILL.md").read_text()
    assert "Check the logs" in (hive_a / "alpha" / "SKILL.md").read_text()
    assert_never_rewritten(remote)


def test_both_changes_to_different_sections_of_one_skill_are_kept(tmp_path: Path, hive_a: Path, remote: Path) -> None:
    human_text = skill_md("alpha").replace("# alpha\n", "# alpha\n\nOwned by the platform team.\n")
    human = human_pushes(tmp_path, remote, "alpha", human_text, "Say who owns alpha")
    evolve(hive_a, "alpha", skill_md("alpha", "1. Do it.\n2. Check the logs."), "run-3")
    text = (hive_a / "alpha" / "SKILL.md").read_text()
    assert "Owned by the platform team." in text and "Check the logs" in text
    assert is_ancestor(remote, human, remote_head(remote))
    assert_never_rewritten(remote)


def test_a_conflicting_evolver_commit_is_parked_for_review_and_the_humans_commit_stays_live(
    tmp_path: Path, hive_a: Path, remote: Path
) -> None:
    human = human_pushes(tmp_path, remote, "alpha", skill_md("alpha", "1. Do it the human way."), "Hannah's fix")
    sha, branch = evolve(hive_a, "alpha", skill_md("alpha", "1. Do it the evolved way."), "run-4")

    assert branch == "evolve/run-4"
    assert remote_head(remote) == human == head(hive_a)
    assert "the human way" in (hive_a / "alpha" / "SKILL.md").read_text()
    assert [(r.branch, r.sha) for r in pending_reviews(hive_a)] == [("evolve/run-4", sha)]
    assert "the evolved way" in run_git(hive_a, "show", f"{sha}:alpha/SKILL.md")
    assert not run_git(hive_a, "status", "--porcelain").strip()  # no conflict markers anywhere
    assert_never_rewritten(remote)


def test_an_unreachable_remote_keeps_the_local_commit_and_a_later_sync_pushes_it(
    tmp_path: Path, hive_a: Path, remote: Path
) -> None:
    away = tmp_path / "remote-away.git"
    remote.rename(away)
    sha, branch = evolve(hive_a, "alpha", skill_md("alpha", "1. Do it offline."), "run-5")
    assert branch == "main" and head(hive_a) == sha  # committed and served locally
    failed = sync(hive_a)
    assert failed.error and "cannot fetch" in failed.error and failed.pushed == 0
    assert head(hive_a) == sha

    away.rename(remote)
    result = sync(hive_a)
    assert result.error is None and result.pushed == 1
    assert remote_head(remote) == sha
    assert "pushed 1" in result.summary()


def test_commits_waiting_for_an_unreachable_remote_are_rebased_onto_a_humans_later_push(
    tmp_path: Path, hive_a: Path, remote: Path
) -> None:
    away = tmp_path / "remote-away.git"
    remote.rename(away)
    evolve(hive_a, "alpha", skill_md("alpha", "1. Do it offline."), "run-6")
    away.rename(remote)
    human = human_pushes(tmp_path, remote, "beta", skill_md("beta", "1. Human step."), "Hannah meanwhile")
    result = sync(hive_a)
    assert result.error is None and result.pulled == 1 and result.pushed == 1
    assert is_ancestor(remote, human, remote_head(remote)) and remote_head(remote) == head(hive_a)
    assert "offline" in (hive_a / "alpha" / "SKILL.md").read_text()
    assert_never_rewritten(remote)


def test_approve_and_rollback_are_pushed(hive_a: Path, hive_b: Path, remote: Path) -> None:
    text = skill_md("beta", "1. Reviewed step.")
    reviewed = commit_pass(hive_a, {"beta": text}, commit_message("run-7", []), mode="review", run_id="run-7")
    assert remote_head(remote) != reviewed.sha  # a review branch stays local
    live = approve(hive_a, reviewed.branch)
    assert remote_head(remote) == live == head(hive_a)
    back = rollback(hive_a, "beta", reason="the review was wrong")
    assert remote_head(remote) == back.sha
    sync(hive_b)
    assert (hive_b / "beta" / "SKILL.md").read_text() == skill_md("beta")


def test_a_rollback_that_conflicts_with_a_humans_edit_leaves_the_humans_edit_live(
    tmp_path: Path, hive_a: Path, remote: Path
) -> None:
    evolve(hive_a, "alpha", skill_md("alpha", "1. Evolved step."), "run-8")
    human = human_pushes(tmp_path, remote, "alpha", skill_md("alpha", "1. Evolved step, fixed by hand."), "Fix")
    parked = rollback(hive_a, "alpha", reason="worse")
    assert remote_head(remote) == human == head(hive_a)
    assert [r.sha for r in pending_reviews(hive_a)] == [parked.sha]
    assert parked.branch.startswith("evolve/")
    assert_never_rewritten(remote)


def test_a_sync_racing_an_evolver_commit_loses_neither(hive_a: Path, remote: Path) -> None:
    errors: list[BaseException] = []

    def many_syncs() -> None:
        try:
            for _ in range(5):
                assert sync(hive_a).error is None
        except BaseException as exc:
            errors.append(exc)

    thread = threading.Thread(target=many_syncs)
    thread.start()
    for n in range(3):
        evolve(hive_a, "alpha", skill_md("alpha", f"1. Step version {n}."), f"run-race-{n}")
    thread.join()
    assert not errors
    assert remote_head(remote) == head(hive_a)
    assert "version 2" in (hive_a / "alpha" / "SKILL.md").read_text()


def test_a_skill_directory_that_already_existed_gets_its_commits_onto_a_new_remote(
    tmp_path: Path, remote: Path, seed: Path, hive_a: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    old = tmp_path / "old" / "skills"
    with monkeypatch.context() as env:  # seeded on another day: same skills, another commit
        env.setenv("GIT_AUTHOR_DATE", "2020-01-01T00:00:00Z")
        env.setenv("GIT_COMMITTER_DATE", "2020-01-01T00:00:00Z")
        ensure_repo(old, seed)
    assert head(old) != head(hive_a)
    (old / "gamma").mkdir()
    (old / "gamma" / "SKILL.md").write_text(skill_md("gamma"))
    run_git(old, "add", "--all")
    run_git(old, *HUMAN, "commit", "--quiet", "-m", "Add gamma")
    assert attach(old, str(remote), "main", seed) is False
    result = sync(old)
    assert result.error is None and not result.parked and result.pushed == 1
    assert result.dropped == 1  # its seed commit had the same skills as the remote's
    assert {"alpha", "beta", "gamma"} <= set(run_git(remote, "ls-tree", "--name-only", "main").split())
    assert_never_rewritten(remote)


def test_without_a_remote_sync_does_nothing(tmp_path: Path, seed: Path) -> None:
    root = tmp_path / "local"
    ensure_repo(root, seed)
    before = head(root)
    result = sync(root)
    assert result.remote is None and result.error is None and head(root) == before
    assert "no remote" in result.summary()


@pytest.mark.parametrize("url", ["--upload-pack=touch /tmp/x", "ext::sh -c touch% /tmp/x", "a\nb", ""])
def test_a_remote_that_git_could_read_as_an_option_or_a_command_is_refused(url: str) -> None:
    with pytest.raises(InvalidInput):
        check_remote(url)


def test_credentials_in_a_remote_url_are_not_shown() -> None:
    assert (
        display_url("https://bot:s3cret@git.example.com/team/skills.git") == "https://git.example.com/team/skills.git"
    )


@pytest.mark.slow
def test_skills_sync_on_the_command_line_prints_what_it_pulled_and_pushed(
    tmp_path: Path, hive_a: Path, remote: Path, seed: Path
) -> None:
    env = {
        **os.environ,
        "SKILLHIVE_DATA_DIR": str(tmp_path / "cli"),
        "SKILLHIVE_TEAM": "team-a",
        "SKILLHIVE_SEED_SKILLS": str(seed),
    }

    def cli(*args: str) -> subprocess.CompletedProcess[str]:
        argv = [sys.executable, "-m", "skillhive.cli", *args]
        return subprocess.run(argv, env=env, capture_output=True, text=True, timeout=300)

    missing = cli("skills", "sync")
    assert missing.returncode == 1 and "no skills remote" in missing.stderr
    first = cli("skills", "sync", "--skills-remote", str(remote))
    assert first.returncode == 0, first.stderr
    assert "pulled 0 commit(s), pushed 0" in first.stdout
    sha, _ = evolve(hive_a, "alpha", skill_md("alpha", "1. From the other hive."), "run-cli")
    second = cli("skills", "sync", "--skills-remote", str(remote))
    assert second.returncode == 0 and "pulled 1 commit(s)" in second.stdout and sha[:12] in second.stdout
    assert "From the other hive" in cli("skills", "show", "alpha", "--skills-remote", str(remote)).stdout


def test_an_approval_merged_locally_is_replayed_onto_a_humans_push(tmp_path: Path, hive_a: Path, remote: Path) -> None:
    text = skill_md("beta", "1. Reviewed step.")
    reviewed = commit_pass(hive_a, {"beta": text}, commit_message("run-9", []), mode="review", run_id="run-9")
    evolve(hive_a, "alpha", skill_md("alpha", "1. Live moved on."), "run-10")  # approval now needs a merge
    human = human_pushes(tmp_path, remote, "gamma", skill_md("gamma"), "Hannah adds gamma")
    live = approve(hive_a, reviewed.branch)
    assert remote_head(remote) == live == head(hive_a)
    assert is_ancestor(remote, human, live)
    assert (hive_a / "beta" / "SKILL.md").read_text() == text and (hive_a / "gamma").is_dir()
    assert not pending_reviews(hive_a)
    assert_never_rewritten(remote)


def test_a_remote_holding_a_file_over_the_size_limit_is_not_checked_out(
    tmp_path: Path, hive_a: Path, remote: Path
) -> None:
    # The finding: a 300 MB file synced from a peer repository was checked out with no cap. Here
    # 5 MB against the 1 MiB a skill file may have.
    before = head(hive_a)
    clone = tmp_path / "peer"
    subprocess.run(["git", "clone", "--quiet", str(remote), str(clone)], check=True, env=_git_env())
    (clone / "alpha" / "assets").mkdir()
    (clone / "alpha" / "assets" / "blob.bin").write_bytes(os.urandom(5_000_000))
    run_git(clone, "add", "--all")
    run_git(clone, *HUMAN, "commit", "--quiet", "-m", "A big asset")
    run_git(clone, "push", "--quiet", "origin", "HEAD:refs/heads/main")
    result = sync(hive_a)
    assert result.error is not None and "alpha/assets/blob.bin of 5000000 bytes" in result.error
    assert head(hive_a) == before and not (hive_a / "alpha" / "assets").exists()
    with pytest.raises(SkillError, match=r"blob\.bin of 5000000 bytes"):  # nor is it cloned by a new hive
        attach(tmp_path / "c" / "skills", str(remote), "main")
    assert not (tmp_path / "c" / "skills" / "alpha" / "assets").exists()
