"""The token store in the ledger, and the `skillhive token` commands over it."""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from backends import both
from skillhive.cli import main
from skillhive.errors import InvalidInput, NotFound
from skillhive.models import Caller
from skillhive.store.ledger import Ledger
from skillhive.store.tokens import PREFIX, TokenStore

pytestmark = both


@pytest.fixture
def tokens(ledger: Ledger) -> TokenStore:
    return TokenStore(ledger)


def test_the_tokens_table_is_migration_3(ledger: Ledger) -> None:
    numbers = [r["number"] for r in ledger.read("SELECT number FROM schema_migrations ORDER BY number")]
    assert 3 in numbers
    assert ledger.read("SELECT count(*) AS n FROM tokens")[0]["n"] == 0


def test_a_created_token_is_stored_only_as_the_hash_of_its_secret(
    tokens: TokenStore, ledger: Ledger, tmp_path: Path
) -> None:
    new = tokens.create("alice", "team-a", "maintainer")
    assert new.token.startswith(f"{PREFIX}{new.info.id}_")
    secret = new.token.removeprefix(f"{PREFIX}{new.info.id}_")
    assert len(secret) >= 43  # 32 random bytes, base64url

    (row,) = ledger.read("SELECT * FROM tokens")
    assert hashlib.sha256(secret.encode()).hexdigest() in row.values()
    assert secret not in str(row) and new.token not in str(row)
    if ledger.db.engine == "sqlite":  # not even in the file's bytes
        raw = (tmp_path / "ledger.db").read_bytes() + (tmp_path / "ledger.db-wal").read_bytes()
        assert secret.encode() not in raw and new.token.encode() not in raw


def test_verify_gives_the_stored_caller_and_refuses_anything_else(tokens: TokenStore) -> None:
    new = tokens.create("alice", "team-a", "maintainer")
    other = tokens.create("bob", "team-b")
    found = tokens.verify(new.token)
    assert found is not None and found.caller == Caller(user="alice", team="team-a", role="maintainer")
    assert tokens.verify(other.token).caller == Caller(user="bob", team="team-b", role="member")

    wrong_secret = new.token[:-4] + ("aaaa" if not new.token.endswith("aaaa") else "bbbb")
    other_id_with_this_secret = f"{PREFIX}{other.info.id}_" + new.token.split("_", 2)[2]
    unknown_id = f"{PREFIX}{'0' * 12}_{'a' * 43}"
    for bad in ("", "Bearer x", new.token + "x", wrong_secret, other_id_with_this_secret, unknown_id):
        assert tokens.verify(bad) is None, bad


def test_a_revoked_token_no_longer_verifies_and_is_listed_only_with_all(tokens: TokenStore) -> None:
    keep = tokens.create("alice", "team-a")
    gone = tokens.create("bob", "team-a")
    revoked = tokens.revoke(gone.info.id)
    assert revoked.revoked_at is not None and not revoked.active
    assert tokens.verify(gone.token) is None
    assert tokens.verify(keep.token) is not None
    assert [t.id for t in tokens.list_tokens()] == [keep.info.id]
    assert {t.id for t in tokens.list_tokens(include_revoked=True)} == {keep.info.id, gone.info.id}
    assert tokens.count_active() == 1
    assert tokens.revoke(gone.info.id).revoked_at == revoked.revoked_at  # revoking twice changes nothing


def test_revoking_an_unknown_token_is_not_found(tokens: TokenStore) -> None:
    with pytest.raises(NotFound, match="no token"):
        tokens.revoke("0123456789ab")


@pytest.mark.parametrize(
    ("user", "team", "role", "field"),
    [
        ("", "team-a", "member", "user"),
        ("alice", "../other", "member", "team"),
        ("alice", "team/a", "member", "team"),
        ("alice", "x" * 129, "member", "team"),
        ("alice", "team-a", "owner", "role"),
    ],
)
def test_a_bad_user_team_or_role_is_refused_naming_the_field(
    tokens: TokenStore, user: str, team: str, role: str, field: str
) -> None:
    with pytest.raises(InvalidInput) as err:
        tokens.create(user, team, role)  # type: ignore[arg-type]
    assert err.value.field == field
    assert tokens.list_tokens(include_revoked=True) == []


