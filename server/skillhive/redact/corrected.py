"""A value of the same shape as a secret found a few lines away: the secret corrected, retyped or given in
its other half ("PESEL 84071506861 … sorry, the last two digits: 84071506816", "card number first half
5158 7101 … second half 5212 2530", "the keypad code is 43898 … WAIT no, it's 43889 now").

A person who gives a code, a PIN, an id or a card's number and then corrects it writes the new value in the
old one's shape; the words around a correction are many and in any language, the shape is one. So once a
text holds a secret, a run of digits (letters allowed where the secret had them) with exactly the secret's
shape, within three lines of it, goes too, unless what stands before it names it as another thing's (an
order's, a phone's, a room's), it is a year, or a unit follows it (an amount, a length). A text with no
secret found is never read here: look-alikes alone stay as they are.
"""

# ruff: noqa: RUF001  (words of other scripts look like Latin letters to ruff)
from __future__ import annotations

import re

from skillhive.redact.engine import _Counter, _lines_before, marker, spared

# what a found value may be to have twins: a code, a PIN, an id, a card's or an account's number
_KINDS = frozenset(
    (
        *("access-code", "one-time-code", "pin", "national-id", "personal-id", "card-number", "card-security-code"),
        *("bank-account", "password", "secret"),
    )
)
_MIN_DIGITS = 4  # a shorter run is as likely a room, a price or a count as a code
_LINES = 3  # how far from the secret's marker a twin may be, in lines
_REACH = 600  # … and in characters after it
_LETTERS = re.compile(r"[^\W\d_]")
# a value that is digits, separators and at most two letters: the shapes a correction repeats
_CODE_LIKE = re.compile(r"[0-9A-Za-z]+(?:[ .\-/][0-9A-Za-z]+)*[#]?")
_ANOTHER_THING = re.compile(
    r"(?i:order|ticket|invoice|booking|tracking|ref|case|phone|tel|mobile|fax|room|flight|seat|amount|total|price"
    r"|#|№|no\.|nr\.?|pedido|commande|bestell|rechnung|factura|zamówieni|заказ|телефон|номер заказа|订单|注文)"
    r"[ \t:.#]*$"
)
_UNIT_AFTER = re.compile(r"[ \t]?(?:%|€|\$|£|¥|₽|₹|kr\b|zł|lei|km|kg|mb|gb|ms|px|min\b|h\b|€|руб|円|元|원)", re.I)
_YEAR = re.compile(r"(?:19|20)[0-9]{2}")


def _shape(value: str) -> str | None:
    """The value's shape (each digit `9`, each letter `a`), if the value is a code's or a number's, else None."""
    if not _CODE_LIKE.fullmatch(value) or sum(c.isdigit() for c in value) < _MIN_DIGITS:
        return None
    if len(_LETTERS.findall(value)) > 2:
        return None  # a password's or a key's: a correction of one is not a matter of its shape
    return re.sub(r"[^\W\d_]", "a", re.sub(r"[0-9]", "9", value))


def _shape_pattern(shape: str) -> re.Pattern[str]:
    body = "".join("[0-9]" if c == "9" else "[A-Za-z]" if c == "a" else re.escape(c) for c in shape)
    return re.compile(rf"(?<![\w.\-/#]){body}(?![\w]|[.\-/][0-9A-Za-z])")


def redact_twins(text: str, counter: _Counter) -> str:
    """Each value with the shape of a secret found in `text`, within three lines of that secret's marker."""
    shapes: dict[str, str] = {}
    for value, kind in dict.fromkeys(counter.found or ()):  # (a value found many times is looked at once)
        shape = _shape(value.strip())
        if kind in _KINDS and shape is not None:
            shapes.setdefault(shape, kind)
    for shape, kind in shapes.items():
        mark = marker(kind)
        if mark not in text:
            continue
        out: list[str] = []
        last = 0
        for m in _shape_pattern(shape).finditer(text):
            start, end = m.span()
            after = end
            for _ in range(_LINES):  # the end of the third line after (a bounded look: linear on one long line)
                after = text.find("\n", after + 1, end + _REACH)
                if after < 0:
                    after = min(len(text), end + _REACH)
                    break
            if text.find(mark, _lines_before(text, start, _LINES), after) < 0:
                continue  # no marker of the kind within three lines either way
            if _ANOTHER_THING.search(text, max(0, start - 16), start) or _UNIT_AFTER.match(text, end):
                continue
            if _YEAR.fullmatch(m.group()) or spared(text, start, end, kind):
                continue
            out.append(text[last:start])
            out.append(mark)
            if counter.found is not None:
                counter.found.append((m.group(), kind))
            counter.n += 1
            last = end
        if out:
            out.append(text[last:])
            text = "".join(out)
    return text
