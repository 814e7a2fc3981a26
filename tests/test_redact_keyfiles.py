"""Private keys known by their file format (keyfiles.py): PuTTY, JWK, minisign, Bitcoin WIF.

Key material is generated here from a seeded RNG; a WIF is built with its real checksum.
"""

from __future__ import annotations

import hashlib
import random

from skillhive.redact import redact_text
from skillhive.redact.keyfiles import _B58

_R = random.Random("keyfiles")
B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
B64URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"


def _rnd(n: int, alphabet: str = B64) -> str:
    return "".join(_R.choice(alphabet) for _ in range(n))


def _wif(compressed: bool) -> str:
    payload = b"\x80" + bytes(_R.randrange(256) for _ in range(32)) + (b"\x01" if compressed else b"")
    raw = payload + hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4]
    n, out = int.from_bytes(raw, "big"), ""
    while n:
        n, digit = divmod(n, 58)
        out = _B58[digit] + out
    return out


def test_the_private_lines_of_a_putty_key_file_are_redacted_and_its_public_lines_kept() -> None:
    public, private = "AAAAC3NzaC1lZDI1NTE5AAAAI" + _rnd(40), _rnd(64)
    text = (
        f"PuTTY-User-Key-File-3: ssh-ed25519\nPublic-Lines: 1\n{public}\nPrivate-Lines: 1\n{private}\nPrivate-MAC: ab12"
    )
    out = redact_text(text)[0]
    assert private not in out and public in out and "Private-MAC: ab12" in out


def test_a_jwks_private_member_is_redacted_and_its_public_members_kept() -> None:
    x, d = _rnd(43, B64URL), _rnd(43, B64URL)
    out = redact_text(f'{{"kty": "EC", "crv": "P-256", "x": "{x}", "d": "{d}"}}')[0]
    assert d not in out and x in out


def test_a_d_member_outside_a_json_web_key_is_left_alone() -> None:
    text = f'{{"d": "{_rnd(30, "0123456789abcdef")}", "type": "delta"}}'
    assert redact_text(text)[0] == text


def test_a_minisign_secret_key_is_redacted_and_a_public_key_kept() -> None:
    secret, public = "RWRTY0Iy" + _rnd(150), "RWQ" + _rnd(53)
    assert secret not in redact_text(f"untrusted comment: minisign encrypted secret key\n{secret}")[0]
    text = f"untrusted comment: minisign public key 1A2B\n{public}"
    assert redact_text(text)[0] == text


def test_a_bitcoin_wif_with_a_valid_checksum_is_redacted_and_one_without_is_not() -> None:
    for compressed in (False, True):
        wif = _wif(compressed)
        assert wif not in redact_text(f"import {wif}")[0]
        broken = wif[:-1] + ("x" if wif[-1] != "x" else "y")
        assert redact_text(f"import {broken}")[0] == f"import {broken}"
