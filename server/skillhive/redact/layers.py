"""Decoded layers: a secret inside JSON escaped in a string, URL-encoded (once or twice), base64, split
by line continuations or into string literals side by side, found by redacting the decoded (or
joined) text again and then redacting what was found in its encoded form (or every piece).

JSON escapes and URL-encoding are decoded only when the text holds `\\"` or `%XX`; a base64 run
(16 to 4,096 characters) only when it decodes to text without control characters, and it is
replaced whole, as `[REDACTED:encoded-secret]`, only when the decoded text holds a secret.
"""

from __future__ import annotations

import json
import re
import urllib.parse
from collections.abc import Callable

from skillhive.redact.encoded import _b64_text
from skillhive.redact.engine import _Counter, marker

Redact = Callable[[str, _Counter, int], str]
MAX_DEPTH = 2
_PERCENT = re.compile(r"%[0-9A-Fa-f]{2}")
_JSON_ESCAPE = re.compile(r"\\[\\\"/bfnrtu]")
_CONTINUATION = re.compile(r"(?<=[A-Za-z0-9+/=_.-])\\\n(?=[A-Za-z0-9+/=_.-])")
_B64_CANDIDATE = re.compile(r"(?<![A-Za-z0-9+/_-])[A-Za-z0-9+/_-]{16,4096}={0,2}(?![A-Za-z0-9+/=_-])")


def _json_unescape(text: str) -> str:
    def one(m: re.Match[str]) -> str:
        try:
            return str(json.loads(f'"{m.group()}"'))
        except ValueError:
            return m.group()

    return re.sub(r"\\u[0-9a-fA-F]{4}|\\[\\\"/bfnrt]", one, text)


def _encodings(value: str) -> list[str]:
    once = json.dumps(value)[1:-1]
    forms = {value, once, json.dumps(once)[1:-1], urllib.parse.quote(value, safe=""), urllib.parse.quote_plus(value)}
    forms.add(urllib.parse.quote(value, safe="/:"))
    return sorted((f for f in forms if len(f) >= 4), key=len, reverse=True)


def _replace_found(text: str, found: list[tuple[str, str]], counter: _Counter) -> str:
    if counter.found is not None:  # a layer inside a layer (`%253D`: encoded twice): tell the one outside
        counter.found.extend(found)
    for value, kind in found:
        for form in _encodings(value):
            if form in text and form not in marker(kind):
                counter.n += text.count(form)
                text = text.replace(form, marker(kind))
    return text


def rescan_layers(text: str, counter: _Counter, depth: int, redact: Redact) -> str:
    """`text` with the secrets of its decoded layers redacted too (see the module docstring)."""
    if depth >= MAX_DEPTH:
        return text
    for has, decode in ((_JSON_ESCAPE, _json_unescape), (_PERCENT, urllib.parse.unquote)):
        if has.search(text) is None:
            continue
        decoded = decode(text)
        if decoded == text:
            continue
        inner = _Counter(found=[])
        redact(decoded, inner, depth + 1)
        if inner.found:
            text = _replace_found(text, inner.found, counter)
    if "\\\n" in text:
        text = _rescan_continued(text, counter, depth, redact)
    return _rescan_base64(text, counter, depth, redact)


# string literals side by side: implicit concatenation (`"ab" "cd"`), `+`, or an array's items
_JOINED_RUN = re.compile(r"(?:(?P<q>[\"'])[A-Za-z0-9+/=_.-]{3,200}(?P=q)[ \t]*(?:[,+][ \t]*)?(?:\r?\n[ \t]*)?){2,16}+")
_PIECE = re.compile(r"[\"']([A-Za-z0-9+/=_.-]{3,200})[\"']")


def joined_literals(text: str, counter: _Counter, original: str, redact: Redact) -> str:
    """A token split into string literals (`"sk-…"` / `"…"` on the next line, `["ghs_…", "…", "…"]`): the
    literals of `original` joined, as the program joins them; when that holds a secret, each piece of
    it left in `text` is redacted too."""
    if original.count('"') + original.count("'") < 4:
        return text
    for m in _JOINED_RUN.finditer(original):
        pieces = _PIECE.findall(m.group())
        joined = "".join(pieces)
        if len(pieces) < 2 or len(joined) < 24 or max(map(len, pieces)) < 8 or joined.isalpha():
            continue
        if sum(any(c.isdigit() for c in p) and any(c.isalpha() for c in p) for p in pieces) < 2:
            continue  # a token's pieces are letters and digits mixed (not words, flags, versions)
        inner = _Counter(found=[])
        redact(joined, inner, MAX_DEPTH)
        for value, kind in inner.found or ():
            if len(value) < 20:
                continue
            for piece in pieces:
                if piece in value:
                    for q in "\"'":
                        if q + piece + q in text:
                            counter.n += 1
                            text = text.replace(q + piece + q, q + marker(kind) + q)
    return text


def _rescan_continued(text: str, counter: _Counter, depth: int, redact: Redact) -> str:
    """Lines a backslash continues (shell, Python, C, Makefiles) joined, as the tool reads them.

    A secret split by `\\` and a newline (`"ghp_abc\\` / `def…"`) is found in the joined text and
    redacted in the original, wherever its pieces sit.
    """
    joined = _CONTINUATION.sub("", text)
    if joined == text:
        return text
    inner = _Counter(found=[])
    redact(joined, inner, depth + 1)
    for value, kind in inner.found or ():
        if len(value) < 8:
            continue
        split = re.compile(r"(?:\\\n)?".join(re.escape(c) for c in value))
        text, n = split.subn(marker(kind), text)
        counter.n += n
    return text


def _rescan_base64(text: str, counter: _Counter, depth: int, redact: Redact) -> str:
    out: list[str] = []
    last = 0
    for m in _B64_CANDIDATE.finditer(text):
        run = m.group()
        if run.isalpha() or run.isdigit() or "[REDACTED:" in text[max(0, m.start() - 10) : m.start()]:
            continue
        decoded = _b64_text(run)
        if decoded is None or len(decoded) < 8 or not (":" in decoded or "=" in decoded or "-----" in decoded):
            continue  # a secret the rules can find in text sits after a `:` or `=` (or is a PEM block)
        inner = _Counter()
        redact(decoded, inner, depth + 1)
        if inner.n:
            out.append(text[last : m.start()])
            out.append(marker("encoded-secret"))
            last = m.end()
            counter.n += 1
    if not out:
        return text
    out.append(text[last:])
    return "".join(out)
