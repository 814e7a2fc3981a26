"""The JSON schemas the evolver sends as `response_format`: what a model bound to them by constrained
decoding (llama.cpp's grammar) must write, and where it must stop."""

from __future__ import annotations

import json

import pytest
from pydantic import ValidationError

from skillhive.evolver.analyse import LessonList
from skillhive.evolver.types import EditPlan

EDIT_TYPES = ("AddSection", "ReplaceSection", "RemoveSection", "CreateSkill", "RetireSkill")


def test_every_edit_type_requires_its_op_and_its_evidence_in_the_schema() -> None:
    defs = EditPlan.model_json_schema()["$defs"]
    for name in EDIT_TYPES:
        assert {"op", "evidence"} <= set(defs[name]["required"]), name
        assert defs[name]["properties"]["evidence"]["minItems"] == 1, name


def test_an_edit_without_evidence_does_not_parse() -> None:
    plan = {"edits": [{"op": "add_section", "skill": "s", "heading": "H", "content": "C", "rationale": "r"}]}
    with pytest.raises(ValidationError, match="evidence"):
        EditPlan.model_validate_json(json.dumps(plan))
    plan["edits"][0]["evidence"] = []
    with pytest.raises(ValidationError, match="at least 1"):
        EditPlan.model_validate_json(json.dumps(plan))


def test_a_lesson_requires_evidence_and_its_step_numbers_are_bounded() -> None:
    schema = LessonList.model_json_schema()["$defs"]
    assert "evidence" in schema["LessonDraft"]["required"]
    steps = schema["Evidence"]["properties"]["steps"]
    assert steps["maxItems"] <= 8 and steps["items"]["minimum"] == 1
    counting = {
        "lessons": [
            {
                "title": "t", "description": "d", "content": "c", "kind": "pitfall", "skill": None,
                "evidence": [{"trajectory_id": "tr_1", "steps": list(range(1, 400))}],
            }
        ]
    }  # fmt: skip
    with pytest.raises(ValidationError, match="at most 8"):
        LessonList.model_validate_json(json.dumps(counting))
