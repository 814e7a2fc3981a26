"""How the filter reads a text: normalised, as words, decoded, and without what it quotes as examples;
and the invisible characters that hide text."""

from __future__ import annotations

import base64
import codecs
import re
import unicodedata
import urllib.parse
from collections.abc import Iterator

HIDDEN_UNICODE = re.compile(
    "[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\u061c\u180e\U000e0000-\U000e007f]"
)
# Dropped before matching: format characters (soft hyphen, joiners, bidi marks, tags), combining
# marks (accents, the grapheme joiner, variation selectors) and the blank fillers of Hangul and Khmer.
_FILLERS = frozenset("\u115f\u1160\u3164\uffa0\u17b4\u17b5\u2800")
_DROPPED = frozenset({"Cf", "Mn", "Me"})
_HYPHENATED = re.compile(r"(?<=[^\W\d_])-[ \t]*\r?\n[ \t]*(?=[^\W\d_])")
# Cyrillic and Greek letters that look like Latin ones (case folded), read as the Latin letter.
_CONFUSABLES = str.maketrans("аеорсухіјѕһԁӏкмтнвԛԝαεικνορτυχ", "aeopcyxijshdlkmthbqwaeiknoptux")
_SPACED_RUN = re.compile(r"(?:[^\W_] ){4,}[^\W_] {2}")
_MENTIONS = re.compile(
    r"\b(?:prompt\s+injections?|injections?|e\.g\.|for\s+example|such\s+as|text\s+like|could\s+contain|attack(?:ers?|s)?"
    r"|payloads?|classif\w*|assert|detect\w*|guard|saniti[sz]\w*|threat[\s-]+model|test_\w+|quoted|quotes|quoting"
    r"|we\s+quote|examples?\s+of|as\s+an\s+example)\b"
)
_QUOTED = re.compile(
    r'"[^"\n]{1,300}"|“[^”\n]{1,300}”|«[^»\n]{1,300}»|(?<!\w)\'[^\'\n]{1,300}\'(?!\w)|\u2018[^\u2019\n]{1,300}\u2019'
)
_BASE64 = re.compile(r"(?<![\w+/=])(?:[A-Za-z0-9+/]{4}){5,}(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?(?![\w+/=])")
_ROT13 = re.compile(r"\brot[\s-]?13\b")
_LEET = str.maketrans("013457", "oieast")
_LEETWORD = re.compile(r"(?=\w*[^\W\d_])(?=\w*[013457])\w+$")
_SPACED_LETTERS = re.compile(r"\b(?:[^\W\d_] ){2,}[^\W\d_]\b")
# a quotation introduced as an instance of something described ("attackers hide a request such as `…`"),
# unless the clause it ends is an order ("run a command such as `…`")
_INTRODUCED = re.compile(
    r"(?:such\s+as|e\.g\.,?|for\s+example,?|for\s+instance,?|contain|containing|contains|contained|hid|hide|hides|hiding"
    r"|embedded|text\s+like|strings?\s+like"
    # ... or reported: a quotation after a verb of saying ("a comment saying '…'", "the persona that begins '…'")
    r"|saying|that\s+(?:said|says|read|reads|began|begins|starts|started)|which\s+(?:said|says|read|reads)"
    r"|(?:begins|began|starting|starts|started)\s+with)\s*"
    # ... or the quotation named first: "contained the sentence `…`", "hid a comment reading `…`"
    r"(?:(?:the|a|an|this|these|such)\s+)?(?:(?:[\w-]+\s+){0,2}?(?:sentence|line|phrase|string|text|comment|message|note"
    r"|instruction|payload|request|word)s?\s*(?:saying|reading|that\s+(?:said|read|says|reads)|like|such\s+as)?,?\s*)?"
    r"(?:`[^`\n]{1,300}`|\"[^\"\n]{1,300}\"|“[^”\n]{1,300}”|«[^»\n]{1,300}»|'[^'\n]{1,300}'|\u2018[^\u2019\n]{1,300}\u2019)"
)
_CLAUSE_START = re.compile(r"(?:^|[.:;!?\n(\u2014\u2013]|\s-\s)\s*([^\W\d_]+)[^.:;!?\n(\u2014\u2013]*$")
_ORDERING = frozenset(
    {
        *("run", "execute", "exec", "type", "paste", "use", "try", "call", "enter", "invoke", "do", "add"),
        *("include", "append", "send", "post", "copy", "put", "insert", "write", "please", "you", "agents"),
        *("agent", "assistant", "assistants", "always", "must"),
    }
)
# percent-encoded text (three escapes or more), a string split and joined with '+', text to read backwards
_PERCENT = re.compile(r"[^\s%=?&/]*(?:%[0-9a-f]{2}[^%\s]{0,40}){3,}", re.IGNORECASE)
_JOINED = re.compile(r"(['\"])\s*\+\s*\1")
# text that says its lines are to be read as one ("join the next lines", "without a line break")
_LINES_JOINED = re.compile(
    r"\b(?:join|concatenate|combine|glue|stitch|merge|unwrap)\w*\s+(?:\w+\s+){0,3}?lines\b"
    r"|\bwithout\s+(?:a\s+|the\s+|any\s+)?(?:newlines?|line\s?breaks?)\b"
)
_BACKWARDS = re.compile(
    r"\b(?:backwards?|reversed|in\s+reverse|reverse\s+(?:it|this|that|the\s+\w+)|right\s+to\s+left)\b"
)


