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
from skillhive.hive import Hive
from skillhive.store.embeddings import LocalMiniLM

RECORDING = Path(__file__).parent / "data" / "local_pass.json"
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


@pytest.fixture
def hive(tmp_path: Path, embedder: LocalMiniLM) -> Iterator[Hive]:
    seed_skills(tmp_path / "seed")
    settings = Settings(data_dir=tmp_path / "data", user="bench", team="team-a", seed_skills=tmp_path / "seed")
    hive = Hive(settings, embedder=embedder)
    yield hive
    hive.close()


def test_a_real_small_models_edit_cites_three_users_runs_passes_the_evidence_gate_and_its_review_rejects_it(
    hive: Hive,
) -> None:
    recording = json.loads(RECORDING.read_text())
    expected = json.loads(RESULT.read_text())
    record_runs(hive, mix=expected["runs"] - 6)
    replay = Replay(recording["exchanges"])
    with FakeOpenAI(chat=replay) as fake:
        settings = Settings(
            llm_base_url=fake.base_url,
            llm_model=recording["model"],
            llm_context_tokens=expected["context_tokens"],
            llm_max_output_tokens=expected["max_output_tokens"],
            llm_max_retries=0,
        )
        llm = llm_from_settings(settings)
        assert llm is not None
        report = Evolver(hive.backends, hive.directories, llm, PassOptions(mode="auto")).run_pass("team-a")
    assert all(r["response_format"]["type"] == "json_schema" for r in replay.requests)
    assert all(r["max_tokens"] == expected["max_output_tokens"] for r in replay.requests)
    got = {k: getattr(report, k) for k in ("read", "selected", "malformed", "repaired", "proposed", "applied")}
    assert got == {k: expected[k] for k in got}
    assert report.llm_calls == expected["calls"] == len(recording["exchanges"])
    # The edit cited every user's run, so it passed the evidence gate (6 runs from 3 users) and every
    # gate before review; the model, reviewing its own edit, rejected it. Nothing changed.
    assert [a.model_dump() for a in report.accepted] == expected["accepted"] == []
    assert [r.model_dump() for r in report.rejected] == expected["rejected"]
    assert [r.gate for r in report.rejected] == ["review"] and report.blocked == expected["blocked"] == []
    [edit_request] = [r for r in replay.requests if r["messages"][0]["content"].startswith("You maintain")]
    [review_request] = [r for r in replay.requests if r["messages"][0]["content"].startswith("You review")]
    cited = re.findall(r"^(tr_\w+) \(failure\)", review_request["messages"][1]["content"], re.M)
    assert sorted(hive.backends.evolution.users_of("team-a", cited).values()) == ["alice", "bob", "carol"]
    [analyse_request] = [r for r in replay.requests if r["messages"][0]["content"].startswith("You study")]
    assert analyse_request["messages"][1]["content"].count("(and 1 near-identical run)") == 3  # 2 runs each
    assert "Recorded by bob:" in edit_request["messages"][1]["content"]
    assert hive.directories.get("team-a").read_file("deploy-service", "SKILL.md").decode() == DEPLOY_SKILL
