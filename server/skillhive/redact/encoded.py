"""Base64 and hex: decoding a candidate to text, and telling a base64 private key or `user:password` apart.

A hex run (24 to 8,192 digits, one case) is text only when every byte is printable ASCII (its high
digit 2 to 7) and decodes without control characters: a digest or a key id is random bytes and is
not read; `736b2d616e742d…` is `sk-ant-…` and is scanned as text (rules.py).
"""

from __future__ import annotations

import base64
import binascii
import re

_B64_RUN = r"[A-Za-z0-9+/_-]{12,}={0,2}(?![A-Za-z0-9+/=_-])"
_BASE64_GATES = ("ase64", "b64")  # base64, Base64, b64decode (atob("X") counts next to one of them)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffd]")
_USER_PASS = re.compile(r"[A-Za-z0-9._@+-]{1,64}:[!-~]{3,128}")
_MAX_DECODED = 64_000


def _b64_text(value: str) -> str | None:
    """`value` decoded from base64 (standard or URL-safe) when that gives text, else None."""
    raw = value.rstrip("=")
    if len(raw) < 8 or len(raw) % 4 == 1 or len(raw) > _MAX_DECODED * 4 // 3:
        return None
    if "-" in raw or "_" in raw:
        raw = raw.replace("-", "+").replace("_", "/")
    try:
        decoded = base64.b64decode(raw + "=" * (-len(raw) % 4), validate=True).decode("utf-8")
    except (binascii.Error, ValueError):  # UnicodeDecodeError is a ValueError
        return None
    return None if _CONTROL.search(decoded) else decoded


# each byte printable ASCII: a high digit of 2 to 7 (the digit first: the engine skips to one fast)
_HEX_RUN = (
    r"[2-7](?<![0-9A-Za-z][2-7])(?:[0-9a-f](?:[2-7][0-9a-f]){11,4095}|[0-9A-F](?:[2-7][0-9A-F]){11,4095})"
    r"(?![0-9A-Za-z])"
)


def _hex_text(value: str) -> str | None:
    """`value` (hex) decoded when every byte is printable ASCII, else None."""
    if any(c not in "234567" for c in value[::2]):
        return None
    decoded = bytes.fromhex(value).decode("ascii")
    return None if _CONTROL.search(decoded) else decoded


def _spare_pem_b64(m: re.Match[str], text: str) -> bool:
    """`LS0tLS1CRUdJTi…` is `-----BEGIN…` in base64: a secret if a private key, not a certificate."""
    if not m.group().startswith("LS0t"):
        return False
    try:  # the header's bytes only: what follows it may be binary (an armored PGP key's body)
        head = base64.b64decode(m.group()[:64], validate=True)
    except (binascii.Error, ValueError):
        return True
    return b"PRIVATE KEY" not in head


def _is_b64_user_pass(value: str) -> bool:
    decoded = _b64_text(value)
    return decoded is not None and bool(_USER_PASS.fullmatch(decoded))


def _is_private_key_der(value: str) -> bool:
    """A headerless PEM body: base64 DER whose first fields are a private key's (a version number)."""
    if value.startswith(("b3BlbnNzaC1rZXktdjE", "MHcCAQEE", "MIGHAgEA", "MC4CAQAw")):  # OpenSSH, EC, PKCS#8
        return True
    try:
        head = base64.b64decode(value[:16], validate=True)
    except (binascii.Error, ValueError):
        return False
    # SEQUENCE (long length), then INTEGER 0 or 1: PKCS#1 / PKCS#8 private keys; a certificate has a SEQUENCE there
    return (
        len(head) >= 7
        and head[0] == 0x30
        and head[1] in (0x81, 0x82)
        and head[2 + head[1] - 0x80 : 5 + head[1] - 0x80] in (b"\x02\x01\x00", b"\x02\x01\x01")
    )