def normalise(text: str, *, latin: bool = True) -> str:
    """The text as the patterns read it (see the module docstring); `latin` reads look-alikes as Latin."""
    flat = _folded(text)
    return _spaced(flat.translate(_CONFUSABLES) if latin else flat)


def _folded(text: str) -> str:
    if text.isascii():  # nothing to compose, fold or drop but case
        return _HYPHENATED.sub("", text).lower()
    flat = _HYPHENATED.sub("", unicodedata.normalize("NFKC", text)).casefold()
    kept = (c for c in unicodedata.normalize("NFKD", flat) if c not in _FILLERS)
    return unicodedata.normalize("NFC", "".join(c for c in kept if unicodedata.category(c) not in _DROPPED))


def _spaced(flat: str) -> str:
    if "  " in flat and _SPACED_RUN.search(flat):
        flat = "\n".join(_unspaced(line) for line in flat.split("\n"))
    return re.sub(r"[ \t]+", " ", flat.replace("*", ""))


def normalised_views(text: str) -> tuple[str, str | None]:
    """The text normalised with look-alikes read as Latin, and as they are when that differs."""
    folded = _folded(text)
    latin = folded.translate(_CONFUSABLES)
    return _spaced(latin), (None if latin == folded else _spaced(folded))


def _unspaced(line: str) -> str:
    """A line written l e t t e r  b y  l e t t e r (two spaces between words) as its words."""
    tokens = [t for t in line.split(" ") if t]
    if len(tokens) < 8 or sum(len(t) == 1 for t in tokens) < 0.7 * len(tokens):
        return line
    return " ".join(word.replace(" ", "") for word in re.split(r" {2,}", line.strip()))


def unquoted(flat: str) -> str:
    """The text without what it quotes when it says it is quoting (an example of an injection, a
    test's input): text mentioned, not said. Orders in it are still read by every other family."""
    return _QUOTED.sub(" ", flat) if _MENTIONS.search(flat) else flat


def mentioned(flat: str) -> str:
    """The text without quotations it introduces as instances of something it describes ("attackers
    hide a request such as `…`"); a quotation its clause orders run ("run a command such as `…`") stays.
    A request reported as an attack ("a message asking the assistant to … is a known attack") is left out too."""
    if _ATTACK_NOUN.search(flat):
        flat = _REPORTED_ATTACK.sub(" ", flat)
    cues = ("such as", "e.g.", "example", "instance", "contain", "like", "hid", "embedded", "say", "said", "read")
    if not any(m in flat for m in (*cues, "beg", "start")):
        return flat
    return _INTRODUCED.sub(lambda m: m.group() if _ordered(flat, m.start()) else " ", flat)


# a request reported as an attack: its subject a message that asks, its predicate that it is an attack
_ATTACK_NOUN = re.compile(r"\b(?:attack|scam|phishing|injection|fraud|social\s+engineering|red\s+flag)")
_REPORTED_ATTACK = re.compile(
    r"\b(?:an?|any)\s+(?:[\w-]+\s+){0,2}?(?:message|e-?mail|text|sms|request|prompt|comment|note|instruction|call|pdf"
    r"|document|page|ticket|invoice)s?\s+(?:that\s+|which\s+)?(?:asks?|asking|tells?|telling|instructs?|instructing"
    r"|urges?|urging|requests?|requesting|orders?|ordering|demands?|demanding)\b[^.!?\n]{0,240}?\b(?:is|are|was|were)"
    r"\s+(?:an?\s+|the\s+)?(?:(?:known|common|typical|classic|textbook|well-known|standard|obvious)\s+)?(?:prompt[\s-]"
    r")?(?:attack|scam|phishing|injection|fraud|social\s+engineering|red\s+flag)"
)


def _ordered(flat: str, end: int) -> bool:
    clause = _CLAUSE_START.search(flat, max(0, end - 200), end)
    return clause is None or clause.group(1) in _ORDERING


