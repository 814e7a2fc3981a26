"""Private keys known by the structure of their file format rather than by a PEM header.

- PuTTY `.ppk`: the base64 lines after `Private-Lines: N` (the public lines stay).
- A JSON Web Key's private members (`d`, `p`, `q`, `dp`, `dq`, `qi`; `k` of an `oct` key), in an
  object that has a `kty` (the public `n`, `e`, `x`, `y` stay).
- minisign / signify: the base64 line under `untrusted comment: … secret key`.
- A Bitcoin WIF private key, checked: base58 that decodes with a valid double-SHA-256 checksum.
"""

from __future__ import annotations

import hashlib
import re

from skillhive.redact.engine import _NOT_MARKER, _Rule, _span

_B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
_B58_INDEX = {c: i for i, c in enumerate(_B58)}


def _base58check(value: str) -> bool:
    """Whether `value` is base58 whose last four bytes are the double SHA-256 of the rest."""
    n = 0
    for c in value:
        n = n * 58 + _B58_INDEX[c]
    raw = n.to_bytes((n.bit_length() + 7) // 8, "big")
    payload, checksum = raw[:-4], raw[-4:]
    return len(raw) > 4 and hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4] == checksum


def _spare_wif(m: re.Match[str], text: str) -> bool:
    return not _base58check(text[slice(*_span(m))])


KEYFILE_RULES: tuple[_Rule, ...] = (
    _Rule(
        "private-key",
        r"Private-Lines:[ \t]*[0-9]{1,3}[ \t]*\r?\n"
        + _NOT_MARKER
        + r"(?P<s>[A-Za-z0-9+/=]{16,}(?:\r?\n[A-Za-z0-9+/=]{4,}(?![^\r\n]))*)",
        ("Private-Lines:",),
    ),
    # {"kty": "EC", …, "d": "…"}: a private member of a key that says what kind of key it is
    _Rule(
        "private-key",
        r"\"(?:d|p|q|dp|dq|qi|k)\"[ \t]*:[ \t]*\"" + _NOT_MARKER + r"(?P<s>[A-Za-z0-9_-]{16,}={0,2})\"",
        ('"kty"',),
        spare=lambda m, text: '"kty"' not in text[max(0, m.start() - 2000) : m.end() + 2000],
    ),
    _Rule(
        "private-key",
        r"untrusted comment:[^\n]*secret key[^\n]*\r?\n" + _NOT_MARKER + r"(?P<s>[A-Za-z0-9+/=]{40,})",
        ("untrusted comment:",),
    ),
    # uncompressed (5H/5J/5K, 51 characters) or compressed (K/L, 52 characters) WIF
    _Rule(
        "private-key",
        r"(?<![1-9A-Za-z])(?:5[HJK][1-9A-HJ-NP-Za-km-z]{49}|[KL][1-9A-HJ-NP-Za-km-z]{51})(?![1-9A-Za-z])",
        (),
        spare=_spare_wif,
    ),
)
