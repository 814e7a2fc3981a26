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
environment is read once per process (`process_values`).

A recording agent may also name the secrets it knows a run holds (a password its user gave it, a
token it read): `record_trajectory`'s `secrets`, replaced in that run only and never stored
(`declared_secrets`); the agent's word is enough, so any value of 4 characters or more goes.
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

from skillhive.redact.engine import _Counter, marker
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


def _forms(value: str) -> set[str]:
    """The value as it may be written: as is, URL-encoded, JSON-escaped."""
    return {value, quote(value, safe=""), json.dumps(value, ensure_ascii=False)[1:-1]}


@dataclass(frozen=True)
class KnownValues:
    """Secret values to replace wherever they appear, each with the kind its marker names."""

    kinds: Mapping[str, str]  # written form -> marker kind
    pattern: re.Pattern[str] | None

    @classmethod
    def of(cls, named: Iterable[tuple[str, str]], *, vouched: bool = False) -> KnownValues:
        """From (value, kind) pairs; values that could be ordinary text are left out (module docstring)
        unless `vouched` (a recording agent said they are secrets): then any non-blank value goes."""
        kinds: dict[str, str] = {}
        for value, kind in named:
            if (vouched and value.strip()) or _usable(value):
                for form in _forms(value):
                    kinds.setdefault(form, kind)
        if not kinds:
            return cls({}, None)
        longest_first = sorted(kinds, key=lambda v: (-len(v), v))
        return cls(kinds, re.compile("|".join(re.escape(v) for v in longest_first)))

    @classmethod
    def from_environ(cls, environ: Mapping[str, str]) -> KnownValues:
        """The values of `environ`'s variables that name a secret, and the passwords in its URLs."""
        from skillhive.redact.structured import is_sensitive_key  # structured imports the rules, which import us

        named: list[tuple[str, str]] = []
        for name, value in environ.items():
            password = _url_password(value)
            if password:
                named += [(password, "password"), (unquote(password), "password")]
            elif is_sensitive_key(name):
                named.append((value, secret_kind(name) or "secret"))
        return cls.of(named)

    def mask(self, text: str, counter: _Counter) -> str:
        """`text` with every known value replaced by its marker (counted in `counter`)."""
        if self.pattern is None:
            return text

        def replace(match: re.Match[str]) -> str:
            counter.n += 1
            return marker(self.kinds[match.group()])

        return self.pattern.sub(replace, text)


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


def mask_known(text: str, counter: _Counter) -> str:
    """`text` with the process's own secrets, and those the recording agent declared, replaced."""
    text = process_values().mask(text, counter)
    declared = _DECLARED.get()
    return text if declared is None else declared.mask(text, counter)


@functools.cache
def process_values() -> KnownValues:
    """This process's known secret values, read from its environment the first time they are asked for."""
    return KnownValues.from_environ(os.environ)
