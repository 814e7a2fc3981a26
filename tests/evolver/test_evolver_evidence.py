"""How an edit's evidence reaches the gate from a small model (issue 18): the analyst sees who recorded
each run, the edit stage sees the runs behind its lessons grouped by user, and an edit that cites
only part of its lesson's runs is completed from that lesson; the reviewer reads the edit as text
and gives its reason before its verdict. The gate's thresholds do not change:
it still counts only runs the pass read, under the users who recorded them."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from evolver.scripted_model import ScriptedModel
from evolver.test_evolver_pass import DEPLOY_SKILL, failed_deploy, record_as
from fakes.openai_server import FakeOpenAI
from skillhive.config import Settings
from skillhive.evolver.analyse import render_group
from skillhive.evolver.consolidate import complete_evidence
from skillhive.evolver.llm import OpenAICompatibleLLM
from skillhive.evolver.pipeline import Evolver, PassOptions
from skillhive.evolver.triage import group
from skillhive.evolver.types import AddSection, Evidence, LessonDraft, PassReport
from skillhive.hive import Hive
from skillhive.models import LessonKind, TrajectoryIn
from skillhive.store.embeddings import LocalMiniLM

pytestmark = pytest.mark.anyio


@pytest.fixture
def team_hive(tmp_path: Path, embedder: LocalMiniLM) -> Iterator[Hive]:
    seed = tmp_path / "seed"
    (seed / "deploy-service").mkdir(parents=True)
    (seed / "deploy-service" / "SKILL.md").write_text(DEPLOY_SKILL)
    settings = Settings(
        data_dir=tmp_path / "data", user="alice", team="team-a", seed_skills=seed, evolve_in_server=False
    )
    hive = Hive(settings, embedder=embedder)
    yield hive
    hive.close()


class Stingy(ScriptedModel):
    """A small model's habits: the analyst cites `analyst_cites` of the runs, the edit stage the first id only."""

    def __init__(self, *, analyst_cites: int | None = None, edit_cites: int | None = None) -> None:
        super().__init__()
        self.analyst_cites, self.edit_cites = analyst_cites, edit_cites
        self.prompts: dict[str, str] = {}

    def __call__(self, request: dict[str, Any]) -> str:
        self.prompts[self._stage(request["messages"][0]["content"])] = request["messages"][1]["content"]
        return super().__call__(request)

    def analyse(self, user: str, ids: list[str]) -> dict[str, Any]:
        return super().analyse(user, ids[: self.analyst_cites])

    def edit(self, user: str, ids: list[str]) -> dict[str, Any]:
        return super().edit(user, ids[: self.edit_cites])


async def three_users_failing(hive: Hive) -> dict[str, list[str]]:
    return {u: await record_as(hive, u, [failed_deploy(n, u) for n in range(2)]) for u in ("alice", "bob", "carol")}


def a_pass(hive: Hive, model: ScriptedModel) -> PassReport:
    with FakeOpenAI(chat=model) as fake:
        llm = OpenAICompatibleLLM(base_url=fake.base_url, api_key="k", max_retries=0)
        return Evolver(hive.backends, hive.directories, llm, PassOptions(mode="auto")).run_pass("team-a")


async def test_an_edit_citing_one_run_of_its_lesson_is_given_the_lessons_other_runs_and_passes_the_gates(
    team_hive: Hive,
) -> None:
    ids = await three_users_failing(team_hive)
    report = a_pass(team_hive, Stingy(edit_cites=1))  # the lesson cites all three users' runs
    assert report.error is None, report
    assert report.proposed == 1 and report.applied == 1 and report.commit, report.rejected
    [accepted] = report.accepted  # the report says what passed, on what support, and every gate it passed
    assert (accepted.op, accepted.skill, accepted.heading) == ("add_section", "deploy-service", "Run migrations first")
    assert (accepted.support_trajectories, accepted.support_users) == (6, 3)
    assert sorted(accepted.evidence) == sorted(i[0] for i in ids.values())
    gates = ("edit", "rename", "lint", "size", "evidence", "safety", "scripts", "commands", "duplicate", "review")
    assert [(v.gate, v.passed) for v in accepted.verdicts] == [(g, True) for g in gates]


