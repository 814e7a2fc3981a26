"""How a team's evolver stands, for every surface (`skillhive evolve --status`, a web view): whether a
model is configured, how many distinct users a change needs and how many the team has, what is new
to the model stages, and the latest pass reports (typed: reports.py).
"""

from __future__ import annotations

from dataclasses import dataclass

from skillhive.reports import PassReport
from skillhive.wiring import Backends


@dataclass(frozen=True)
class EvolveStatus:
    team: str
    model_configured: bool
    quorum: int  # distinct users whose runs a change needs
    users: int  # distinct users with runs in the team
    new_for_model: int  # runs the model stages have not read yet
    passes: list[PassReport]  # newest first

    @property
    def blocked(self) -> bool:
        """Too few distinct users: no skill can change yet."""
        return self.users < self.quorum


def evolve_status(backends: Backends, team: str, limit: int = 10) -> EvolveStatus:
    evolution = backends.evolution
    return EvolveStatus(
        team=team,
        model_configured=bool(backends.settings.llm_base_url),
        quorum=backends.quorum(),
        users=evolution.distinct_users(team),
        new_for_model=evolution.count_new(team, "model"),
        passes=evolution.recent_passes(team, limit),
    )
