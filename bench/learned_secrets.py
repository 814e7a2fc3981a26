"""A learned second opinion for redaction, evaluated in bench/redaction_learned.py (nothing in
server/ uses it): is this value, in this context, a secret?

The rules find a secret by its wording; what people say in a language the rules were not written
for ("الرقم السري 4821", "kod do domofonu 2913") passes them. This model scores every candidate
value (a token with a digit, or a long mixed-case or symbol-bearing one; digit groups joined by
spaces) by features of the value (length, shape, digits, entropy, a Luhn check, its first
characters) and of its context: the words and characters just before it, the words just after, and
the concepts of secret_concepts.py met nearby (`password`, `door`, `identity`, `order`, `booking`…), which
carry what was learned in one language to the others the lexicon lists.

A logistic regression over hashed features (crc32, 2^20 buckets), trained on the labelled redaction
corpora by bench/redaction_learned.py, which also chooses its threshold. A value above it is replaced
where it stands as a candidate in the rules' output, as `[REDACTED:likely-secret]` (`mask_likely`).
"""

from __future__ import annotations

import bisect
import re
import zlib
from dataclasses import dataclass

from secret_concepts import LONGEST, Hit, concept_hits
from skillhive.redact.judge import entropy
from skillhive.redact.pii import _luhn

MARKED = "[REDACTED:likely-secret]"

DIM = 1 << 20

_TOKEN = re.compile(r"[^\s\"'`<>()\[\]{},;|]+")
_GROUPS = re.compile(r"(?<!\w)\d{1,6}(?:[ \-.]\d{1,6}){1,7}(?!\w)")
_WORD = re.compile(r"\w+")
_TRIM = ".:!?*"
MARKER = "[REDACTED:"

Span = tuple[int, int]


def candidates(text: str) -> list[Span]:
    """Where a secret value could stand in `text`: tokens (the value of `key=value` / `key:value`),
    trimmed of punctuation, with a digit, or of 8+ characters mixing cases or holding a symbol; and
    runs of digit groups (`4111 1111 1111 1111`, `53 44 572285`) with 6+ digits."""
    spans: list[Span] = []
    for m in _TOKEN.finditer(text):
        s, e = m.span()
        token = m.group()
        k = token.find("=")
        if 0 < k < len(token) - 1:
            s += k + 1
        else:
            k = token.find(":")
            if 0 < k < len(token) - 1 and not token.startswith(("http", "ftp")):
                s += k + 1
        while e > s and text[e - 1] in _TRIM:
            e -= 1
        while s < e and text[s] in _TRIM:
            s += 1
        if e - s >= 4:
            spans.append((s, e))
    for m in _GROUPS.finditer(text):
        if sum(c.isdigit() for c in m.group()) >= 6:
            spans.append(m.span())
    armored = _armored(text)
    starts = [a for a, _ in armored]
    return [
        (s, e)
        for s, e in dict.fromkeys(spans)
        if _worth_scoring(text[s:e])
        and not _in_marker(text, s)
        and text[s - 1 : s] != "]"  # glued to a marker: part of what the rules judged there
        and not (armored and _inside(armored, starts, s))
    ]


# Formats the rules read whole: a PEM block (a private key's is the rules' to redact; a
# certificate's or public key's is public), an OpenSSH public key line, a passport's or id card's
# machine-readable zone (national_ids.py checks its numbers by their check digits).
_PEM_EDGE = re.compile(r"-----(BEGIN|END) [A-Z0-9 ]+-----")
_MRZ_LINE = re.compile(r"^[A-Z0-9<]{28,44}$", re.MULTILINE)
_SSH_PUBLIC = re.compile(
    r"(?:ssh-(?:rsa|dss|ed25519)|ecdsa-sha2-nistp\d+|sk-ssh-ed25519@openssh\.com) AAAA[A-Za-z0-9+/=]+"
)


def _armored(text: str) -> list[Span]:
    """The PEM blocks (an unended one runs to the end) and OpenSSH public keys of `text`, in order."""
    spans: list[Span] = []
    if "-----BEGIN " in text:
        opened = -1
        for m in _PEM_EDGE.finditer(text):
            if m.group(1) == "BEGIN" and opened < 0:
                opened = m.start()
            elif m.group(1) == "END" and opened >= 0:
                spans.append((opened, m.end()))
                opened = -1
        if opened >= 0:
            spans.append((opened, len(text)))
    if "AAAA" in text:
        spans += [m.span() for m in _SSH_PUBLIC.finditer(text)]
    if "<<" in text:
        spans += [m.span() for m in _MRZ_LINE.finditer(text)]
    return sorted(spans)


def _inside(spans: list[Span], starts: list[int], at: int) -> bool:
    i = bisect.bisect_right(starts, at) - 1
    return i >= 0 and at < spans[i][1]


