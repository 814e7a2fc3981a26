"""Export a team's data as one self-describing, versioned file, and import such a file (restore or merge).

The bundle (format `skillhive-bundle`, version 1) is a gzip-compressed tar holding, in this order:
  manifest.json         {"format", "version", "skillhive_version", "created_at", "hive", "team", "user",
                         "tables": {table: rows},
                         "skills": {"file", "branches": {branch: commit}, "own": [commit]} | null}
  tables/<table>.jsonl  one JSON object per row (keys sorted), in the table's key order: trajectories,
                        trajectory_authors, lessons, skill_outcomes, lesson_serves, judgements, forgotten
                        (content hashes of forgotten runs, so they stay forgotten)
  skills.bundle         the team's skill repository, every branch (`git bundle`); not in a --user export
`own` names the bundled commits the exporting hive made (its `hive_commits`), `hive` that hive
(`Ledger.hive_id`; informative: any export shows it, so it proves nothing). Importing records those
the bundle holds as this hive's own, so its skills are served as they were there (the commits that
hive pulled from a skills remote stay the remote's), only when it restores a team that holds no run
and no commit of this hive's yet (a hive moved to a new server): a bundle merged into a team with a
history here may move the live branch, but commits this hive did not record stay unrecorded, served
unverified, until a maintainer vouches for them (`skillhive skills adopt`); this hive's own export
needs nothing, its commits are recorded here already. A bundle without `own` (exported before skillhive
recorded its commits) restores no record either. Never in it: tokens, and the hive's own state
(outbox, evolver positions, import batches, settings). Everything but `created_at` and `hive` is a
function of the data: export → import → export gives the same records and the same skill branches.

Importing goes through the same steps as any import: every run is redacted again (a rule newer
than the bundle may catch more), runs are deduped by content and kept out by tombstones, and the
whole import is one batch that `forget --import` undoes.
"""

from __future__ import annotations

import gzip
import json
import logging
import re
import tarfile
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import IO, Any

from pydantic import ValidationError

from skillhive import __version__
from skillhive.errors import ImportFormatError, InvalidInput
from skillhive.models import Caller, TrajectoryIn
from skillhive.redact import redact_text, redact_trajectory
from skillhive.roles import require_role
from skillhive.skills.directories import SkillDirectories
from skillhive.skills.history import HistoryRestored, bundle_history, own_commits, restore_history
from skillhive.store.bundle import BundleRows, Tally, export_rows, portable_tables, restore
from skillhive.store.records import TrajectoryRow, now_iso
from skillhive.summaries import fts_body
from skillhive.usecases.experience import stored_row
from skillhive.usecases.ownership import DataOwnership
from skillhive.wiring import Backends

log = logging.getLogger(__name__)

FORMAT = "skillhive-bundle"
VERSION = 1
MANIFEST = "manifest.json"
SKILLS = "skills.bundle"
_COMMIT = re.compile(r"[0-9a-f]{40}|[0-9a-f]{64}")
_TEXTS = {"lessons": ("title", "description", "content"), "judgements": ("reason",), "skill_outcomes": ("note",)}


@dataclass(frozen=True)
class Exported:
    path: Path
    tables: dict[str, int]
    branches: dict[str, str]


@dataclass(frozen=True)
class Imported:
    batch_id: str
    team: str
    source: dict[str, Any]  # the bundle's manifest
    tables: dict[str, Tally]
    redactions: int
    unreadable: int  # runs whose document no longer reads as a run
    skills: HistoryRestored | None = None
    notes: list[str] = field(default_factory=list)


def is_bundle(path: Path) -> bool:
    """Whether `path` is a file in this format (a gzip'd tar whose first member is the manifest)."""
    try:
        if not path.is_file():
            return False
        with path.open("rb") as f:
            if f.read(2) != b"\x1f\x8b":
                return False
        with tarfile.open(path, "r:gz") as tar:
            first = tar.next()
            return first is not None and first.name == MANIFEST
    except (OSError, tarfile.TarError, EOFError):
        return False


