"""Export and import bundles: a lossless round trip on both ledgers, merging with ids kept, redaction,
tombstones, one user's share, and undoing a bundle import."""

from __future__ import annotations

import gzip
import io
import json
import tarfile
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from backends import both
from conftest import trajectory
from skillhive.config import Settings
from skillhive.errors import ImportFormatError
from skillhive.hive import Hive
from skillhive.models import Caller, Lesson, LessonKind, TrajectoryIn
from skillhive.requests import ForgetRequest, RetrieveRequest
from skillhive.skills.git import run_git
from skillhive.store.embeddings import LocalMiniLM
from skillhive.usecases.bundles import is_bundle
from skillhive.usecases.ownership import RunFilter

pytestmark = both

TEAM = "team-a"
ADMIN = Caller(user="ops", team=TEAM, role="admin")


def record(hive: Hive, user: str, task: str, status: str = "success", **extra: object) -> str:
    caller = Caller(user=user, team=TEAM, role="member")
    return hive.record(caller, TrajectoryIn.model_validate(trajectory(task, status, **extra))).id


def members(path: Path) -> dict[str, bytes]:
    with tarfile.open(path, "r:gz") as tar:
        return {m.name: tar.extractfile(m).read() for m in tar if m.isfile()}  # type: ignore[union-attr]


def manifest(path: Path) -> dict:
    return json.loads(members(path)["manifest.json"])


def rewrite(path: Path, dest: Path, change: dict[str, bytes]) -> Path:
    """The bundle with some members replaced (a hand-edited or newer bundle)."""
    files = {**members(path), **change}
    with (
        dest.open("wb") as raw,
        gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as gz,
        tarfile.open(fileobj=gz, mode="w") as tar,
    ):
        for name, data in files.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    return dest


@pytest.fixture
def other(
    tmp_path: Path, settings: Settings, embedder: LocalMiniLM, database_url: str | None, request: pytest.FixtureRequest
) -> Iterator[Hive]:
    """A second, empty hive on the same engine."""
    url = None if database_url is None else request.getfixturevalue("postgres").create_database()
    fields = {**settings.model_dump(exclude={"database_url"}), "data_dir": tmp_path / "other", "database_url": url}
    h = Hive(Settings(**fields), embedder=embedder)
    yield h
    h.close()


@pytest.fixture
def filled(hive: Hive) -> Hive:
    """A hive with every kind of row a bundle carries, and a skill history of two branches."""
    a1 = record(hive, "alice", "Deploy the billing service to staging", tags=["deploy"])
    shared = record(hive, "alice", "Rotate the database credentials")
    record(hive, "bob", "Rotate the database credentials")
    b1 = record(hive, "bob", "Migrate the orders table", "failure")
    gone = record(hive, "bob", "Debug the flaky payment test")
    unknown = record(hive, "carol", "Clean up the staging cluster", "unknown")
    hive.forget(ADMIN, ForgetRequest(id=gone))
    evo = hive.backends.evolution
    evo.save_judgement(TEAM, unknown, "success", 0.8, "the cluster is clean", "judge-model")
    now = datetime.now(UTC)
    evo.save_lesson(
        Lesson(
            id="ls_rotate",
            team=TEAM,
            title="Rotate credentials before a deploy",
            description="when deploying",
            content="rotate first",
            kind=LessonKind.STRATEGY,
            evidence=[shared, a1],
            authors=["alice", "bob"],
            support_trajectories=2,
            support_users=2,
            created_at=now,
            updated_at=now,
        )
    )
    evo.note_served(TEAM, "alice", ["ls_rotate"])
    evo.attribute(TEAM, "alice", a1, True)
    ledger = hive.backends.ledger
    ledger.add_skill_outcome(
        team=TEAM, user="alice", skill="deploy", version=None, success=True, trajectory_id=a1, note="worked"
    )
    ledger.add_skill_outcome(
        team=TEAM, user="bob", skill="deploy", version=None, success=False, trajectory_id=None, note=None
    )
    ledger.add_skill_outcome(team=TEAM, user="bob", skill="db", version=None, success=False, trajectory_id=b1, note="")
    root = hive.directory(TEAM).root
    (root / "notes").mkdir(exist_ok=True)
    (root / "notes" / "README.md").write_text("team notes\n")
    run_git(root, "add", "--all")
    run_git(root, "commit", "-qm", f"Add notes (evidence: {a1})")
    run_git(root, "branch", "evolve/run-1")
    hive.directory(TEAM).invalidate()
    return hive


