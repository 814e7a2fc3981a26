"""The hive: the services behind every surface (MCP tools, CLI), wired from one Settings.

Each method takes the `Caller` the transport established and reads or writes only that
caller's team. Nothing here imports the MCP SDK.
"""

from __future__ import annotations

import base64
import json
import logging
import threading
import uuid
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path

from skillhive.config import Settings
from skillhive.errors import ConfigError, Forbidden, InvalidInput, NotFound, StorageError
from skillhive.models import (
    MAX_NOTE_CHARS,
    SKILL_NAME_MAX,
    Caller,
    ExperienceResult,
    ForgetResult,
    HiveStats,
    ItemKind,
    LastPass,
    OutcomeRecorded,
    OutcomeStatus,
    RecordResult,
    SkillDetail,
    SkillFileContent,
    SkillRate,
    SkillSummary,
    Trajectory,
    TrajectoryIn,
)
from skillhive.redact import redact_text, redact_trajectory
from skillhive.retrieval import Query, Retriever, SkillCard
from skillhive.roles import has_role
from skillhive.skills import sync as skill_sync
from skillhive.skills.directory import SkillDirectory
from skillhive.skills.repo import ensure_repo, resolve_version
from skillhive.store.embeddings import Embedder, make_embedder
from skillhive.store.evolution import EvolutionStore
from skillhive.store.indexer import Indexer
from skillhive.store.ledger import Ledger, TrajectoryRow, now_iso
from skillhive.store.vector_index import HnswParams, VectorIndex
from skillhive.summaries import INDEX_TEXT_VERSION, fts_body, procedure, summarize, task_key, twin_key

log = logging.getLogger(__name__)
PASS_HOLDS_PULLS = 3600.0  # seconds an unfinished evolver pass defers pulls (a crashed one stops after this)


def trajectory_id(team: str, content_hash: str) -> str:
    """Deterministic: the same run recorded twice in a team gets the same id."""
    return "tr_" + uuid.uuid5(uuid.NAMESPACE_URL, f"skillhive:{team}:{content_hash}").hex[:20]