async def test_the_edit_stage_sees_the_runs_behind_its_lessons_by_user_and_may_cite_them(team_hive: Hive) -> None:
    ids = await three_users_failing(team_hive)
    model = Stingy()  # the lesson cites every user's run; the edit cites every id it is shown
    report = a_pass(team_hive, model)
    assert report.error is None, report
    assert report.applied == 1 and report.commit, report.rejected
    analyst = model.prompts["analyse"]
    assert all(f"by {u} — outcome: failure (and 1 near-identical run)" in analyst for u in ids)
    runs = model.prompts["edit"].split("by who recorded them:")[1]
    for user in ids:  # each group's first run stands for it, alone at the start of a line under its user
        assert re.search(rf"Recorded by {user}:\n- (tr_\w+) \(failure\): Deploy the billing service", runs)
        assert sum(i in runs for i in ids[user]) == 1
    # what happened in each run, as the reviewer will read it: the edit can stick to what the runs show
    assert runs.count('curl /healthz → Error: relation "invoices" does not exist') == 3


async def test_the_edit_stage_is_not_shown_runs_its_lessons_do_not_cite(team_hive: Hive) -> None:
    """Shown the skill's other runs, an edit could cite colleagues' runs for one user's advice."""
    ids = await three_users_failing(team_hive)
    model = Stingy(analyst_cites=1)  # the lesson cites alice's run only
    report = a_pass(team_hive, model)
    edit = model.prompts["edit"]
    assert re.search(r"Evidence: tr_\w+ \(runs of alice\)\n", edit)
    assert not any(i in edit for user in ("bob", "carol") for i in ids[user])
    assert report.applied == 0 and [r.gate for r in report.rejected] == ["evidence"]


async def test_an_edit_citing_ids_with_words_around_them_counts_those_runs(team_hive: Hive) -> None:
    """Qwen2.5-Coder-1.5B, shown runs under "alice:" headings, cited "alice: tr_…" (issue 18)."""
    await three_users_failing(team_hive)

    class Wordy(Stingy):
        def edit(self, user: str, ids: list[str]) -> dict[str, Any]:
            answer = super().edit(user, ids)
            answer["edits"][0]["evidence"] = [f"user {n}: {i}" for n, i in enumerate(ids)]
            return answer

    report = a_pass(team_hive, Wordy())
    assert report.applied == 1 and report.commit, report.rejected
    assert report.accepted[0].support_users == 3


async def test_an_edit_from_one_users_lesson_gains_no_other_users_runs_and_the_gate_still_rejects_it(
    team_hive: Hive,
) -> None:
    await three_users_failing(team_hive)
    report = a_pass(team_hive, Stingy(analyst_cites=1, edit_cites=1))
    assert report.applied == 0 and report.commit is None
    assert [(r.gate, r.reason) for r in report.rejected] == [
        ("evidence", "2 trajectories from 1 users; needs 3 from 2 distinct users")
    ]


def lesson(*ids: str) -> LessonDraft:
    return LessonDraft(
        title="Run migrations first",
        description="deploying",
        content="alembic upgrade head",
        kind=LessonKind.PITFALL,
        evidence=[Evidence(trajectory_id=i) for i in ids],
    )


def edit(*ids: str) -> AddSection:
    return AddSection(op="add_section", skill="s", heading="h", content="c", rationale="r", evidence=list(ids))


@pytest.mark.parametrize(
    ("cites", "lessons", "completed"),
    [
        (["a"], [["a", "b"], ["c"]], ["a", "b"]),  # a subset of one lesson's runs: that lesson's runs
        (["b", "a"], [["a", "b", "c"], ["a", "d"]], ["b", "a", "c"]),  # only lessons holding every cited run
        (["a", "c"], [["a", "b"], ["c", "d"]], ["a", "c"]),  # runs of no single lesson: left as cited
        (["z"], [["a", "b"]], ["z"]),  # a made-up id takes nothing (the gate counts it for nothing)
        (["a"], [["a", "b"], ["a", "c"]], ["a", "b", "c"]),
        (["alice: tr_1"], [["tr_1", "tr_2"]], ["tr_1", "tr_2"]),  # an id with words around it is that id
        (["tr_3 (bob), tr_1"], [["tr_1"], ["tr_3"]], ["tr_3", "tr_1"]),  # several ids in one string: each
        (["tr_10"], [["tr_1", "tr_2"]], ["tr_10"]),  # an id inside a longer one is not cited
    ],
)
def test_an_edit_is_completed_only_from_the_lessons_that_hold_every_run_it_cites(
    cites: list[str], lessons: list[list[str]], completed: list[str]
) -> None:
    edits = [edit(*cites)]
    complete_evidence(edits, [lesson(*ids) for ids in lessons])
    assert edits[0].evidence == completed


