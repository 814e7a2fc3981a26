"""Signed session cookies and CSRF tokens for the web view.

A session is a cookie holding the token id it was opened with, a CSRF token and an expiry, signed
with HMAC-SHA256 by a key kept in the ledger (so every replica of a team hive reads the same one).
Each request looks the token up again: a revoked token ends its sessions at once, and a changed
role applies at once. The token's secret never enters the cookie.
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


@dataclass(frozen=True)
class Session:
    token_id: str  # "": not signed in (the session only carries a CSRF token for the sign-in form)
    csrf: str
    expires: int


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


class Signer:
    def __init__(self, key: bytes) -> None:
        self.key = key

    def new(self, token_id: str) -> Session:
        return Session(token_id=token_id, csrf=secrets.token_urlsafe(24), expires=int(time.time()) + LIFETIME)

    def dump(self, session: Session) -> str:
        body = _b64(json.dumps({"t": session.token_id, "c": session.csrf, "e": session.expires}).encode())
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
            session = Session(token_id=str(data["t"]), csrf=str(data["c"]), expires=int(data["e"]))
        except (ValueError, KeyError, TypeError):
            return None
        return session if session.expires > time.time() else None

    def _sign(self, body: str) -> str:
        return _b64(hmac.new(self.key, body.encode(), hashlib.sha256).digest())


def csrf_ok(session: Session | None, sent: object) -> bool:
    return session is not None and isinstance(sent, str) and hmac.compare_digest(session.csrf, sent)


def session_key(ledger: Ledger) -> bytes:
    """The signing key stored in the ledger's meta table, created on first use."""
    stored = ledger.get_meta(_KEY_META)
    if not stored:
        ledger.set_meta(_KEY_META, secrets.token_hex(32))
        stored = ledger.get_meta(_KEY_META)  # another replica may have written first: use what is stored
    return bytes.fromhex(str(stored))
