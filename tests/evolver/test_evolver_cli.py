"""`skillhive evolve` and `skillhive skills review|approve|reject|history|rollback` as subprocesses,
with the real openai client inside talking to a scripted server on 127.0.0.1."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from evolver.scripted_model import ScriptedModel
from evolver.test_evolver_pass import DEPLOY_SKILL
from fakes.openai_server import FakeOpenAI
from skillhive.config import Settings
from skillhive.hive import Hive
from skillhive.models import Caller, Outcome, OutcomeStatus, SkillRef, Step, TrajectoryIn
from skillhive.store.embeddings import LocalMiniLM

pytestmark = pytest.mark.slow


def cli(data: Path, seed: Path, *args: str, llm_url: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "SKILLHIVE_DATA_DIR": str(data),
        "SKILLHIVE_USER": "maintainer",
        "SKILLHIVE_TEAM": "team-a",
        "SKILLHIVE_SEED_SKILLS": str(seed),
    }
    if llm_url:
        env.update(SKILLHIVE_LLM_BASE_URL=llm_url, SKILLHIVE_LLM_API_KEY="k", SKILLHIVE_LLM_MAX_RETRIES="0")
    return subprocess.run(
        [sys.executable, "-m", "skillhive.cli", *args], env=env, capture_output=True, text=True, timeout=300
    )


@pytest.fixture
def populated(tmp_path: Path, embedder: LocalMiniLM) -> tuple[Path, Path]:
    seed = tmp_path / "seed"
    (seed / "deploy-service").mkdir(parents=True)
    (seed / "deploy-service" / "SKILL.md").write_text(DEPLOY_SKILL)
    data = tmp_path / "data"
    hive = Hive(Settings(data_dir=data, user="maintainer", team="team-a", seed_skills=seed), embedder=embedder)
    for user in ("alice", "bob", "carol"):
        for n in range(2):
            hive.record(
                Caller(user=user, team="team-a"),
                TrajectoryIn(
                    task=f"Deploy the billing service ({user} {n})",
                    steps=[Step(action="curl /healthz", observation='Error: relation "invoices" does not exist')],
                    outcome=Outcome(status=OutcomeStatus.FAILURE),
                    skills_used=[SkillRef(name="deploy-service")],
                ),
            )
    hive.close()
    return data, seed


def test_evolve_once_in_review_mode_then_approve_history_and_rollback(populated: tuple[Path, Path]) -> None:
    data, seed = populated
    with FakeOpenAI(chat=ScriptedModel()) as fake:
        out = cli(data, seed, "evolve", "--once", "--mode", "review", "--json", llm_url=fake.base_url)
    assert out.returncode == 0, out.stderr
    report = json.loads(out.stdout)
    assert report["applied"] == 1 and report["branch"].startswith("evolve/")
    assert "read 6 new trajectories" in out.stderr  # progress output

    show = cli(data, seed, "skills", "show", "deploy-service")
    assert "Run migrations first" not in show.stdout  # nothing live before approval
    review = cli(data, seed, "skills", "review")
    assert report["branch"] in review.stdout and "+## Run migrations first" in review.stdout

    assert cli(data, seed, "skills", "approve", report["branch"]).returncode == 0
    assert "Run migrations first" in cli(data, seed, "skills", "show", "deploy-service").stdout
    history = cli(data, seed, "skills", "history", "deploy-service").stdout.splitlines()
    assert len(history) >= 2

    rolled = cli(data, seed, "skills", "rollback", "deploy-service", "--reason", "too strict")
    assert rolled.returncode == 0, rolled.stderr
    assert "Run migrations first" not in cli(data, seed, "skills", "show", "deploy-service").stdout
    status = json.loads(cli(data, seed, "evolve", "--status", "--json").stdout)
    assert status[0]["run_id"] == report["run_id"] and status[0]["llm_calls"] > 0


def test_evolve_reject_discards_the_pass(populated: tuple[Path, Path]) -> None:
    data, seed = populated
    with FakeOpenAI(chat=ScriptedModel()) as fake:
        report = json.loads(
            cli(data, seed, "evolve", "--once", "--mode", "review", "--json", llm_url=fake.base_url).stdout
        )
    assert cli(data, seed, "skills", "reject", report["branch"]).returncode == 0
    assert "no evolver passes waiting" in cli(data, seed, "skills", "review").stdout
    assert "Run migrations first" not in cli(data, seed, "skills", "show", "deploy-service").stdout


def test_evolve_without_a_model_says_what_it_skipped(populated: tuple[Path, Path]) -> None:
    data, seed = populated
    out = cli(data, seed, "evolve", "--once")
    assert out.returncode == 0, out.stderr
    assert "no LLM configured" in out.stdout + out.stderr


def test_evolve_with_a_dead_model_exits_non_zero_and_says_why(populated: tuple[Path, Path]) -> None:
    data, seed = populated
    with socket.socket() as s:  # a port nothing listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    out = cli(data, seed, "evolve", "--once", llm_url=f"http://127.0.0.1:{port}/v1")
    assert out.returncode == 1, out.stdout + out.stderr
    assert "skillhive: error: the pass for team-a failed: model unavailable" in out.stderr
    assert "6 runs new to the model stages" in cli(data, seed, "evolve", "--status").stdout


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM])
def test_an_interrupted_pass_is_recorded_as_interrupted_and_its_runs_stay_new(
    populated: tuple[Path, Path], signum: int
) -> None:
    data, seed = populated
    with socket.socket() as silent:  # a model that accepts the connection and never answers
        silent.bind(("127.0.0.1", 0))
        silent.listen(16)
        env = {
            **os.environ,
            "SKILLHIVE_DATA_DIR": str(data),
            "SKILLHIVE_USER": "maintainer",
            "SKILLHIVE_TEAM": "team-a",
            "SKILLHIVE_SEED_SKILLS": str(seed),
            "SKILLHIVE_LLM_BASE_URL": f"http://127.0.0.1:{silent.getsockname()[1]}/v1",
            "SKILLHIVE_LLM_API_KEY": "k",
        }
        process = subprocess.Popen(
            [sys.executable, "-m", "skillhive.cli", "evolve", "--once"],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        try:
            assert process.stderr is not None
            seen = rest = ""
            while "read 6 new trajectories" not in seen:  # the pass is under way
                line = process.stderr.readline()
                assert line, seen
                seen += line
            process.send_signal(signum)
            _, rest = process.communicate(timeout=120)  # reads and closes both pipes
        finally:
            if process.poll() is None:
                process.kill()
                process.communicate()
    assert process.returncode == 130, seen + rest
    reports = json.loads(cli(data, seed, "evolve", "--status", "--json").stdout)
    assert "interrupted" in reports[0]["error"]
    assert "6 runs new to the model stages" in cli(data, seed, "evolve", "--status").stdout
