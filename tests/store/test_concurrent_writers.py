"""Writers that overlap — two replicas, or two requests of one — on both engines: what one commits
while the other is mid-transaction is neither counted twice nor handed out twice, and what a
forgotten or retired document held leaves the keyword vocabulary."""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime

import psycopg

from backends import both
from skillhive.models import Caller, Lesson, LessonKind, TrajectoryIn
from skillhive.store.evolution import EvolutionStore
from skillhive.store.ledger import Ledger
from skillhive.store.sqlite.database import SqliteDatabase
from skillhive.usecases.experience import stored_row

pytestmark = both
ALICE = Caller(user="alice", team="t")
VOCABULARY = {  # where each engine keeps the words of runs it can search for
    "sqlite": "SELECT count(*) AS n FROM trajectories_vocab WHERE term = ?",
    "postgresql": "SELECT count(*) AS n FROM lexicon WHERE term = ? AND kind = 'trajectory'",
}


@contextmanager
def another_writer(ledger: Ledger, statement: str) -> Iterator[None]:
    """`statement` run in another connection's transaction, which stays open for the block's time:
    another replica caught between its write and its commit."""
    if isinstance(ledger.db, SqliteDatabase):
        conn = sqlite3.connect(ledger.db.path, isolation_level=None)
        conn.execute("BEGIN IMMEDIATE")
        conn.execute(statement)
        try:
            yield
        finally:
            conn.execute("COMMIT")
            conn.close()
        return
    with psycopg.connect(ledger.db.url) as pg:  # type: ignore[attr-defined]
        pg.execute(statement)  # type: ignore[arg-type]
        yield  # the connection's block commits at its end


def lesson(lesson_id: str, title: str) -> Lesson:
    now = datetime.now(UTC)
    return Lesson(
        id=lesson_id, team="t", title=title, description="when builds fail", content="run npm ci first",
        kind=LessonKind.STRATEGY, evidence=["tr_x"], authors=["alice"], created_at=now, updated_at=now,
    )  # fmt: skip


def test_a_lesson_served_once_counts_for_one_of_two_runs_recorded_at_once(ledger: Ledger) -> None:
    evolution = EvolutionStore(ledger)
    evolution.save_lesson(lesson("ls_1", "check the lockfile"))
    evolution.note_served("t", "alice", ["ls_1"])
    results: list[object] = []
    with another_writer(ledger, "UPDATE lessons SET updated_at = updated_at WHERE id = 'ls_1'"):
        threads = [
            threading.Thread(target=lambda r=r: results.append(evolution.attribute("t", "alice", r, True)))
            for r in ("tr_run1", "tr_run2")
        ]
        for t in threads:
            t.start()
        time.sleep(0.5)  # both runs' transactions are waiting on the other writer
    for t in threads:
        t.join(timeout=30)
    assert sorted(results) == [0, 1]  # type: ignore[type-var]
    counted = ledger.read("SELECT uses, successes FROM lessons WHERE id = 'ls_1'")[0]
    assert (counted["uses"], counted["successes"]) == (1, 1)


def test_two_new_teams_claiming_one_skill_directory_at_once_get_one_each(ledger: Ledger) -> None:
    found: dict[str, str] = {}
    with another_writer(ledger, "INSERT INTO team_skills (team, path) VALUES ('team-a', 'skills')"):
        claim = threading.Thread(
            target=lambda: found.setdefault(
                "b", ledger.claim_skill_directory("team-b", "skills", "teams/team-b/skills")
            )
        )
        claim.start()
        time.sleep(0.5)  # team-b's claim is waiting on team-a's uncommitted one
    claim.join(timeout=30)
    assert found["b"] == "teams/team-b/skills"
    assert ledger.claim_skill_directory("team-b", "skills", "teams/team-b/skills") == "teams/team-b/skills"
    assert ledger.claim_skill_directory("team-a", "skills", "teams/team-a/skills") == "skills"


def test_a_forgotten_runs_words_leave_the_keyword_vocabulary(ledger: Ledger, backend: str) -> None:
    kept = ledger.insert_trajectory(stored_row(ALICE, TrajectoryIn(task="rotate the nginx logs")))
    gone = ledger.insert_trajectory(stored_row(ALICE, TrajectoryIn(task="rotate the zyxwquux snapshots")))
    assert ledger.read(VOCABULARY[backend], ("zyxwquux",))[0]["n"] == 1
    assert ledger.forget_trajectory("t", gone.id)
    assert ledger.read(VOCABULARY[backend], ("zyxwquux",))[0]["n"] == 0
    assert ledger.read(VOCABULARY[backend], ("rotate",))[0]["n"] == 1
    assert ledger.postings("trajectory", "t", "rotate", 10) == [kept.id]


def test_a_retired_lesson_leaves_the_keyword_counts_and_the_vector_index(ledger: Ledger) -> None:
    evolution = EvolutionStore(ledger)
    evolution.save_lesson(lesson("ls_1", "pin the toolchain"))
    assert evolution.retire_lessons("t", ["ls_1"]) == ["ls_1"]
    assert evolution.retire_lessons("t", ["ls_1"]) == []  # retired once
    assert [(i.kind, i.item_id) for i in ledger.outbox.pending()][-1] == ("forget-lesson", "ls_1")  # off the index
    assert ledger.count_documents("lesson", "t") == 0
    assert ledger.postings("lesson", "t", "toolchain", 10) == []
    if ledger.exact_counts:
        assert ledger.document_frequency("lesson", "t", ["toolchain"]) == {"toolchain": 0}


def test_rebuilding_the_index_queue_keeps_the_deletions_still_queued(ledger: Ledger) -> None:
    gone = ledger.insert_trajectory(stored_row(ALICE, TrajectoryIn(task="rotate the api key of acme")))
    other = ledger.insert_trajectory(stored_row(ALICE, TrajectoryIn(task="another run")))
    with ledger.outbox.claim(10):
        pass  # both indexed
    assert ledger.forget_trajectory("t", gone.id)
    ledger.outbox.requeue_all()
    queued = {(i.kind, i.item_id) for i in ledger.outbox.pending()}
    assert queued == {("forget-trajectory", gone.id), ("trajectory", other.id)}
