"""The use cases the CLI, the MCP tools and a web view share: importing runs as a batch, the
evolver's status, and tokens — called here without any surface."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from skillhive.errors import NotFound
from skillhive.hive import Hive
from skillhive.importers.records import ImportItem
from skillhive.models import Caller, TrajectoryIn
from skillhive.reports import PassReport
from skillhive.usecases.evolution import evolve_status
from skillhive.usecases.imports import Extras, TrajectoryImport

ALICE = Caller(user="alice", team="team-a", role="admin")


def run(task: str, **extra: object) -> TrajectoryIn:
    return TrajectoryIn.model_validate(
        {"task": task, "steps": [{"action": f"do {task}"}], "outcome": {"status": "success"}, **extra}
    )


def items(n: int, *, bad: int = 0) -> Iterator[ImportItem]:
    for i in range(n):
        yield ImportItem(position=f"line {i + 1}", trajectory=run(f"Import job number {i}"))
    for i in range(bad):
        yield ImportItem(position=f"line {n + i + 1}", error="not a trajectory")


def test_an_import_stores_its_runs_in_batches_and_closes_the_batch_with_what_it_stored(hive: Hive) -> None:
    job = TrajectoryImport(
        hive.experience, hive.ownership, ALICE, "/tmp/runs.jsonl", "native", extras=Extras(tags=("imported",)),
        batch_size=2,
    )  # fmt: skip
    seen: list[str] = []
    counts = job.run(items(5, bad=1), lambda item: seen.append(item.position))
    assert (counts.created, counts.dupes, counts.bad) == (5, 0, 1) and len(seen) == 6
    batch = next(b for b in hive.ownership.imports(ALICE) if b.id == job.batch_id)
    assert batch.counts == {"stored": 5, "already": 0, "forgotten": 0, "skipped": 1}
    again = hive.start_import(ALICE, "/tmp/runs.jsonl", "native").run(items(5))
    assert (again.created, again.dupes) == (0, 5)
    assert hive.backends.ledger.count_trajectories("team-a") == 5


def test_an_interrupted_import_keeps_what_it_stored_and_its_batch_says_so(hive: Hive) -> None:
    job = hive.start_import(ALICE, "/tmp/runs.jsonl", "native")
    job.batch_size = 2

    def stop_at_the_third(item: ImportItem) -> None:
        if item.position == "line 3":
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        job.run(items(6), stop_at_the_third)
    batch = next(b for b in hive.ownership.imports(ALICE) if b.id == job.batch_id)
    assert job.counts.created == 2 == batch.counts["stored"]  # the third run was still pending


def test_the_evolver_status_says_who_may_change_skills_and_lists_the_passes_typed(hive: Hive) -> None:
    status = evolve_status(hive.backends, "team-a")
    assert status.passes == [] and status.users == 0 and not status.model_configured
    report = PassReport(run_id="ev_1", team="team-a", mode="auto", started_at="2026-12-01T00:00:00Z")  # type: ignore[arg-type]
    hive.backends.evolution.save_pass(report, finished=True)
    assert [p.run_id for p in evolve_status(hive.backends, "team-a").passes] == ["ev_1"]


def test_tokens_are_created_listed_revoked_and_checked_through_one_use_case(hive: Hive) -> None:
    tokens = hive.tokens
    assert not tokens.required("auto") and tokens.required("tokens") and not tokens.required("off")
    first = tokens.create("bob", "team-b")
    assert first.first and tokens.required("auto")
    assert not tokens.create("carol", "team-c", "maintainer").first
    info = tokens.verify(first.token.token)
    assert info is not None and info.caller == Caller(user="bob", team="team-b", role="member")
    assert tokens.teams() == ["team-b", "team-c"]
    revoked = tokens.revoke(first.token.info.id)
    assert not revoked.already and tokens.verify(first.token.token) is None
    assert tokens.revoke(first.token.info.id).already
    assert [t.user for t in tokens.list_tokens()] == ["carol"]
    assert len(tokens.list_tokens(include_revoked=True)) == 2
    with pytest.raises(NotFound):
        tokens.revoke("0" * 12)
