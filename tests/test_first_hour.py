"""The first hour of a new user, through the real entry points: the CLI as a subprocess, the stdio
server as a subprocess, the HTTP app on a loopback port."""

from __future__ import annotations

import json
import os
import signal
import socket
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path
from typing import Any

import anyio
import httpx2
import pytest
from mcp import Client, StdioServerParameters, stdio_client
from mcp.client.session import ClientSession

from conftest import SEED
from evolver.scripted_model import ScriptedModel
from fakes.openai_server import FakeOpenAI
from hive_http import connect, serve
from skillhive.hive import Hive
from skillhive.mcp_app import build_server
from skillhive.models import Caller, Outcome, TrajectoryIn
from skillhive.skills_extension import SKILLS_EXTENSION_ID
from skillhive.store.tokens import TokenStore

TAU_BENCH = Path(__file__).resolve().parents[2] / "shared" / "data" / "tau-bench" / "gpt-4o-airline.json"

pytestmark = [pytest.mark.slow, pytest.mark.anyio]


def env(data: Path, **extra: str) -> dict[str, str]:
    return {
        **os.environ,
        "SKILLHIVE_DATA_DIR": str(data),
        "SKILLHIVE_USER": "alice",
        "SKILLHIVE_TEAM": "team-a",
        "SKILLHIVE_SEED_SKILLS": str(SEED),
        **extra,
    }


def cli(data: Path, *args: str, **extra: str) -> subprocess.CompletedProcess[str]:
    """`skillhive ARGS` on the hive folder `data`, made here if missing (only serve and import make a named one)."""
    data.mkdir(parents=True, exist_ok=True)
    return subprocess.run(
        [sys.executable, "-m", "skillhive.cli", *args], env=env(data, **extra), capture_output=True, text=True,
        timeout=300,
    )  # fmt: skip


def runs_file(path: Path, n: int, task: str = "Deploy the billing service to staging, attempt {i}") -> Path:
    lines = []
    for i in range(n):
        rec = {
            "task": task.format(i=i),
            "steps": [
                {"action": "kubectl apply -f deploy.yaml", "observation": "configured"},
                {"action": "curl /healthz", "observation": 'Error: relation "invoices" does not exist'},
            ],
            "outcome": {"status": "failure", "source": "env"},
            "skills_used": ["using-skillhive"],
        }
        lines.append(json.dumps(rec))
    path.write_text("\n".join(lines) + "\n")
    return path


# -- 1. a pass without a model uses nothing up ---------------------------------------------------


