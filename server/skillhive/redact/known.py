"""Secrets the process itself holds: the values of its environment variables named as secrets.

A hook, an import, a forwarding hive and a local stdio server run in the user's environment, which
holds the user's own tokens (`GITHUB_TOKEN`, `AWS_SECRET_ACCESS_KEY`, `PGPASSWORD`, the password in
a `DATABASE_URL`, `SKILLHIVE_TOKEN`…); a team server's holds its own. Wherever such a value shows up
in a run — in prose, under an unknown name, in a URL — it is a secret whatever it looks like, so it
is replaced before any rule runs, as CI systems mask the secrets they were given. Its URL-encoded
and JSON-escaped forms go too.

A value is taken when its variable's name says secret (`is_sensitive_key`, or a URL with a password
under any name) and it could not be ordinary text: at least `MIN_CHARS` characters, no whitespace,
not one word of letters (`postgres`, `changeme` would mask every mention of the word), and not a
path (the shell's `PWD` is a folder). The
environment is read once per process (`process_values`). A team server (HTTP with tokens) does not
mask its own environment (`mask_environment`): members would learn from the markers which guesses
match the operator's secrets.

A recording agent may also name the secrets it knows a run holds (a password its user gave it, a
token it read): `record_trajectory`'s `secrets`, replaced in that run only and never stored
(`declared_secrets`); the agent's word is enough, so any non-blank value goes, one shorter than
`SHORT` only where it stands alone. Values are found by plain substring search, never a pattern
built from them: the cost stays the text's length times the number of forms, and no value lingers
in the `re` module's cache.
"""

from __future__ import annotations

import functools
import json
import os
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from urllib.parse import quote, unquote, urlsplit

from skillhive.redact.engine import MARKER_PREFIX, _Counter, marker
from skillhive.redact.words import secret_kind

MIN_CHARS = 8
_WORD = re.compile(r"[a-z]+|[A-Z][a-z]+|[A-Z]+")  # a word, not a token of mixed case
_SPACE = re.compile(r"\s")


_PATH = re.compile(r"(?:/|~|\.{1,2}/|[A-Za-z]:\\)")  # /work/app (the shell's PWD: "pwd" says password), ~/x, C:\x


def _usable(value: str) -> bool:
    return (
        len(value) >= MIN_CHARS and not _SPACE.search(value) and not _WORD.fullmatch(value) and not _PATH.match(value)
    )


def _url_password(value: str) -> str | None:
    if "://" not in value or "@" not in value:
        return None
    try:
        return urlsplit(value).password
    except ValueError:
        return None


_PERCENT = re.compile(r"%[0-9A-F]{2}")
_ALNUM = re.compile(r"[A-Za-z0-9]")
SHORT = 8  # a value shorter than this is replaced only as a whole token ("9071" is not in "order 19071")


def _forms(value: str) -> set[str]:
    """The value as it may be written: as is, URL-encoded (all of it, or all but `/`; upper- or
    lower-case hex), JSON-escaped (with or without `\\/`, non-ASCII as is or as `\\u` escapes)."""
    encoded = {quote(value, safe=""), quote(value)}
    escaped = {json.dumps(value, ensure_ascii=False)[1:-1], json.dumps(value)[1:-1]}
    return {
        value,
        *encoded,
        *(_PERCENT.sub(lambda m: m.group().lower(), e) for e in encoded),
        *escaped,
        *(e.replace("/", "\\/") for e in escaped),
    }


def _bounded(text: str, at: int, end: int) -> bool:
    """Whether text[at:end] stands alone: no letter or digit touching it on either side."""
    return (at == 0 or not _ALNUM.match(text[at - 1])) and (end == len(text) or not _ALNUM.match(text[end]))