def test_export_then_import_into_an_empty_hive_then_export_gives_the_same_bundle(
    filled: Hive, other: Hive, tmp_path: Path
) -> None:
    first, second = tmp_path / "first.tar.gz", tmp_path / "second.tar.gz"
    exported = filled.bundles.export(ADMIN, first)
    assert is_bundle(first)
    assert exported.tables == {
        "trajectories": 4, "trajectory_authors": 5, "lessons": 1, "skill_outcomes": 3, "lesson_serves": 1,
        "judgements": 1, "forgotten": 1,
    }  # fmt: skip
    assert set(exported.branches) == {"main", "evolve/run-1"}

    done = other.bundles.import_bundle(ADMIN, first)
    # "fast-forward" when both seed commits fell in the same second (then they are the same commit)
    assert done.skills is not None and done.skills.outcome in ("restored", "fast-forward")
    assert {t: (c.restored, c.already) for t, c in done.tables.items()} == {
        "forgotten": (1, 0), "trajectories": (4, 0), "trajectory_authors": (1, 4), "judgements": (1, 0),
        "lessons": (1, 0), "skill_outcomes": (3, 0), "lesson_serves": (1, 0),
    }  # fmt: skip
    other.bundles.export(ADMIN, second)

    a, b = members(first), members(second)
    assert set(a) == set(b) == {"manifest.json", "skills.bundle"} | {f"tables/{t}.jsonl" for t in exported.tables}
    for name in a:
        if name.startswith("tables/"):
            assert a[name] == b[name], name
    ma, mb = json.loads(a["manifest.json"]), json.loads(b["manifest.json"])
    assert ma.pop("created_at") != "" and mb.pop("created_at") != ""
    assert ma.pop("hive") != mb.pop("hive")  # each names the hive it came from
    assert ma == mb  # counts, team, format, version and every branch's commit
    assert other.ownership.runs(ADMIN, RunFilter())[0].import_id == done.batch_id
    other.backends.indexer.drain()
    found = other.retrieve(
        ADMIN,
        RetrieveRequest(query="rotate the database credentials"),
    )
    assert found.items and found.items[0].title == "Rotate the database credentials"


def test_importing_into_a_hive_with_runs_merges_with_ids_kept_and_skips_what_is_there(
    filled: Hive, other: Hive, tmp_path: Path
) -> None:
    bundle = tmp_path / "b.tar.gz"
    filled.bundles.export(ADMIN, bundle)
    own = record(other, "dave", "Renew the TLS certificates")
    same = record(other, "erin", "Deploy the billing service to staging", tags=["deploy"])  # the same content
    kept_out = record(other, "erin", "Migrate the orders table", "failure")
    other.forget(ADMIN, ForgetRequest(id=kept_out))
    root = other.directory(TEAM).root
    (root / "mine.md").write_text("this hive's own change\n")
    run_git(root, "add", "--all")
    run_git(root, "commit", "-qm", "A change of this hive's own")
    head = run_git(root, "rev-parse", "HEAD").strip()

    done = other.bundles.import_bundle(ADMIN, bundle)

    runs = done.tables["trajectories"]
    assert (runs.restored, runs.already, runs.forgotten) == (2, 1, 1)
    assert done.skills is not None and done.skills.outcome == "fetched"
    assert done.notes and "refs/skillhive/imports/" in done.notes[0]
    assert run_git(root, "rev-parse", "HEAD").strip() == head  # the live skills stay this hive's
    ids = {r.id for r in other.ownership.runs(ADMIN, RunFilter())}
    assert own in ids and same in ids and kept_out not in ids
    assert {r.id for r in filled.ownership.runs(ADMIN, RunFilter())} - {kept_out} <= ids  # ids kept
    assert set(other.backends.ledger.authors(TEAM, [same])[same]) == {"erin", "alice"}
    assert other.backends.ledger.get_trajectory(TEAM, same).user == "erin"  # type: ignore[union-attr]
    again = other.bundles.import_bundle(ADMIN, bundle)
    assert all(t.restored == 0 for t in again.tables.values())

    undone = other.ownership.forget_import(ADMIN, done.batch_id)
    assert (undone.runs, undone.authorships) == (2, 1)
    assert {r.id for r in other.ownership.runs(ADMIN, RunFilter())} == {own, same}
    assert other.backends.ledger.authors(TEAM, [same])[same] == ("erin",)


