"""An id named in the lines above its value: a card's title over its number in an OCR, a form's or a
note's heading, the turn that asked for it two turns before ("Elster fragt nach der Steuer-ID" … the
assistant's reply … "Nutzer: 95 738 126 803").

A number that opens what its line says (after a speaker's name, a timestamp, a few words without a digit,
or a field's own label such as `No.:`) is an id when a line above it, up to four lines and 400 characters
back, or its own line before it, names an id whose check the number passes (national_ids.py's names and
checks, the nearest name first). The check is what makes the distance safe: a number that merely follows
an id's name fails it nine times in ten or more, so the ids whose "check" is only a range (a US SSN, an
EIN, an ITIN) are not read this far. A number the line names as another thing's (an order's, a phone's)
is left, and so is a name said of a company.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from skillhive.redact.engine import _MARKER, _Counter, _lower
from skillhive.redact.id_checks import _ein, _itin, _ssn
from skillhive.redact.lexicon import alternation
from skillhive.redact.national_ids import _CHECKS, _COMPANY, _LETTER_CHECKS, _SEPARATORS, short_name_read_as_word
from skillhive.redact.pii import ocr_digits

_LINES_UP = 4  # how many lines above the value a name may be
_REACH = 400  # … and how many characters back at most
_LEAD_MAX = 100  # what may stand before the value on its line

# names whose check is only a range (no check digit): read right beside their value only
_WEAK = frozenset((_ssn, _ein, _itin))
_STRONG: dict[str, Callable[[str], bool]] = {
    name.replace(" ", "").replace("-", ""): check
    for name, check in (*_CHECKS.items(), *_LETTER_CHECKS.items())
    if check not in _WEAK and name != "tin"
}
_NAMES = tuple(n for n, c in (*_CHECKS.items(), *_LETTER_CHECKS.items()) if c not in _WEAK and n != "tin")
_UNSPACED = re.compile(r"[\u0e00-\u0e7f\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
_NAME = re.compile(
    rf"(?<![^\W\d_])(?P<n>{alternation(tuple(n for n in _NAMES if not _UNSPACED.search(n)), space='[ _-]?')})"
    # an inflected name (`fødselsnummeret`, `isikukoodi`, `TAJ-kártyáját`): a few letters more
    r"(?P<more>[^\W\d_]{0,5})(?![^\W\d_])"
    # a name in a script written without spaces stands among other words (`你嘅身份證號碼`)
    rf"|(?P<u>{alternation(tuple(n for n in _NAMES if _UNSPACED.search(n)))})"
)
# the value: digits (grouped any way, a check letter at the end allowed), or a letter or two then digits
# (Singapore's NRIC, Taiwan's and Hong Kong's ids: `S6690499G`, `M615311(4)`)
_VALUE = re.compile(
    r"(?<![0-9A-Za-z])(?:[0-9](?:[0-9]|[ .\-/](?=[0-9])){6,24}(?:[A-Za-z](?![0-9A-Za-z]))?"
    r"|[A-Za-z]{1,2}[0-9]{6,9}(?:\([0-9A]\)|[0-9A-Za-z])?)(?![0-9A-Za-z])"
)
# before the value on its line: a timestamp, a speaker's name in brackets, then no other digit
_STAMP = re.compile(
    r"\[[^\]\n]{0,32}\]|\([^)\n]{0,32}\)"
    r"|(?<![0-9])(?:[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?|[0-9]{1,4}[./-][0-9]{1,2}[./-][0-9]{1,4}),?(?![0-9])"
)
# the line names the number as another thing's: an order's, a phone's, a ticket's, an amount
_ANOTHER_THING = re.compile(
    r"(?i:order|ticket|invoice|booking|tracking|reference|\bref\b|\bcase\b|phone|\btel\b|mobile|fax|whatsapp"
    r"|amount|total|price|pedido|commande|bestell|rechnung|factura|fattura|telefon|téléphone|teléfono|телефон"
    r"|заказ|電話|电话|전화|هاتف|טלפון|फ़ोन|फोन|điện thoại|เบอร์|iban|account|konto|cuenta|compte|conta)"
)


def _names_above(text: str, lowered: str, start: int) -> list[Callable[[str], bool]]:
    """The checks of the ids named above `start` (its own line first, then up to four lines up), nearest first."""
    window = max(0, start - _REACH)
    line_start = lowered.rfind("\n", window, start) + 1
    top = line_start
    for _ in range(_LINES_UP):
        if top <= window:
            break
        top = lowered.rfind("\n", window, top - 1) + 1
    top = max(top, window)
    checks: list[Callable[[str], bool]] = []
    for m in reversed(list(_NAME.finditer(lowered, top, start))):
        if m.group("u"):
            name = m.group("u")
        else:
            name = m.group("n")
            if short_name_read_as_word(text[m.start("n") : m.end("n")], m.group("more")[:1]):
                continue
        line_end = lowered.find("\n", m.end())
        if _COMPANY.search(lowered, m.start(), line_end if 0 <= line_end < start else start):
            continue  # "CNPJ da empresa", "(ACME S.r.l.)": a company's number is named
        check = _STRONG.get(name.replace(" ", "").replace("-", "").replace("_", ""))
        if check is not None and check not in checks:
            checks.append(check)
    return checks


def _passes(value: str, checks: list[Callable[[str], bool]]) -> int:
    """The length of the longest prefix of `value` (cut at a space) that passes one of `checks`, else 0."""
    cuts = [i for i, c in enumerate(value) if c == " "] + [len(value)]
    for check in checks:
        for cut in reversed(cuts):
            bare = _SEPARATORS.sub("", value[:cut]).replace("(", "").replace(")", "")
            if check(bare) or check(bare.upper()) or (any(c.isalpha() for c in bare) and check(ocr_digits(bare))):
                return cut
    return 0


def redact_named_above(text: str, counter: _Counter) -> str:
    """Each number that opens its line and passes the check of an id named above it, as a national id."""
    if "\n" not in text:
        return text
    from skillhive.redact.told import mark  # told.py imports the engine as this module does; marking is shared

    lowered = _lower(text)
    spans: list[tuple[int, int, str]] = []
    at = 0
    for line in text.split("\n"):
        line_start, at = at, at + len(line) + 1
        if not any(c.isdigit() for c in line):
            continue
        # timestamps and bracketed names blanked out, the first number of the line is the candidate
        first = _VALUE.search(_STAMP.sub(lambda m: " " * len(m.group()), line))
        value = _VALUE.match(line, first.start()) if first is not None else None
        if value is None or value.start() > _LEAD_MAX:
            continue
        lead = line[: value.start()]
        if _ANOTHER_THING.search(lead) or _MARKER.search(lead):
            continue
        start = line_start + value.start()
        checks = _names_above(text, lowered, start)
        if not checks:
            continue
        length = _passes(value.group(), checks)
        if length:
            spans.append((start, start + length, "national-id"))
    return mark(text, spans, counter)