def _replace(text: str, form: str, with_: str, counter: _Counter, kind: str) -> str:
    """Every occurrence of `form` in `text` (outside markers; whole, when short) replaced by `with_`.
    A plain substring search, no pattern built from the values: its cost is the text's length times
    the number of forms, whatever the values hold, and no value is left in a pattern cache. A form
    with no letter or digit to tell it apart and no marker near is replaced in one pass (C speed);
    the others are looked at one occurrence at a time, each time the search moves past the last."""
    if len(form) >= SHORT and MARKER_PREFIX not in text:
        n = text.count(form)
        counter.n += n
        if n and counter.found is not None:
            counter.found.append((form, kind))
        return text.replace(form, with_)
    pieces: list[str] = []
    start = at = 0
    while (at := text.find(form, at)) != -1:
        end = at + len(form)
        if (len(form) >= SHORT or _bounded(text, at, end)) and not _in_marker(text, at):
            pieces += [text[start:at], with_]
            counter.n += 1
            if counter.found is not None:  # a decoded layer's caller replaces what its inner pass found
                counter.found.append((form, kind))
            start = at = end
        else:
            at += 1
    return "".join(pieces) + text[start:] if pieces else text


def _in_marker(text: str, at: int) -> bool:
    """Whether position `at` falls inside a `[REDACTED:kind]` marker."""
    opened = text.rfind(MARKER_PREFIX, max(0, at - 40), at + len(MARKER_PREFIX))
    return opened != -1 and (close := text.find("]", opened)) != -1 and at < close


@dataclass(frozen=True)
class KnownValues:
    """Secret values to replace wherever they appear, each with the kind its marker names."""

    kinds: Mapping[str, str]  # written form -> marker kind, longest first

    @classmethod
    def of(cls, named: Iterable[tuple[str, str]], *, vouched: bool = False) -> KnownValues:
        """From (value, kind) pairs; values that could be ordinary text are left out (module docstring)
        unless `vouched` (a recording agent said they are secrets): then any non-blank value goes."""
        kinds: dict[str, str] = {}
        for value, kind in named:
            if (vouched and value.strip()) or _usable(value):
                for form in _forms(value):
                    kinds.setdefault(form, kind)
        return cls({form: kinds[form] for form in sorted(kinds, key=lambda v: (-len(v), v))})

    @classmethod
    def from_environ(cls, environ: Mapping[str, str]) -> KnownValues:
        """The values of `environ`'s variables that name a secret, and the passwords in its URLs."""
        from skillhive.redact.structured import is_sensitive_key  # structured imports the rules, which import us

        named: list[tuple[str, str]] = []
        for name, value in environ.items():
            password = _url_password(value)
            if password:
                named += [(password, "password"), (unquote(password), "password")]
            elif is_sensitive_key(name) and not _NOT_SECRET_ENV.search(name):
                named.append((value, secret_kind(name) or "secret"))
        return cls.of(named)

    def mask(self, text: str, counter: _Counter) -> str:
        """`text` with every known value replaced by its marker (counted in `counter`)."""
        for form, kind in self.kinds.items():
            if form in text:
                text = _replace(text, form, marker(kind), counter, kind)
        return text


# Named like secrets, never one: a terminal's session id (macOS TERM_SESSION_ID, ITERM_SESSION_ID,
# XDG_SESSION_ID), the Python images' GPG_KEY (the public release key's fingerprint).
_NOT_SECRET_ENV = re.compile(r"(?i)(?:^|_)SESSION_ID$|^GPG_KEY$")


_DECLARED: ContextVar[KnownValues | None] = ContextVar("declared_secrets", default=None)


@contextmanager
def declared_secrets(values: Sequence[str]) -> Iterator[None]:
    """While inside, `mask_known` also replaces `values`: the secrets a recording agent named for the
    run it records (record_trajectory's `secrets`). They hold for that call only, and so only for the
    caller's own run."""
    token = _DECLARED.set(KnownValues.of(((v, "secret") for v in values), vouched=True) if values else None)
    try:
        yield
    finally:
        _DECLARED.reset(token)


_ENVIRONMENT = {"masked": True}


def mask_environment(on: bool) -> None:
    """Whether this process masks its own environment's secrets. A team server (HTTP with tokens)
    does not: its environment is the operator's, and a member could record guesses and read from the
    markers which of them is the server's database password."""
    _ENVIRONMENT["masked"] = on


def mask_known(text: str, counter: _Counter) -> str:
    """`text` with the process's own secrets, and those the recording agent declared, replaced."""
    if _ENVIRONMENT["masked"]:
        text = process_values().mask(text, counter)
    declared = _DECLARED.get()
    return text if declared is None else declared.mask(text, counter)


@functools.cache
def process_values() -> KnownValues:
    """This process's known secret values, read from its environment the first time they are asked for."""
    return KnownValues.from_environ(os.environ)