def test_a_bundle_import_redacts_runs_and_text_again(filled: Hive, other: Hive, tmp_path: Path) -> None:
    bundle = tmp_path / "b.tar.gz"
    filled.bundles.export(ADMIN, bundle)
    secret = "sk-proj-" + "Ab3x" * 12
    rows = [json.loads(line) for line in members(bundle)["tables/trajectories.jsonl"].splitlines()]
    doc = json.loads(rows[0]["doc"])
    doc["task"] += f" with key {secret}"
    rows[0]["doc"] = json.dumps(doc)
    lessons = [json.loads(line) for line in members(bundle)["tables/lessons.jsonl"].splitlines()]
    lessons[0]["content"] = f"export OPENAI_API_KEY={secret}"
    edited = rewrite(
        bundle,
        tmp_path / "edited.tar.gz",
        {
            "tables/trajectories.jsonl": "".join(json.dumps(r) + "\n" for r in rows).encode(),
            "tables/lessons.jsonl": "".join(json.dumps(r) + "\n" for r in lessons).encode(),
        },
    )
    done = other.bundles.import_bundle(ADMIN, edited)
    assert done.redactions >= 2
    stored = other.backends.ledger.get_trajectory(TEAM, rows[0]["id"])
    assert stored is not None and secret not in stored.doc and "[REDACTED" in stored.doc
    assert all(secret not in lsn.content for lsn in other.backends.evolution.lessons(TEAM))


def test_one_users_export_holds_their_runs_outcomes_and_lessons_only(filled: Hive, tmp_path: Path) -> None:
    bundle = tmp_path / "alice.tar.gz"
    done = filled.bundles.export(ADMIN, bundle, user="alice")
    files = members(bundle)
    assert "skills.bundle" not in files and "tables/forgotten.jsonl" not in files
    assert manifest(bundle)["user"] == "alice" and manifest(bundle)["skills"] is None
    authors = [json.loads(x)["user"] for x in files["tables/trajectory_authors.jsonl"].splitlines()]
    assert authors == ["alice", "alice"]
    assert done.tables["trajectories"] == 2 and done.tables["skill_outcomes"] == 1 and done.tables["lessons"] == 1


def test_a_bundle_of_a_newer_version_or_another_format_is_refused_by_name(filled: Hive, tmp_path: Path) -> None:
    bundle = tmp_path / "b.tar.gz"
    filled.bundles.export(ADMIN, bundle)
    newer = rewrite(
        bundle, tmp_path / "v2.tar.gz", {"manifest.json": json.dumps({**manifest(bundle), "version": 2}).encode()}
    )
    with pytest.raises(ImportFormatError, match=r"bundle version 2; this skillhive .* reads versions 1 to 1"):
        filled.bundles.import_bundle(ADMIN, newer)
    odd = rewrite(bundle, tmp_path / "odd.tar.gz", {"tables/tokens.jsonl": b'{"id": "x"}\n'})
    with pytest.raises(ImportFormatError, match=r"'tables/tokens\.jsonl' is no part of a skillhive-bundle"):
        filled.bundles.import_bundle(ADMIN, odd)
    assert not is_bundle(tmp_path / "missing.tar.gz")


def test_a_bundle_moves_between_the_engines_unchanged(
    filled: Hive,
    settings: Settings,
    embedder: LocalMiniLM,
    backend: str,
    tmp_path: Path,
    request: pytest.FixtureRequest,
) -> None:
    """SQLite → PostgreSQL and PostgreSQL → SQLite: the second export holds the same records."""
    url = request.getfixturevalue("postgres").create_database() if backend == "sqlite" else None
    fields = {**settings.model_dump(exclude={"database_url"}), "data_dir": tmp_path / "there", "database_url": url}
    there = Hive(Settings(**fields), embedder=embedder)
    try:
        first, second = tmp_path / "first.tar.gz", tmp_path / "second.tar.gz"
        filled.bundles.export(ADMIN, first)
        there.bundles.import_bundle(ADMIN, first)
        there.bundles.export(ADMIN, second)
    finally:
        there.close()
    a, b = members(first), members(second)
    assert {n: v for n, v in a.items() if n.startswith("tables/")} == {
        n: v for n, v in b.items() if n.startswith("tables/")
    }


def test_forgetting_a_bundle_import_removes_every_row_it_brought(filled: Hive, other: Hive, tmp_path: Path) -> None:
    bundle = tmp_path / "b.tar.gz"
    filled.bundles.export(ADMIN, bundle)
    done = other.bundles.import_bundle(ADMIN, bundle)
    undone = other.ownership.forget_import(ADMIN, done.batch_id)
    assert (undone.runs, undone.outcomes, undone.lessons_removed) == (4, 1, ["ls_rotate"])
    ledger = other.backends.ledger
    left = {
        table: ledger.read(f"SELECT count(*) AS n FROM {table}")[0]["n"]
        for table in ("trajectories", "trajectory_authors", "lessons", "skill_outcomes", "lesson_serves", "judgements")
    }
    assert left == dict.fromkeys(left, 0)
