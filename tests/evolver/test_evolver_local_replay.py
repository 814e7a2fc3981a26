"""A pass against the answers a real local model gave (Qwen2.5-Coder-1.5B-Instruct, Q4_K_M, on
llama.cpp's llama-server with json_schema constrained decoding), recorded once by
`bench/evolver_local.py --record` and replayed here by the scripted server on 127.0.0.1: the
model's real answers, malformed ones included, through the real openai client."""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from evolver.local_pass import DEPLOY_SKILL, record_runs, seed_skills
from fakes.openai_server import FakeOpenAI, Raw
from skillhive.config import Settings
from skillhive.evolver.llm import llm_from_settings
from skillhive.evolver.pipeline import Evolver, PassOptions
from skillhive.evolver.types import PassReport
from skillhive.hive import Hive
from skillhive.store.embeddings import LocalMiniLM

DATA = Path(__file__).parent / "data"
RECORDING = DATA / "local_pass.json"
INVENTED = DATA / "local_pass_invented_command.json"  # 2026-12-06, pass 9 in bench/RESULTS.md
RESULT = Path(__file__).parents[2] / "bench" / "results" / "evolver_local-qwen2.5-coder-1.5b-instruct-q4_k_m.json"


def _key(request: dict[str, Any]) -> tuple[str, int]:
    """Which stage asked (its system prompt's start) and whether it is a repair."""
    messages = request["messages"]
    return messages[0]["content"][:40], len(messages)


class Replay:
    """Answers each stage's requests with that stage's recorded answers, in recorded order."""

    def __init__(self, exchanges: list[dict[str, Any]]) -> None:
        self.queues: dict[tuple[str, int], list[dict[str, Any]]] = defaultdict(list)
        for exchange in exchanges:
            self.queues[_key(exchange["request"])].append(exchange)
        self.requests: list[dict[str, Any]] = []

    def __call__(self, request: dict[str, Any]) -> Any:
        self.requests.append(request)
        queue = self.queues[_key(request)]
        if not queue:
            return 500
        exchange = queue.pop(0)
        if exchange["status"] != 200:
            return Raw(json.dumps(exchange["response"]), status=exchange["status"])
        return exchange["response"]


def replayed_pass(hive: Hive, recording: dict[str, Any], *, context: int, max_output: int) -> tuple[PassReport, Replay]:
    """One auto pass whose model is the recording, through the real openai client."""
    replay = Replay(recording["exchanges"])
    with FakeOpenAI(chat=replay) as fake:
        settings = Settings(
            llm_base_url=fake.base_url,
            llm_model=recording["model"],
            llm_context_tokens=context,
            llm_max_output_tokens=max_output,
            llm_max_retries=0,
        )
        llm = llm_from_settings(settings)
        assert llm is not None
        report = Evolver(hive.backends, hive.directories, llm, PassOptions(mode="auto")).run_pass("team-a")
    assert all(r["response_format"]["type"] == "json_schema" for r in replay.requests)
    assert all(r["max_tokens"] == max_output for r in replay.requests)
    return report, replay


@pytest.fixture
def hive(tmp_path: Path, embedder: LocalMiniLM) -> Iterator[Hive]:
    seed_skills(tmp_path / "seed")
    settings = Settings(data_dir=tmp_path / "data", user="bench", team="team-a", seed_skills=tmp_path / "seed")
    hive = Hive(settings, embedder=embedder)
    yield hive
    hive.close()


def test_a_real_small_models_edit_that_invents_a_command_no_run_shows_is_rejected_though_its_evidence_holds(
    hive: Hive,
) -> None:
    """Pass 9: the edit cited all three users' runs and told agents to run a `migrate` command that no
    run shows. The commands gate rejects it, before the review is asked; the skill is unchanged."""
    recording = json.loads(INVENTED.read_text())
    record_runs(hive, mix=0)
    report, replay = replayed_pass(hive, recording, context=8192, max_output=1024)
    assert (report.read, report.selected, report.malformed, report.proposed, report.applied) == (6, 3, 0, 1, 0)
    assert report.llm_calls == 2  # analyse and edit: the recorded review is never asked for
    assert not any(r["messages"][0]["content"].startswith("You review") for r in replay.requests)
    [rejected] = report.rejected
    assert (rejected.gate, rejected.reason) == ("commands", "`migrate` is in no cited run nor the skill")
    assert report.blocked == [] and report.accepted == [] and report.commit is None
    [edit_request] = [r for r in replay.requests if r["messages"][0]["content"].startswith("You maintain")]
    cited = re.findall(r"^- (tr_\w+) \(failure\)", edit_request["messages"][1]["content"], re.M)
    assert sorted(hive.backends.evolution.users_of("team-a", cited).values()) == ["alice", "bob", "carol"]
    assert hive.directories.get("team-a").read_file("deploy-service", "SKILL.md").decode() == DEPLOY_SKILL