def test_the_analyst_reads_who_recorded_a_run_and_why_it_failed_in_its_first_line() -> None:
    """Qwen2.5-Coder-1.5B read 'relation "invoices" does not exist' as a missing database when the
    outcome's feedback ('migrations not applied') came last, after the steps (issue 18)."""
    run = TrajectoryIn.model_validate(
        {
            "task": "Deploy the billing service to staging",
            "steps": [{"action": "curl /healthz", "observation": 'Error: relation "invoices" does not exist'}],
            "outcome": {"status": "failure", "source": "env", "feedback": "healthcheck failed: migrations not applied"},
        }
    )
    [g] = group([("tr_1", run, "alice"), ("tr_2", run, "alice")])
    first, *rest = render_group(g, "failure").splitlines()
    assert first == (
        "Run tr_1 by alice — outcome: failure (healthcheck failed: migrations not applied) (and 1 near-identical run)"
    )
    assert not any("migrations not applied" in line for line in rest)


async def test_the_reviewer_reads_the_edit_as_text_and_gives_its_reason_before_its_verdict(team_hive: Hive) -> None:
    await three_users_failing(team_hive)
    requests: list[dict[str, Any]] = []
    model = ScriptedModel()

    def script(request: dict[str, Any]) -> str:
        requests.append(request)
        return model(request)

    with FakeOpenAI(chat=script) as fake:
        llm = OpenAICompatibleLLM(base_url=fake.base_url, api_key="k", max_retries=0)
        report = Evolver(team_hive.backends, team_hive.directories, llm, PassOptions(mode="auto")).run_pass("team-a")
    assert report.applied == 1
    [review] = [r for r in requests if r["messages"][0]["content"].startswith("You review")]
    shown = review["messages"][1]["content"]
    assert "a new section '## Run migrations first':\n\nApply the pending database migrations" in shown
    schema = review["response_format"]["json_schema"]["schema"]
    assert list(schema["properties"]) == ["runs_show", "unsupported", "lost", "supported"]


class Reviews(ScriptedModel):
    """A model whose review gives `said` (its advice: the scripted one, or `advice`)."""

    def __init__(self, said: dict[str, Any], advice: str | None = None) -> None:
        super().__init__(advice=advice)
        self.said = said

    def review(self, user: str, ids: list[str]) -> dict[str, Any]:
        return {"runs_show": "the deploys failed on a missing relation", "unsupported": [], "lost": [], **self.said}


async def test_a_bare_unsupported_review_of_an_edit_the_runs_back_does_not_veto_it(team_hive: Hive) -> None:
    await three_users_failing(team_hive)
    report = a_pass(team_hive, Reviews({"supported": False}))
    assert report.applied == 1 and report.commit, report.rejected
    [accepted] = report.accepted
    [review] = [v for v in accepted.verdicts if v.gate == "review"]
    assert review.passed and review.reason.endswith("[not a veto: no quote found in the edit (0 unmatched)]")


async def test_a_review_quoting_an_unsupported_sentence_of_the_edit_rejects_it(team_hive: Hive) -> None:
    await three_users_failing(team_hive)
    objection = {"quote": "then check its health", "runs_show": "the runs never reached a healthy state"}
    report = a_pass(team_hive, Reviews({"unsupported": [objection], "supported": False}))
    assert report.applied == 0 and report.commit is None
    [rejected] = report.rejected
    assert (rejected.gate, rejected.reason) == (
        "review",
        'unsupported: "then check its health" (the runs never reached a healthy state)',
    )
    assert "## Run migrations first" not in team_hive.directory("team-a").get("deploy-service").body


async def test_an_edit_writing_a_command_no_cited_run_shows_is_rejected_before_review(team_hive: Hive) -> None:
    await three_users_failing(team_hive)
    model = Reviews({"supported": True}, advice="Run `alembic upgrade head` before deploying.")
    report = a_pass(team_hive, model)
    assert report.applied == 0 and "review" not in model.stages
    [rejected] = report.rejected
    assert (rejected.gate, rejected.reason) == ("commands", "`alembic upgrade head` is in no cited run nor the skill")


async def test_a_command_a_cited_run_shows_only_in_its_tool_arguments_passes_the_commands_gate(team_hive: Hive) -> None:
    for user in ("alice", "bob", "carol"):
        runs = [failed_deploy(n, user) for n in range(2)]
        for run in runs:
            run["steps"].append(
                {"tool_name": "bash", "tool_args": {"command": ["bin/migrate", "--check"]}, "observation": "1 pending"}
            )
        await record_as(team_hive, user, runs)
    report = a_pass(team_hive, Reviews({"supported": True}, advice="Run `bin/migrate --check` before deploying."))
    assert report.applied == 1, report.rejected
    [accepted] = report.accepted
    assert [v.reason for v in accepted.verdicts if v.gate == "commands"] == [
        "every command is in a cited run or the skill"
    ]