def decoded(text: str, flat: str) -> Iterator[tuple[str, str]]:
    """(how, text) of what the text hides in an encoding: base64 runs that decode to words, the whole
    text in ROT13 (or backwards) when it speaks of ROT13 (of reading it backwards), percent-encoded
    runs decoded, the lines that split strings with '+' joined, and the lines joined when it says so."""
    for m in _BASE64.finditer(text):
        try:
            plain = base64.b64decode(m.group(), validate=True).decode("utf-8")
        except (ValueError, UnicodeDecodeError):
            continue
        if " " in plain and sum(c.isprintable() for c in plain) >= 0.95 * len(plain):
            yield "base64", plain
    if _ROT13.search(flat):
        yield "rot13", codecs.decode(text, "rot13")
    if ("back" in flat or "revers" in flat or "right to left" in flat) and _BACKWARDS.search(flat):
        yield "reversed", text[::-1]
    if "%" in text and (runs := [m.group() for m in _PERCENT.finditer(text)]):
        yield "percent-encoding", "\n".join(urllib.parse.unquote_plus(run) for run in runs)
    if "+" in text and (joined := [line for line in text.split("\n") if _JOINED.search(line)]):
        yield "joined strings", "\n".join(_JOINED.sub("", line) for line in joined)
    if "line" in flat and _LINES_JOINED.search(flat):
        yield "joined lines", re.sub(r"[ \t]*\r?\n[ \t]*", "", text)


def as_words(flat: str) -> str:
    """Words alone: punctuation and line breaks as spaces, s p a c e d letters closed up, digits in
    words read as the letters they stand for (1gn0re)."""
    words = " ".join(w.translate(_LEET) if _LEETWORD.match(w) else w for w in re.findall(r"[^\W_]+", flat))
    return _SPACED_LETTERS.sub(lambda m: m.group().replace(" ", ""), words)


def _emoji(c: str) -> bool:
    """Pictographs, dingbats and their modifiers: what an emoji ZWJ sequence joins."""
    o = ord(c)
    return o >= 0x1F000 or 0x2190 <= o <= 0x2BFF or o == 0xFE0F or 0x1F3FB <= o <= 0x1F3FF


def _joining(c: str) -> bool:
    """A letter or mark of a script whose spelling uses (non-)joiners: Arabic, Syriac, Thaana, N'Ko,
    the Indic scripts, Mongolian, and Arabic presentation forms."""
    o = ord(c)
    return 0x0600 <= o <= 0x0DFF or 0x1800 <= o <= 0x18AF or 0xFB50 <= o <= 0xFDFF or 0xFE70 <= o <= 0xFEFC


def _right_to_left(text: str) -> bool:
    return any(0x0590 <= ord(c) <= 0x08FF or 0xFB1D <= ord(c) <= 0xFEFC for c in text)


_SHOWN_ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff"
_CODE_POINT = re.compile(r"(?:\b[uU]\+|\\u)([0-9a-fA-F]{4})\b")


def hidden_character(text: str) -> str | None:
    """The first invisible or bidi control character that hides text, or None. A joiner inside an
    emoji sequence (👨‍👩‍👧) and the tag letters of a subdivision flag (🏴 + tags + cancel tag) are
    how emoji are written, not hidden text; a (non-)joiner between letters of a script spelled with
    them (Persian می‌خواهم, Hindi) and a direction mark in right-to-left text (Hebrew, Arabic) are
    how those languages are written. A zero-width character the text names by its code point ("a zero-width
    space (U+200B) inside 'payment'"), once or twice, is the example it shows, not hidden text."""
    named = None
    for m in HIDDEN_UNICODE.finditer(text):
        i, c = m.start(), m.group()
        if c in _SHOWN_ZERO_WIDTH:
            if named is None:
                named = {int(code, 16) for code in _CODE_POINT.findall(text)}
            if ord(c) in named and text.count(c) <= 2:
                continue
        if c == "\u200d" and 0 < i < len(text) - 1 and _emoji(text[i - 1]) and _emoji(text[i + 1]):
            continue
        if c in "\u200c\u200d" and 0 < i < len(text) - 1 and _joining(text[i - 1]) and _joining(text[i + 1]):
            continue
        if c in "\u200e\u200f\u061c" and _right_to_left(text):
            continue
        if "\U000e0020" <= c <= "\U000e007f":
            flag = re.match(r"\U0001f3f4[\U000e0020-\U000e007e]{1,16}\U000e007f", text[max(0, i - 17) :])
            run = re.search(r"\U0001f3f4[\U000e0020-\U000e007e]*\U000e007f", text[max(0, i - 17) : i + 17])
            if flag or run:
                continue
        return c
    return None
