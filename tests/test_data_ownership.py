"""Own your data: list runs, undo an import, forget a user — on both ledgers, with no byte left behind."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import psycopg
import pytest

from backends import both
from conftest import trajectory
from skillhive.errors import NotFound
from skillhive.hive import Hive
from skillhive.models import Caller, Lesson, LessonKind, TrajectoryIn
from skillhive.skills.git import run_git
from skillhive.usecases.ownership import RunFilter

pytestmark = both

TEAM = "team-a"
ADMIN = Caller(user="ops", team=TEAM, role="admin")
SECRET = "zorbquill-5521"


def run(task: str, status: str = "success", **extra: object) -> TrajectoryIn:
    return TrajectoryIn.model_validate(trajectory(task, status, **extra))


def record(hive: Hive, user: str, *runs: TrajectoryIn, import_id: str | None = None) -> list[str]:
    caller = Caller(user=user, team=TEAM, role="member")
    return [r.id for r in hive.record_many(caller, list(runs), import_id=import_id)]


def leaking(n: int) -> TrajectoryIn:
    return run(
        f"Charge card {SECRET} number {n} at the payment gateway",
        steps=[{"action": f"stripe charge {SECRET}-{n}", "observation": f"declined {SECRET}"}],
    )


def lesson(hive: Hive, lid: str, evidence: list[str], authors: list[str]) -> None:
    now = datetime.now(UTC)
    hive.backends.evolution.save_lesson(
        Lesson(
            id=lid,
            team=TEAM,
            title=f"Lesson {lid} on payments",
            description="d",
            content="c",
            kind=LessonKind.PITFALL,
            evidence=evidence,
            authors=authors,
            created_at=now,
            updated_at=now,
        )
    )


def traces(hive: Hive, database_url: str | None, postgres_root: Path | None) -> list[str]:
    """Files holding SECRET: the data directory, and on PostgreSQL the database's own files after the
    documented maintenance (VACUUM FULL, then CHECKPOINT so every page is on disk)."""
    hive.close()
    roots = [hive.settings.data_dir]
    if database_url is not None:
        assert postgres_root is not None
        with psycopg.connect(database_url, autocommit=True) as conn:
            conn.execute("VACUUM FULL")
            conn.execute("CHECKPOINT")
            oid = conn.execute("SELECT oid FROM pg_database WHERE datname = current_database()").fetchone()
        assert oid is not None
        roots.append(postgres_root / "data" / "base" / str(oid[0]))
    needle = SECRET.encode()
    return [str(p) for root in roots for p in sorted(root.rglob("*")) if p.is_file() and needle in p.read_bytes()]


@pytest.fixture
def postgres_root(database_url: str | None, request: pytest.FixtureRequest) -> Path | None:
    return None if database_url is None else Path(request.getfixturevalue("postgres").root)


def test_runs_are_listed_newest_first_and_filtered_by_user_tag_outcome_and_time(hive: Hive) -> None:
    first = record(hive, "alice", run("Deploy the web app", tags=["deploy"]))[0]
    cutoff = datetime.now(UTC).isoformat()
    failed = record(hive, "bob", run("Migrate the orders table", "failure", tags=["db"]))[0]
    shared = record(hive, "carol", run("Rotate the api keys", tags=["deploy_x"]))[0]
    record(hive, "alice", run("Rotate the api keys", tags=["deploy_x"]))  # alice recorded it too

    def ids(**flt: object) -> list[str]:
        return [r.id for r in hive.ownership.runs(ADMIN, RunFilter(**flt))]  # type: ignore[arg-type]

    assert ids() == [shared, failed, first]
    assert ids(user="alice") == [shared, first]
    assert ids(tag="deploy") == [first]  # a whole tag, not a part of another ("deploy_x")
    assert ids(outcome="failure") == [failed]
    assert ids(since=cutoff) == [shared, failed]
    assert ids(limit=1) == [shared]


def test_forgetting_an_import_removes_its_runs_and_the_names_it_added_and_no_byte_stays(
    hive: Hive, database_url: str | None, postgres_root: Path | None
) -> None:
    kept = record(hive, "bob", run("Fix the payment retry loop"))[0]
    for n in range(15):  # neighbours, so the batch's runs share pages and index segments with others
        record(hive, "bob", run(f"Refund order number {n} at the payment gateway"))
    batch = hive.ownership.start_import(ADMIN, "/tmp/fixtures", "native")
    imported = record(
        hive, "alice", *[leaking(n) for n in range(5)], run("Fix the payment retry loop"), import_id=batch
    )
    hive.ownership.finish_import(batch, {"stored": 5, "already": 1})
    assert {r.import_id for r in hive.ownership.runs(ADMIN, RunFilter()) if r.id in imported[:5]} == {batch}
    card = hive.backends.ledger.trajectory_cards(TEAM, imported[:1])[imported[0]]
    assert card.import_id == batch  # what retrieval can show as source import:<id>
    lesson(hive, "ls_only_import", imported[:2], ["alice"])
    lesson(hive, "ls_mixed", [imported[0], kept], ["alice", "bob"])
    hive.backends.indexer.drain()

    result = hive.ownership.forget_import(ADMIN, batch)
    hive.backends.indexer.drain()

    assert (result.runs, result.authorships) == (5, 1)
    assert result.lessons_removed == ["ls_only_import"]
    assert result.lineage.lessons == [("ls_mixed", "Lesson ls_mixed on payments", 1)]
    assert [r.id for r in hive.ownership.runs(ADMIN, RunFilter(user="alice"))] == []
    assert hive.backends.ledger.authors(TEAM, [kept]) == {kept: ("bob",)}
    assert hive.ownership.imports(ADMIN)[0].forgotten_at is not None
    again = record(hive, "alice", leaking(0))  # imported again: kept out by its content hash
    assert hive.backends.ledger.get_trajectory(TEAM, again[0]) is None
    with pytest.raises(NotFound, match="no import 'im_missing'"):
        hive.ownership.forget_import(ADMIN, "im_missing")
    assert traces(hive, database_url, postgres_root) == []


def test_forgetting_a_user_removes_their_runs_names_outcomes_and_lessons_and_lists_the_lineage(
    hive: Hive, database_url: str | None, postgres_root: Path | None
) -> None:
    mine = record(hive, "alice", *[leaking(n) for n in range(4)])
    shared = record(hive, "alice", run("Restart the payment workers"))[0]
    record(hive, "bob", run("Restart the payment workers"))  # bob recorded it after alice
    bobs = record(hive, "bob", run("Scale the payment workers"))[0]
    for n in range(15):
        record(hive, "carol", run(f"Refund order number {n} at the payment gateway"))
    ledger = hive.backends.ledger
    ledger.add_skill_outcome(
        team=TEAM, user="alice", skill="deploy", version=None, success=True, trajectory_id=mine[0], note=SECRET
    )
    ledger.add_skill_outcome(
        team=TEAM, user="alice", skill="deploy", version=None, success=False, trajectory_id=bobs, note="n"
    )
    hive.backends.evolution.note_served(TEAM, "alice", ["ls_mixed"])
    lesson(hive, "ls_alice", mine[:2], ["alice"])
    lesson(hive, "ls_mixed", [mine[2], bobs], ["alice", "bob"])
    root = hive.directory(TEAM).root
    (root / "notes.md").write_text("payments\n")
    run_git(root, "add", "--all")
    run_git(root, "commit", "-qm", f"Evolve payments (run x)\n\nevidence: read by the model: {mine[3]}, {bobs}")
    cited = run_git(root, "rev-parse", "HEAD").strip()
    hive.backends.indexer.drain()

    result = hive.ownership.forget_user(ADMIN, "alice")
    hive.backends.indexer.drain()

    # the outcome on her own run went with the run; the one on bob's run is counted here
    assert (result.runs, result.authorships, result.outcomes, result.serves) == (4, 1, 1, 1)
    assert result.lessons_removed == ["ls_alice"] and result.lessons_renamed == 1
    assert result.lineage.lessons == [("ls_mixed", "Lesson ls_mixed on payments", 1)]
    assert result.lineage.commits == [(cited, "Evolve payments (run x)")]
    stored = ledger.get_trajectory(TEAM, shared)
    assert stored is not None and stored.user == "bob"  # the shared run passes to its next recorder
    assert ledger.authors(TEAM, [shared]) == {shared: ("bob",)}
    assert hive.ownership.runs(ADMIN, RunFilter(user="alice")) == []
    assert [(lsn.id, lsn.authors, lsn.evidence) for lsn in hive.backends.evolution.lessons(TEAM)] == [
        ("ls_mixed", ["bob"], [bobs])
    ]
    assert ledger.read('SELECT count(*) AS n FROM skill_outcomes WHERE "user" = ?', ("alice",))[0]["n"] == 0
    with pytest.raises(NotFound, match="no user 'alice'"):
        hive.ownership.forget_user(ADMIN, "alice")
    assert traces(hive, database_url, postgres_root) == []


def test_only_a_maintainer_forgets_a_user_or_an_import(hive: Hive) -> None:
    from skillhive.errors import Forbidden

    record(hive, "alice", run("Deploy the web app"))
    member = Caller(user="bob", team=TEAM, role="member")
    with pytest.raises(Forbidden):
        hive.ownership.forget_user(member, "alice")
    with pytest.raises(Forbidden):
        hive.ownership.forget_import(member, "im_x")


def test_a_user_who_was_only_served_lessons_can_be_forgotten(hive: Hive) -> None:
    lesson(hive, "ls_one", [record(hive, "alice", run("Deploy the web app"))[0]], ["alice"])
    hive.backends.evolution.note_served(TEAM, "zed", ["ls_one"])
    result = hive.ownership.forget_user(ADMIN, "zed")
    assert (result.runs, result.serves) == (0, 1)
