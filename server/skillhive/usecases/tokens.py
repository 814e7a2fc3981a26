"""The bearer tokens of a hive, as every surface handles them: the CLI creates, lists and revokes
them (whoever runs it owns the data directory: the hive's admin), the HTTP app checks them and
decides whether requests need one, and a web view signs in with one.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from skillhive.models import Role
from skillhive.store.ledger import Ledger
from skillhive.store.tokens import NewToken, TokenInfo, TokenStore, id_of

AuthMode = Literal["auto", "tokens", "off"]


@dataclass(frozen=True)
class Created:
    token: NewToken
    first: bool  # the only active token: a server that started without auth must now be restarted


@dataclass(frozen=True)
class Revoked:
    info: TokenInfo
    already: bool  # it had been revoked before; nothing changed


class Tokens:
    """Create, list, revoke and check the tokens kept in the ledger (store/tokens.py)."""

    def __init__(self, store: TokenStore) -> None:
        self.store = store

    @classmethod
    def of(cls, ledger: Ledger) -> Tokens:
        return cls(TokenStore(ledger))

    @staticmethod
    def id_of(text: str) -> str | None:
        """The token id in `text`: an id, or a whole token pasted (never echoed: it may be a secret)."""
        return id_of(text)

    def create(self, user: str, team: str, role: Role = "member") -> Created:
        new = self.store.create(user, team, role)
        return Created(new, first=self.store.count_active() == 1)

    def list_tokens(self, *, include_revoked: bool = False) -> list[TokenInfo]:
        return self.store.list_tokens(include_revoked=include_revoked)

    def revoke(self, token_id: str) -> Revoked:
        """Revoke a token at once; one revoked before is left as it was (NotFound for an unknown id)."""
        before = self.store.get(token_id)
        if before.revoked_at is not None:
            return Revoked(before, already=True)
        return Revoked(self.store.revoke(token_id), already=False)

    def get(self, token_id: str) -> TokenInfo:
        return self.store.get(token_id)

    def verify(self, token: str) -> TokenInfo | None:
        """The active token a bearer secret is, or None (unknown, malformed, revoked)."""
        return self.store.verify(token)

    def any_active(self) -> bool:
        return self.store.count_active() > 0

    def required(self, mode: AuthMode) -> bool:
        """Whether requests need a token: always with `tokens`, never with `off`, once one exists with `auto`."""
        if mode == "auto":
            return self.any_active()
        return mode == "tokens"

    def teams(self) -> list[str]:
        """The teams that active tokens speak for (their skill repositories are made before serving)."""
        return sorted({t.team for t in self.store.list_tokens()})
