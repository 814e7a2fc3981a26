"""A deterministic, varied corpus of agent trajectories for benchmarks (no network, no model)."""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from pathlib import Path
from typing import Any

VERBS = [
    "fix", "debug", "add", "refactor", "migrate", "upgrade", "deploy", "configure", "optimise", "document",
    "test", "remove", "rename", "profile", "secure", "package", "containerise", "benchmark", "port", "review",
]  # fmt: skip
OBJECTS = [
    "the login form validation", "the CSV export", "the payment webhook", "the search endpoint", "the cron job",
    "the Dockerfile", "the GitHub Actions workflow", "the database migration", "the React settings page",
    "the Rust CLI parser", "the Go HTTP middleware", "the Python packaging", "the nginx config", "the Kafka consumer",
    "the Terraform module", "the Helm chart", "the Redis cache layer", "the GraphQL resolver", "the S3 upload",
    "the email templates", "the unit tests for the billing service", "the flaky integration test",
    "the pandas data pipeline", "the PDF report generator", "the websocket reconnect logic", "the OAuth callback",
    "the Kubernetes readiness probe", "the TypeScript build", "the logging configuration", "the rate limiter",
    "the image thumbnailer", "the i18n strings", "the Postgres index", "the Celery task retries",
    "the feature flag rollout", "the API pagination", "the mobile push notifications", "the ORM query",
    "the dependency lockfile", "the memory leak in the worker",
]  # fmt: skip
CONTEXTS = [
    "in the monorepo", "for the staging environment", "before the release", "after the framework upgrade",
    "on Python 3.12", "behind the load balancer", "for the EU region", "in the legacy service", "under load",
    "with the new schema", "for the admin users", "in CI only", "on ARM machines", "with the vendor SDK",
]  # fmt: skip
ERRORS = [
    "ModuleNotFoundError: No module named 'yaml'", "TypeError: 'NoneType' object is not subscriptable",
    "psycopg2.errors.UndefinedColumn: column \"user_id\" does not exist", "Error: Cannot find module 'react-dom'",
    "panic: runtime error: index out of range", "error[E0502]: cannot borrow as mutable",
    "KeyError: 'AWS_REGION'", "ConnectionRefusedError: [Errno 111] Connection refused",
    "AssertionError: expected 200, got 500", "fatal: refusing to merge unrelated histories",
    "OOMKilled: container exceeded memory limit", "SSL: CERTIFICATE_VERIFY_FAILED",
    "TimeoutError: operation timed out after 30s", "PermissionError: [Errno 13] Permission denied: '/var/log/app'",
    "ImportError: cannot import name 'soft_unicode' from 'markupsafe'", "exit code 137",
]  # fmt: skip
FIXES = [
    "pin the dependency version", "add the missing environment variable", "run the migration first",
    "increase the memory limit", "install the package in the virtualenv", "mock the external call",
    "add a retry with backoff", "fix the file permissions", "update the lockfile", "add a null check",
    "regenerate the certificates bundle", "rebase onto main", "split the query", "add the index",
]  # fmt: skip


def trajectory(i: int, rng: random.Random) -> dict[str, Any]:
    """One realistic-looking run; roughly 70% successes, with an error and a fix in most."""
    task = f"{rng.choice(VERBS).capitalize()} {rng.choice(OBJECTS)} {rng.choice(CONTEXTS)} (ticket {i})"
    error, fix = rng.choice(ERRORS), rng.choice(FIXES)
    status = rng.choices(["success", "failure", "partial", "unknown"], [70, 18, 7, 5])[0]
    steps = [
        {"thought": "reproduce the problem first", "action": "run the test suite", "observation": error},
        {"thought": f"probably need to {fix}", "action": fix, "observation": "done"},
        {
            "thought": "verify",
            "action": "run the test suite again",
            "observation": "all tests passed" if status == "success" else error,
        },
    ]
    return {
        "task": task,
        "steps": steps[: rng.randint(1, 3)],
        "outcome": {"status": status, "source": "env"},
        "tags": [rng.choice(["backend", "frontend", "infra", "data"])],
    }


def generate(n: int, seed: int = 7) -> Iterator[dict[str, Any]]:
    rng = random.Random(seed)
    for i in range(n):
        yield trajectory(i, rng)


def queries(n: int, seed: int = 11) -> list[str]:
    """Task-like and error-like (step-level) queries, half each."""
    rng = random.Random(seed)
    out = []
    for i in range(n):
        if i % 2:
            out.append(rng.choice(ERRORS))
        else:
            out.append(f"{rng.choice(VERBS)} {rng.choice(OBJECTS)} {rng.choice(CONTEXTS)}")
    return out


def fill(hive: Any, user: str, team: str, n: int) -> int:
    """Record the first `n` generated runs into `hive` as `user`, skipping those the team already
    has (a rerun resumes), in batches of 1,000; returns how many it recorded."""
    from skillhive.models import Caller, TrajectoryIn

    caller = Caller(user=user, team=team)
    have = hive.backends.ledger.count_trajectories(team)
    batch: list[TrajectoryIn] = []
    for i, rec in enumerate(generate(n)):
        if i < have:
            continue
        batch.append(TrajectoryIn.model_validate(rec))
        if len(batch) == 1000:
            hive.record_many(caller, batch)
            batch.clear()
    if batch:
        hive.record_many(caller, batch)
    return max(0, n - have)


def write_jsonl(path: Path, n: int) -> None:
    with path.open("w") as f:
        for rec in generate(n):
            f.write(json.dumps(rec) + "\n")
