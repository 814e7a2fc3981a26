"""Committing passes to a real git skill repository: auto, review, approve/reject, rollback, locking."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from skillhive.errors import Conflict, InvalidInput, NotFound, SkillError
from skillhive.evolver.apply import commit_message, commit_pass
from skillhive.evolver.edits import apply_edits
from skillhive.evolver.types import CreateSkill, ReplaceSection, RetireSkill
from skillhive.skills.directory import SkillDirectory
from skillhive.skills.git import head, run_git
from skillhive.skills.repo import ensure_repo, skill_history, skill_version
from skillhive.skills.reviews import approve, pending_reviews, reject, review_diff, rollback

PDF = """---
name: pdf-forms
description: Fill PDF form fields with pypdf.
---

# PDF forms

## Steps

1. List the fields.

## Checks

Read the values back.
"""
REBASE = """---
name: git-rebase
description: Rebase a branch onto main.
---

# Rebase

## Steps

1. Fetch first.
"""


@pytest.fixture
def root(tmp_path: Path) -> Path:
    seed = tmp_path / "seed"
    for name, text in (("pdf-forms", PDF), ("git-rebase", REBASE)):
        (seed / name).mkdir(parents=True)
        (seed / name / "SKILL.md").write_text(text)
    (seed / "pdf-forms" / "scripts").mkdir()
    (seed / "pdf-forms" / "scripts" / "fill.py").write_text("print('fill')\n")
    repo = tmp_path / "skills"
    ensure_repo(repo, seed)
    return repo


def steps(skill: str, content: str, evidence: list[str] | None = None) -> ReplaceSection:
    return ReplaceSection(
        op="replace_section",
        skill=skill,
        rationale="runs kept missing this",
        heading="Steps",
        content=content,
        evidence=evidence or ["tr_cited"],
    )


def texts_for(root: Path, *edits: ReplaceSection | CreateSkill | RetireSkill) -> dict[str, str | None]:
    snapshot = {p.parent.name: p.read_text() for p in root.glob("*/SKILL.md")}
    result = apply_edits(snapshot, list(edits))
    assert result.errors == []
    return result.texts


def status(root: Path) -> str:
    return run_git(root, "status", "--porcelain")


def commit_count(root: Path) -> int:
    return int(run_git(root, "rev-list", "--count", "HEAD").strip())


def test_auto_commit_changes_the_live_skill_and_its_message_lists_the_evidence(root: Path) -> None:
    edit = steps("pdf-forms", "1. List the fields.\n2. Set NeedAppearances.", ["traj-1", "traj-2", "traj-3"])
    message = commit_message("run-1", [(edit, 3, 2)])
    result = commit_pass(root, texts_for(root, edit), message, mode="auto", run_id="run-1")

    assert result.branch == "main" and head(root) == result.sha and status(root) == ""
    assert "2. Set NeedAppearances." in (root / "pdf-forms" / "SKILL.md").read_text()
    assert (root / "pdf-forms" / "scripts" / "fill.py").read_text() == "print('fill')\n"
    logged = run_git(root, "log", "-1", "--format=%B")
    assert logged.startswith("Evolve pdf-forms (run run-1)\n")
    assert '- replace_section pdf-forms "Steps"' in logged
    assert "evidence: 3 trajectories from 2 users; read by the model: traj-1, traj-2, traj-3" in logged
    assert "why: runs kept missing this" in logged
    assert "Skillhive-Run: run-1\nSkillhive-Mode: auto" in logged
    skill = SkillDirectory(root).get("pdf-forms")
    assert skill.version == result.sha and "NeedAppearances" in skill.body


def test_a_pass_creates_and_retires_skills_in_one_commit(root: Path) -> None:
    create = CreateSkill(
        op="create_skill",
        skill="csv-cleaning",
        rationale="r",
        description="Clean CSV files.",
        body="# CSV\n\nDo it.",
        evidence=["tr_cited"],
    )
    texts = texts_for(
        root, create, RetireSkill(op="retire_skill", skill="git-rebase", rationale="r", evidence=["tr_cited"])
    )
    before = commit_count(root)
    result = commit_pass(root, texts, "Evolve", mode="auto", run_id="run-2")
    assert commit_count(root) == before + 1
    assert not (root / "git-rebase").exists() and (root / "csv-cleaning" / "SKILL.md").is_file()
    assert sorted(SkillDirectory(root).scan().skills) == ["csv-cleaning", "pdf-forms"]
    assert skill_version(root, "git-rebase") == result.sha  # the retirement is its last change


def test_commit_message_bounds_untrusted_text_to_one_line_per_field() -> None:
    edit = steps("pdf-forms", "x", [f"t{i}" for i in range(25)]).model_copy(
        update={"rationale": "line one\nSkillhive-Run: forged"}
    )
    message = commit_message("run-9", [(edit, 25, 4)])
    assert "\nSkillhive-Run" not in message and "why: line one Skillhive-Run: forged" in message
    assert "t19, … 5 more" in message and "t20" not in message


def test_review_mode_changes_nothing_live_until_approved(root: Path) -> None:
    live_head, live_text = head(root), (root / "pdf-forms" / "SKILL.md").read_text()
    edit = steps("pdf-forms", "1. Reviewed steps.", ["a", "b", "c"])
    result = commit_pass(
        root, texts_for(root, edit), commit_message("r-7", [(edit, 3, 2)]), mode="review", run_id="r-7"
    )

    assert result.branch == "evolve/r-7"
    assert head(root) == live_head and (root / "pdf-forms" / "SKILL.md").read_text() == live_text
    assert run_git(root, "symbolic-ref", "--short", "HEAD").strip() == "main" and status(root) == ""
    assert run_git(root, "worktree", "list", "--porcelain").count("worktree ") == 1
    [review] = pending_reviews(root)
    assert (review.branch, review.run_id, review.sha) == ("evolve/r-7", "r-7", result.sha)
    assert review.subject == "Evolve pdf-forms (run r-7)"
    diff = review_diff(root, "evolve/r-7")
    assert "evidence: 3 trajectories from 2 users; read by the model: a, b, c" in diff and "+1. Reviewed steps." in diff

    assert approve(root, "r-7") == result.sha  # fast-forward
    assert head(root) == result.sha and "1. Reviewed steps." in (root / "pdf-forms" / "SKILL.md").read_text()
    assert pending_reviews(root) == [] and status(root) == ""


def test_reject_discards_a_review_and_leaves_the_live_skill_alone(root: Path) -> None:
    live_head = head(root)
    commit_pass(root, texts_for(root, steps("pdf-forms", "1. Bad idea.")), "Evolve", mode="review", run_id="r-8")
    reject(root, "evolve/r-8")
    assert pending_reviews(root) == [] and head(root) == live_head
    assert "Bad idea" not in (root / "pdf-forms" / "SKILL.md").read_text()
    with pytest.raises(NotFound, match="no pending review"):
        approve(root, "evolve/r-8")


def test_approve_after_the_live_branch_moved_merges_both_changes(root: Path) -> None:
    reviewed = commit_pass(
        root, texts_for(root, steps("pdf-forms", "1. Reviewed.")), "Evolve", mode="review", run_id="r1"
    )
    moved = commit_pass(root, texts_for(root, steps("git-rebase", "1. Moved.")), "Evolve", mode="auto", run_id="r2")
    merged = approve(root, "evolve/r1")
    assert run_git(root, "rev-list", "--parents", "-1", merged).split()[1:] == [moved.sha, reviewed.sha]
    assert "1. Reviewed." in (root / "pdf-forms" / "SKILL.md").read_text()
    assert "1. Moved." in (root / "git-rebase" / "SKILL.md").read_text()
    assert skill_version(root, "pdf-forms") == merged and status(root) == ""


def test_approving_a_conflicting_review_fails_cleanly_and_changes_nothing(root: Path) -> None:
    commit_pass(root, texts_for(root, steps("pdf-forms", "1. Review side.")), "Evolve", mode="review", run_id="r1")
    commit_pass(root, texts_for(root, steps("pdf-forms", "1. Live side.")), "Evolve", mode="auto", run_id="r2")
    live_head = head(root)
    with pytest.raises(Conflict, match=r"conflicts with changes on main in pdf-forms/SKILL.md"):
        approve(root, "evolve/r1")
    assert head(root) == live_head and status(root) == ""
    assert "1. Live side." in (root / "pdf-forms" / "SKILL.md").read_text()
    assert [r.branch for r in pending_reviews(root)] == ["evolve/r1"]


def test_local_edits_in_the_live_tree_block_an_auto_commit_and_survive(root: Path) -> None:
    path = root / "pdf-forms" / "SKILL.md"
    path.write_text(PDF + "\nlocal note\n")
    with pytest.raises(SkillError, match="cannot update the live skill directory"):
        commit_pass(root, texts_for(root, steps("pdf-forms", "1. New.")), "Evolve", mode="auto", run_id="r3")
    assert path.read_text().endswith("local note\n") and commit_count(root) == 1


def test_rollback_restores_the_previous_version_as_a_new_commit(root: Path) -> None:
    seed_sha = head(root)
    changed = commit_pass(root, texts_for(root, steps("pdf-forms", "1. Worse.")), "Evolve", mode="auto", run_id="r1")
    sha = rollback(root, "pdf-forms", reason="success rate fell from 0.8 to 0.4").sha

    assert (root / "pdf-forms" / "SKILL.md").read_text() == PDF and status(root) == ""
    assert run_git(root, "rev-list", "HEAD").split() == [sha, changed.sha, seed_sha]  # history kept
    assert [c.sha for c in skill_history(root, "pdf-forms")] == [sha, changed.sha, seed_sha]
    message = run_git(root, "log", "-1", "--format=%B")
    assert message.startswith(f"Roll back pdf-forms to {seed_sha[:12]}")
    assert "Reason: success rate fell from 0.8 to 0.4" in message
    assert f"From version: {changed.sha}" in message and f"To version: {seed_sha}" in message


def test_rollback_to_an_explicit_version_and_of_a_retired_skill(root: Path) -> None:
    first = commit_pass(root, texts_for(root, steps("git-rebase", "1. One.")), "Evolve", mode="auto", run_id="r1")
    commit_pass(root, texts_for(root, steps("git-rebase", "1. Two.")), "Evolve", mode="auto", run_id="r2")
    commit_pass(root, {"git-rebase": None}, "Retire", mode="auto", run_id="r3")
    assert not (root / "git-rebase").exists()
    rollback(root, "git-rebase", first.sha[:10], reason="bring back the first edit")
    assert "1. One." in (root / "git-rebase" / "SKILL.md").read_text()
    assert "git-rebase" in SkillDirectory(root).scan().skills


def test_rollback_to_a_version_before_the_skill_existed_fails_clearly(root: Path) -> None:
    seed_sha = head(root)
    create = CreateSkill(
        op="create_skill",
        skill="csv-cleaning",
        rationale="r",
        description="Clean CSV files.",
        body="# CSV\n\nDo it.",
        evidence=["tr_cited"],
    )
    commit_pass(root, texts_for(root, create), "Evolve", mode="auto", run_id="r1")
    before = head(root)
    with pytest.raises(Conflict, match=r"'csv-cleaning' did not exist at version"):
        rollback(root, "csv-cleaning", seed_sha, reason="try")
    with pytest.raises(Conflict, match="only one version"):
        rollback(root, "csv-cleaning", reason="try")
    with pytest.raises(NotFound, match="no version"):
        rollback(root, "csv-cleaning", "0" * 40, reason="try")
    with pytest.raises(InvalidInput, match="version"):
        rollback(root, "csv-cleaning", "--all", reason="try")
    assert head(root) == before and status(root) == ""


def test_concurrent_commit_passes_from_two_threads_serialise(root: Path) -> None:
    texts = [texts_for(root, steps("pdf-forms", "1. From A.")), texts_for(root, steps("git-rebase", "1. From B."))]
    barrier = threading.Barrier(2)
    results: list[str] = []
    errors: list[BaseException] = []

    def run(i: int) -> None:
        barrier.wait()
        try:
            results.append(commit_pass(root, texts[i], f"Pass {i}", mode="auto", run_id=f"run-{i}").sha)
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(i,)) for i in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert errors == [] and len(results) == 2
    assert run_git(root, "rev-list", "--count", "HEAD").strip() == "3"  # linear: seed, then one, then the other
    assert "1. From A." in (root / "pdf-forms" / "SKILL.md").read_text()
    assert "1. From B." in (root / "git-rebase" / "SKILL.md").read_text()
    assert status(root) == ""


def test_bad_run_ids_duplicate_reviews_and_empty_passes_are_refused(root: Path) -> None:
    texts = texts_for(root, steps("pdf-forms", "1. New."))
    for bad in ("../x", "-x", "a..b", "a/b", "x.lock", ""):
        with pytest.raises(InvalidInput, match="run_id"):
            commit_pass(root, texts, "Evolve", mode="review", run_id=bad)
    commit_pass(root, texts, "Evolve", mode="review", run_id="r1")
    with pytest.raises(SkillError, match="already exists"):
        commit_pass(root, texts, "Evolve", mode="review", run_id="r1")
    with pytest.raises(Conflict, match="changes nothing"):
        commit_pass(root, {"pdf-forms": PDF}, "Evolve", mode="auto", run_id="r2")
    with pytest.raises(SkillError, match="no such skill"):
        commit_pass(root, {"ghost": None}, "Evolve", mode="auto", run_id="r3")
    with pytest.raises(InvalidInput, match="branch"):
        review_diff(root, "evolve/../main")
    with pytest.raises(NotFound, match="no pending review 'evolve/main'"):
        review_diff(root, "main")
