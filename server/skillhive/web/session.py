"""Signed session cookies and CSRF tokens for the web view.

A session is a cookie holding the token id it was opened with, a CSRF token and an expiry, signed
with HMAC-SHA256 by a key kept in the ledger (so every replica of a team hive reads the same one).
Each request looks the token up again: a revoked token ends its sessions at once, and a changed
role applies at once. Signing out ends every session of that token opened until then (the cookie
alone cannot be taken back). The token's secret never enters the cookie.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets
import time
from dataclasses import dataclass

from skillhive.store.ledger import Ledger

COOKIE = "skillhive_ui"
LIFETIME = 12 * 3600  # seconds a session lasts
_KEY_META = "web_session_key"
_SIGNED_OUT = "web_signed_out:"


@dataclass(frozen=True)
class Session:
    token_id: str  # "": not signed in (the session only carries a CSRF token for the sign-in form)
    csrf: str
    expires: int
    issued: float = 0.0


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


class Signer:
    def __init__(self, key: bytes) -> None:
        self.key = key

    def new(self, token_id: str) -> Session:
        now = time.time()
        return Session(token_id=token_id, csrf=secrets.token_urlsafe(24), expires=int(now) + LIFETIME, issued=now)

    def dump(self, session: Session) -> str:
        fields = {"t": session.token_id, "c": session.csrf, "e": session.expires, "i": session.issued}
        body = _b64(json.dumps(fields).encode())
        return f"{body}.{self._sign(body)}"

    def load(self, cookie: str | None) -> Session | None:
        """The session a cookie holds, or None: missing, forged, malformed or expired."""
        if not cookie or cookie.count(".") != 1:
            return None
        body, sig = cookie.split(".")
        if not hmac.compare_digest(sig, self._sign(body)):
            return None
        try:
            data = json.loads(_unb64(body))
            session = Session(str(data["t"]), str(data["c"]), int(data["e"]), float(data["i"]))
        except (ValueError, KeyError, TypeError):
            return None
        return session if session.expires > time.time() else None

    def _sign(self, body: str) -> str:
        return _b64(hmac.new(self.key, body.encode(), hashlib.sha256).digest())


def csrf_ok(session: Session | None, sent: object) -> bool:
    return session is not None and isinstance(sent, str) and hmac.compare_digest(session.csrf, sent)


def signed_out_at(ledger: Ledger, token_id: str) -> float:
    """When the sessions of a token were last signed out (0: never); sessions issued before then are over."""
    return float(ledger.get_meta(f"{_SIGNED_OUT}{token_id}") or 0)


def sign_out(ledger: Ledger, token_id: str) -> None:
    """End every session opened with this token so far (a copied cookie included), on every replica."""
    ledger.set_meta(f"{_SIGNED_OUT}{token_id}", repr(time.time()))


def session_key(ledger: Ledger) -> bytes:
    """The signing key stored in the ledger's meta table, created on first use."""
    stored = ledger.get_meta(_KEY_META)
    if not stored:
        ledger.set_meta(_KEY_META, secrets.token_hex(32))
        stored = ledger.get_meta(_KEY_META)  # another replica may have written first: use what is stored
    return bytes.fromhex(str(stored))
