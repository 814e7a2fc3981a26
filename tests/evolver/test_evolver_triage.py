"""Triage: model-free signals on hand-made runs, and selection on a realistic mix."""

from __future__ import annotations

from typing import Any

import pytest

from evolver.mix import FAILURE_KINDS, make_mix
from skillhive.evolver.triage import group, select, signals
from skillhive.models import TrajectoryIn


def run(
    task: str = "Add a --json flag to the report CLI",
    steps: list[tuple[str, str]] | None = None,
    status: str = "success",
    **outcome: Any,
) -> TrajectoryIn:
    extra = {k: outcome.pop(k) for k in ("tags", "skills_used") if k in outcome}
    pairs = (
        steps
        if steps is not None
        else [
            ("grep -rn 'def report' src/", "src/cli.py:41: def report(args):"),
            ("apply_patch src/cli.py", "File written."),
            ("pytest -q", "14 passed in 0.52s"),
        ]
    )
    return TrajectoryIn.model_validate(
        {
            "task": task,
            "steps": [{"action": a, "observation": o} for a, o in pairs],
            "outcome": {"status": status, "source": outcome.pop("source", "env"), **outcome},
            **extra,
        }
    )


ROUTINE = run()


def test_a_routine_clean_success_shows_no_signal_and_scores_zero() -> None:
    s = signals(ROUTINE)
    assert not (s.failure or s.unknown_outcome or s.exhausted or s.dissatisfied)
    assert (s.tool_errors, s.loops, s.stagnation, s.skills_used, s.score) == (0, 0, 0, [], 0.0)


@pytest.mark.parametrize("status", ["failure", "partial"])
def test_a_failed_or_partial_run_is_a_failure(status: str) -> None:
    assert signals(run(status=status)).failure


def test_an_unlabelled_run_has_an_unknown_outcome() -> None:
    s = signals(TrajectoryIn(task="do it"))
    assert s.unknown_outcome and not s.failure


def test_tool_errors_are_counted() -> None:
    steps = [
        ("pytest -q", "ModuleNotFoundError: No module named 'yaml'"),
        ("pip install pyyaml", "ok"),
        ("cat x", "cat: x: No such file or directory"),
        ("pytest -q", "3 passed in 0.1s"),
    ]
    assert signals(run(steps=steps)).tool_errors == 2


def test_the_same_action_repeated_is_a_loop() -> None:
    steps = [
        ("pytest -q", "1 failed"),
        ("  PYTEST   -q ", "1 failed, 0 passed"),
        ("pytest -q", "still 1 failed"),
        ("ls", "a b"),
    ]
    assert signals(run(steps=steps)).loops == 2


def test_an_observation_seen_before_is_stagnation() -> None:
    steps = [("curl /a", "HTTP 503"), ("curl /b", "HTTP 503"), ("curl /c", "http 503"), ("curl /d", "200 OK")]
    assert signals(run(steps=steps)).stagnation == 2


@pytest.mark.parametrize(
    "where",
    [
        {"feedback": "The agent hit the step limit."},
        {"feedback": "SWE-agent exit status: exit_cost"},
        {"tags": ["swe-agent", "exit:exit_context"]},
        {"last": "Error: This model's maximum context length is 128000 tokens."},
        {"last": "Exited: maximum number of steps reached"},
        {"last": "Command timed out after 600 seconds"},
    ],
)
def test_a_run_that_hit_a_limit_is_exhausted(where: dict[str, Any]) -> None:
    steps = [("ls", "a b"), ("submit", where.pop("last", "submitted"))]
    assert signals(run(steps=steps, status="unknown", source=None, **where)).exhausted


def test_a_limit_mentioned_early_in_the_run_is_not_exhaustion() -> None:
    steps = [("cat config.yaml", "max_steps: 40\ntimeout: 30"), ("ls", "a b"), ("pytest -q", "3 passed")]
    assert not signals(run(steps=steps)).exhausted


@pytest.mark.parametrize(
    "outcome",
    [
        {"feedback": "This is wrong, the totals do not add up.", "source": "user"},
        {"feedback": "not what I asked for", "source": "user"},
        {"feedback": "It still doesn't work", "source": "user"},
        {"feedback": "useless", "source": "agent"},
        {"feedback": "getting frustrated with this", "source": "user"},
        {"feedback": "👎", "source": None},
        {"score": 0.2, "source": "user"},
    ],
)
def test_negative_user_feedback_is_dissatisfaction(outcome: dict[str, Any]) -> None:
    assert signals(run(**outcome)).dissatisfied


def test_a_user_reply_inside_the_run_can_show_dissatisfaction() -> None:
    steps = [("send_message('Here is your refund')", "User: No, that's not what I asked. I wanted an exchange.")]
    assert signals(run(steps=steps)).dissatisfied


@pytest.mark.parametrize(
    "outcome, steps",
    [
        ({"feedback": "Nothing wrong with it, thanks", "source": "user"}, None),
        ({"feedback": "wrong answer on case 3", "source": "env"}, None),
        ({"score": 0.2, "source": "env"}, None),
        ({}, [("pylint src", "W0235: useless-super-delegation"), ("pytest", "2 passed")]),
    ],
)
def test_neutral_feedback_and_tool_output_are_not_dissatisfaction(
    outcome: dict[str, Any], steps: list[tuple[str, str]] | None
) -> None:
    assert not signals(run(steps=steps, **outcome)).dissatisfied


