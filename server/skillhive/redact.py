"""Secret redaction: every trajectory passes through here before it is stored.

Each secret becomes a marker such as `[REDACTED:openai-key]`. No rule matches a marker, so
redacting a redacted text changes nothing and the content hash of a re-recorded run stays equal.

Speed: rules are precompiled and gated by a cheap substring test, token rules start with a literal
(so the regex engine jumps from candidate to candidate), and the keyword rules (`password=…`,
`Authorization: …`) run case-sensitively on the lower-cased text, several times faster than
`re.IGNORECASE`; lower-casing keeps every index, so their spans apply to the original text.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from skillhive.models import TrajectoryIn

MARKER_PREFIX = "[REDACTED:"
_MARKER = re.compile(r"\[REDACTED:[a-z0-9-]+\]")
_NOT_MARKER = r"(?!\[redacted:)(?!\[REDACTED:)"  # on_lower rules see the marker lower-cased


def marker(kind: str) -> str:
    """The text that replaces one secret of `kind`."""
    return f"{MARKER_PREFIX}{kind}]"


# A rule callback sees the match (found in the original or the lower-cased text) and the original.
Spare = Callable[[re.Match[str], str], bool]
KindOf = Callable[[re.Match[str], str], str]


@dataclass(frozen=True, slots=True)
class _Rule:
    """One kind of secret. The secret is group `s` (or `s2`) when the pattern has one, else all of it."""

    kind: str
    source: str  # the regex; for `on_lower` rules written for lower-case text
    # The rule runs only when one of these occurs in the text; none: always (a regex that
    # starts with a rare literal scans as fast as `in`, and several gates would cost more).
    gates: tuple[str, ...]
    on_lower: bool = False  # match against the lower-cased text (gates too)
    spare: Spare | None = None  # True: a look-alike, leave it alone
    kind_of: KindOf | None = None  # the marker's kind from the match (e.g. the key's name)
    flags: int = 0
    pattern: re.Pattern[str] = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "pattern", re.compile(self.source, self.flags))


def _span(m: re.Match[str]) -> tuple[int, int]:
    for name in ("s", "s2"):
        if name in m.re.groupindex and m.start(name) >= 0:
            return m.span(name)
    return m.span()


# -- which `key = value` matches are real secrets -----------------------------------------------
_PLACEHOLDER = re.compile(
    r"""(?ix)
    [*x.•\#_-]+                                   # ****, xxxx, ...
    | <[^>]*> | \{\{.*\}\} | \$\{?\w+\}? | %\(?\w+\)?s? | %\w+%   # <token>, {{ x }}, $X, ${X}, %X%
    | your[_-]\w* | \w+[_-]here
    | none|null|nil|true|false|undefined|str|string|int|bool|bytes|optional|any|secretstr
    """
)
_CODE_NAME = re.compile(r"[a-z_][a-z0-9_]*(?:\.[a-z_][a-z0-9_]*)+|[a-z][a-z0-9]*_[a-z0-9_]*")
_SHORT_WORD = re.compile(r"[A-Za-z]{1,7}")
_WORD = re.compile(r"[A-Za-z]+")
_PROSE_GOES_ON = re.compile(r"[ \t]+[A-Za-z]")
_KEY_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-.")
_TRAILING_PUNCT = ".,"  # `password=hunter2.` ends a sentence; the full stop is not the secret


def _key_name(m: re.Match[str], text: str) -> str:
    """The whole key a keyword sits in: `DB_PASSWORD`, `x-api-key`, `client_secret`."""
    start, end = m.span("k")
    while start > 0 and text[start - 1] in _KEY_CHARS:
        start -= 1
    return text[start:end].lstrip("-.")


def _spare_value(m: re.Match[str], text: str) -> bool:
    """A `key = value` whose value is code, a placeholder, a path or a word: not a secret."""
    start, end = _span(m)
    value = text[start:end]
    if _PLACEHOLDER.fullmatch(value):
        return True
    if m.start("q") >= 0:  # a quoted value was written on purpose: only placeholders are spared
        return False
    value = value.rstrip(_TRAILING_PUNCT) or value
    if value[0] in "/~.-$%{" or _CODE_NAME.fullmatch(value):
        return True  # a path, a flag, a reference ($X), token=self.token, api_key=api_key
    if value.lower() == _key_name(m, text).rsplit(".", 1)[-1].lower():
        return True  # self.token = token
    if value.isdigit() and len(value) < 6:
        return True  # `token: 5` is a count
    if m.group("sep").strip() != ":" or not _WORD.fullmatch(value):
        return False
    # `Password: required for login`, `secret: word`: prose (or YAML) more often than a secret.
    return bool(_SHORT_WORD.fullmatch(value) or _PROSE_GOES_ON.match(text, end))


def _spare_bare_auth(m: re.Match[str], text: str) -> bool:
    """`Authorization: required` is prose; without a scheme the value must look like a credential."""
    if m.start("scheme") >= 0:
        return False
    value = text[slice(*_span(m))]
    return len(value) < 8 or not any(c.isdigit() for c in value)


def _spare_numeric(m: re.Match[str], text: str) -> bool:
    return text[slice(*_span(m))].isdigit()


def _key_kind(key: str) -> str:
    key = key.lower()
    if "pass" in key or "pwd" in key:
        return "password"
    if "token" in key:
        return "token"
    if "key" in key:
        return "api-key" if "api" in key else "secret"
    if "auth" in key or "cookie" in key or "session" in key:
        return "authorization"
    return "secret"


def _kind_from_key(m: re.Match[str], text: str) -> str:
    return _key_kind(_key_name(m, text))


def _auth_kind(m: re.Match[str], text: str) -> str:
    scheme = (m.group("scheme") or "").lower()
    return {"bearer": "bearer-token", "basic": "basic-auth"}.get(scheme, "authorization")


# The value after `key = `: quoted (up to the closing quote) or bare (up to a delimiter). The bare
# form is possessive so `password=getpass()` cannot back off to `getpas` and dodge the `(` check.
_VALUE = (
    rf"""(?:(?P<q>["'`]){_NOT_MARKER}(?P<s>(?:(?!(?P=q))[^\\\n]|\\.){{1,4096}})(?P=q)"""
    rf"""|{_NOT_MARKER}(?P<s2>[^\s"'`,;&<>()\[\]{{}}]{{1,4096}}+)(?![(\[]))"""
)
# Keywords start with a literal; `key` counts only after api/access/private/app/secret.
_KEY_AFTER = ("api", "access", "private", "app", "secret")
_SECRET_KEYWORD = (
    r"(?P<k>pass(?:word|wd|phrase)|secret|token|key(?:"
    + "|".join(f"(?<={w}{sep}key)" for w in _KEY_AFTER for sep in ("", "_", "-"))
    + r"))(?![a-z0-9_])"
)

_RULES: tuple[_Rule, ...] = (
    _Rule(
        "private-key",
        r"-----BEGIN (?P<label>[A-Z0-9 ]*?)PRIVATE KEY(?: BLOCK)?-----"
        # the whole block or, cut short (clipped output), the base64 lines that follow the header
        r"(?:.*?-----END (?P=label)PRIVATE KEY(?: BLOCK)?-----|(?:(?:\s|\\n)*[A-Za-z0-9+/=]{16,})*)",
        ("PRIVATE KEY",),
        flags=re.DOTALL,
    ),
    # Literal first, then a look-behind over it: the engine can jump from literal to literal.
    _Rule(
        "jwt",
        r"eyJ(?<![\w-]eyJ)[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]*",
        ("eyJ",),
    ),
    _Rule("anthropic-key", r"sk-ant-(?<![\w-]sk-ant-)[A-Za-z0-9_-]{20,}", ()),
    _Rule(
        "openai-key",
        r"sk-(?<![\w-]sk-)(?:(?:proj|svcacct|admin|None)-[A-Za-z0-9_-]{20,}"
        r"|(?=[A-Za-z]*[0-9])[A-Za-z0-9]{20,}(?![\w-]))",
        ("sk-",),
    ),
    _Rule(
        "github-token",
        r"g(?<![\w-]g)(?:h[pousr]_[A-Za-z0-9]{30,}|ithub_pat_[A-Za-z0-9_]{40,})",
        (),
    ),
    _Rule(
        "aws-access-key-id",
        r"A(?<![A-Za-z0-9]A)(?:KIA|SIA)[A-Z0-9]{16}(?![A-Za-z0-9])",
        ("AKIA", "ASIA"),
    ),
    _Rule("google-api-key", r"AIza(?<![\w-]AIza)[A-Za-z0-9_-]{35}(?![\w-])", ()),
    _Rule("slack-token", r"xox(?<![\w-]xox)[abprs]-[A-Za-z0-9-]{10,}", ()),
    _Rule("stripe-key", r"[sr]k_(?<![\w-][sr]k_)(?:live|test)_[A-Za-z0-9]{16,}", ("k_live_", "k_test_")),
    # scheme://user:PASSWORD@host — keep the user and the host
    _Rule("url-password", rf"://[^\s:/@'\"\[\]]*:{_NOT_MARKER}(?P<s>[^\s/@'\"]+)@(?=[\w\[])", ("://",)),
    # curl -u user:PASSWORD (a numeric pair is `docker run -u 1000:1000`, a uid and a gid)
    _Rule(
        "password",
        rf"-(?:u|-user)(?<![\w-]-u)(?<![\w-]--user)[ \t]+[\"']?[^\s:\"'\[]+:{_NOT_MARKER}(?P<s>[^\s\"'@]+)",
        ("-u", "--user"),
        spare=_spare_numeric,
    ),
    _Rule(
        "authorization",
        r"authorization(?<![a-z0-9_]authorization)[\"']?[ \t]*[:=][ \t]*[\"']?"
        rf"(?:(?P<scheme>bearer|basic|token|bot|digest)[ \t]+)?{_NOT_MARKER}"
        r"(?P<s>[A-Za-z0-9._~+/=:-]+)",
        ("authorization",),
        on_lower=True,
        spare=_spare_bare_auth,
        kind_of=_auth_kind,
    ),
    _Rule(
        "bearer-token",
        r"bearer(?<![a-z0-9_]bearer)[ \t]+(?P<s>(?=[a-z._~+/-]*[0-9])[a-z0-9._~+/-]{16,}=*)",
        ("bearer",),
        on_lower=True,
    ),
    _Rule(
        "aws-secret-key",
        r"secret_?access_?key[\"']?[ \t]*[:=][ \t]*[\"']?(?P<s>[a-z0-9/+=]{40})(?![a-z0-9/+=])",
        ("access",),
        on_lower=True,
    ),
    _Rule(
        "secret",
        rf"{_SECRET_KEYWORD}[\"']?(?P<sep>[ \t]*(?:=>|:=|[:=])[ \t]*){_VALUE}",
        ("pass", "secret", "key", "token"),
        on_lower=True,
        spare=_spare_value,
        kind_of=_kind_from_key,
    ),
    _Rule(
        "secret",
        r"--(?<![\w-]--)(?:[a-z0-9]+-)*(?P<k>password|passwd|passphrase|secret|token"
        rf"|api-?key|access-key|secret-key|client-secret)(?P<sep>[ \t]+){_VALUE}",
        ("--",),
        on_lower=True,
        spare=_spare_value,
        kind_of=_kind_from_key,
    ),
)


class _Counter:
    __slots__ = ("n",)

    def __init__(self) -> None:
        self.n = 0


def _lower(text: str) -> str:
    """text.lower() with every character at the same index (İ alone lower-cases to two)."""
    return (text.replace("\u0130", "I") if "\u0130" in text else text).lower()


def _apply(rule: _Rule, text: str, lowered: str, counter: _Counter) -> str:
    """Replace the rule's secrets in `text` (matched in `lowered` for an `on_lower` rule)."""
    matches = rule.pattern.finditer(lowered if rule.on_lower else text)
    out: list[str] = []
    last = 0
    for m in matches:
        if rule.spare is not None and rule.spare(m, text):
            continue
        start, end = _span(m)
        if m.re.groupindex.get("s2") and m.start("s2") >= 0:
            while end - 1 > start and text[end - 1] in _TRAILING_PUNCT:
                end -= 1
        out.append(text[last:start])
        out.append(marker(rule.kind_of(m, text) if rule.kind_of else rule.kind))
        last = end
    if not out:
        return text
    counter.n += len(out) // 2
    out.append(text[last:])
    return "".join(out)


def redact_text(text: str) -> tuple[str, int]:
    """Replace every secret in `text` with a marker; return the new text and how many."""
    if len(text) < 7:  # `token=x` is the shortest thing a rule matches
        return text, 0
    counter = _Counter()
    lowered = ""  # computed when the first `on_lower` rule needs it, again after each change
    for rule in _RULES:
        if rule.on_lower:
            if not lowered:
                lowered = _lower(text)
            haystack = lowered
        else:
            haystack = text
        if not rule.gates or any(gate in haystack for gate in rule.gates):
            redacted = _apply(rule, text, lowered, counter)
            if redacted is not text:
                text, lowered = redacted, ""
    return text, counter.n


# -- structured values ----------------------------------------------------------------------------
_SENSITIVE_KEY = re.compile(
    r"(?i)(?:^|[_.-])(?:password|passwd|passphrase|pass|pwd|secret|secrets|token|api[_-]?key|apikey"
    r"|authorization|auth|credentials?|cookie|private[_-]?key|access[_-]?key|secret[_-]?key"
    r"|client[_-]?secret|session[_-]?id)$"
)


def is_sensitive_key(key: str) -> bool:
    """Whether a mapping key names a secret, so its value is redacted whatever it looks like."""
    return bool(_SENSITIVE_KEY.search(key))


def _redact_value(value: Any, counter: _Counter, kind: str | None) -> Any:
    """Redact strings anywhere in a JSON-like value; `kind` is set under a secret-named key."""
    if isinstance(value, str):
        if kind is None:
            redacted, n = redact_text(value)
            counter.n += n
            return redacted
        if not value or _MARKER.fullmatch(value):
            return value
        counter.n += 1
        return marker(kind)
    if isinstance(value, dict):
        out: dict[Any, Any] = {}
        for key, item in value.items():
            item_kind = kind
            if item_kind is None and isinstance(key, str) and is_sensitive_key(key):
                item_kind = _key_kind(key)
            out[key] = _redact_value(item, counter, item_kind)
        return out
    if isinstance(value, list | tuple):
        return [_redact_value(item, counter, kind) for item in value]
    if kind is not None and isinstance(value, int | float) and not isinstance(value, bool):
        counter.n += 1
        return marker(kind)
    return value


def redact_value(value: Any) -> tuple[Any, int]:
    """Redact a JSON-like value (tool arguments): strings anywhere, anything under a secret key."""
    counter = _Counter()
    return _redact_value(value, counter, None), counter.n


def redact_trajectory(t: TrajectoryIn) -> tuple[TrajectoryIn, int]:
    """Redact every free-text field of a trajectory; return it (the same object if clean) and the count."""
    total = 0

    def text(value: str) -> str:
        nonlocal total
        redacted, n = redact_text(value)
        total += n
        return redacted

    task = text(t.task)
    steps = []
    for step in t.steps:
        update: dict[str, Any] = {
            "thought": text(step.thought),
            "action": text(step.action),
            "observation": text(step.observation),
        }
        if step.tool_name is not None:
            update["tool_name"] = text(step.tool_name)
        if step.tool_args is not None:
            args, n = redact_value(step.tool_args)
            total += n
            update["tool_args"] = args
        steps.append(step.model_copy(update=update))
    outcome = t.outcome
    if outcome.feedback is not None:
        outcome = outcome.model_copy(update={"feedback": text(outcome.feedback)})
    if total == 0:
        return t, 0
    return t.model_copy(update={"task": task, "steps": steps, "outcome": outcome}), total