class Bundles:
    def __init__(self, backends: Backends, directories: SkillDirectories, ownership: DataOwnership) -> None:
        self.backends = backends
        self.ledger = backends.ledger
        self.directories = directories
        self.ownership = ownership

    # -- export ----------------------------------------------------------------------------------
    def export(self, caller: Caller, path: Path, *, user: str | None = None) -> Exported:
        """Write the caller's team (only `user`'s share when given) to the bundle file `path`.

        Each table is written to a temporary file first, row by row, so a large team is never held
        in memory; the bundle appears under its name only once it is complete."""
        require_role(caller, "maintainer")
        team = caller.team
        with tempfile.TemporaryDirectory(prefix="skillhive-export-") as tmp:
            files: list[tuple[str, Path]] = []
            counts: dict[str, int] = {}
            for table in portable_tables():
                if user is not None and table.name == "forgotten":  # tombstones are the team's, not a user's
                    continue
                part = Path(tmp) / f"{table.name}.jsonl"
                n = 0
                with part.open("w", encoding="utf-8") as out:
                    for row in export_rows(self.ledger, table, team, user):
                        out.write(json.dumps(row, ensure_ascii=False, sort_keys=True) + "\n")
                        n += 1
                counts[table.name] = n
                files.append((f"tables/{table.name}.jsonl", part))
            branches: dict[str, str] = {}
            skills: dict[str, Any] | None = None
            if user is None:
                dest = Path(tmp) / SKILLS
                root = self.directories.get(team).root
                branches = bundle_history(root, dest)
                files.append((SKILLS, dest))
                own = own_commits(root, self.directories.commits(team))
                skills = {"file": SKILLS, "branches": branches, "own": own}
            manifest = {
                "format": FORMAT, "version": VERSION, "skillhive_version": __version__, "created_at": now_iso(),
                "hive": self.ledger.hive_id(), "team": team, "user": user, "tables": counts, "skills": skills,
            }  # fmt: skip
            head = Path(tmp) / MANIFEST
            head.write_bytes(json.dumps(manifest, indent=2, sort_keys=True).encode() + b"\n")
            files.insert(0, (MANIFEST, head))
            part_path = path.with_name(path.name + ".part")
            try:
                with part_path.open("wb") as raw:
                    _write_tar(raw, files)
                part_path.replace(path)
            except OSError as exc:
                raise InvalidInput("FILE", f"cannot write {path}: {exc.strerror or exc}") from None
            finally:
                part_path.unlink(missing_ok=True)
        log.info("%s exported team %s%s to %s", caller.user, team, f" (user {user})" if user else "", path)
        return Exported(path, counts, branches)

    # -- import ----------------------------------------------------------------------------------
    def import_bundle(self, caller: Caller, path: Path) -> Imported:
        """Restore a bundle into the caller's team (empty) or merge it (not empty), ids kept."""
        require_role(caller, "maintainer")
        with _open_bundle(path) as (manifest, tables, skills_file):
            runs, redactions, unreadable = self._runs(caller, tables.pop("trajectories", []))
            redactions += _redact_texts(tables)
            # The bundle's word on whose commits are whose is taken only where nothing here contradicts it: a
            # team restored from nothing (no run, no commit of this hive's: a hive moved to a new server). Its
            # `hive` is no proof (any export shows it), and this hive's own export needs none: its commits
            # are recorded here already.
            team = caller.team
            vouched = not self.ledger.count_trajectories(team) and not self.ledger.count_hive_commits(team)
            batch = self.ownership.start_import(caller, str(path.resolve()), "bundle")
            done = restore(self.ledger, BundleRows(caller.team, runs, tables), batch)
            history = None
            notes = []
            if skills_file is not None:
                directory = self.directories.get(caller.team)
                own = _own(path, manifest)
                made = self.directories.commits(caller.team)
                history = restore_history(directory.root, skills_file, batch, (own or ()) if vouched else (), made)
                directory.invalidate()
                if own and not vouched and history.outcome != "fetched" and set(own) - made.made(own):
                    notes.append(
                        "this team has a history here, so the bundle's word on whose skill commits are whose is not"
                        " taken: those this hive did not record are served unverified; if they are yours,"
                        " `skillhive skills adopt` records them"
                    )
                if own is None:
                    notes.append(
                        "the bundle names none of its skill commits as its hive's own (an older export): if its"
                        " skill history is this hive's, `skillhive skills adopt` records it"
                    )
                if history.outcome == "fetched":
                    notes.append(
                        f"the skill history differs from this hive's: its branches are under {history.kept_under}"
                        " for a maintainer to merge"
                    )
        counts = {
            "stored": done.tables["trajectories"].restored, "already": done.tables["trajectories"].already,
            "forgotten": done.tables["trajectories"].forgotten, "skipped": unreadable,
        }  # fmt: skip
        self.ownership.finish_import(batch, counts)
        self.backends.indexer.notify()
        self.ownership.retriever.forget_counts(caller.team)
        return Imported(batch, caller.team, manifest, done.tables, redactions, unreadable, history, notes)

    def _runs(self, caller: Caller, rows: list[dict[str, Any]]) -> tuple[list[TrajectoryRow], int, int]:
        """The bundle's runs as the ledger stores them: redacted again, into the caller's team, ids kept."""
        out: list[TrajectoryRow] = []
        redactions = unreadable = 0
        for r in rows:
            try:
                t = TrajectoryIn.model_validate_json(r["doc"])
                clean, n = redact_trajectory(t)
                if n:  # a rule the bundle's hive did not have: the run is stored as recording it now would be
                    recorder = Caller(user=r["user"], team=caller.team, role="member")
                    row = replace(
                        stored_row(recorder, clean), id=r["id"], created_at=r["created_at"],
                        redactions=int(r["redactions"]) + n,
                    )  # fmt: skip
                else:
                    row = TrajectoryRow(
                        id=r["id"], team=caller.team, user=r["user"], created_at=r["created_at"],
                        content_hash=r["content_hash"], task=r["task"], status=r["status"], score=r["score"],
                        tags=json.loads(r["tags"]), skills=json.loads(r["skills"]), agent=r["agent"],
                        n_steps=int(r["n_steps"]), summary=r["summary"], redactions=int(r["redactions"]),
                        doc=r["doc"], fts_body=fts_body(t), procedure=json.loads(r["procedure"]),
                        task_key=r["task_key"], twin_key=r["twin_key"],
                    )  # fmt: skip
            except KeyError as exc:
                raise InvalidInput("bundle trajectories", f"a row lacks the column {exc.args[0]!r}") from None
            except (ValidationError, ValueError, TypeError) as exc:
                unreadable += 1
                log.warning("bundle run %s left out: %s", r.get("id"), str(exc).splitlines()[0])
                continue
            redactions += n
            out.append(row)
        return out, redactions, unreadable