def test_last_use_is_recorded_at_most_once_a_minute(tokens: TokenStore, ledger: Ledger) -> None:
    new = tokens.create("alice", "team-a")
    assert new.info.last_used_at is None
    tokens.verify(new.token)
    first = tokens.get(new.info.id).last_used_at
    assert first is not None
    tokens.verify(new.token)
    assert tokens.get(new.info.id).last_used_at == first  # no write on every request

    stale = (datetime.now(UTC) - timedelta(minutes=5)).isoformat()
    with ledger.db.transaction() as db:
        db.execute("UPDATE tokens SET last_used_at = ? WHERE id = ?", (stale, new.info.id))
    tokens.verify(new.token)
    assert tokens.get(new.info.id).last_used_at > stale


def test_token_commands_print_the_token_once_and_list_and_revoke_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], database_url: str | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    if database_url:
        monkeypatch.setenv("SKILLHIVE_DATABASE_URL", database_url)
    data = ["--data-dir", str(tmp_path / "data")]
    assert main(["token", "create", "--user", "alice", "--team", "team-a", "--role", "admin", *data]) == 0
    out, err = capsys.readouterr()
    token = out.strip()
    assert token.startswith(PREFIX) and len(out.splitlines()) == 1  # stdout: the token alone
    assert "shown only this once" in err

    assert main(["token", "list", "--json", *data]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [(t["user"], t["team"], t["role"]) for t in listed] == [("alice", "team-a", "admin")]
    assert token not in json.dumps(listed) and "secret" not in json.dumps(listed)
    token_id = listed[0]["id"]

    assert main(["token", "list", *data]) == 0
    table = capsys.readouterr().out
    assert token_id in table and "alice" in table and token not in table

    assert main(["token", "revoke", token_id, *data]) == 0
    assert f"revoked token {token_id}" in capsys.readouterr().out
    assert main(["token", "list", *data]) == 0
    assert "no tokens" in capsys.readouterr().out
    assert main(["token", "revoke", "0123456789ab", *data]) == 1
    assert capsys.readouterr().err.strip() == "skillhive: error: no token '0123456789ab'"
    assert main(["token", "revoke", token_id, *data]) == 0
    assert f"token {token_id} of alice (team team-a) was already revoked on " in capsys.readouterr().out


def test_token_revoke_takes_the_whole_token_and_never_echoes_a_secret(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = ["--data-dir", str(tmp_path / "data")]
    assert main(["token", "create", "--user", "bob", "--team", "team-a", *data]) == 0
    out, err = capsys.readouterr()
    token = out.strip()
    assert "the first token: an HTTP server on this hive that started without auth now refuses requests" in err
    assert main(["token", "create", "--user", "carol", "--team", "team-a", *data]) == 0
    assert "the first token" not in capsys.readouterr().err

    assert main(["token", "revoke", f" Bearer {token} ", *data]) == 0  # pasted with what surrounded it
    assert capsys.readouterr().out.startswith(f"revoked token {token.split('_')[1]} of bob (team team-a)")
    for mistyped in (token[:-30] + "!" * 30, token.replace("skh_", "skh-"), "nope"):
        assert main(["token", "revoke", mistyped, *data]) == 2
        err = capsys.readouterr().err
        assert err.startswith("skillhive: error: ID: not a token id (12 hex digits) nor a token")
        assert token[len(PREFIX) + 20 :] not in err


def test_token_create_refuses_a_team_that_would_be_a_path(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], backend: str
) -> None:
    code = main(["token", "create", "--user", "eve", "--team", "../../etc", "--data-dir", str(tmp_path / "d")])
    assert code == 1
    assert capsys.readouterr().err.startswith("skillhive: error: --team: ")
