"""Pass reports are kept and read typed (reports.py), on both engines: one reader, no raw JSON above the store."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from backends import both
from skillhive.reports import PassReport, RejectedChange
from skillhive.store.evolution import EvolutionStore
from skillhive.store.ledger import Ledger

pytestmark = both


def report(run_id: str, mode: str = "auto", started: datetime | None = None) -> PassReport:
    return PassReport(
        run_id=run_id,
        team="t",
        mode=mode,
        started_at=started or datetime.now(UTC),  # type: ignore[arg-type]
    )


def test_a_pass_report_comes_back_typed_and_whole_newest_first(ledger: Ledger) -> None:
    store = EvolutionStore(ledger)
    first = report("ev_1", started=datetime.now(UTC) - timedelta(minutes=5))
    store.save_pass(first, finished=False)
    first.finished_at = datetime.now(UTC)
    first.rejected = [RejectedChange(skill="deploy", op="add_section", gate="evidence", reason="one user")]
    first.commit = "a" * 40
    store.save_pass(first, finished=True)  # the same pass, replaced when it ends
    second = report("ev_2")
    store.save_pass(second, finished=False)
    assert store.recent_passes("t") == [second, first]
    assert store.recent_passes("t", 1) == [second] and store.recent_passes("other") == []


def test_an_unfinished_writing_pass_holds_pulls_and_a_dry_run_or_a_finished_one_does_not(ledger: Ledger) -> None:
    store = EvolutionStore(ledger)
    store.save_pass(report("ev_dry", mode="dry-run"), finished=False)
    assert not store.pass_running("t")
    stale = report("ev_old", started=datetime.now(UTC) - timedelta(hours=2))
    store.save_pass(stale, finished=False)
    assert not store.pass_running("t")
    running = report("ev_now")
    store.save_pass(running, finished=False)
    assert store.pass_running("t")
    running.finished_at = datetime.now(UTC)
    store.save_pass(running, finished=True)
    assert not store.pass_running("t")