def _redact_texts(tables: dict[str, list[dict[str, Any]]]) -> int:
    """Redact the free text of lessons, judge reasons and outcome notes in place; returns how many."""
    n = 0
    for table, columns in _TEXTS.items():
        for row in tables.get(table, []):
            for column in columns:
                if isinstance(row.get(column), str):
                    row[column], found = redact_text(row[column])
                    n += found
    return n


def _write_tar(raw: IO[bytes], files: list[tuple[str, Path]]) -> None:
    """A tar of `files` (name in the tar, file) that depends on nothing but their names and bytes."""
    with (
        gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0) as gz,
        tarfile.open(fileobj=gz, mode="w", format=tarfile.PAX_FORMAT) as tar,
    ):
        for name, source in files:
            info = tarfile.TarInfo(name)
            info.size, info.mtime, info.mode = source.stat().st_size, 0, 0o644
            with source.open("rb") as data:
                tar.addfile(info, data)


@contextmanager
def _open_bundle(path: Path) -> Iterator[tuple[dict[str, Any], dict[str, list[dict[str, Any]]], Path | None]]:
    """The manifest, the rows of each table, and the skill history (a file while the block runs)."""
    known = {f"tables/{t.name}.jsonl": t.name for t in portable_tables()}
    try:
        tar = tarfile.open(path, "r:gz")  # noqa: SIM115 (closed by the `with` below)
    except (OSError, tarfile.TarError, EOFError) as exc:
        raise ImportFormatError(f"{path}: not a skillhive bundle ({exc})") from None
    with tar, tempfile.TemporaryDirectory(prefix="skillhive-import-") as tmp:
        manifest: dict[str, Any] | None = None
        tables: dict[str, list[dict[str, Any]]] = {}
        skills: Path | None = None
        for member in tar:
            data = tar.extractfile(member)
            if data is None:
                continue
            if member.name == MANIFEST:
                manifest = _manifest(path, data.read())
            elif member.name in known:
                tables[known[member.name]] = _rows(path, member.name, data)
            elif member.name == SKILLS:
                skills = Path(tmp) / SKILLS
                skills.write_bytes(data.read())
            else:
                raise ImportFormatError(f"{path}: {member.name!r} is no part of a {FORMAT} version {VERSION}")
        if manifest is None:
            raise ImportFormatError(f"{path}: no {MANIFEST}: not a skillhive bundle")
        yield manifest, tables, skills


def _manifest(path: Path, raw: bytes) -> dict[str, Any]:
    try:
        manifest = json.loads(raw)
    except ValueError:
        raise ImportFormatError(f"{path}: {MANIFEST} is not valid JSON") from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise ImportFormatError(f"{path}: {MANIFEST} names no format {FORMAT!r}")
    version = manifest.get("version")
    if not isinstance(version, int) or not 1 <= version <= VERSION:
        raise ImportFormatError(
            f"{path}: bundle version {version!r}; this skillhive ({__version__}) reads versions 1 to {VERSION}"
        )
    return manifest


def _own(path: Path, manifest: dict[str, Any]) -> list[str] | None:
    """The commits the bundle says its hive made (`skills.own`), or None when it says nothing of them."""
    skills = manifest.get("skills")
    own = skills.get("own") if isinstance(skills, dict) else None
    if own is None:
        return None
    if not isinstance(own, list) or not all(isinstance(c, str) and _COMMIT.fullmatch(c) for c in own):
        raise ImportFormatError(f"{path}: {MANIFEST}: skills.own is not a list of commit ids")
    return own


def _rows(path: Path, name: str, data: IO[bytes]) -> list[dict[str, Any]]:
    rows = []
    for n, line in enumerate(data, 1):
        try:
            row = json.loads(line)
        except ValueError:
            raise ImportFormatError(f"{path}: {name} line {n} is not valid JSON") from None
        if not isinstance(row, dict):
            raise ImportFormatError(f"{path}: {name} line {n} is not an object")
        rows.append(row)
    return rows
