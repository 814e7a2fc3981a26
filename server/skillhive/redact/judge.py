"""Judging a value on its own: does it look like a credential, or like a word, a number, a path, code?

Used where the context alone is weak (a short `-p` flag of an unknown tool, an `auth:` key, a cookie
that is not named for a session): there the value must look like a password or a token.
"""

from __future__ import annotations

import math
import re
from collections import Counter

_VERSION = re.compile(r"v?[0-9]+(?:\.[0-9]+)+(?:[-+][\w.]+)?")
_PORTS = re.compile(r"[0-9]+(?::[0-9]+)*(?:/(?:tcp|udp))?")
_WORDY = re.compile(r"[a-z]+(?:[-_.][a-z0-9]+)*|[A-Z][a-z]+(?:[A-Z][a-z]+)*|[A-Z_]+")
_SYMBOLS = frozenset("!@#$%^&*+=?~|<>;,[]{}()'\"`\\")


def entropy(value: str) -> float:
    """Shannon entropy of `value` in bits per character."""
    if not value:
        return 0.0
    n = len(value)
    return -sum(c / n * math.log2(c / n) for c in Counter(value).values())


def looks_like_credential(value: str) -> bool:
    """A password or token rather than a word, a number, a version, a path, a port map or code.

    `Tr0ub4dor&3`, `hunter2!`, `q7Vd9Lm2Xw8Rk4Tz` yes; `default`, `8080:80`, `1.2.3`, `/tmp/x`,
    `no:cacheprovider`, `tcp`, `my-bucket` no.
    """
    value = value.strip("'\"")
    if len(value) < 6 or value[0] in "-/~.$%{<" or value.startswith(("[REDACTED:", "http")):
        return False
    if _VERSION.fullmatch(value) or _PORTS.fullmatch(value) or _WORDY.fullmatch(value):
        return False
    if value.isdigit():
        return False
    has_digit = any(c.isdigit() for c in value)
    has_alpha = any(c.isalpha() for c in value)
    has_symbol = any(c in _SYMBOLS for c in value)
    mixed_case = any(c.isupper() for c in value) and any(c.islower() for c in value)
    if not has_alpha:
        return False
    if "(" in value or value.endswith(")"):  # a call: getpass(), os.environ.get(...)
        return False
    return (has_digit and (mixed_case or has_symbol or len(value) >= 8)) or (has_symbol and mixed_case)


def looks_like_token(value: str) -> bool:
    """A random-looking token of 16 to 100 characters: mixed case and digits, high entropy, not hex."""
    if not 16 <= len(value) <= 100:
        return False
    if all(c in "0123456789abcdefABCDEF-" for c in value):  # hex: digests, SHAs, UUIDs
        return False
    classes = sum((any(c.islower() for c in value), any(c.isupper() for c in value), any(c.isdigit() for c in value)))
    return classes == 3 and entropy(value) >= 3.5