class Hive:
    """Ledger + vector index + skill directories + retrieval for one data directory."""

    def __init__(self, settings: Settings, *, embedder: Embedder | None = None) -> None:
        self.settings = settings
        try:
            settings.data_dir.mkdir(parents=True, exist_ok=True)
            probe = settings.data_dir / ".skillhive-write-test"
            probe.touch()
            probe.unlink()
        except OSError as exc:
            raise ConfigError(
                f"--data-dir {settings.data_dir}: not a directory skillhive can write ({exc.strerror})"
            ) from None
        self.ledger = Ledger(settings.ledger_path)
        self.evolution = EvolutionStore(self.ledger)
        self.embedder = embedder or make_embedder(settings)
        self.index = VectorIndex(
            self.embedder.model_id,
            path=None if settings.chroma_url else settings.index_path,
            url=settings.chroma_url,
            hnsw=HnswParams(settings.hnsw_ef_search, settings.hnsw_ef_construction, settings.hnsw_m),
            timeout=settings.chroma_timeout,
        )
        self.indexer = Indexer(self.ledger, self.index, self.embedder, settings.data_dir / "index.lock")
        self.retriever = Retriever(
            self.ledger,
            self.index,
            self.embedder,
            self._skill_cards,
            min_score=settings.relevance_floor,
        )
        self._directories: dict[str, SkillDirectory] = {}
        self._roots: dict[str, Path] = {}
        self._roots_lock = threading.Lock()
        self._dir_lock = threading.Lock()
        self.skill_sync = skill_sync.SyncSchedule(settings.skills_sync_interval, busy=self._evolving)
        self._started = False
        self._team_hive = False

    # -- lifecycle -----------------------------------------------------------------------------
    def start(self) -> None:
        """Start background indexing (and catch up with anything a crash left behind)."""
        if not self._started:
            self._started = True
            self._check_index_model()
            self.directory(self.settings.team)  # create the skill repository now, not inside a request
            self.indexer.start()

    def close(self) -> None:
        self.skill_sync.close()
        self.indexer.stop()
        self.index.close()
        self.ledger.close()

    def warm_up(self) -> None:
        """Load the embedding model and open the index ahead of the first query."""
        try:
            self.embedder.embed(["warm up"])
            self.index.count(self.settings.team, "trajectory")
        except Exception as exc:  # warm-up is an optimisation; the real call reports errors
            log.warning("warm-up failed: %s", exc)

    def _check_index_model(self) -> None:
        if self.ledger.get_meta("index_text") != INDEX_TEXT_VERSION:
            # What a run's vector is made of changed (summaries.index_text): embed every run again, in
            # the background; until then the old vectors answer.
            if self.ledger.count_trajectories():
                log.warning("the index text changed (%s): re-embedding every run in the background", INDEX_TEXT_VERSION)
                self.ledger.requeue_all()
            self.ledger.set_meta("index_text", INDEX_TEXT_VERSION)
        built = self.ledger.get_meta("index_model")
        if built is None:
            self.ledger.set_meta("index_model", self.embedder.model_id)
        elif built != self.embedder.model_id:
            log.warning(
                "the vector index was built with %s but the model is now %s: run `skillhive reindex`",
                built,
                self.embedder.model_id,
            )

    # -- trajectories --------------------------------------------------------------------------
    def record(self, caller: Caller, trajectory: TrajectoryIn) -> RecordResult:
        """Redact, store once, acknowledge; the vector index catches up in the background."""
        return self.record_many(caller, [trajectory])[0]

    def record_many(self, caller: Caller, trajectories: Sequence[TrajectoryIn]) -> list[RecordResult]:
        """Record several trajectories in one ledger transaction (imports)."""
        rows = [self._row(caller, t) for t in trajectories]
        stored = self.ledger.insert_trajectories(rows)
        if any(s.created for s in stored):
            self.indexer.notify()
            self.retriever.forget_counts(caller.team)
        for t, s in zip(trajectories, stored, strict=True):
            if s.new_author:  # the caller's own run: it is the outcome of lessons recently served to them
                self.evolution.attribute(caller.team, caller.user, s.id, t.outcome.status == OutcomeStatus.SUCCESS)
        return [
            RecordResult(id=s.id, created=s.created, redactions=row.redactions, forgotten=s.forgotten)
            for row, s in zip(rows, stored, strict=True)
        ]

    @staticmethod
    def _row(caller: Caller, trajectory: TrajectoryIn) -> TrajectoryRow:
        clean, redactions = redact_trajectory(trajectory)
        content_hash = clean.content_hash()
        return TrajectoryRow(
            id=trajectory_id(caller.team, content_hash),
            team=caller.team,
            user=caller.user,
            created_at=now_iso(),
            content_hash=content_hash,
            task=clean.task,
            status=clean.outcome.status.value,
            score=clean.outcome.score,
            tags=list(clean.tags),
            skills=[s.name for s in clean.skills_used],
            agent=clean.agent,
            n_steps=len(clean.steps),
            summary=summarize(clean),
            redactions=redactions,
            doc=clean.model_dump_json(exclude_none=True),
            fts_body=fts_body(clean),
            procedure=procedure(clean),
            task_key=task_key(clean.task),
            twin_key=twin_key(clean),
        )

    def get_trajectory(self, caller: Caller, trajectory_id: str) -> Trajectory:
        if not trajectory_id or len(trajectory_id) > 64:
            raise InvalidInput("id", "must be a trajectory id of 1 to 64 characters")
        row = self.ledger.get_trajectory(caller.team, trajectory_id)
        if row is None:
            raise NotFound(f"no trajectory {trajectory_id!r}")
        body = TrajectoryIn.model_validate_json(row["doc"])
        return Trajectory(
            **body.model_dump(),
            id=row["id"],
            user=row["user"],
            team=row["team"],
            created_at=datetime.fromisoformat(row["created_at"]),
            content_hash_=row["content_hash"],
        )

    def forget(self, caller: Caller, trajectory_id: str) -> ForgetResult:
        """Remove a run for good: its recorder (alone) or a maintainer; a co-recorder removes only their name."""
        if not trajectory_id or len(trajectory_id) > 64:
            raise InvalidInput("id", "must be a trajectory id of 1 to 64 characters")
        authors = self.ledger.authors(caller.team, [trajectory_id]).get(trajectory_id)
        if not authors:
            raise NotFound(f"no trajectory {trajectory_id!r}")
        maintainer = has_role(caller, "maintainer")
        if caller.user not in authors and not maintainer:
            raise Forbidden("only the users who recorded a run, or a maintainer, can forget it")
        whole = self.ledger.forget_trajectory(caller.team, trajectory_id, None if maintainer else caller.user)
        self.indexer.notify()
        self.retriever.forget_counts(caller.team)
        log.info("%s forgot %s (%s)", caller.user, trajectory_id, "run" if whole else "authorship")
        return ForgetResult(id=trajectory_id, removed="run" if whole else "authorship")

    def retrieve(
        self,
        caller: Caller,
        query: str,
        *,
        k: int = 5,
        kinds: Sequence[ItemKind] | None = None,
        outcome: OutcomeStatus | None = None,
        tags: Sequence[str] | None = None,
        max_tokens: int = 1500,
    ) -> ExperienceResult:
        self.start()
        fresh: list[tuple[str, str]] = []
        if self.ledger.has_pending():
            self.indexer.notify()  # another process's rows, or a backlog: catch up in the background
            fresh = self.ledger.pending_of(caller.team, caller.user)
        q = Query(
            text=query,
            k=k,
            kinds=frozenset(kinds) if kinds else frozenset(ItemKind),
            outcome=outcome,
            tags=tuple(tags or ()),
            max_tokens=max_tokens,
            user=caller.user,
            min_users=self.quorum(),
        )
        self.index.sync(self.ledger.index_generation)
        result = self.retriever.retrieve(caller.team, q, fresh)
        self.evolution.note_served(caller.team, caller.user, [i.id for i in result.items if i.kind is ItemKind.LESSON])
        built = self.ledger.get_meta("index_model")
        if built is not None and built != self.embedder.model_id:
            result.warnings.append(f"index built with {built}: run `skillhive reindex` for {self.embedder.model_id}")
        return result

    def quorum(self) -> int:
        """Distinct users that make a run or a lesson the team's (verified; lessons served to everyone):
        SKILLHIVE_EVOLVE_MIN_USERS, or 1 in a hive that has only ever had one user (it is theirs)."""
        if self._team_hive or self.settings.evolve_min_users <= 1:
            return self.settings.evolve_min_users
        self._team_hive = self.evolution.hive_users() > 1  # once a team, always a team
        return self.settings.evolve_min_users if self._team_hive else 1

    # -- skills --------------------------------------------------------------------------------
    def skill_root(self, team: str) -> Path:
        """A team's skill directory, recorded in the ledger the first time the team is seen, so every
        process (HTTP, stdio, CLI, whatever its SKILLHIVE_TEAM) finds the same one.

        The first team of a hive gets `<data dir>/skills` (or --skills-dir), every other team
        `<data dir>/teams/<team>/skills`; --skills-dir naming another folder than the recorded one is an error.
        """
        with self._roots_lock:
            known = self._roots.get(team)
        if known is not None:
            return known
        data = self.settings.data_dir.resolve()
        explicit = team == self.settings.team and self.settings.skills_dir is not None
        wanted = self.settings.skill_root.resolve() if explicit else data / "skills"
        path = Path(self.ledger.claim_skill_directory(team, str(wanted), str(data / "teams" / team / "skills")))
        if explicit and path != wanted:
            raise ConfigError(
                f"--skills-dir {wanted} disagrees with the ledger: team {team!r} keeps its skills in {path}"
            )
        with self._roots_lock:
            self._roots[team] = path
        return path

    def skills_remote(self, team: str) -> str | None:
        """The git remote a team's skills track: its own in team_skills_remotes, else skills_remote (local team)."""
        found = self.settings.team_skills_remotes.get(team)
        return found or (self.settings.skills_remote if team == self.settings.team else None)

    def directory(self, team: str) -> SkillDirectory:
        """A team's skill directory; with a remote, a pull starts in the background when one is due."""
        found = self._open_directory(team)
        if self.skills_remote(team):
            self.skill_sync.poke(team, found.root)
        return found

    def _open_directory(self, team: str) -> SkillDirectory:
        with self._dir_lock:
            found = self._directories.get(team)
            if found is None:
                root = self.skill_root(team)
                remote = self.skills_remote(team)
                if remote is None:
                    ensure_repo(root, self.settings.seed_skills, adopt=self._may_adopt(team))
                elif skill_sync.attach(root, remote, self.settings.skills_remote_branch, self.settings.seed_skills):
                    self.skill_sync.mark(team)  # just cloned (or seeded and pushed)
                found = self._directories[team] = SkillDirectory(root)
            return found

    def _may_adopt(self, team: str) -> bool:
        """Whether a folder of files that is no repository may become one: only skillhive's own folders,
        or a --skills-dir the user allowed with --init."""
        return team != self.settings.team or self.settings.skills_dir is None or self.settings.skills_init

    def sync_skills(self, team: str) -> skill_sync.SyncResult:
        """Pull and push a team's skills now (`skillhive skills sync`); deferred while a pass runs."""
        remote = self.skills_remote(team)
        if remote is None:
            raise ConfigError(f"no skills remote for team {team!r}: set --skills-remote or SKILLHIVE_SKILLS_REMOTE")
        directory = self._open_directory(team)
        self.skill_sync.mark(team)
        if self._evolving(team):
            return skill_sync.SyncResult(
                remote=skill_sync.display_url(remote),
                branch=self.settings.skills_remote_branch,
                deferred="an evolver pass is running; it pushes its own commit, try again when it is done",
            )
        result = skill_sync.sync(directory.root)
        directory.invalidate()
        return result

    def _evolving(self, team: str) -> bool:
        """An evolver pass of the team started in the last hour and has not finished.

        Its texts were computed from the skills as they were when it started; a pull before its
        commit would slip remote changes under them, so pulls wait and the commit rebases instead.
        """
        for raw in self.evolution.recent_runs(team, 3):
            run = json.loads(raw)
            if run.get("finished_at") is None and run.get("mode") != "dry-run":
                started = datetime.fromisoformat(run["started_at"])
                if datetime.now(UTC) - started < timedelta(seconds=PASS_HOLDS_PULLS):
                    return True
        return False

    def _skill_cards(self, team: str) -> list[SkillCard]:
        usage = self.ledger.skill_usage(team)
        return [
            SkillCard(s.meta.name, s.meta.description, s.version, *usage.get(s.meta.name, (0, 0)))
            for s in self.directory(team).scan().skills.values()
        ]

    def list_skills(self, caller: Caller, query: str | None = None, limit: int = 20) -> list[SkillSummary]:
        usage = self.ledger.skill_usage(caller.team)
        skills = list(self.directory(caller.team).scan().skills.values())
        if query:
            ranked = self.retriever.retrieve(
                caller.team, Query(text=query, k=limit, kinds=frozenset({ItemKind.SKILL}), max_tokens=20_000)
            )
            order = {item.id: i for i, item in enumerate(ranked.items)}
            skills = sorted((s for s in skills if s.meta.name in order), key=lambda s: order[s.meta.name])
        else:
            skills.sort(key=lambda s: s.meta.name)
        out = []
        for s in skills[:limit]:
            uses, ok = usage.get(s.meta.name, (0, 0))
            out.append(
                SkillSummary(
                    name=s.meta.name,
                    description=s.meta.description,
                    version=s.version,
                    uses=uses,
                    success_rate=round(ok / uses, 3) if uses else None,
                )
            )
        return out

    def get_skill(self, caller: Caller, name: str) -> SkillDetail:
        skill = self.directory(caller.team).get(name)
        uses, ok = self.ledger.skill_usage(caller.team).get(name, (0, 0))
        return SkillDetail(
            name=skill.meta.name,
            description=skill.meta.description,
            version=skill.version,
            uses=uses,
            success_rate=round(ok / uses, 3) if uses else None,
            body=skill.body,
            frontmatter=skill.frontmatter,
            files=skill.files,
        )

    def read_skill_file(self, caller: Caller, name: str, path: str) -> SkillFileContent:
        data = self.directory(caller.team).read_file(name, path)
        try:
            return SkillFileContent(name=name, path=path, size=len(data), text=data.decode("utf-8"))
        except UnicodeDecodeError:
            return SkillFileContent(name=name, path=path, size=len(data), base64=base64.b64encode(data).decode())

    def report_skill_outcome(
        self,
        caller: Caller,
        name: str,
        success: bool,
        version: str | None = None,
        trajectory_id: str | None = None,
        note: str | None = None,
    ) -> OutcomeRecorded:
        if len(name) > SKILL_NAME_MAX:
            raise InvalidInput("name", f"at most {SKILL_NAME_MAX} characters")
        skill = self.directory(caller.team).get(name)  # unknown skill → NotFound
        if note is not None and len(note) > MAX_NOTE_CHARS:
            raise InvalidInput("note", f"at most {MAX_NOTE_CHARS} characters")
        if trajectory_id is not None and self.ledger.get_trajectory(caller.team, trajectory_id) is None:
            raise NotFound(f"no trajectory {trajectory_id!r}")
        used = resolve_version(self.skill_root(caller.team), name, version) if version else skill.version
        self.ledger.add_skill_outcome(
            team=caller.team,
            user=caller.user,
            skill=name,
            version=used,
            success=success,
            trajectory_id=trajectory_id,
            note=redact_text(note)[0] if note else None,
        )
        uses, ok = self.ledger.skill_usage(caller.team).get(name, (0, 0))
        return OutcomeRecorded(
            skill=name,
            version=used,
            success=success,
            uses=uses,
            success_rate=round(ok / uses, 3) if uses else 0.0,
        )

    # -- maintenance ---------------------------------------------------------------------------
    def stats(self, team: str) -> HiveStats:
        scan = self.directory(team).scan()
        usage = self.ledger.skill_usage(team)
        try:
            indexed: int | None = self.index.count(team, "trajectory")
            index_error = self.indexer.last_error
        except StorageError as exc:
            indexed, index_error = None, str(exc)
        recent = self.evolution.recent_runs(team, 1)
        last = LastPass.model_validate_json(recent[0]) if recent else None
        return HiveStats(
            team=team,
            trajectories=self.ledger.count_trajectories(team),
            by_outcome=self.ledger.count_by(team, "status"),
            by_label=self.ledger.count_by(team, "label"),
            users=self.evolution.distinct_users(team),
            lessons=self.ledger.count_lessons_by_status(team),
            skills=len(scan.skills),
            invalid_skills=len({p.file.split("/")[0] for p in scan.problems if p.severity == "error"}),
            skill_rates=[
                SkillRate(name=name, uses=usage.get(name, (0, 0))[0], success_rate=_rate(*usage.get(name, (0, 0))))
                for name in sorted(scan.skills)
            ],
            indexed=indexed,
            pending_index=self.ledger.count_pending(),
            index_error=index_error,
            embedding_model=self.embedder.model_id,
            index_model=self.ledger.get_meta("index_model"),
            evolver_read={stage: self.evolution.position(team, stage) for stage in ("seen", "model")},
            new_for_model=self.evolution.count_new(team, "model"),
            last_pass=last,
            disk_bytes=_disk(self.settings.data_dir, self.skill_root(team)),
            data_dir=str(self.settings.data_dir),
        )

    def health(self) -> tuple[bool, dict[str, object]]:
        """Whether the hive can serve (its ledger answers), and how each part is doing."""
        report: dict[str, object] = {}
        try:
            self.ledger.read("SELECT 1")
            report["ledger"] = "ok"
        except Exception:  # a health check reports, it does not raise; the details go to the log
            log.exception("health check: the ledger does not answer")
            report["ledger"] = "unavailable"
        index: dict[str, object] = {"kind": "chroma server" if self.settings.chroma_url else "embedded"}
        try:
            self.index.count(self.settings.team, "trajectory")
            index["status"] = "ok" if self.indexer.last_error is None else "failing"
        except StorageError:
            index["status"] = "unavailable"  # retrieval answers from keywords meanwhile
        index["pending"] = self.ledger.count_pending() if report["ledger"] == "ok" else None
        report["index"] = index
        return report["ledger"] == "ok", report

    def reindex(self) -> int:
        """Rebuild the vector index of every team from the ledger with the current model; an embedded
        index folder that cannot even be opened is moved aside (`index.broken-<time>`) first."""
        teams = set(self.ledger.teams())
        try:
            self.index.count(self.settings.team, "trajectory")
        except StorageError:
            if self.index.set_aside() is None:
                raise  # a Chroma server that does not answer: nothing to move aside here
        for team in teams:
            for kind in ("trajectory", "lesson"):
                self.index.drop(team, kind)
        queued = self.ledger.requeue_all()
        self.indexer.drain()
        self.ledger.set_meta("index_model", self.embedder.model_id)
        self.ledger.set_meta("index_text", INDEX_TEXT_VERSION)
        self.ledger.set_meta("reindexed_at", datetime.now(UTC).isoformat())
        return queued


def _rate(uses: int, successes: int) -> float | None:
    return round(successes / uses, 3) if uses else None


def _disk(data_dir: Path, skills: Path) -> dict[str, int]:
    """Bytes under each part of the data directory (the ledger with its WAL, the index, the skills)."""

    def size(paths: Sequence[Path]) -> int:
        total = 0
        for path in paths:
            if path.is_file():
                total += path.stat().st_size
            elif path.is_dir():
                total += sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())
        return total

    return {
        "ledger": size([data_dir / f"ledger.db{suffix}" for suffix in ("", "-wal", "-shm")]),
        "index": size([data_dir / "index"]),
        "skills": size([skills]),
        "total": size([data_dir]),
    }
