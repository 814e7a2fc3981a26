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
_DATE_TIME = re.compile(
    r"[0-9]{4}-[0-9]{2}-[0-9]{2}(?:[T ][0-9:.]*)?Z?|[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?(?:[.,][0-9]+)?"
)
_SYMBOLS = frozenset("!@#$%^&*+=?~|<>;,[]{}()'\"`\\")


# the bases of the passwords that lists of leaked ones open with: a value made of one of them and a number
# or a symbol is what advice shows as a weak password ("passwords like 'password123' get guessed")
_COMMON_BASES = frozenset(
    (
        *("password", "passw0rd", "pass", "qwerty", "qwertyuiop", "asdf", "letmein", "welcome", "admin", "iloveyou"),
        *("abc", "abcd", "abcdef", "monkey", "dragon", "sunshine", "football", "baseball", "princess", "master"),
        *("login", "secret", "test", "changeme", "default", "hello", "summer", "winter", "azerty", "contraseña"),
    ),
)


def common_password(value: str) -> bool:
    """Whether `value` is a common base word with digits or symbols about it (`password123`, `Qwerty!`)."""
    return value.strip("0123456789!@#$%^&*?._-").lower() in _COMMON_BASES


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
    if _VERSION.fullmatch(value) or _PORTS.fullmatch(value) or _WORDY.fullmatch(value) or _DATE_TIME.fullmatch(value):
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


# three to six words of letters joined by one separator, then a number: a diceware-style passphrase
_PASSPHRASE = re.compile(r"[a-z]{3,12}(?P<j>[-.])[a-z]{3,12}(?:(?P=j)[a-z]{3,12}){1,4}(?P=j)[0-9]{1,4}[!?#*]?")


def looks_like_passphrase(value: str) -> bool:
    """`walnut-orchid-maple-88`: words and a number a person chose, as a password manager makes them.

    Only where the context already names a password (a name or a word that says so): `eu-west-1`,
    `my-app-v2` and `prod-cache-2024` do not fit the shape (two words, a digit in a word), but a
    host name of three words and a number would.
    """
    return _PASSPHRASE.fullmatch(value.strip("'\"")) is not None


def looks_like_token(value: str) -> bool:
    """A random-looking token of 16 to 100 characters: mixed case and digits, high entropy, not hex."""
    if not 16 <= len(value) <= 100:
        return False
    if all(c in "0123456789abcdefABCDEF-" for c in value):  # hex: digests, SHAs, UUIDs
        return False
    classes = sum((any(c.islower() for c in value), any(c.isupper() for c in value), any(c.isdigit() for c in value)))
    return classes == 3 and entropy(value) >= 3.5


_TOKEN_VALUE = re.compile(r"[A-Za-z0-9+/=_.~-]{16,8192}")
# words and short numbers joined by separators: `user_profile_cache_2024`, `eu-west-1.prod`, `v2/api`
_WORDS_JOINED = re.compile(r"(?:[A-Za-z][a-z]*|[0-9]{1,4})(?:[-_./+~=]+(?:[A-Za-z][a-z]*|[0-9]{1,4}))*[-_./=]*")


# `Linux-pip-<sha256>`, `deps-node20-<sha1>`: words, then a whole SHA-1 or SHA-256 digest, as cache keys and
# build artifacts are named (a vendor token with words and hex is its own rule's, which runs first)
_NAMED_DIGEST = re.compile(r"(?:[A-Za-z][A-Za-z0-9]*[-_.]){2,}(?:[0-9a-f]{40}|[0-9a-f]{64})")


def named_digest(value: str) -> bool:
    """A name made of words and a whole digest: a cache key or an artifact's name, not a secret."""
    return _NAMED_DIGEST.fullmatch(value) is not None


def looks_random(value: str) -> bool:
    """A machine-made secret value: 16 or more token characters, letters and digits mixed, high entropy.

    Hex counts (a 32-hex API key), so use this only where the name already says `key`/`salt`/`seed`;
    words and numbers joined by separators (`prod-cache-2024`, `eu-west-1`) do not.
    """
    value = value.strip("'\"")
    if not _TOKEN_VALUE.fullmatch(value) or _WORDS_JOINED.fullmatch(value):
        return False
    digits = sum(c.isdigit() for c in value)
    if digits < 2 or digits == len(value) or not any(c.isalpha() for c in value):
        return False
    if all(c in "0123456789abcdefABCDEF-" for c in value):  # hex holds 4 bits a character at most
        return len(value) >= 32 and entropy(value) >= 3.0  # shorter hex is an id (a GPG key id, a short SHA)
    return entropy(value) >= (3.2 if len(value) < 24 else 3.5)


_BASE36 = re.compile(r"[a-z0-9]{40,160}|[A-Z0-9]{40,160}")


def looks_random_one_case(value: str) -> bool:
    """A machine-made value in one case: 40+ letters and digits of base 36 (not hex), well mixed.

    `tas7…` of a vendor that writes its keys in lower case; not hex (a digest), not words and
    numbers (`abcdefghijklmnopqrstuvwxyz0123456789` fails the mix: digits among letters throughout).
    """
    if not _BASE36.fullmatch(value) or all(c in "0123456789abcdefABCDEF" for c in value):
        return False
    digits = sum(c.isdigit() for c in value)
    if not 0.12 <= digits / len(value) <= 0.5:
        return False
    runs = re.findall(r"[0-9]+|[^0-9]+", value)  # letters and digits alternate all along, not in two blocks
    return len(runs) >= len(value) // 5 and entropy(value) >= 4.3


def looks_random_long(value: str) -> bool:
    """60+ url-safe characters, letters of both cases and digits mixed all along: a machine-made token.

    Code (`aVeryLongCamelCaseName`), words joined by `-`/`_` and hex do not: too few digits, too few
    changes between letters and digits, or too little entropy.
    """
    if len(value) < 60:
        return False
    upper = sum(c.isupper() for c in value)
    lower = sum(c.islower() for c in value)
    digits = sum(c.isdigit() for c in value)
    if min(upper, lower, digits) < len(value) // 20:
        return False
    runs = re.findall(r"[0-9]+|[^0-9]+", value)
    return len(runs) >= len(value) // 8 and entropy(value) >= 4.8
