"""When passes run: on demand, or in the background after enough new runs or on an interval.

One pass per team at a time, across processes and replicas: a pass holds the team's lock of the
ledger (a file lock beside a SQLite ledger, an advisory lock in PostgreSQL); a process that finds
it taken skips its turn.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

import anyio

from skillhive.evolver.gates import GateConfig
from skillhive.evolver.llm import LLM, llm_from_settings
from skillhive.evolver.pipeline import Evolver, Mode, PassOptions
from skillhive.evolver.types import PassReport

if TYPE_CHECKING:
    from skillhive.config import Settings
    from skillhive.skills.directories import SkillDirectories
    from skillhive.wiring import Backends

log = logging.getLogger(__name__)
POLL_SECONDS = 5.0


def options_from_settings(s: Settings, mode: Mode | None = None) -> PassOptions:
    return PassOptions(
        mode=mode or s.evolve_mode,
        concurrency=s.llm_concurrency,
        gates=GateConfig(min_trajectories=s.evolve_min_trajectories, min_users=s.evolve_min_users),
    )


class EvolverRunner:
    """Runs passes for every team of a hive; `run_forever` is the server's background task."""

    def __init__(
        self, backends: Backends, directories: SkillDirectories, llm: LLM | None = None, *, mode: Mode | None = None
    ) -> None:
        self.backends = backends
        self.directories = directories
        self.settings = backends.settings
        self.llm = llm if llm is not None else llm_from_settings(self.settings)
        self.options = options_from_settings(self.settings, mode)
        self._last_pass: dict[str, float] = {}
        self._failed: dict[str, tuple[int, float]] = {}  # team → (failed passes in a row, retry not before)

    def teams(self) -> list[str]:
        return sorted({self.settings.team, *self.backends.ledger.teams()})

    def run_once(self, team: str, progress: Callable[[str], None] | None = None) -> PassReport | None:
        """One pass for `team`, or None when another process is running one."""
        with self.backends.ledger.db.pass_lock(team) as mine:
            if not mine:
                log.info("another process is running an evolver pass for %s; skipping", team)
                return None
            self._last_pass[team] = time.monotonic()
            report = Evolver(self.backends, self.directories, self.llm, self.options).run_pass(team, progress)
            if report.error:  # e.g. the model is down: back off (1 min, doubling, at most an hour)
                failures = self._failed.get(team, (0, 0.0))[0] + 1
                self._failed[team] = (failures, time.monotonic() + min(3600.0, 60.0 * 2 ** (failures - 1)))
            else:
                self._failed.pop(team, None)
            return report

    def due(self, team: str) -> bool:
        """Enough runs new to the stages that can run, or the interval passed with anything new; never
        while a failed pass's backoff lasts."""
        if team in self._failed and time.monotonic() < self._failed[team][1]:
            return False
        new = self.backends.evolution.count_new(team, "model" if self.llm is not None else "seen")
        if new >= self.settings.evolve_every:
            return True
        interval = self.settings.evolve_interval
        last = self._last_pass.setdefault(team, time.monotonic())
        return bool(new) and interval > 0 and time.monotonic() - last >= interval

    async def run_forever(self, poll: float = POLL_SECONDS) -> None:
        """Check every `poll` seconds, forever: a ledger that does not answer (a PostgreSQL restart)
        or a failed pass is logged and the next check tries again; nothing here may end the task."""
        while True:
            await anyio.sleep(poll)
            try:
                teams = await anyio.to_thread.run_sync(self.teams)
            except Exception as exc:
                log.warning("the evolver cannot read the ledger's teams; trying again in %.1fs: %s", poll, exc)
                continue
            for team in teams:
                try:
                    if await anyio.to_thread.run_sync(self.due, team):
                        report = await anyio.to_thread.run_sync(self.run_once, team)
                        if report is not None:
                            log.info(
                                "evolution pass %s for %s: read %d, applied %d, rejected %d",
                                report.run_id, team, report.read, report.applied, len(report.rejected),
                            )  # fmt: skip
                except Exception:  # the background task must outlive any one failed pass
                    log.exception("evolution pass for %s failed", team)
