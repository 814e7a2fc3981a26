"""What the context hooks hand Claude Code, run as it runs them: team skills beside past runs on a
prompt, and the project's latest runs at the start of a session."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from importers.transcripts import ClaudeSession
from skillhive.config import load_settings
from skillhive.hive import Hive
from skillhive.models import estimate_tokens
from test_hooks import discount_session, hook, runs, stop


def prompt_event(cwd: Path, prompt: str, session: str = "new-session") -> dict[str, Any]:
    return {
        "session_id": session,
        "transcript_path": str(cwd / f"{session}.jsonl"),
        "cwd": str(cwd),
        "hook_event_name": "UserPromptSubmit",
        "prompt": prompt,
    }


def start_event(cwd: Path, session: str = "new-session", source: str = "startup") -> dict[str, Any]:
    return {
        "session_id": session,
        "transcript_path": str(cwd / f"{session}.jsonl"),
        "cwd": str(cwd),
        "hook_event_name": "SessionStart",
        "source": source,
    }


def open_skills(data: Path) -> Path:
    """What `skillhive serve` does as it starts: the team's skill folder, seeded."""
    settings = load_settings(data_dir=str(data), user="ana")
    hive = Hive(settings)
    try:
        return hive.directory(settings.team).root
    finally:
        hive.close()


def context_of(done: Any, event: str) -> str:
    assert done.returncode == 0 and done.stderr == ""
    out = json.loads(done.stdout)["hookSpecificOutput"]
    assert out["hookEventName"] == event
    return str(out["additionalContext"])


def test_a_prompt_about_writing_a_skill_gets_the_teams_skill_with_how_to_load_it(tmp_path: Path) -> None:
    data, project = tmp_path / "data", tmp_path / "shop"
    project.mkdir()
    s = discount_session(str(project))
    hook(data, "claude-code", stop(s, s.write(tmp_path / "projects")))
    for task in ("Upgrade the logging library", "Add a dark mode toggle to settings", "Speed up the CSV export"):
        other = ClaudeSession(cwd=str(project))
        other.user(task)
        other.tool("Bash", {"command": "ls"}, "app tests")
        hook(data, "claude-code", stop(other, other.write(tmp_path / "projects")))
    skills = open_skills(data)  # the seed skills

    asked = "write a new skill in the Agent Skills format for our release procedure"
    context = context_of(hook(data, "claude-code", prompt_event(project, asked)), "UserPromptSubmit")
    assert "- skill writing-skills (relevance" in context
    assert "get_skill('writing-skills')" in context
    assert str(skills / "writing-skills" / "SKILL.md") in context
    assert "using-skillhive" not in context  # below the floor: it shares only 'skill(s)' with the prompt
    assert estimate_tokens(context) <= 500 + 60

    # A skill added to the team's folder is offered at the next prompt (nothing stale is served).
    (skills / "deploying-the-shop").mkdir()
    (skills / "deploying-the-shop" / "SKILL.md").write_text(
        "---\nname: deploying-the-shop\ndescription: Deploy the shop to the staging cluster with blue-green"
        " switching. Use when asked to deploy or release the shop.\n---\n# Deploying\n1. ...\n"
    )
    deploy = hook(data, "claude-code", prompt_event(project, "deploy the shop to staging"))
    assert "- skill deploying-the-shop" in context_of(deploy, "UserPromptSubmit")

    # A prompt about a past run gets the run and no skill.
    about_the_run = hook(data, "claude-code", prompt_event(project, "checkout total ignores the discount code again"))
    context = context_of(about_the_run, "UserPromptSubmit")
    assert "discount code" in context and "- skill " not in context


def test_a_session_start_gets_the_projects_latest_runs_but_not_its_own_or_another_projects(
    tmp_path: Path,
) -> None:
    data, shop, blog = tmp_path / "data", tmp_path / "shop", tmp_path / "blog"
    shop.mkdir()
    blog.mkdir()
    first = discount_session(str(shop))
    hook(data, "claude-code", stop(first, first.write(tmp_path / "projects")))
    later = ClaudeSession(cwd=str(shop))
    later.user("Add a coupon expiry date to the cart")
    later.tool("Bash", {"command": "pytest -q"}, "14 passed")
    hook(data, "claude-code", stop(later, later.write(tmp_path / "projects")))
    elsewhere = ClaudeSession(cwd=str(blog))
    elsewhere.user("Fix the RSS feed dates")
    elsewhere.tool("Bash", {"command": "make feed"}, "ok")
    hook(data, "claude-code", stop(elsewhere, elsewhere.write(tmp_path / "projects")))
    by_task = {r["task"]: r["id"] for r in runs(data)}

    context = context_of(hook(data, "claude-code", start_event(shop)), "SessionStart")
    assert context.startswith("skillhive: the latest runs in this project")
    coupon = by_task["Add a coupon expiry date to the cart"]
    discount = next(i for t, i in by_task.items() if "discount" in t)
    assert context.index(coupon) < context.index(discount)  # newest first
    assert "RSS feed" not in context

    resumed = context_of(hook(data, "claude-code", start_event(shop, later.session_id, "resume")), "SessionStart")
    assert discount in resumed and coupon not in resumed  # the session's own run is not news to it

    fresh = tmp_path / "new-project"
    fresh.mkdir()
    nothing = hook(data, "claude-code", start_event(fresh))
    assert (nothing.returncode, nothing.stdout, nothing.stderr) == (0, "", "")