def test_runs_a_pass_without_a_model_read_are_still_new_to_the_model_later(tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert cli(data, "import", str(runs_file(tmp_path / "runs.jsonl", 30)), "--no-progress").returncode == 0
    first = cli(data, "evolve", "--once", "--json")
    assert first.returncode == 0, first.stderr
    assert json.loads(first.stdout)["read"] == 30 and "runs stay new for the model stages" in first.stderr
    with FakeOpenAI(chat=ScriptedModel()) as fake:
        model = {"SKILLHIVE_LLM_BASE_URL": fake.base_url, "SKILLHIVE_LLM_API_KEY": "k"}
        second = cli(data, "evolve", "--once", "--json", **model)
        assert second.returncode == 0, second.stderr
        assert json.loads(second.stdout)["read"] == 30  # every run reaches the model stages
        assert json.loads(cli(data, "evolve", "--once", "--json", **model).stdout)["read"] == 0
        again = cli(data, "evolve", "--once", "--json", "--since", "10", **model)
        assert json.loads(again.stdout)["read"] == 20 and "reading again from after run 10" in again.stderr


# -- 2. a single developer sees a skill evolve; what blocked a change is said ----------------------


def test_status_says_what_a_change_needs_in_a_hive_of_one_and_in_a_team(tmp_path: Path) -> None:
    data = tmp_path / "data"
    cli(data, "import", str(runs_file(tmp_path / "runs.jsonl", 3)), "--no-progress")
    solo = cli(data, "evolve", "--status")
    assert "a change needs runs from 1 distinct user; this team has runs from 1" in solo.stdout
    assert cli(data, "token", "create", "--user", "bob", "--team", "team-a").returncode == 0
    team = cli(data, "evolve", "--status")
    assert "a change needs runs from 2 distinct users; this team has runs from 1 — nothing can change yet" in (
        team.stdout
    )


def test_import_attributes_tags_and_names_the_agent_of_the_runs(tmp_path: Path) -> None:
    data = tmp_path / "data"
    out = cli(
        data, "import", str(runs_file(tmp_path / "r.jsonl", 2)), "--no-progress",
        "--user", "carol", "--team", "team-b", "--tag", "legacy", "--agent", "gpt-4o",
    )  # fmt: skip
    assert out.returncode == 0, out.stderr
    assert "(as carol of team team-b; import im_" in out.stdout.strip().splitlines()[-1]
    found = json.loads(cli(data, "retrieve", "deploy billing to staging", "--team", "team-b", "--json").stdout)
    shown = json.loads(cli(data, "show", found["items"][0]["id"], "--team", "team-b", "--json").stdout)
    assert (shown["user"], shown["team"], shown["agent"]) == ("carol", "team-b", "gpt-4o")
    assert "legacy" in shown["tags"]


def test_import_refuses_a_user_name_the_hive_would_not_accept_and_counts_forgotten_runs(tmp_path: Path) -> None:
    data, runs = tmp_path / "data", runs_file(tmp_path / "r.jsonl", 2)
    out = cli(data, "import", str(runs), "--no-progress", "--user", "bad user")
    assert out.returncode == 2 and out.stderr.strip() == (
        "skillhive: error: --user: letters of any script, digits, '.', '_', '@', '-' only, starting with a letter"
        " or digit; at most 128 characters"
    )
    assert cli(data, "import", str(runs), "--no-progress").returncode == 0
    found = json.loads(cli(data, "retrieve", "deploy billing to staging", "--json").stdout)
    assert cli(data, "forget", found["items"][0]["id"]).returncode == 0
    again = cli(data, "import", str(runs), "--no-progress")
    assert "imported 0 new, 1 already stored, 0 skipped" in again.stdout
    assert "1 forgotten before (not stored again)" in again.stdout


def test_a_skill_sync_that_cannot_reach_its_remote_says_it_failed(tmp_path: Path) -> None:
    out = cli(tmp_path / "data", "skills", "sync", "--skills-remote", str(tmp_path / "no-such-remote"))
    assert out.returncode == 1
    assert "failed: cannot fetch" in out.stdout and "synced with" not in out.stdout


def test_an_interrupted_import_says_what_it_stored_and_exits_130(tmp_path: Path) -> None:
    data, runs = tmp_path / "data", runs_file(tmp_path / "r.jsonl", 50_000)
    proc = subprocess.Popen(
        [sys.executable, "-m", "skillhive.cli", "import", str(runs), "--no-progress"],
        env=env(data), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    deadline = time.monotonic() + 120
    while stored(data / "ledger.db") == 0:  # under way (a loaded machine takes longer to start): no fixed sleep
        assert proc.poll() is None and time.monotonic() < deadline
        time.sleep(0.05)
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 130
    assert "interrupted: " in err and "new runs were stored before" in err and "Traceback" not in err


def test_ctrl_c_while_the_command_is_still_starting_exits_130_without_a_traceback(tmp_path: Path) -> None:
    """The moment is found, not timed: `-X importtime` reports each module as it is imported, and the
    signal goes right after the command's first imports, while the heavy ones (pydantic…) still load."""
    data, runs = tmp_path / "data", runs_file(tmp_path / "r.jsonl", 10)
    proc = subprocess.Popen(
        [sys.executable, "-X", "importtime", "-m", "skillhive.cli", "import", str(runs), "--no-progress"],
        env=env(data), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    assert proc.stderr is not None
    seen = ""
    while not seen.rstrip().endswith("|   argparse"):  # skillhive.cli has begun its imports
        line = proc.stderr.readline()
        assert line, seen[-2000:]
        seen += line
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 130, err[-2000:]
    assert "Traceback" not in err and "KeyboardInterrupt" not in err


def test_an_import_interrupted_while_indexing_says_every_run_is_stored_and_what_waits(tmp_path: Path) -> None:
    data, n = tmp_path / "data", 4_000
    runs = runs_file(tmp_path / "r.jsonl", n)
    proc = subprocess.Popen(
        [sys.executable, "-m", "skillhive.cli", "import", str(runs), "--no-progress"],
        env=env(data), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    deadline = time.monotonic() + 300
    # Every run stored and the first batch indexed (the import drains the outbox itself, no thread does
    # beside it): the import is indexing now. Every run stored alone is not enough: on a busy machine the
    # import may still be closing the batch when the last one is committed.
    while stored(data / "ledger.db") < n or waiting(data / "ledger.db") >= n:
        assert proc.poll() is None and time.monotonic() < deadline
        time.sleep(0.05)
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 130
    assert f"interrupted while indexing: all {n} new runs are stored; " in err and "Traceback" not in err
    assert "wait for the vector index (found by keywords until then)" in err


def stored(ledger: Path) -> int:
    return count_rows(ledger, "trajectories", missing=0)


def waiting(ledger: Path) -> int:
    """Runs waiting for the vector index (the outbox); a large number until the ledger exists."""
    return count_rows(ledger, "outbox", missing=1 << 30)


def count_rows(ledger: Path, table: str, *, missing: int) -> int:
    try:
        with closing(sqlite3.connect(f"file:{ledger}?mode=ro", uri=True, timeout=5)) as db:
            return int(db.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
    except sqlite3.OperationalError:  # not created yet
        return missing


# -- 3. starting and stopping -----------------------------------------------------------------------


def start_stdio(data: Path) -> subprocess.Popen[str]:
    proc = subprocess.Popen(
        [sys.executable, "-m", "skillhive.cli", "serve"], env=env(data), stdin=subprocess.PIPE,
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    assert proc.stderr is not None
    line = proc.stderr.readline()
    assert line.startswith("skillhive ") and "serving MCP: stdio" in line, line
    assert f"data {data}" in line and "as alice of team team-a" in line and "stop with Ctrl-C" in line
    return proc


@pytest.mark.parametrize(("sig", "code"), [(signal.SIGINT, 130), (signal.SIGTERM, 0)])
def test_a_stdio_server_says_it_is_ready_and_stops_within_a_second(tmp_path: Path, sig: int, code: int) -> None:
    with start_stdio(tmp_path / "data") as proc:
        time.sleep(1.0)  # serving, stdin open and idle: the reader thread blocks on it
        started = time.monotonic()
        proc.send_signal(sig)
        assert proc.wait(timeout=10) == code
        assert time.monotonic() - started < 1.5


def test_a_sigterm_right_after_the_stdio_ready_line_stops_the_server_cleanly(tmp_path: Path) -> None:
    with start_stdio(tmp_path / "data") as proc:
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=10) == 0


def test_a_port_in_use_is_an_error_before_anything_says_serving(tmp_path: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        out = cli(tmp_path / "data", "serve", "--transport", "http", "--port", str(port))
    assert out.returncode == 1
    assert out.stderr.strip().splitlines()[-1] == f"skillhive: error: --port {port}: 127.0.0.1:{port} is in use"
    assert "serving MCP" not in out.stderr


# -- 4. errors are one clear line ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "extra", "code", "message"),
    [
        (["stats"], {"SKILLHIVE_HTTP_PORT": "eighty"}, 1, "skillhive: error: SKILLHIVE_HTTP_PORT: Input should be"),
        (["stats"], {"SKILLHIVE_EVOLVE_MODE": "yolo"}, 1, "skillhive: error: SKILLHIVE_EVOLVE_MODE: Input should be"),
        (["serve", "--transport", "http", "--port", "99999"], {}, 2, "argument --port: 99999 is not a port"),
        (["stats", "--data-dir", "{file}"], {}, 1, "skillhive: error: --data-dir {file}: not a directory"),
        (["skills", "history", "no-such-skill"], {}, 1, "skillhive: error: no skill 'no-such-skill'"),
        (["stats"], {"SKILLHIVE_HTTP_ALLOWED_HOSTS": "hive.lan"}, 1, "SKILLHIVE_HTTP_ALLOWED_HOSTS: JSON, e.g."),
        (["stats"], {"SKILLHIVE_CHROMA_URL": "http://[::1"}, 1, "SKILLHIVE_CHROMA_URL: a URL such as"),
        (["stats"], {"SKILLHIVE_DATA_DIR": ""}, 1, "SKILLHIVE_DATA_DIR: a folder, not an empty value"),
        (["migrate", "--to", "postgresql://u@127.0.0.1:99999/db"], {}, 2, "--to: a URL such as postgresql://"),
        (["serve", "--upstream", "http://[::1/mcp"], {}, 1, "--upstream: a URL such as https://"),
        (["evolve", "--once", "--dry-run", "--since", "5"], {}, 2, "skillhive: error: --since: not with --dry-run"),
        (["evolve", "--status", "--since", "5"], {}, 2, "skillhive: error: --since: not with --status"),
        (["retrieve", "x", "-k", "0"], {}, 2, "skillhive: error: -k: Input should be greater than or equal to 1"),
        (["retrieve", "x", "--max-tokens", "10"], {}, 2, "skillhive: error: --max-tokens: Input should be greater"),
    ],
)
def test_errors_are_one_line_naming_the_setting_and_exit_non_zero(
    tmp_path: Path, args: list[str], extra: dict[str, str], code: int, message: str
) -> None:
    afile = tmp_path / "a-file"
    afile.write_text("not a directory")
    args = [a.replace("{file}", str(afile)) for a in args]
    out = cli(tmp_path / "data", *args, **extra)
    assert out.returncode == code
    last = out.stderr.strip().splitlines()[-1]
    assert message.replace("{file}", str(afile)) in last
    assert "Traceback" not in out.stderr and "errors.pydantic.dev" not in out.stderr


def test_output_closed_early_ends_quietly_with_141(tmp_path: Path) -> None:
    data = tmp_path / "data"
    big = tmp_path / "big.jsonl"
    big.write_text(
        json.dumps({"task": "t", "steps": [{"observation": "x" * 90_000}] * 3, "outcome": {"status": "success"}})
    )
    cli(data, "import", str(big), "--no-progress")
    tid = json.loads(cli(data, "retrieve", "t", "--json").stdout)["items"][0]["id"]
    # --json: the whole run, 270 kB, more than a pipe holds, so the writer is still writing when head exits.
    shell = f"{sys.executable} -m skillhive.cli show {tid} --json | head -c 10 > /dev/null; echo ${{PIPESTATUS[0]}}"
    out = subprocess.run(["bash", "-c", shell], env=env(data), capture_output=True, text=True, timeout=120)
    assert out.stdout.strip() == "141" and "Traceback" not in out.stderr


# -- 5. the tool surface a member pays for -----------------------------------------------------------------


async def test_members_are_not_shown_the_maintainers_tools(hive: Hive) -> None:
    store = TokenStore(hive.backends.ledger)
    member, maintainer = store.create("bob", "team-a").token, store.create("mia", "team-a", "maintainer").token
    with serve(hive) as srv:
        async with connect(srv.mcp_url, member) as bob, connect(srv.mcp_url, maintainer) as mia:
            seen_by_bob = {t.name for t in (await bob.list_tools()).tools}
            seen_by_mia = {t.name for t in (await mia.list_tools()).tools}
            refused = await bob.call_tool("approve_skill_review", {"branch": "evolve/x"})
    assert seen_by_bob == {
        "record_trajectory", "retrieve_experience", "get_trajectory", "forget_trajectory", "list_skills",
        "get_skill", "read_skill_file", "report_skill_outcome",
    }  # fmt: skip
    assert seen_by_mia - seen_by_bob == {
        "evolution_status", "skill_history", "list_skill_reviews", "approve_skill_review", "reject_skill_review",
        "rollback_skill",
    }  # fmt: skip
    assert refused.is_error and "maintainer role" in refused.content[0].text


# -- 6. skills a client can browse and load -----------------------------------------------------------------


async def test_resource_pickers_list_each_skill_over_stdio(tmp_path: Path) -> None:
    params = StdioServerParameters(command=sys.executable, args=["-m", "skillhive.cli", "serve"], env=env(tmp_path))
    with anyio.fail_after(120):
        async with stdio_client(params) as (read, write), ClientSession(read, write) as session:
            await session.initialize()
            listed = await session.list_resources()
    assert {(r.uri, r.mime_type) for r in listed.resources} >= {
        ("skill://using-skillhive/SKILL.md", "text/markdown"),
        ("skill://writing-skills/SKILL.md", "text/markdown"),
    }


async def test_the_skills_extension_is_declared_on_the_older_handshake_too(hive: Hive) -> None:
    async with Client(build_server(hive), mode="legacy") as client:
        caps = client.server_capabilities
    assert caps.extensions is None  # the 2025 handshake has no such field...
    assert caps.experimental == {SKILLS_EXTENSION_ID: {"directoryRead": True}}  # ...so it is declared here too


def test_a_peer_skill_over_a_size_limit_loads_with_a_warning_and_strict_validation_fails(tmp_path: Path) -> None:
    data = tmp_path / "data"
    cli(data, "skills", "list")
    folder = data / "skills" / "claude-api"
    folder.mkdir()
    (folder / "SKILL.md").write_text(f"---\nname: claude-api\ndescription: {'Use the Claude API. ' * 54}\n---\n# API\n")
    (data / "skills" / "broken").mkdir()
    (data / "skills" / "broken" / "SKILL.md").write_text("---\nname: other\ndescription: x\n---\n")
    listed = cli(data, "skills", "list")
    assert listed.stdout.splitlines()[0].split() == ["NAME", "VERSION", "USES", "SUCCESS", "DESCRIPTION"]
    assert any(line.startswith("claude-api ") for line in listed.stdout.splitlines())
    assert any(
        line.startswith("broken") and "INVALID" in line and "name" in line for line in listed.stdout.splitlines()
    )
    as_json = json.loads(cli(data, "skills", "list", "--json").stdout)
    assert "claude-api" in {s["name"] for s in as_json["skills"]} and "broken" in as_json["invalid"]
    assert cli(data, "skills", "validate").returncode == 1  # broken's name
    (data / "skills" / "broken" / "SKILL.md").unlink()
    (data / "skills" / "broken").rmdir()
    assert cli(data, "skills", "validate").returncode == 0
    strict = cli(data, "skills", "validate", "--strict")
    assert strict.returncode == 1 and "description.max-length" in strict.stdout


def test_strict_validation_counts_a_body_over_500_lines_and_shows_what_it_counts_as_errors(tmp_path: Path) -> None:
    folder = tmp_path / "peer" / "long"
    folder.mkdir(parents=True)
    (folder / "SKILL.md").write_text("---\nname: long\ndescription: A long one.\n---\n" + "step\n" * 501)
    lenient = cli(tmp_path / "data", "skills", "validate", str(tmp_path / "peer"))
    assert lenient.returncode == 0
    assert lenient.stdout.splitlines()[0].startswith("warning: long/SKILL.md: body: the body has 501 lines")
    assert lenient.stdout.splitlines()[-1] == f"{tmp_path / 'peer'}: 0 errors, 1 warning"
    strict = cli(tmp_path / "data", "skills", "validate", "--strict", str(tmp_path / "peer"))
    assert strict.returncode == 1
    assert strict.stdout.splitlines()[0].startswith("error: long/SKILL.md: body: the body has 501 lines")
    assert strict.stdout.splitlines()[-1] == f"{tmp_path / 'peer'}: 1 error, 0 warnings"


# -- 7. the command line keeps up with the tools ----------------------------------------------------------------


def test_retrieve_filters_by_kind_outcome_and_tag(tmp_path: Path) -> None:
    data = tmp_path / "data"
    cli(data, "import", str(runs_file(tmp_path / "r.jsonl", 3)), "--no-progress", "--tag", "billing")
    query = "deploy the billing service"
    failures = json.loads(cli(data, "retrieve", query, "--kind", "trajectory", "--outcome", "failure", "--json").stdout)
    assert failures["items"] and {i["kind"] for i in failures["items"]} == {"trajectory"}
    successes = json.loads(
        cli(data, "retrieve", query, "--outcome", "success", "--kind", "trajectory", "--json").stdout
    )
    assert successes["items"] == [] and successes["note"].startswith("nothing relevant yet")
    assert json.loads(cli(data, "retrieve", query, "--tag", "other", "--json").stdout)["items"] == []


def test_a_skills_dir_of_files_that_is_no_repository_is_refused_unless_init(tmp_path: Path) -> None:
    mine = tmp_path / "my-skills"
    mine.mkdir()
    (mine / "notes.txt").write_text("my own notes")
    out = cli(tmp_path / "data", "skills", "list", "--skills-dir", str(mine))
    assert out.returncode == 1 and "is not a git repository" in out.stderr and "--init" in out.stderr
    assert not (mine / ".git").exists()
    assert cli(tmp_path / "data", "skills", "list", "--skills-dir", str(mine), "--init").returncode == 0
    assert (mine / ".git").is_dir()


def test_import_prints_no_rate_for_nothing_new(tmp_path: Path) -> None:
    empty = tmp_path / "empty.jsonl"
    empty.write_text("")
    out = cli(tmp_path / "data", "import", str(empty), "--no-progress", "--format", "native")
    assert out.stdout.startswith("imported 0 new") and "/s" not in out.stdout
    runs = runs_file(tmp_path / "runs.jsonl", 20)
    assert "trajectories/s stored" in cli(tmp_path / "data", "import", str(runs), "--no-progress").stdout
    again = cli(tmp_path / "data", "import", str(runs), "--no-progress").stdout
    assert again.startswith("imported 0 new, 20 already stored") and "/s" not in again


def test_lessons_list_says_none_yet_and_prints_json(tmp_path: Path) -> None:
    assert "no lessons yet" in cli(tmp_path / "data", "lessons", "list").stdout
    assert json.loads(cli(tmp_path / "data", "lessons", "list", "--json").stdout) == []


# -- 8. stats and health ---------------------------------------------------------------------------------------


def test_stats_shows_runs_labels_users_skills_index_evolver_and_disk(tmp_path: Path) -> None:
    data = tmp_path / "data"
    cli(data, "import", str(runs_file(tmp_path / "r.jsonl", 4)), "--no-progress")
    cli(data, "evolve", "--once")
    text = cli(data, "stats").stdout
    for expected in ("runs: 4 (failure 4) by 1 users; labels: env 4", "skills: 2 valid", "index: 4 runs, 0 waiting"):
        assert expected in text, text
    assert "last pass" in text and "disk:" in text
    stats: dict[str, Any] = json.loads(cli(data, "stats", "--json").stdout)
    assert stats["by_label"] == {"env": 4} and stats["disk_bytes"]["ledger"] > 0 and stats["indexed"] == 4


async def test_healthz_reports_the_index_and_is_degraded_not_down_when_it_fails(hive: Hive) -> None:
    hive.record(Caller(user="alice", team="team-a"), TrajectoryIn(task="t", outcome=Outcome(status="success")))
    hive.backends.indexer.drain()
    with serve(hive) as srv:
        async with httpx2.AsyncClient() as http:
            ok = (await http.get(f"{srv.base}/healthz")).json()
            (hive.settings.data_dir / "index" / "chroma.sqlite3").write_bytes(b"not a database" * 1000)
            hive.backends.index.reopen()  # as when another process has written: the broken file is opened afresh
            degraded = await http.get(f"{srv.base}/healthz")
    assert ok["status"] == "ok" and ok["ledger"] == "ok" and ok["index"]["status"] == "ok"
    assert degraded.status_code == 200 and degraded.json()["status"] == "degraded"
    assert degraded.json()["index"]["status"] == "unavailable"


@pytest.mark.parametrize(
    "args",
    [
        ["stats"],
        ["skills", "list"],
        ["retrieve", "deploy"],
        ["lessons", "list"],
        ["evolve", "--status"],
        ["token", "list"],
    ],
)
def test_a_named_data_dir_that_does_not_exist_is_refused_by_commands_that_read_a_hive(
    tmp_path: Path, args: list[str]
) -> None:
    typo = tmp_path / "skilhive"  # the hive is at tmp_path / "skillhive"
    res = subprocess.run(
        [sys.executable, "-m", "skillhive.cli", *args], env=env(typo), capture_output=True, text=True, timeout=300
    )
    assert res.returncode == 1
    assert res.stderr.strip() == (
        f"skillhive: error: --data-dir {typo}: no hive there (check the path; `skillhive serve` or"
        " `skillhive import` starts one)"
    )
    assert not typo.exists()


def test_import_starts_a_hive_in_a_named_data_dir_and_the_default_one_is_made_on_first_use(tmp_path: Path) -> None:
    new = tmp_path / "new-hive"
    res = subprocess.run(
        [sys.executable, "-m", "skillhive.cli", "import", str(runs_file(tmp_path / "runs.jsonl", 2))],
        env=env(new), capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert res.returncode == 0, res.stderr
    assert (new / "ledger.db").exists()

    home = {k: v for k, v in env(new).items() if k != "SKILLHIVE_DATA_DIR"} | {"XDG_DATA_HOME": str(tmp_path / "xdg")}
    res = subprocess.run(
        [sys.executable, "-m", "skillhive.cli", "stats"], env=home, capture_output=True, text=True, timeout=300
    )
    assert res.returncode == 0, res.stderr
    assert (tmp_path / "xdg" / "skillhive" / "ledger.db").exists()


def test_the_common_options_work_before_the_command_too_and_the_one_after_it_wins(tmp_path: Path) -> None:
    hive, other = tmp_path / "hive", tmp_path / "other"
    assert cli(hive, "import", str(runs_file(tmp_path / "runs.jsonl", 3)), "--team", "ops").returncode == 0
    other.mkdir()

    def stats(*args: str) -> dict[str, Any]:
        env_without_dir = {k: v for k, v in env(hive).items() if k != "SKILLHIVE_DATA_DIR"}
        res = subprocess.run(
            [sys.executable, "-m", "skillhive.cli", *args], env=env_without_dir, capture_output=True, text=True,
            timeout=300,
        )  # fmt: skip
        assert res.returncode == 0, res.stderr
        return dict(json.loads(res.stdout))

    before = stats("--data-dir", str(hive), "--team", "ops", "stats", "--json")
    assert (before["team"], before["trajectories"]) == ("ops", 3)
    after = stats("--data-dir", str(other), "--team", "ops", "stats", "--json", "--data-dir", str(hive))
    assert after["trajectories"] == 3
    assert stats("--team", "ops", "stats", "--json", "--data-dir", str(other))["trajectories"] == 0


@pytest.mark.skipif(not TAU_BENCH.exists(), reason=f"real sample data not found at {TAU_BENCH}")
def test_an_import_in_the_wrong_format_names_twenty_refusals_counts_the_rest_and_says_what_to_try(
    tmp_path: Path,
) -> None:
    out = cli(tmp_path / "data", "import", str(TAU_BENCH), "--format", "swe-agent", "--no-progress")
    assert out.returncode == 3
    lines = out.stderr.strip().splitlines()
    assert sum(line.startswith("skipped record ") for line in lines) == 20
    assert "… and 180 more skipped records (not shown)" in lines
    assert lines[-1] == "no record read as --format swe-agent: is it another format? (--format auto finds out)"
    assert out.stdout.startswith("imported 0 new, 0 already stored, 200 skipped")


def test_an_http_hive_with_tokens_names_no_local_user_and_a_sigterm_right_after_its_start_line_stops_it(
    tmp_path: Path,
) -> None:
    data = tmp_path / "data"
    assert cli(data, "token", "create", "--user", "bob", "--team", "team-a").returncode == 0
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with subprocess.Popen(
        [sys.executable, "-m", "skillhive.cli", "serve", "--transport", "http", "--port", str(port)],
        env=env(data), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    ) as proc:  # fmt: skip
        try:
            assert proc.stderr is not None
            line = next(x for x in proc.stderr if "serving MCP" in x)
            assert "bearer tokens" in line and "callers as their tokens say; team team-a" in line
            assert "as alice" not in line
            proc.terminate()  # before uvicorn has its own handlers: the stop must not be lost
            assert proc.wait(timeout=30) == 0
        finally:
            proc.kill()