def test_the_skills_used_are_listed_once() -> None:
    used = run(skills_used=["python-testing", "git-workflow@abcdef1", "python-testing"])
    assert signals(used).skills_used == ["python-testing", "git-workflow"]


def test_informative_runs_outrank_routine_ones() -> None:
    recovered = run(
        steps=[
            ("pytest", "ModuleNotFoundError: No module named 'yaml'"),
            ("pip install pyyaml", "ok"),
            ("pytest", "3 passed"),
        ]
    )
    with_skill = run(skills_used=["python-testing"])
    failed = run(status="failure")
    looping = run(status="failure", steps=[("make", "Error 2")] * 4)
    scores = [signals(t).score for t in (ROUTINE, with_skill, recovered, failed, looping)]
    assert scores[0] == 0.0
    assert 0 < scores[1] < scores[3] and 0 < scores[2] < scores[3]
    assert scores[3] < scores[4] <= 1.0


def test_near_duplicates_are_runs_that_did_the_same_and_are_grouped_with_every_id_and_user() -> None:
    failing = [("kubectl apply -f deploy.yaml", "Error from server (Forbidden)")]
    items = [
        ("t1", run("Deploy billing to staging", failing, "failure"), "alice"),
        ("t2", run("deploy  billing to staging.", failing, "failure"), "bob"),
        ("t3", run("Deploy billing to staging", [("helm install", "Error: forbidden")], "failure"), "mallory"),
        ("t4", run("Deploy billing to staging", failing, "success"), "carol"),  # another verdict
        ("t5", run("Convert data/sales_12.csv to parquet"), "dave"),
        ("t6", run("Convert data/sales_97.csv to parquet"), "erin"),  # same shape, other numbers
        ("t7", run("Convert data/sales_97.csv to parquet", [("ls", "x")]), "erin"),  # same task text
    ]
    groups = {tuple(sorted(g.ids)): g for g in group(items)}
    # The same task text with other actions (t3, t7) is its own run: it neither joins nor speaks for t1, t2.
    assert set(groups) == {("t1", "t2"), ("t3",), ("t4",), ("t5", "t6"), ("t7",)}
    deploy = groups[("t1", "t2")]
    assert deploy.users == ["alice", "bob"] and deploy.size == 2 and deploy.signals.failure
    assert deploy.representative_id == "t1"  # the earliest speaks for the group, not the highest scoring


def test_selection_on_a_realistic_mix_sends_at_most_half_and_keeps_every_failure() -> None:
    mix = make_mix(200, seed=1)
    assert sum(kind in ("routine", "skill", "recovered") for kind in mix.kinds.values()) >= 150
    selection = select(mix.items)
    assert 0 < selection.sent <= 100
    covered = {i for g in selection.groups for i in g.ids}
    assert all(i in covered for i, kind in mix.kinds.items() if kind in FAILURE_KINDS)
    assert all(mix.kinds[g.representative_id] != "routine" for g in selection.groups)
    assert selection.skipped + len(covered) == len(mix.items)
    assert selection.skipped == selection.reasons["low_score"] + selection.reasons["budget"]


def test_the_budget_caps_what_fills_the_selection_but_never_drops_a_failure() -> None:
    items = [(f"f{i}", run(f"Deploy service {chr(97 + i)}x", status="failure"), "u1") for i in range(5)]
    items += [(f"s{i}", run(f"Task {chr(97 + i)}y", skills_used=["git-workflow"]), "u2") for i in range(15)]
    selection = select(items, budget_ratio=0.3)
    # budget 0.3 x 20 = 6, shared by turns: f0 s0 f1 s1 f2 s2; then the failures f3, f4 past it
    assert sorted(g.representative_id for g in selection.groups) == ["f0", "f1", "f2", "f3", "f4", "s0", "s1", "s2"]
    assert selection.reasons["budget"] == 12 and len(selection.deferred) == 12 and selection.skipped == 0
    only_failures = select(items[:5], budget_ratio=0.2)
    assert only_failures.sent == 5 and only_failures.skipped == 0


def test_a_mix_of_one_thousand_is_triaged_in_a_moment() -> None:
    import time

    mix = make_mix(1_000, seed=7)
    started = time.perf_counter()
    selection = select(mix.items)
    assert time.perf_counter() - started < 3.0  # ~0.15 s on an idle machine
    assert selection.sent <= 500


def test_one_users_flood_of_failures_does_not_push_another_users_runs_out_of_the_budget() -> None:
    flood = [(f"f{i:02d}", run(f"Deploy service {i} now", status="failure"), "mallory") for i in range(40)]
    others = [(f"b{i}", run(f"Task {chr(97 + i)}y", skills_used=["git-workflow"]), "bob") for i in range(4)]
    selection = select(flood + others, budget_ratio=0.2)  # budget 8
    chosen = {g.representative_id for g in selection.groups}
    assert {"b0", "b1", "b2", "b3"} <= chosen  # bob's turns came before the flood filled the budget
    assert not selection.deferred
