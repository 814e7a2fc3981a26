"""A realistic, seeded mix of recorded runs for triage tests and the evolver benchmark (not collected).

    mix = make_mix(1_000, seed=7)
    selection = select(mix.items)          # items: (trajectory_id, TrajectoryIn, user)
    mix.kinds["t00042"]                    # "routine" | "skill" | "recovered" | "failure" | ...

By default 80% are successes (most of them clean and routine, some using a skill, some recovering
from an error), the rest failures, runs that hit a limit, runs the user disliked, and unlabelled
runs. Failures come from a small pool of recurring problems, so several users hit the same one.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from typing import Any

from skillhive.models import TrajectoryIn

ROUTINE_KINDS = ("routine", "skill", "recovered")
FAILURE_KINDS = ("failure", "loop", "exhausted", "dissatisfied")

_SERVICES = ["billing", "auth", "search", "checkout", "inventory", "notifications", "reports", "gateway"]
_PACKAGES = ["requests", "pydantic", "numpy", "fastapi", "sqlalchemy", "httpx", "pytest", "rich"]
_ROUTINE_TASKS = [
    "Run the unit tests of the {svc} service",
    "Bump {pkg} to {major}.{minor} in the {svc} service",
    "Add a --{flag} flag to the {svc} CLI",
    "Rename the function get_{svc}_{n} to fetch_{svc}_{n}",
    "Write a docstring for {svc}/handlers.py line {n}",
    "Convert data/{svc}_{n}.csv to parquet",
    "Summarise the last {n} commits of the {svc} repository",
    "Add a unit test for {svc}.parse_amount with input {n}",
]
_FLAGS = ["verbose", "dry-run", "json", "quiet", "limit", "since"]
_FAILURES = [
    (
        "Migrate the {svc} database schema to add an index on created_at",
        "alembic upgrade head",
        "sqlalchemy.exc.OperationalError: database is locked",
    ),
    (
        "Fix the flaky test test_{svc}_retry",
        "pytest tests/test_{svc}.py -k retry",
        "FAILED tests/test_{svc}.py::test_{svc}_retry - AssertionError: expected 3 calls, got 2",
    ),
    (
        "Deploy the {svc} service to staging",
        "kubectl apply -f deploy/{svc}.yaml",
        "Error from server (Forbidden): deployments.apps is forbidden",
    ),
    (
        "Build the {svc} docker image",
        "docker build -t {svc} .",
        "ERROR: failed to solve: python:3.13-slim: not found",
    ),
]
_SKILLS = ["python-testing", "git-workflow", "data-conversion", "dependency-upgrade"]


@dataclass
class Mix:
    """The runs as `select` takes them, and the kind each was generated as."""

    items: list[tuple[str, TrajectoryIn, str]] = field(default_factory=list)
    kinds: dict[str, str] = field(default_factory=dict)


def _step(action: str, observation: str, thought: str = "") -> dict[str, Any]:
    return {"thought": thought, "action": action, "observation": observation}


def _routine_task(rng: random.Random) -> str:
    return rng.choice(_ROUTINE_TASKS).format(
        svc=rng.choice(_SERVICES),
        pkg=rng.choice(_PACKAGES),
        major=rng.randint(1, 3),
        minor=rng.randint(0, 30),
        flag=rng.choice(_FLAGS),
        n=rng.randint(1, 400),
    )


def _routine_steps(rng: random.Random, task: str) -> list[dict[str, Any]]:
    target = task.split()[-1]
    steps = [
        _step(f"grep -rn '{target}' src/", f"src/{target}.py:{rng.randint(1, 300)}: def main():", "find it"),
        _step(f"sed -n 1,{rng.randint(20, 80)}p src/{target}.py", f"import sys\n\n\ndef main():  # {target}"),
        _step(f"apply_patch src/{target}.py", "File written."),
    ]
    if rng.random() < 0.4:
        steps.append(_step("apply_patch tests/test_main.py", "File written."))  # a repeat, not a problem
    steps.append(_step("pytest -q", f"{rng.randint(3, 90)} passed in {rng.uniform(0.1, 9):.2f}s"))
    return steps


def _run(rng: random.Random, kind: str) -> dict[str, Any]:
    if kind in ROUTINE_KINDS or kind == "unknown":
        task = _routine_task(rng)
        steps = _routine_steps(rng, task)
        run: dict[str, Any] = {
            "task": task,
            "steps": steps,
            "outcome": {"status": "success", "source": "env"},
        }
        if kind == "skill":
            run["skills_used"] = [rng.choice(_SKILLS)]
        elif kind == "recovered":
            steps.insert(-1, _step("pytest -q", "ModuleNotFoundError: No module named 'yaml'"))
            steps.insert(-1, _step("pip install pyyaml", "Successfully installed PyYAML-6.0.2"))
        elif kind == "unknown":
            run["outcome"] = {"status": "unknown", "source": None}
        return run
    svc = rng.choice(_SERVICES[:3])  # problems recur: a few services, a few failure modes
    template, action, error = rng.choice(_FAILURES)
    task, action, error = template.format(svc=svc), action.format(svc=svc), error.format(svc=svc)
    steps = [_step(f"cat README.md | grep -i {svc}", f"## {svc}\nSee docs/{svc}.md", "read the docs")]
    steps.append(_step(action, error))
    if kind == "loop":
        steps += [_step(action, error) for _ in range(rng.randint(2, 5))]
    if kind == "exhausted":
        steps += [_step(action, error) for _ in range(3)]
        steps.append(_step("submit", "Exited: maximum number of steps reached (step limit 40)"))
        return {
            "task": task,
            "steps": steps,
            "outcome": {"status": "unknown", "source": None},
            "tags": ["swe-agent", "exit:exit_cost"],
        }
    if kind == "dissatisfied":
        steps.append(_step("echo done", "done"))
        return {
            "task": task,
            "steps": steps,
            "outcome": {"status": "success", "source": "user", "feedback": "No, that's not what I asked."},
        }
    return {
        "task": task,
        "steps": steps,
        "outcome": {"status": "failure", "source": "env", "feedback": error},
    }


def make_mix(n: int, *, seed: int = 0, success_share: float = 0.8, users: int = 15) -> Mix:
    """`n` runs from `users` users; `success_share` of them are successes."""
    rng = random.Random(seed)
    rest = (1 - success_share) / 5
    kinds = {
        "routine": 0.6 * success_share,
        "skill": 0.25 * success_share,
        "recovered": 0.15 * success_share,
        "failure": rest * 1.6,
        "loop": rest,
        "exhausted": rest * 0.8,
        "dissatisfied": rest * 0.6,
        "unknown": rest,
    }
    names, weights = list(kinds), list(kinds.values())
    mix = Mix()
    for i in range(n):
        kind = rng.choices(names, weights)[0]
        user = f"user{min(users, int(rng.paretovariate(1.2))):02d}"
        trajectory = TrajectoryIn.model_validate(_run(rng, kind))
        mix.items.append((f"t{i:05d}", trajectory, user))
        mix.kinds[f"t{i:05d}"] = kind
    return mix
