"""Bearer tokens in the ledger: who a token speaks for (user, team, role), and nothing that could
be replayed if the database leaked.

A token reads `skh_<id>_<secret>`: the id is public (it names the token in `token list` and
`token revoke`), the secret is 32 random bytes of which only the SHA-256 is stored. A lookup
finds the row by id and compares hashes in constant time.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import get_args

from skillhive.config import IDENTIFIER_RULE, identifier
from skillhive.errors import InvalidInput, NotFound
from skillhive.models import Caller, Role
from skillhive.store.ledger import Ledger
from skillhive.store.records import now_iso

PREFIX = "skh_"
ID_BYTES = 6  # 12 hex characters: enough to never collide within one hive
SECRET_BYTES = 32
# How stale `last_used_at` may get: refreshing it on every request would make each call a write.
LAST_USED_RESOLUTION = timedelta(seconds=60)
_ID = rf"[0-9a-f]{{{2 * ID_BYTES}}}"
_TOKEN_ID = re.compile(_ID)
_TOKEN = re.compile(rf"{PREFIX}(?P<id>{_ID})_(?P<secret>[A-Za-z0-9_-]{{20,128}})")  # fullmatch, or search in text


def id_of(text: str) -> str | None:
    """The token id `text` names: an id, or a whole token (`skh_<id>_<secret>`, perhaps pasted with
    `Bearer ` or spaces around it); None when it is neither."""
    text = text.strip()
    if _TOKEN_ID.fullmatch(text):
        return text
    match = _TOKEN.search(text)
    return match["id"] if match else None


@dataclass(frozen=True)
class TokenInfo:
    """A stored token without its secret."""

    id: str
    user: str
    team: str
    role: Role
    created_at: str
    last_used_at: str | None
    revoked_at: str | None

    @property
    def active(self) -> bool:
        return self.revoked_at is None

    @property
    def caller(self) -> Caller:
        return Caller(user=self.user, team=self.team, role=self.role)


@dataclass(frozen=True)
class NewToken:
    """A token just created: the only time its full text exists outside the client."""

    info: TokenInfo
    token: str


def _hash(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


class TokenStore:
    """Create, list, revoke and verify tokens in the hive's ledger."""

    def __init__(self, ledger: Ledger) -> None:
        self.db = ledger.db

    def create(self, user: str, team: str, role: Role = "member") -> NewToken:
        """A new token for `user` in `team`; the returned text is never stored and cannot be shown again."""
        try:  # the same rule and form as Settings.user / Settings.team (a team name becomes a directory name)
            user = identifier(user)
        except ValueError:
            raise InvalidInput("user", IDENTIFIER_RULE) from None
        try:
            team = identifier(team)
        except ValueError:
            raise InvalidInput("team", IDENTIFIER_RULE) from None
        if role not in get_args(Role):
            raise InvalidInput("role", f"one of {', '.join(get_args(Role))}")
        token_id = secrets.token_hex(ID_BYTES)
        secret = secrets.token_urlsafe(SECRET_BYTES)
        created = now_iso()
        with self.db.transaction() as db:
            db.execute(
                'INSERT INTO tokens (id, secret_hash, "user", team, role, created_at) VALUES (?, ?, ?, ?, ?, ?)',
                (token_id, _hash(secret), user, team, role, created),
            )
        info = TokenInfo(token_id, user, team, role, created, None, None)
        return NewToken(info=info, token=f"{PREFIX}{token_id}_{secret}")

    def list_tokens(self, *, include_revoked: bool = False) -> list[TokenInfo]:
        """Tokens by team, user and creation time; revoked ones only when asked."""
        where = "" if include_revoked else " WHERE revoked_at IS NULL"
        rows = self.db.read(
            'SELECT id, "user", team, role, created_at, last_used_at, revoked_at FROM tokens'
            f'{where} ORDER BY team, "user", created_at'
        )
        return [TokenInfo(**dict(r)) for r in rows]

    def get(self, token_id: str) -> TokenInfo:
        rows = self.db.read(
            'SELECT id, "user", team, role, created_at, last_used_at, revoked_at FROM tokens WHERE id = ?',
            (token_id,),
        )
        if not rows:
            raise NotFound(f"no token {token_id!r}")
        return TokenInfo(**dict(rows[0]))

    def revoke(self, token_id: str) -> TokenInfo:
        """Revoke a token at once (the next request with it gets 401). Revoking twice is harmless."""
        with self.db.transaction() as db:
            db.execute("UPDATE tokens SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL", (now_iso(), token_id))
        return self.get(token_id)

    def count_active(self) -> int:
        return int(self.db.read("SELECT count(*) AS n FROM tokens WHERE revoked_at IS NULL")[0]["n"])

    def verify(self, token: str) -> TokenInfo | None:
        """The active token `token` names, or None: unknown, malformed, wrong secret or revoked."""
        match = _TOKEN.fullmatch(token)
        if match is None:
            return None
        rows = self.db.read(
            'SELECT id, secret_hash, "user", team, role, created_at, last_used_at, revoked_at FROM tokens WHERE id = ?',
            (match["id"],),
        )
        if not rows:
            return None
        row = dict(rows[0])
        if not hmac.compare_digest(row.pop("secret_hash"), _hash(match["secret"])) or row["revoked_at"] is not None:
            return None
        info = TokenInfo(**row)
        self._touch(info)
        return info

    def _touch(self, info: TokenInfo) -> None:
        now = datetime.now(UTC)
        if info.last_used_at is not None and now - datetime.fromisoformat(info.last_used_at) < LAST_USED_RESOLUTION:
            return
        stamp = now.isoformat(timespec="microseconds")
        with self.db.transaction() as db:
            db.execute("UPDATE tokens SET last_used_at = ? WHERE id = ?", (stamp, info.id))
