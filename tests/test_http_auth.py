"""The streamable HTTP transport on a real port: bearer tokens, 401/421/413, the bind rule, roles."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import anyio
import httpx2
import pytest
from mcp import Client
from mcp.shared.exceptions import MCPError

from backends import both
from conftest import SEED, trajectory
from hive_http import INITIALIZE, MCP_HEADERS, bearer, connect, serve, until_healthy
from skillhive.config import Settings
from skillhive.errors import ConfigError, Forbidden
from skillhive.hive import Hive
from skillhive.http import CallerToken, HiveTokenVerifier, RefuseOnceTokensExist, build_http_app
from skillhive.mcp_app import build_server
from skillhive.models import Caller, Role
from skillhive.roles import has_role, require_role
from skillhive.store.tokens import TokenStore
from skillhive.usecases.tokens import Tokens

pytestmark = [pytest.mark.anyio, both]

BODY_CAP = 64 * 1024


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(data_dir=tmp_path / "data", user="alice", team="team-a", seed_skills=SEED, max_body_bytes=BODY_CAP)


@pytest.fixture
def tokens(hive: Hive) -> TokenStore:
    return TokenStore(hive.backends.ledger)


async def post_initialize(
    url: str, headers: dict[str, str] | None = None, body: bytes | None = None
) -> httpx2.Response:
    """A raw `initialize` POST, to read the HTTP status the transport answers with."""
    async with httpx2.AsyncClient(timeout=30) as http:
        content = body if body is not None else json.dumps(INITIALIZE).encode()
        return await http.post(url, content=content, headers={**MCP_HEADERS, **(headers or {})})


# -- tokens ------------------------------------------------------------------------------------


async def test_healthz_answers_without_a_token(hive: Hive, tokens: TokenStore) -> None:
    tokens.create("alice", "team-a")
    with serve(hive) as srv:
        async with httpx2.AsyncClient() as http:
            res = await http.get(f"{srv.base}/healthz")
    assert res.status_code == 200
    assert res.json()["status"] == "ok" and res.json()["auth"] == "tokens"


async def test_a_request_without_a_token_gets_401_with_www_authenticate(hive: Hive, tokens: TokenStore) -> None:
    tokens.create("alice", "team-a")
    with serve(hive) as srv:
        res = await post_initialize(srv.mcp_url)
        async with httpx2.AsyncClient() as http:
            get = await http.get(srv.mcp_url, headers={"accept": "text/event-stream"})
    assert res.status_code == 401
    assert res.headers["www-authenticate"].startswith("Bearer ")
    assert 'error="invalid_token"' in res.headers["www-authenticate"]
    assert get.status_code == 401


async def test_an_unknown_malformed_or_wrong_token_gets_401(hive: Hive, tokens: TokenStore) -> None:
    good = tokens.create("alice", "team-a").token
    token_id = good.split("_")[1]
    bad = [
        "Bearer not-a-token",
        "Bearer " + good[:-1] + ("A" if good[-1] != "A" else "B"),  # right id, wrong secret
        f"Bearer skh_{token_id}_",
        "Bearer skh_000000000000_" + "a" * 43,
        "Basic " + good,
        good,  # no scheme
    ]
    with serve(hive) as srv:
        assert (await post_initialize(srv.mcp_url, bearer(good))).status_code == 200
        for header in bad:
            res = await post_initialize(srv.mcp_url, {"Authorization": header})
            assert res.status_code == 401, header
            assert "www-authenticate" in res.headers


async def test_a_revoked_token_is_refused_from_its_next_request(hive: Hive, tokens: TokenStore) -> None:
    new = tokens.create("alice", "team-a")
    with serve(hive) as srv:
        with anyio.fail_after(60):
            async with connect(srv.mcp_url, new.token) as client:
                assert not (await client.call_tool("list_skills", {})).is_error
                tokens.revoke(new.info.id)
                res = await post_initialize(srv.mcp_url, bearer(new.token))
                assert res.status_code == 401
                with pytest.raises(MCPError, match="Server returned an error response"):
                    await client.call_tool("list_skills", {})


async def test_a_valid_token_reaches_the_tools_over_streamable_http(hive: Hive, tokens: TokenStore) -> None:
    token = tokens.create("alice", "team-a").token
    with serve(hive) as srv, anyio.fail_after(60):
        async with connect(srv.mcp_url, token) as client:
            names = {t.name for t in (await client.list_tools()).tools}
            assert {"record_trajectory", "retrieve_experience", "get_skill"} <= names
            rec = await client.call_tool("record_trajectory", trajectory("Compile the Rust crate with cargo build"))
            assert not rec.is_error, rec.content
            found = await client.call_tool("retrieve_experience", {"query": "build a rust project"})
            assert found.structured_content["items"][0]["id"] == rec.structured_content["id"]
        # A session ending leaves the shared hive open for the next one.
        async with connect(srv.mcp_url, token, mode="legacy") as again:
            assert not (await again.call_tool("get_trajectory", {"id": rec.structured_content["id"]})).is_error
    assert tokens.get(tokens.list_tokens()[0].id).last_used_at is not None


@pytest.mark.parametrize("mode", ["auto", "legacy"])
async def test_user_and_team_come_from_the_token_and_arguments_cannot_choose_them(
    hive: Hive, tokens: TokenStore, mode: str
) -> None:
    token = tokens.create("bob", "team-b").token
    honest = trajectory(f"Rotate the TLS certificates ({mode})")
    with serve(hive) as srv, anyio.fail_after(60):
        async with connect(srv.mcp_url, token, mode=mode) as client:
            sneaky = await client.call_tool("record_trajectory", {**honest, "user": "mallory", "team": "team-a"})
            assert sneaky.is_error  # arguments a tool does not take are refused, by name
            assert sneaky.content[0].text.startswith("team, user: not an argument of record_trajectory")
            rec = await client.call_tool("record_trajectory", honest)
            assert not rec.is_error, rec.content
            full = await client.call_tool("get_trajectory", {"id": rec.structured_content["id"]})
    assert (full.structured_content["user"], full.structured_content["team"]) == ("bob", "team-b")
    assert hive.backends.ledger.count_trajectories("team-a") == 0
    row = hive.backends.ledger.get_trajectory("team-b", rec.structured_content["id"])
    assert (row.user, row.team) == ("bob", "team-b")


# -- transport protections --------------------------------------------------------------------


async def test_a_wrong_host_header_gets_421_even_with_a_valid_token(hive: Hive, tokens: TokenStore) -> None:
    token = tokens.create("alice", "team-a").token
    with serve(hive) as srv:
        port = srv.base.rsplit(":", 1)[1]
        rebound = await post_initialize(srv.mcp_url, {**bearer(token), "Host": f"evil.example:{port}"})
        foreign = await post_initialize(srv.mcp_url, {**bearer(token), "Origin": "http://evil.example"})
        fine = await post_initialize(srv.mcp_url, {**bearer(token), "Host": f"localhost:{port}"})
    assert rebound.status_code == 421
    assert foreign.status_code == 403
    assert fine.status_code == 200


async def test_the_public_url_and_allowed_hosts_are_accepted_as_host_headers(hive: Hive, tokens: TokenStore) -> None:
    token = tokens.create("alice", "team-a").token
    hive.settings.public_url = "https://hive.example.com/mcp"
    hive.settings.http_allowed_hosts = ["hive.lan:*"]
    with serve(hive) as srv:
        statuses = {
            host: (await post_initialize(srv.mcp_url, {**bearer(token), "Host": host})).status_code
            for host in ("hive.example.com", "hive.example.com:443", "hive.lan:8765", "hive.lan", "evil.example")
        }
    assert statuses == {
        "hive.example.com": 200,
        "hive.example.com:443": 200,
        "hive.lan:8765": 200,
        "hive.lan": 421,
        "evil.example": 421,
    }


async def test_a_body_over_the_cap_gets_413(hive: Hive, tokens: TokenStore) -> None:
    token = tokens.create("alice", "team-a").token
    request = dict(INITIALIZE, padding="x" * BODY_CAP)
    with serve(hive) as srv:
        res = await post_initialize(srv.mcp_url, bearer(token), json.dumps(request).encode())
        ok = await post_initialize(srv.mcp_url, bearer(token), json.dumps(dict(INITIALIZE, padding="x")).encode())
    assert res.status_code == 413
    assert ok.status_code == 200


# -- when auth is on ---------------------------------------------------------------------------


@pytest.mark.parametrize("host", ["0.0.0.0", "192.0.2.10", "::", "hive.example.com"])
async def test_a_non_loopback_bind_without_auth_is_refused_with_a_clear_message(
    hive: Hive, tokens: TokenStore, host: str
) -> None:
    with pytest.raises(ConfigError, match=rf"^refusing to serve on {host} without auth: create a token first"):
        build_http_app(hive, host=host, port=8765)
    with pytest.raises(ConfigError, match=rf"^refusing to serve on {host} with auth off"):
        build_http_app(hive, host=host, port=8765, auth="off")
    tokens.create("alice", "team-a")
    assert build_http_app(hive, host=host, port=8765).auth is True


@pytest.mark.parametrize("host", ["127.0.0.1", "localhost", "::1", "127.0.0.2"])
async def test_a_loopback_bind_may_run_without_auth(hive: Hive, host: str) -> None:
    assert build_http_app(hive, host=host, port=8765).auth is False


async def test_without_tokens_a_loopback_hive_serves_the_local_user(hive: Hive) -> None:
    with serve(hive) as srv, anyio.fail_after(60):
        async with httpx2.AsyncClient() as http:
            assert (await http.get(f"{srv.base}/healthz")).json()["auth"] == "off"
        async with connect(srv.mcp_url, None) as client:
            rec = await client.call_tool("record_trajectory", trajectory("Tidy the changelog"))
            full = await client.call_tool("get_trajectory", {"id": rec.structured_content["id"]})
    assert (full.structured_content["user"], full.structured_content["team"]) == ("alice", "team-a")


async def test_a_hive_started_without_tokens_refuses_requests_once_a_token_is_created(
    hive: Hive, tokens: TokenStore
) -> None:
    with serve(hive) as srv, anyio.fail_after(60):
        assert (await post_initialize(srv.mcp_url)).status_code == 200
        tokens.create("bob", "team-a", "member")  # as `skillhive token create` does from another process
        await anyio.sleep(RefuseOnceTokensExist.CHECK_SECONDS + 0.2)
        refused = await post_initialize(srv.mcp_url)
        assert refused.status_code == 503
        assert refused.json() == {
            "error": "a token was created after this server started without auth: restart it to require tokens"
        }
        async with httpx2.AsyncClient() as http:
            health = await http.get(f"{srv.base}/healthz")
        assert health.status_code == 503 and health.json()["status"] == "restart_required"
    with serve(hive) as restarted:  # a restart requires the token
        assert restarted.http.auth is True
        assert (await post_initialize(restarted.mcp_url)).status_code == 401


async def test_auth_tokens_refuses_requests_even_before_any_token_exists(hive: Hive) -> None:
    with serve(hive, auth="tokens") as srv:
        assert (await post_initialize(srv.mcp_url)).status_code == 401


# -- roles -------------------------------------------------------------------------------------


async def test_the_verifier_hands_the_tokens_user_team_and_role_to_the_caller(tokens: TokenStore) -> None:
    new = tokens.create("carol", "team-c", "maintainer")
    verifier = HiveTokenVerifier(Tokens(tokens))
    access = await verifier.verify_token(new.token)
    assert isinstance(access, CallerToken)
    assert access.caller == Caller(user="carol", team="team-c", role="maintainer")
    assert access.client_id == new.info.id and access.subject == "carol"
    assert await verifier.verify_token(new.token + "x") is None


@pytest.mark.parametrize(
    ("role", "needed", "allowed"),
    [
        ("member", "member", True),
        ("member", "maintainer", False),
        ("member", "admin", False),
        ("maintainer", "member", True),
        ("maintainer", "maintainer", True),
        ("maintainer", "admin", False),
        ("admin", "member", True),
        ("admin", "maintainer", True),
        ("admin", "admin", True),
    ],
)
def test_roles_are_ordered_member_maintainer_admin(role: Role, needed: Role, allowed: bool) -> None:
    caller = Caller(user="u", team="t", role=role)
    assert has_role(caller, needed) is allowed
    if allowed:
        require_role(caller, needed)
    else:
        with pytest.raises(Forbidden, match=f"needs the {needed} role; u of team t is a {role}"):
            require_role(caller, needed)


async def test_a_forbidden_caller_gets_a_tool_error_not_a_traceback(hive: Hive) -> None:
    def member_asking_for_more() -> Caller:
        require_role(Caller(user="dave", team="team-a", role="member"), "maintainer")
        raise AssertionError("unreachable")

    async with Client(build_server(hive, identify=member_asking_for_more)) as client:
        res = await client.call_tool("list_skills", {})
    assert res.is_error
    # The message survives: an unexpected exception would be masked as "Error executing tool list_skills".
    assert res.content[0].text == (
        "Error executing tool list_skills: this needs the maintainer role; dave of team team-a is a member"
    )


# -- the command line, end to end -------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def cli_env(data_dir: Path) -> dict[str, str]:
    return {
        "PATH": os.environ.get("PATH", ""),
        "HOME": os.environ.get("HOME", "/tmp"),
        "SKILLHIVE_DATA_DIR": str(data_dir),
        "SKILLHIVE_USER": "local",
        "SKILLHIVE_TEAM": "team-a",
        "SKILLHIVE_SEED_SKILLS": str(SEED),
    }


def skillhive(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "skillhive.cli", *args], env=env, capture_output=True, text=True, timeout=120
    )


@pytest.fixture
def server_process(tmp_path: Path) -> Iterator[tuple[subprocess.Popen[str], dict[str, str], int]]:
    env = cli_env(tmp_path / "data")
    port = free_port()
    created = skillhive(env, "token", "create", "--user", "erin", "--team", "team-e", "--role", "maintainer")
    assert created.returncode == 0, created.stderr
    env["TOKEN"] = created.stdout.strip()
    cmd = [sys.executable, "-m", "skillhive.cli", "serve", "--transport", "http", "--port", str(port)]
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        yield proc, env, port
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.communicate(timeout=30)


@pytest.mark.slow
async def test_serve_over_http_with_a_token_from_the_cli_end_to_end(
    server_process: tuple[subprocess.Popen[str], dict[str, str], int],
) -> None:
    proc, env, port = server_process
    base = f"http://127.0.0.1:{port}"
    with anyio.fail_after(120):
        await until_healthy(base, proc)
        async with connect(f"{base}/mcp", env["TOKEN"]) as client:
            rec = await client.call_tool("record_trajectory", trajectory("Restart the flaky queue worker"))
            full = await client.call_tool("get_trajectory", {"id": rec.structured_content["id"]})
            assert (full.structured_content["user"], full.structured_content["team"]) == ("erin", "team-e")

        listed = json.loads(skillhive(env, "token", "list", "--json").stdout)
        assert listed[0]["last_used_at"] is not None
        assert skillhive(env, "token", "revoke", listed[0]["id"]).returncode == 0
        assert (await post_initialize(f"{base}/mcp", bearer(env["TOKEN"]))).status_code == 401

        proc.send_signal(signal.SIGTERM)
        await anyio.to_thread.run_sync(proc.wait)
    out, err = proc.communicate()
    assert proc.returncode == 0, err
    assert out == ""  # logs go to stderr only


@pytest.mark.slow
def test_serve_refuses_a_non_loopback_host_without_auth_in_one_line(tmp_path: Path) -> None:
    res = skillhive(cli_env(tmp_path / "data"), "serve", "--transport", "http", "--host", "0.0.0.0", "--port", "1")
    assert res.returncode == 1
    assert res.stderr.strip().splitlines() == [
        "skillhive: error: refusing to serve on 0.0.0.0 without auth: create a token first "
        "(`skillhive token create --user USER --team TEAM`) or bind to 127.0.0.1"
    ]