# Shapes no secret takes: an amount of money or a percentage, a date, a time of day.
_ORDINARY = re.compile(
    r"[-+]?[$€£¥₹₽₩][0-9][0-9.,']*|[-+]?[0-9][0-9.,']*(?:[$€£¥₹₽₩%]|k?[mg]?b)"
    r"|[0-9]{1,4}[-/.][0-9]{1,2}[-/.][0-9]{1,4}(?:T[0-9:.]+Z?)?|[0-9]{1,2}:[0-9]{2}(?::[0-9]{2}(?:\.[0-9]+)?)?(?:am|pm)?",
    re.IGNORECASE,
)


def _worth_scoring(value: str) -> bool:
    if value.startswith(("REDACTED", "http")) or _ORDINARY.fullmatch(value):
        return False
    if any(c.isdigit() for c in value):
        return True
    if len(value) < 8:
        return False
    mixed = any(c.isupper() for c in value) and any(c.islower() for c in value) and not value.istitle()
    return mixed or not value.isalnum()


def _in_marker(text: str, at: int) -> bool:
    opened = text.rfind(MARKER, max(0, at - 40), at)
    return opened != -1 and "]" not in text[opened:at]


def _shape(value: str) -> str:
    out: list[str] = []
    for c in value:
        kind = "9" if c.isdigit() else "A" if c.isupper() else "a" if c.islower() else c
        if not out or out[-1] != kind:
            out.append(kind)
    return "".join(out)[:12]


def features(text: str, s: int, e: int, hits: list[Hit]) -> list[str]:
    """The named features of the candidate `text[s:e]` (`hits`: concept_hits of the whole text)."""
    value = text[s:e]
    shape = _shape(value)
    n = len(value)
    digits = "".join(c for c in value if c.isdigit())
    f = ["bias", f"len:{n // 2 if n < 12 else 6 + min(n, 64) // 8}", f"shape:{shape}", f"nd:{min(len(digits), 24)}"]
    bare = value.replace(" ", "").replace("-", "").replace(".", "")
    if 12 <= len(digits) <= 19 and len(digits) == len(bare) and _luhn(digits):
        f.append("luhn")
    classes = (any(c.isdigit() for c in value), any(c.isupper() for c in value), any(c.islower() for c in value))
    f += [
        f"ent:{int(entropy(value) * 2)}",
        f"pre:{value[:3].lower()}",
        "cls:" + "".join(str(int(x)) for x in (*classes, not value.isalnum())),
    ]
    nearest = ""
    first = bisect.bisect_left(hits, (s - 60 - LONGEST,))
    for a, b, concept in hits[first : bisect.bisect_right(hits, (e + 30, len(text) + 1, "\uffff"))]:
        if a < s and s - 60 <= b <= s:
            f.append(f"CL:{concept}")
            if b >= s - 25:
                f.append(f"CN:{concept}")
            nearest = concept
        elif e <= a <= e + 30:
            f.append(f"CR:{concept}")
    if nearest:
        f += [f"C1:{nearest}", f"C1s:{nearest}:{shape[:4]}"]
    left = text[max(0, s - 80) : s]
    words = [w.lower() for w in _WORD.findall(left)]
    f += [f"L{min(i, 2)}:{w}" for i, w in enumerate(reversed(words[-6:]))]
    f += [f"Lw:{w}" for w in words[-12:]]
    near = left[-24:].lower()
    f += [f"Lc:{near[i : i + 3]}" for i in range(len(near) - 2)]
    f.append(f"Lp:{left[-2:]}")
    right = text[e : e + 40]
    f += [f"R{min(i, 1)}:{w.lower()}" for i, w in enumerate(_WORD.findall(right)[:3])]
    f.append(f"Rp:{right[:2]}")
    return f


def hashed(names: list[str]) -> list[int]:
    """Each feature's bucket."""
    return [zlib.crc32(name.encode()) & (DIM - 1) for name in names]


@dataclass(frozen=True)
class Model:
    """The trained weights (bucket -> weight, zeros left out) and the threshold a secret scores above."""

    weights: dict[int, float]
    threshold: float

    def score(self, text: str, span: Span, hits: list[Hit]) -> float:
        get = self.weights.get
        return sum(get(h, 0.0) for h in hashed(features(text, *span, hits)))

    def likely_secrets(self, text: str) -> list[str]:
        """The candidate values in `text` the model takes for secrets."""
        spans = candidates(text)
        if not spans:
            return []
        hits = concept_hits(text)
        return [text[s:e] for s, e in spans if self.score(text, (s, e), hits) > self.threshold]


def mask_likely(model: Model, redacted: str, original: str) -> str:
    """`redacted` (the rules' output for `original`) with the values `model` takes for secrets in
    `original` replaced too, wherever they still stand as a candidate (one pass: linear)."""
    values = set(model.likely_secrets(original))
    if not values:
        return redacted
    pieces: list[str] = []
    at = 0
    for s, e in sorted(candidates(redacted)):
        if s >= at and redacted[s:e] in values:
            pieces += [redacted[at:s], MARKED]
            at = e
    return "".join(pieces) + redacted[at:] if pieces else redacted
