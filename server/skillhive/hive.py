"""The local hive: the HiveService of a hive that keeps its own data (mcp_app.HiveService).

It wires the backends (wiring.py) and the skill directories (skills/directories.py) once, and
answers each tool through the use case that owns it (usecases/). Each method takes the `Caller`
the transport established and reads or writes only that caller's team. Nothing here imports the
MCP SDK.
"""

from __future__ import annotations

from collections.abc import Callable, Coroutine, Mapping, Sequence
from typing import Any

from skillhive.config import Settings
from skillhive.curation import Curation
from skillhive.models import (
    Caller,
    ExperienceResult,
    ForgetResult,
    OutcomeRecorded,
    RecordResult,
    SkillDetail,
    SkillFileContent,
    SkillSummary,
    Trajectory,
    TrajectoryIn,
)
from skillhive.requests import (
    ForgetRequest,
    GetSkillRequest,
    GetTrajectoryRequest,
    ListSkillsRequest,
    RetrieveRequest,
    SkillFileRequest,
    SkillOutcomeRequest,
)
from skillhive.retrieval import Retriever, SkillCard
from skillhive.skills.directories import SkillDirectories
from skillhive.skills.directory import SkillDirectory
from skillhive.skills.origin import Origin
from skillhive.store.embeddings import Embedder
from skillhive.usecases.bundles import Bundles
from skillhive.usecases.experience import Experience
from skillhive.usecases.imports import Extras, TrajectoryImport
from skillhive.usecases.maintenance import Maintenance
from skillhive.usecases.ownership import DataOwnership
from skillhive.usecases.skills import SkillUse
from skillhive.usecases.tokens import Tokens
from skillhive.wiring import Backends


class Hive:
    """Backends + skill directories + the use cases over them, for one data directory."""

    def __init__(self, settings: Settings, *, embedder: Embedder | None = None) -> None:
        self.settings = settings
        self.backends = Backends.open(settings, embedder=embedder)
        b = self.backends
        self.directories = SkillDirectories(settings, b.ledger, busy=b.evolution.pass_running)
        self.retriever = Retriever(b.ledger, b.index, b.embedder, self._skill_cards, min_score=settings.relevance_floor)
        self.experience = Experience(b, self.retriever)
        self.skills = SkillUse(b.ledger, self.directories, self.retriever)
        self.maintenance = Maintenance(b, self.directories)
        self.ownership = DataOwnership(b, self.retriever, self.directories)
        self.bundles = Bundles(b, self.directories, self.ownership)
        self.tokens = Tokens.of(b.ledger)
        self.curation: Curation | None = Curation(self.directories, b.evolution)

    def _skill_cards(self, team: str) -> list[SkillCard]:
        return self.skills.cards(team)

    # -- lifecycle -----------------------------------------------------------------------------
    def start(self) -> None:
        """Start background indexing, and create the local team's skill repository now, not in a request."""
        self.backends.start()
        self.directories.get(self.settings.team)

    def close(self) -> None:
        self.directories.close()
        self.backends.close()

    def warm_up(self) -> None:
        self.backends.warm_up()

    def background(self) -> Sequence[Callable[[], Coroutine[Any, Any, None]]]:
        """What runs beside the server while it serves: the evolver, unless it is off."""
        if not self.settings.evolve_in_server:
            return []
        from skillhive.evolver.runner import EvolverRunner

        runner = EvolverRunner(self.backends, self.directories)
        return [lambda: runner.run_forever(self.settings.evolve_poll)]

    # -- the tools -----------------------------------------------------------------------------
    def directory(self, team: str) -> SkillDirectory:
        return self.directories.get(team)

    def skill_origins(self, team: str, versions: Mapping[str, str | None]) -> dict[str, Origin]:
        return self.skills.origins(team, versions)

    def record(self, caller: Caller, trajectory: TrajectoryIn, session: str | None = None) -> RecordResult:
        if session is not None:
            return self.experience.capture(caller, trajectory, session)
        return self.experience.record(caller, trajectory)

    def record_many(
        self,
        caller: Caller,
        trajectories: Sequence[TrajectoryIn],
        *,
        import_id: str | None = None,
        source: str | None = None,
    ) -> list[RecordResult]:
        return self.experience.record_many(caller, trajectories, import_id=import_id, source=source)

    def start_import(self, caller: Caller, source: str, fmt: str, extras: Extras | None = None) -> TrajectoryImport:
        """A new import batch of runs read from `source` (usecases/imports.py)."""
        return TrajectoryImport(self.experience, self.ownership, caller, source, fmt, extras=extras)

    def retrieve(self, caller: Caller, request: RetrieveRequest) -> ExperienceResult:
        self.start()
        return self.experience.retrieve(caller, request)

    def get_trajectory(self, caller: Caller, request: GetTrajectoryRequest) -> Trajectory:
        return self.experience.get_trajectory(caller, request)

    def forget(self, caller: Caller, request: ForgetRequest) -> ForgetResult:
        return self.experience.forget(caller, request)

    def list_skills(self, caller: Caller, request: ListSkillsRequest) -> list[SkillSummary]:
        return self.skills.list_skills(caller, request)

    def get_skill(self, caller: Caller, request: GetSkillRequest) -> SkillDetail:
        return self.skills.get_skill(caller, request)

    def read_skill_file(self, caller: Caller, request: SkillFileRequest) -> SkillFileContent:
        return self.skills.read_skill_file(caller, request)

    def report_skill_outcome(self, caller: Caller, request: SkillOutcomeRequest) -> OutcomeRecorded:
        return self.skills.report_skill_outcome(caller, request)
