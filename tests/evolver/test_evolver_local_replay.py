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
from skillhive.skills.git import run_git
from skillhive.store.embeddings import LocalMiniLM

DATA = Path(__file__).parent / "data"
RECORDING = DATA / "local_pass.json"
INVENTED = DATA / "local_pass_invented_command.json"  # 2026-12-06, pass 9 in bench/RESULTS.md
QUOTED = DATA / "local_pass_quoted_objection.json"  # 2026-12-06, pass 12
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


def test_a_real_small_models_edit_backed_by_three_users_runs_passes_every_gate_and_is_committed_with_its_evidence(
    hive: Hive,
) -> None:
    """2026-12-06, pass 11: the edit cited all three users' runs; the review said "supported": false
    quoting the prompt's framing, not a sentence of the edit, so it did not veto; the edit is applied."""
    recording = json.loads(RECORDING.read_text())
    expected = json.loads(RESULT.read_text())
    record_runs(hive, mix=expected["runs"] - 6)
    context, max_output = expected["context_tokens"], expected["max_output_tokens"]
    report, replay = replayed_pass(hive, recording, context=context, max_output=max_output)
    got = {k: getattr(report, k) for k in ("read", "selected", "malformed", "repaired", "proposed", "applied")}
    assert got == {k: expected[k] for k in got} == {
        "read": 6, "selected": 3, "malformed": 0, "repaired": 0, "proposed": 1, "applied": 1,
    }  # fmt: skip
    assert report.llm_calls == expected["calls"] == len(recording["exchanges"]) == 3
    assert report.rejected == [] and report.blocked == [] and report.error is None
    [accepted] = report.accepted
    assert accepted.model_dump() == expected["accepted"][0]
    assert (accepted.op, accepted.heading, accepted.support_trajectories, accepted.support_users) == (
        "add_section", "Migrations", 6, 3,
    )  # fmt: skip
    assert sorted(hive.backends.evolution.users_of("team-a", accepted.evidence).values()) == ["alice", "bob", "carol"]
    gates = ["edit", "rename", "lint", "size", "evidence", "safety", "scripts", "commands", "duplicate", "review"]
    assert [(v.gate, v.passed) for v in accepted.verdicts] == [(g, True) for g in gates]
    # The review objected, but quoted "Add to 'deploy-service' a new section '## Migrations':", the
    # prompt's words around the edit, not a sentence of it: recorded, not a veto.
    [review_request] = [r for r in replay.requests if r["messages"][0]["content"].startswith("You review")]
    said = json.loads(recording["exchanges"][-1]["response"]["choices"][0]["message"]["content"])
    assert said["supported"] is False and said["unsupported"][0]["quote"] in review_request["messages"][1]["content"]
    assert accepted.verdicts[-1].reason.endswith("[not a veto: no quote found in the edit (1 unmatched)]")
    # The commit is live and cites the runs.
    assert report.commit is not None
    root = hive.directories.root("team-a")
    message = run_git(root, "log", "-1", "--format=%B", report.commit)
    assert 'add_section deploy-service "Migrations"' in message
    assert all(i in message for i in accepted.evidence) and run_git(root, "rev-parse", "HEAD").strip() == report.commit
    skill = hive.directories.get("team-a").read_file("deploy-service", "SKILL.md").decode()
    assert skill == expected["skills_after"]["deploy-service"] and skill.startswith(DEPLOY_SKILL)
    assert "## Migrations\n\nAlways ensure migrations are applied before deploying the service" in skill


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


def test_a_real_small_models_review_quoting_the_edits_own_sentences_vetoes_it(hive: Hive) -> None:
    """Pass 12: the same edit with a speculative second sentence ("potential data loss"); the review
    quoted the edit's text word for word, so its objection is checkable and rejects the edit."""
    recording = json.loads(QUOTED.read_text())
    record_runs(hive, mix=0)
    report, _ = replayed_pass(hive, recording, context=8192, max_output=1024)
    assert (report.read, report.selected, report.malformed, report.proposed, report.applied) == (6, 3, 0, 1, 0)
    assert report.llm_calls == len(recording["exchanges"]) == 3 and report.commit is None
    answers = [json.loads(e["response"]["choices"][0]["message"]["content"]) for e in recording["exchanges"]]
    [edit] = answers[1]["edits"]
    [objection] = answers[2]["unsupported"]
    assert objection["quote"] == edit["content"]  # the whole text of the edit, quoted word for word
    [rejected] = report.rejected
    why = f'unsupported: "{edit["content"]}" ({objection["runs_show"]})'
    assert (rejected.gate, rejected.reason) == ("review", why)
    assert hive.directories.get("team-a").read_file("deploy-service", "SKILL.md").decode() == DEPLOY_SKILL
