"""The process's own secrets (its environment's secret-named variables, the passwords in its URLs)
are replaced wherever a run shows them, whatever they look like; values that could be ordinary text
are not taken. The end-to-end case runs the Claude Code hook as the client runs it, in a user's
environment that holds a token."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import quote

import anyio
import pytest

from conftest import trajectory
from hive_http import connect, until_healthy
from importers.transcripts import ClaudeSession
from skillhive.models import Step, TrajectoryIn
from skillhive.redact import redact_text
from skillhive.redact.engine import _Counter
from skillhive.redact.known import KnownValues, declared_secrets
from skillhive.redact.structured import redact_trajectory
from skillhive.wiring import ledger_at
from test_hooks import hook, stop
from test_http_auth import cli_env, free_port, skillhive

# Built here so no scanner mistakes this file for a leak; none of them is caught by the rules alone.
PASSPHRASE = "Pl" + "um-tree-" + "Orbit" + "-4471"
TOKEN = "7f3k" + "Q9x2" + "Lm0p" + "Wd8s"
DB_PASSWORD = "s3cr@t-" + "Pass9"
SLASHED = "k3Y+9/" + "zQ8wRt"


def masked(environ: dict[str, str], text: str) -> tuple[str, int]:
    counter = _Counter()
    return KnownValues.from_environ(environ).mask(text, counter), counter.n


@pytest.mark.parametrize(
    "text",
    [
        f"ran the release with {PASSPHRASE} and it went through",
        f"https://build.example.com/hook?x={PASSPHRASE}",
        f'{{"note": "{PASSPHRASE}"}}',
    ],
)
def test_the_rules_alone_leave_these_values_readable(text: str) -> None:
    assert PASSPHRASE in redact_text(text)[0]  # what the mechanism under test is for


@pytest.mark.parametrize(
    ("environ", "text", "expected"),
    [
        (
            {"RELEASE_SIGNING_PASSPHRASE": PASSPHRASE},
            f"ran the release with {PASSPHRASE} and it went through",
            "ran the release with [REDACTED:password] and it went through",
        ),
        (
            {"CI_DEPLOY_TOKEN": TOKEN},
            f"curl -s https://ci.example/x?t={TOKEN}",
            "curl -s https://ci.example/x?t=[REDACTED:token]",
        ),
        (
            {"RELEASE_SIGNING_PASSPHRASE": PASSPHRASE},
            "called /hook?x=Plum-tree-Orbit-4471%20later",
            "called /hook?x=[REDACTED:password]%20later",
        ),
        (
            {"DATABASE_URL": "postgresql://app:" + "s3cr%40t-Pass9" + "@db:5432/app"},
            f"the app connects as app with {DB_PASSWORD}",
            "the app connects as app with [REDACTED:password]",
        ),
    ],
)
def test_a_secret_named_variables_value_is_replaced_wherever_it_shows(
    environ: dict[str, str], text: str, expected: str
) -> None:
    assert masked(environ, text) == (expected, 1)


def test_the_url_encoded_and_json_escaped_forms_of_a_value_are_replaced_too() -> None:
    value = 'a&b"c/d' + "x9Z"
    environ = {"WEBHOOK_SECRET": value}
    encoded = "a%26b%22c%2Fdx9Z"
    escaped = json.dumps(value)[1:-1]
    assert masked(environ, f"url ?s={encoded} and json {escaped}") == (
        "url ?s=[REDACTED:secret] and json [REDACTED:secret]",
        2,
    )


@pytest.mark.parametrize(
    "environ",
    [
        {"PGPASSWORD": "postgres"},  # a word: every mention of the word would go
        {"DB_PASSWORD": "Changeme"},
        {"API_TOKEN": "abc123"},  # too short to be told from ordinary text
        {"SECRET_NOTE": "two words here"},  # whitespace: prose, not a value
        {"PWD": "/home/ana-4471x", "OLDPWD": "~/shop-4471x"},  # the shell's folders: "pwd" also says password
        {"HOME": "/home/ana-4471x", "PATH": "/usr/local/bin:/usr/bin", "TERM": "xterm-256color"},  # not secrets
        {"HTTP_PROXY": "http://proxy.example:3128"},  # a URL without a password
    ],
)
def test_values_that_could_be_ordinary_text_and_variables_that_name_no_secret_are_not_taken(
    environ: dict[str, str],
) -> None:
    text = (
        "postgres Changeme abc123 two words here /home/ana-4471x ~/shop-4471x xterm-256color http://proxy.example:3128"
    )
    assert masked(environ, text) == (text, 0)


def test_a_longer_value_is_replaced_whole_before_a_shorter_one_inside_it() -> None:
    environ = {"A_TOKEN": TOKEN, "B_TOKEN": TOKEN + "-extended9"}
    assert masked(environ, f"x {TOKEN}-extended9 y {TOKEN}") == ("x [REDACTED:token] y [REDACTED:token]", 2)


def test_a_session_the_hook_captures_has_the_users_own_token_replaced_wherever_it_showed(tmp_path: Path) -> None:
    data, project = tmp_path / "data", tmp_path / "shop"
    project.mkdir()
    s = ClaudeSession(cwd=str(project))
    s.user(f"deploy the shop; the release passphrase is in my env, it is {PASSPHRASE}")
    s.tool("Bash", {"command": f"./release.sh --sign '{PASSPHRASE}'"}, f"signed with {PASSPHRASE[:4]}…, done")
    path = s.write(tmp_path / "projects")

    done = hook(data, "claude-code", stop(s, path), RELEASE_SIGNING_PASSPHRASE=PASSPHRASE)

    assert (done.returncode, done.stderr) == (0, "")
    ledger = ledger_at(data / "ledger.db")
    try:
        (doc,) = [str(r["doc"]) for r in ledger.read("SELECT doc FROM trajectories")]
    finally:
        ledger.close()
    assert PASSPHRASE not in doc and "REDACTED:password" in doc


@pytest.mark.parametrize(
    "text",
    [
        f"GET /cb?sig={quote(SLASHED)}&x=1",  # quote()'s default leaves "/"
        f"GET /cb?state={quote(SLASHED, safe='').replace('%2B', '%2b').replace('%2F', '%2f')}",  # lower-case hex
        '{"token": "' + SLASHED.replace("/", "\\/") + '"}',  # an escaped slash
        f"GET /login?next=%2Fcb%3Fsig%3D{quote(quote(SLASHED, safe=''), safe='')}",  # encoded twice: a layer decodes it
        f"window.cfg = {json.dumps({'k': SLASHED + 'é'})}",  # non-ASCII as \u escapes
    ],
)
def test_a_known_value_is_replaced_in_the_encodings_it_travels_in(text: str) -> None:
    with declared_secrets([SLASHED, SLASHED + "é"]):
        redacted, n = redact_text(text)
    assert n >= 1 and "k3Y" not in redacted and "zQ8wRt" not in redacted, redacted


@pytest.mark.parametrize(
    "environ",
    [
        {"TERM_SESSION_ID": "w0t0p0:8F3A2C1D-0B4E-4C5A-9D6E-7F8A9B0C1D2E"},  # macOS Terminal's session
        {"ITERM_SESSION_ID": "w0t0p0:8F3A2C1D-0B4E-4C5A-9D6E-7F8A9B0C1D2E"},
        {"GPG_KEY": "A035C8C19219BA821ECEA86B64E628F8D684696D"},  # the Python images' public release key
    ],
)
def test_variables_named_like_secrets_that_never_are_one_are_not_taken(environ: dict[str, str]) -> None:
    text = f"the terminal said {next(iter(environ.values()))}"
    assert masked(environ, text) == (text, 0)


def test_the_cost_of_declared_values_does_not_grow_with_their_length() -> None:
    # A pattern built from the values costs their length at every position of the text: 32 values of
    # 1,000 characters took seconds on a long run. A plain search for each does not (CPU time, ratio).
    text = TrajectoryIn(task="x task", steps=[Step(thought="ab" * 2000, observation="ab" * 2000)] * 30)

    def cpu(length: int) -> float:
        values = [("ab" * length)[:length] + f"NNz{i}" for i in range(32)]
        started = time.process_time()
        with declared_secrets(values):
            redact_trajectory(text)
        return time.process_time() - started

    short, long = min(cpu(250) for _ in range(2)), min(cpu(1000) for _ in range(2))
    assert long < 2.5 * short + 0.05, (short, long)


def test_a_team_server_does_not_mask_its_own_environment_so_members_cannot_probe_it(tmp_path: Path) -> None:
    env = {**cli_env(tmp_path / "data"), "TEAM_DB_PASSWORD": PASSPHRASE}
    created = skillhive(env, "token", "create", "--user", "erin", "--team", "team-e")
    assert created.returncode == 0, created.stderr
    port = free_port()
    cmd = [sys.executable, "-m", "skillhive.cli", "serve", "--transport", "http", "--port", str(port)]
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        guess = f"is it {PASSPHRASE}? or Other-Guess-4471"
        text = anyio.run(record_over_http, port, proc, created.stdout.strip(), guess)
    finally:
        proc.kill()
        proc.communicate(timeout=30)
    assert PASSPHRASE in text  # served as the member wrote it: the marker would have said "yes"


async def record_over_http(port: int, proc: subprocess.Popen[str], token: str, task: str) -> str:
    base = f"http://127.0.0.1:{port}"
    with anyio.fail_after(120):
        await until_healthy(base, proc)
        async with connect(f"{base}/mcp", token) as client:
            rec = await client.call_tool("record_trajectory", trajectory(task))
            full = await client.call_tool("get_trajectory", {"id": rec.structured_content["id"]})
    return str(full.content[0].text)
