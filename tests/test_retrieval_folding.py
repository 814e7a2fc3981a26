"""Folding the runs of one task into one item: which run stands for the task, whatever order float
noise gave them (a run not yet indexed is scored exactly, an indexed one by the index)."""

from __future__ import annotations

from skillhive.models import ItemKind
from skillhive.retrieval import _Candidate, _fold_tasks
from skillhive.store.records import TrajectoryCard


def run(id_: str, status: str, key: float, task_key: str = "cancel-denver") -> _Candidate:
    card = TrajectoryCard(
        id=id_,
        user="ann",
        created_at="2026-12-06T10:00:00+00:00",
        task="Cancel the Denver trip",
        status=status,
        score=None,
        tags=(),
        n_steps=2,
        summary="",
        procedure=("cancel_reservation",),
        task_key=task_key,
        twin_key=id_,
    )
    return _Candidate(ItemKind.TRAJECTORY, id_, similarity=key, key=key, score=key, card=card)


def test_a_tasks_success_stands_for_it_though_its_failure_scored_a_hair_higher() -> None:
    failed, worked = run("failed", "failure", 0.8123457), run("worked", "success", 0.8123456)
    other = run("other", "success", 0.5, task_key="seat-change")
    folded = _fold_tasks([failed, worked, other])
    assert [c.id for c in folded] == ["worked", "other"]
    assert folded[0].similar == ["failed"]
    assert folded[0].key == 0.8123457  # it takes the task's place in the order served


def test_runs_of_a_task_with_the_same_outcome_keep_their_order() -> None:
    first, second, third = run("a", "failure", 0.9), run("b", "failure", 0.89), run("c", "success", 0.88)
    folded = _fold_tasks([first, second, third])
    assert [c.id for c in folded] == ["c"]
    assert folded[0].similar == ["a", "b"]
