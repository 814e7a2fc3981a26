"""The grounded review: an objection vetoes an edit only when what it quotes is really there."""

from __future__ import annotations

from typing import Any

from skillhive.evolver.review import ReviewAnswer, verdict
from skillhive.evolver.types import AddSection, RemoveSection, ReplaceSection

OLD = """---
name: deploy-service
description: Deploy a web service to staging.
---
# Deploy a service

## Steps
1. Build the image.
2. `kubectl apply -f deploy.yaml`.
3. Watch the rollout.
"""
ADD = AddSection(
    op="add_section",
    skill="deploy-service",
    heading="Migrations",
    content="Ensure migrations are applied before deploying. Run `migrate` first.",
    rationale="r",
    evidence=["tr_1"],
)


def answer(**fields: Any) -> ReviewAnswer:
    empty = {"runs_show": "migrations were pending", "unsupported": [], "lost": [], "supported": True}
    return ReviewAnswer.model_validate({**empty, **fields})


def test_an_objection_quoting_a_sentence_of_the_edit_rejects_it() -> None:
    said = answer(unsupported=[{"quote": "Run `migrate` first", "runs_show": "no run shows a migrate command"}])
    passed, reason = verdict(said, ADD, OLD, OLD + ADD.content)
    assert not passed and reason == 'unsupported: "Run `migrate` first" (no run shows a migrate command)'


def test_a_quote_differing_only_in_case_punctuation_and_line_breaks_still_rejects() -> None:
    said = answer(unsupported=[{"quote": "ensure MIGRATIONS are applied\nbefore deploying", "runs_show": "x"}])
    assert not verdict(said, ADD, OLD, None)[0]


def test_a_bare_unsupported_verdict_without_a_quote_does_not_veto_and_says_so() -> None:
    passed, reason = verdict(answer(supported=False), ADD, OLD, None)
    assert passed and reason == "migrations were pending [not a veto: no quote found in the edit (0 unmatched)]"


def test_an_objection_whose_quote_is_not_in_the_edit_does_not_veto() -> None:
    said = answer(unsupported=[{"quote": "Always restart the database server", "runs_show": "x"}], supported=False)
    passed, reason = verdict(said, ADD, OLD, None)
    assert passed and reason.endswith("[not a veto: no quote found in the edit (1 unmatched)]")


def test_a_single_word_quote_vetoes_only_when_it_is_a_command_the_edit_writes() -> None:
    assert not verdict(answer(unsupported=[{"quote": "migrate", "runs_show": "x"}]), ADD, OLD, None)[0]
    assert verdict(answer(unsupported=[{"quote": "deploying", "runs_show": "x"}]), ADD, OLD, None)[0]


def test_a_right_line_the_edit_drops_rejects_it_and_one_it_keeps_does_not() -> None:
    edit = ReplaceSection(
        op="replace_section", skill="deploy-service", heading="Steps", content="1. Build the image.", rationale="r",
        evidence=["tr_1"],
    )  # fmt: skip
    new = OLD.split("## Steps")[0] + "## Steps\n1. Build the image.\n"
    passed, reason = verdict(answer(lost=["3. Watch the rollout."]), edit, OLD, new)
    assert not passed and reason == 'drops a right line: "3. Watch the rollout."'
    assert verdict(answer(lost=["1. Build the image."]), edit, OLD, new)[0]


def test_a_removal_has_nothing_to_quote_and_passes_only_on_an_explicit_yes() -> None:
    edit = RemoveSection(op="remove_section", skill="deploy-service", heading="Steps", rationale="r", evidence=["x"])
    assert not verdict(answer(supported=False), edit, OLD, None)[0]
    assert verdict(answer(supported=True), edit, OLD, None)[0]
