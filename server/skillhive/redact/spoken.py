"""Numbers dictated in words, read as the digits they say and held to the checks of the written form.

A call's transcript or a voicemail says a card's number or an SSN digit by digit ("five eight two five,
one zero one six, …", "six zero five dash four eight dash two six four seven"), in the languages of
pii._DIGIT_WORDS. The words become digits, the separators said ("dash", "hyphen", a comma, a pause)
become the groups, and the same form proves the value as when it is written: an SSN's 3-2-4 groups
with its area, group and serial rules; a card's 13 to 19 digits passing Luhn from a card network's
first digit, said in groups of four as a card is printed or beside a word for a card or an expiry;
a national id named in the 120 characters before, by its own check ("my PESEL is four four zero …").
A run that passes none (a phone number, a count) stays.
"""

from __future__ import annotations

import re

from skillhive.redact.engine import _Rule
from skillhive.redact.lexicon import alternation
from skillhive.redact.national_ids import _CHECK_OF, _LABEL
from skillhive.redact.pii import _CARD_NEAR, _DIGIT_WORDS, _EXPIRY, _luhn

_WORD = "(?:" + alternation(tuple(_DIGIT_WORDS)) + ")"
_SAID_DASH = "(?:dash|hyphen|guion|guión|tiret|bindestrich|trattino)"
_GAP = r"[ \t,.…;-]+(?:(?:uh|er|uhm|erm|then)(?:[ \t,.…;-])+)?"
_RUN = rf"\b(?P<s>{_WORD}(?:{_GAP}(?:{_SAID_DASH}{_GAP})?{_WORD}){{8,22}})\b"
_TOKENS = re.compile(rf"{_SAID_DASH}|[,;…]|\.\.\.|[^\W\d_]+")


def _groups(said: str) -> tuple[list[str], list[str]]:
    """The digit groups split at each dash said, and those split at each comma or pause."""
    by_dash: list[str] = [""]
    by_pause: list[str] = [""]
    for token in _TOKENS.findall(said):
        if re.fullmatch(_SAID_DASH, token):
            by_dash.append("")
            by_pause.append("")
        elif token in (",", ";", "…", "..."):
            by_pause.append("")
        elif token in _DIGIT_WORDS:
            by_dash[-1] += _DIGIT_WORDS[token]
            by_pause[-1] += _DIGIT_WORDS[token]
    return [g for g in by_dash if g], [g for g in by_pause if g]


def _ssn(groups: list[str]) -> bool:
    if [len(g) for g in groups] != [3, 2, 4]:
        return False
    area, group, serial = groups
    return area not in ("000", "666") and area[0] != "9" and group != "00" and serial != "0000"


_ID_NAMED = re.compile(rf"(?<![a-z0-9])(?P<label>{_LABEL})(?![a-z])")


def _named_id(digits: str, m: re.Match[str], text: str) -> bool:
    """Whether the id named last in the 120 characters before the run (lower-cased text) checks the digits."""
    label = None
    for named in _ID_NAMED.finditer(m.string, max(0, m.start() - 120), m.start()):
        said = text[slice(*named.span("label"))]
        # a short name counts in capitals only (`sin`, `nas`, `dni` are words of other languages)
        label = named.group("label") if not (said.isascii() and len(said) <= 4 and not said.isupper()) else None
    check = _CHECK_OF.get(label.replace(" ", "").replace("_", "").replace("-", "")) if label else None
    return check is not None and check(digits)


def _kind(m: re.Match[str], text: str) -> str | None:
    by_dash, by_pause = _groups(m.group("s"))
    digits = "".join(by_dash)
    if _ssn(by_dash) or _named_id(digits, m, text):
        return "national-id"
    if not (13 <= len(digits) <= 19 and digits[0] in "23456" and _luhn(digits)) or len(set(digits)) < 4:
        return None
    if len(by_pause) >= 3 and all(len(g) == 4 for g in by_pause[:-1]):
        return "card-number"  # said in groups of four, as a card is printed
    near = max(0, m.start() - 120), min(len(text), m.end() + 80)
    if _CARD_NEAR.search(text, *near) or _EXPIRY.search(text, *near):
        return "card-number"
    return None


SPOKEN_RULES: tuple[_Rule, ...] = (
    _Rule(
        "card-number",
        _RUN,
        (),
        on_lower=True,
        spare=lambda m, text: _kind(m, text) is None,
        kind_of=lambda m, text: _kind(m, text) or "card-number",
    ),
)
