"""The runs and skills of the local-model pass (bench/evolver_local.py) and its replay test (not collected).

Deterministic: the same content gives the same trajectory ids, so a recorded model's answers
cite ids that the replay records again.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from evolver.mix import make_mix
from skillhive.hive import Hive
from skillhive.models import Caller, TrajectoryIn

DEPLOY_SKILL = """---
name: deploy-service
description: Deploy a web service to the staging cluster and check that it is healthy.
license: Apache-2.0
---
# Deploy a service

## Steps
1. Build the image.
2. `kubectl apply -f deploy.yaml`.
3. Watch the rollout.
"""


def seed_skills(root: Path) -> None:
    (root / "deploy-service").mkdir(parents=True)
    (root / "deploy-service" / "SKILL.md").write_text(DEPLOY_SKILL)


def failed_deploy(n: int, user: str) -> dict[str, Any]:
    return {
        "task": f"Deploy the billing service to staging (attempt {n} by {user})",
        "steps": [
            {"action": "kubectl apply -f deploy.yaml", "observation": "deployment configured"},
            {"action": "curl /healthz", "observation": 'Error: relation "invoices" does not exist'},
            {"action": "kubectl logs deploy/billing", "observation": "pending migration 0042_invoices"},
        ],
        "outcome": {"status": "failure", "source": "env", "feedback": "healthcheck failed: migrations not applied"},
        "skills_used": [{"name": "deploy-service"}],
    }


def record_runs(hive: Hive, *, mix: int) -> int:
    """Three users' failing deploys (two each) and `mix` runs of the seeded mix; returns how many."""
    runs: list[tuple[str, dict[str, Any] | TrajectoryIn]] = []
    for user in ("alice", "bob", "carol"):
        runs += [(user, failed_deploy(n, user)) for n in range(2)]
    runs += [(user, t) for _, t, user in make_mix(mix, seed=3).items]
    for user, run in runs:
        hive.record(Caller(user=user, team="team-a"), TrajectoryIn.model_validate(run))
    return len(runs)
